#include "agreement/geometry.h"

#include "agreement/metrics.h"

#include <algorithm>
#include <array>
// Boost 1.74's geometry pulls a deprecated header of its own; the notice is Boost's business, not ours.
#define BOOST_ALLOW_DEPRECATED_HEADERS
// Boost 1.74 otherwise snaps overlay input to an integer grid ("rescaling"), which puts errors of ~1e-8
// into every IoU; later Boost versions dropped it by default, and our inputs are small, finite doubles.
#define BOOST_GEOMETRY_NO_ROBUSTNESS
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <cmath>
#include <vector>

namespace lsdesk::agreement {

namespace bg = boost::geometry;

namespace {

using Point = bg::model::d2::point_xy<double>;
// Counter-clockwise in Boost's (y-up) sense, which is how a Label Studio box's corners run in the
// image's y-down coordinates; closed rings. bg::correct() fixes whatever a user's polygon has.
using Polygon = bg::model::polygon<Point, false, true>;

constexpr double kPi = 3.14159265358979323846;

struct Aabb
{
    double x0, y0, x1, y1;
};

// Intersection over union of two axis-aligned boxes: no allocation, no branches beyond the clamps.
double aabbIoU(const Aabb &a, const Aabb &b)
{
    const double iw = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    const double ih = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    const double areaA = (a.x1 - a.x0) * (a.y1 - a.y0);
    const double areaB = (b.x1 - b.x0) * (b.y1 - b.y0);
    const double inter = (iw > 0 && ih > 0) ? iw * ih : 0.0;
    const double uni = areaA + areaB - inter;
    if (!(uni > 0)) // two degenerate boxes: the same box or not
        return (a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1) ? 1.0 : 0.0;
    return std::clamp(inter / uni, 0.0, 1.0);
}

using Corners = std::array<QPointF, 4>;

void computeCorners(double x, double y, double w, double h, double degrees, double aspect, Corners &out)
{
    // Work in pixel-proportional units (x scaled by the aspect ratio), rotate there, map back to percent.
    const double t = degrees * kPi / 180.0;
    const double c = std::cos(t), s = std::sin(t);
    const double px = x * aspect, pw = w * aspect;
    const QPointF p0(px, y);
    const QPointF u(pw * c, pw * s); // the top edge, rotated clockwise in y-down coordinates
    const QPointF v(-h * s, h * c); // the left edge
    const QPointF pts[4] = { p0, p0 + u, p0 + u + v, p0 + v };
    for (int i = 0; i < 4; ++i)
        out[size_t(i)] = QPointF(pts[i].x() / aspect, pts[i].y());
}

// A rotated region's corners: the ones parseResults() computed in pixel space (Region::points, four of
// them) when the image size was known, else in percent space treated as square.
void regionCorners(const Region &r, Corners &out)
{
    if (r.points.size() == 4) {
        for (int i = 0; i < 4; ++i)
            out[size_t(i)] = r.points[i];
        return;
    }
    computeCorners(r.x, r.y, r.width, r.height, r.rotation, 1.0, out);
}

Aabb aabbOf(const Corners &c)
{
    Aabb b { c[0].x(), c[0].y(), c[0].x(), c[0].y() };
    for (const QPointF &p : c) {
        b.x0 = std::min(b.x0, p.x());
        b.y0 = std::min(b.y0, p.y());
        b.x1 = std::max(b.x1, p.x());
        b.y1 = std::max(b.y1, p.y());
    }
    return b;
}

Aabb axisAlignedBox(const Region &r)
{
    // Negative sizes do not occur in Label Studio results, but cost nothing to accept.
    return { std::min(r.x, r.x + r.width), std::min(r.y, r.y + r.height), std::max(r.x, r.x + r.width),
        std::max(r.y, r.y + r.height) };
}

bool overlaps(const Aabb &a, const Aabb &b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

template <typename Range> Polygon makePolygon(const Range &pts)
{
    Polygon poly;
    auto &ring = poly.outer();
    ring.reserve(size_t(pts.size()) + 1);
    for (const QPointF &p : pts)
        ring.emplace_back(p.x(), p.y());
    bg::correct(poly); // closes the ring and fixes the orientation
    return poly;
}

// Area of the intersection of two valid polygons; a Boost overlay exception (degenerate input that
// slipped past is_valid) reads as no intersection rather than escaping into the engine.
double intersectionArea(const Polygon &a, const Polygon &b)
{
    try {
        std::vector<Polygon> out;
        bg::intersection(a, b, out);
        double area = 0;
        for (const Polygon &p : out)
            area += bg::area(p);
        return area;
    } catch (...) {
        return 0.0;
    }
}

double shapesIoU(const Polygon &a, const Polygon &b)
{
    const double areaA = std::abs(bg::area(a));
    const double areaB = std::abs(bg::area(b));
    const double inter = std::abs(intersectionArea(a, b));
    const double uni = areaA + areaB - inter;
    if (!(uni > 0))
        return 0.0;
    return std::clamp(inter / uni, 0.0, 1.0);
}

bool lessPoints(const QList<QPointF> &a, const QList<QPointF> &b)
{
    return std::lexicographical_compare(
        a.begin(), a.end(), b.begin(), b.end(), [](const QPointF &p, const QPointF &q) {
            return p.x() < q.x() || (p.x() == q.x() && p.y() < q.y());
        });
}

Aabb aabbOf(const QList<QPointF> &pts)
{
    Aabb b { pts[0].x(), pts[0].y(), pts[0].x(), pts[0].y() };
    for (const QPointF &p : pts) {
        b.x0 = std::min(b.x0, p.x());
        b.y0 = std::min(b.y0, p.y());
        b.x1 = std::max(b.x1, p.x());
        b.y1 = std::max(b.y1, p.y());
    }
    return b;
}

} // namespace

bool isQuarterTurn(double degrees)
{
    const double r = std::fmod(std::abs(degrees), 90.0);
    return r < 1e-9 || 90.0 - r < 1e-9;
}

QList<QPointF> boxCorners(
    double x, double y, double width, double height, double rotationDegrees, double aspect)
{
    Corners c;
    computeCorners(x, y, width, height, rotationDegrees, aspect > 0 ? aspect : 1.0, c);
    return { c[0], c[1], c[2], c[3] };
}

double boxIoU(const Region &a, const Region &b)
{
    const bool rotA = a.rotation != 0, rotB = b.rotation != 0;
    if (!rotA && !rotB)
        return aabbIoU(axisAlignedBox(a), axisAlignedBox(b));

    Corners ca, cb;
    if (rotA)
        regionCorners(a, ca);
    if (rotB)
        regionCorners(b, cb);
    const Aabb boxA = rotA ? aabbOf(ca) : axisAlignedBox(a);
    const Aabb boxB = rotB ? aabbOf(cb) : axisAlignedBox(b);
    // Quarter turns leave a box axis-aligned: the fast path is exact for them.
    if ((!rotA || isQuarterTurn(a.rotation)) && (!rotB || isQuarterTurn(b.rotation)))
        return aabbIoU(boxA, boxB);
    if (!overlaps(boxA, boxB))
        return 0.0;
    if (!rotA)
        ca = { QPointF(boxA.x0, boxA.y0), QPointF(boxA.x1, boxA.y0), QPointF(boxA.x1, boxA.y1),
            QPointF(boxA.x0, boxA.y1) };
    if (!rotB)
        cb = { QPointF(boxB.x0, boxB.y0), QPointF(boxB.x1, boxB.y0), QPointF(boxB.x1, boxB.y1),
            QPointF(boxB.x0, boxB.y1) };
    // Intersect in a fixed operand order so that (a, b) and (b, a) give bit-identical results.
    const bool swap = std::lexicographical_compare(
        cb.begin(), cb.end(), ca.begin(), ca.end(), [](const QPointF &p, const QPointF &q) {
            return p.x() < q.x() || (p.x() == q.x() && p.y() < q.y());
        });
    const Polygon pa = makePolygon(swap ? cb : ca);
    const Polygon pb = makePolygon(swap ? ca : cb);
    return shapesIoU(pa, pb);
}

double polygonIoU(const QList<QPointF> &a, const QList<QPointF> &b)
{
    if (a.size() < 3 || b.size() < 3)
        return (a == b && !a.isEmpty()) ? 1.0 : 0.0;
    if (!overlaps(aabbOf(a), aabbOf(b)))
        return 0.0;
    const bool swap = lessPoints(b, a);
    const Polygon pa = makePolygon(swap ? b : a);
    const Polygon pb = makePolygon(swap ? a : b);
    // A self-intersecting (or otherwise broken) polygon has no well-defined area: such a pair scores 0,
    // unless both sides drew exactly the same points.
    try {
        if (!bg::is_valid(pa) || !bg::is_valid(pb))
            return a == b ? 1.0 : 0.0;
    } catch (...) {
        return a == b ? 1.0 : 0.0;
    }
    return shapesIoU(pa, pb);
}

} // namespace lsdesk::agreement
