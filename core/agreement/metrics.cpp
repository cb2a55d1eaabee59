// Pair scores per control tag (features-and-agreement.md §2.2; every rule and choice: docs/agreement.md).
#include "agreement/metrics.h"

#include "agreement/engine_private.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace lsdesk::agreement {

namespace {

// Kinds whose results describe the whole object: compared value against value, never paired by label.
bool isWholeKind(MetricKind k)
{
    return k == MetricKind::Choices || k == MetricKind::Number || k == MetricKind::Rating
        || k == MetricKind::TextArea || k == MetricKind::Taxonomy;
}

// Kinds with a continuous overlap that iouThreshold turns into 1/0.
bool isOverlapKind(MetricKind k)
{
    return k == MetricKind::Boxes || k == MetricKind::Polygons || k == MetricKind::TextSpans
        || k == MetricKind::HyperTextSpans || k == MetricKind::TimeSpans;
}

// "Not selected" is no value: an emptied Choices/TextArea/Taxonomy counts as no result at all, so that
// unselected in both is a match (stats.md's three-controls example).
bool regionEmpty(MetricKind k, const Region &r)
{
    switch (k) {
    case MetricKind::Choices:
        return r.labels.isEmpty();
    case MetricKind::TextArea:
        return r.texts.isEmpty();
    case MetricKind::Taxonomy:
        return r.paths.isEmpty();
    default:
        return false;
    }
}

bool controlEmpty(const ControlResult *c)
{
    if (!c)
        return true;
    return std::all_of(
        c->regions.cbegin(), c->regions.cend(), [c](const Region &r) { return regionEmpty(c->kind, r); });
}

double choicesScore(const Region &a, const Region &b, bool partial)
{
    if (a.labels == b.labels)
        return 1.0;
    if (!partial)
        return 0.0;
    // Both lists are sorted and unique (parseResults); tolerate hand-made ones all the same.
    QStringList la = a.labels, lb = b.labels;
    std::sort(la.begin(), la.end());
    la.erase(std::unique(la.begin(), la.end()), la.end());
    std::sort(lb.begin(), lb.end());
    lb.erase(std::unique(lb.begin(), lb.end()), lb.end());
    qsizetype common = 0;
    for (qsizetype i = 0, j = 0; i < la.size() && j < lb.size();) {
        const int c = la[i].compare(lb[j]);
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    const qsizetype uni = la.size() + lb.size() - common;
    return uni == 0 ? 1.0 : double(common) / double(uni);
}

// Numeric difference: 1 - |a-b| / range on a known scale (Number min/max, Rating 1..maxRating, carried
// in Region::start/end by parseResults); without a scale, a tolerance match.
double numericScore(MetricKind kind, const Region &a, const Region &b, const AgreementOptions &o)
{
    double lo = 0, hi = 0;
    bool scale = false;
    for (const Region *r : { &a, &b }) {
        if (r->end > r->start) {
            lo = scale ? std::min(lo, r->start) : r->start;
            hi = scale ? std::max(hi, r->end) : r->end;
            scale = true;
        }
    }
    if (!scale && kind == MetricKind::Rating) {
        lo = 1;
        hi = std::max({ 5.0, a.number, b.number });
        scale = true;
    }
    const double diff = std::abs(a.number - b.number);
    if (scale && hi > lo)
        return std::clamp(1.0 - diff / (hi - lo), 0.0, 1.0);
    return diff <= o.numberTolerance ? 1.0 : 0.0;
}

// Index-aligned: text i against text i, unaligned extras 0, averaged over the longer list.
double textAreaScore(const Region &a, const Region &b, const AgreementOptions &o)
{
    const qsizetype longer = std::max(a.texts.size(), b.texts.size());
    if (longer == 0)
        return 1.0;
    const qsizetype common = std::min(a.texts.size(), b.texts.size());
    double sum = 0;
    for (qsizetype i = 0; i < common; ++i)
        sum += textSimilarity(a.texts[i], b.texts[i], o.textDistance);
    return sum / double(longer);
}

qsizetype sharedPrefix(const QStringList &p, const QStringList &q)
{
    qsizetype n = 0;
    while (n < p.size() && n < q.size() && p[n] == q[n])
        ++n;
    return n;
}

double bestPathMatch(const QStringList &p, const QList<QStringList> &others)
{
    double best = 0;
    for (const QStringList &q : others) {
        const qsizetype longer = std::max(p.size(), q.size());
        best = std::max(best, longer == 0 ? 1.0 : double(sharedPrefix(p, q)) / double(longer));
    }
    return best;
}

// Exact: the same set of selected paths. Path matching: each path's best shared-prefix share against
// the other side's paths, averaged over the paths of both sides.
double taxonomyScore(const Region &a, const Region &b, const AgreementOptions &o)
{
    QList<QStringList> pa = a.paths, pb = b.paths;
    std::sort(pa.begin(), pa.end());
    pa.erase(std::unique(pa.begin(), pa.end()), pa.end());
    std::sort(pb.begin(), pb.end());
    pb.erase(std::unique(pb.begin(), pb.end()), pb.end());
    if (pa == pb)
        return 1.0;
    if (!o.taxonomyPathMatching || pa.isEmpty() || pb.isEmpty())
        return 0.0;
    double sumA = 0, sumB = 0;
    for (const QStringList &p : pa)
        sumA += bestPathMatch(p, pb);
    for (const QStringList &p : pb)
        sumB += bestPathMatch(p, pa);
    return (sumA + sumB) / double(pa.size() + pb.size());
}

double wholeScore(MetricKind kind, const Region &a, const Region &b, const AgreementOptions &o)
{
    switch (kind) {
    case MetricKind::Choices:
        return choicesScore(a, b, o.choicesPartial);
    case MetricKind::Number:
    case MetricKind::Rating:
        return numericScore(kind, a, b, o);
    case MetricKind::TextArea:
        return textAreaScore(a, b, o);
    case MetricKind::Taxonomy:
        return taxonomyScore(a, b, o);
    default:
        return a.canonical == b.canonical ? 1.0 : 0.0;
    }
}

// The geometric / span score of two regions whose labels already match.
double regionScore(MetricKind kind, const Region &a, const Region &b, const AgreementOptions &o)
{
    switch (kind) {
    case MetricKind::Boxes:
        return boxIoU(a, b);
    case MetricKind::Polygons:
        return polygonIoU(a.points, b.points);
    case MetricKind::TextSpans:
    case MetricKind::HyperTextSpans:
    case MetricKind::TimeSpans:
        return spanOverlap(a, b, o.spanUnit);
    case MetricKind::KeyPoints: {
        if (a.points.isEmpty() || b.points.isEmpty())
            return a.points.isEmpty() && b.points.isEmpty() ? 1.0 : 0.0;
        const QPointF d = a.points.first() - b.points.first();
        return std::hypot(d.x(), d.y()) <= o.keyPointTolerance ? 1.0 : 0.0;
    }
    case MetricKind::Exact:
        return a.canonical == b.canonical ? 1.0 : 0.0;
    default:
        return wholeScore(kind, a, b, o);
    }
}

// The kind of an attached (perRegion) control, read from what its regions carry: attached regions keep
// no kind of their own. Number and Rating need none: their scale travels in start/end.
MetricKind attachedKind(const QList<Region> &a, const QList<Region> &b)
{
    bool texts = false, paths = false, canonical = false, labels = false;
    for (const QList<Region> *l : { &a, &b }) {
        for (const Region &r : *l) {
            texts |= !r.texts.isEmpty();
            paths |= !r.paths.isEmpty();
            canonical |= !r.canonical.isEmpty();
            labels |= !r.labels.isEmpty();
        }
    }
    if (texts)
        return MetricKind::TextArea;
    if (paths)
        return MetricKind::Taxonomy;
    if (canonical)
        return MetricKind::Exact;
    if (labels)
        return MetricKind::Choices;
    return MetricKind::Number;
}

double attachedAgreement(const Region &a, const Region &b, const AgreementOptions &o)
{
    if (a.attached.isEmpty() && b.attached.isEmpty())
        return 1.0;
    // Sorted keys: the product runs in one order whichever side is a, so the score is exactly symmetric.
    QStringList keys = a.attached.keys() + b.attached.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    double product = 1.0;
    for (const QString &k : keys) {
        ControlResult ca { k, MetricKind::Exact, a.attached.value(k) };
        ControlResult cb { k, MetricKind::Exact, b.attached.value(k) };
        ca.kind = cb.kind = attachedKind(ca.regions, cb.regions);
        product *= controlAgreement(&ca, &cb, o);
        if (product == 0)
            break;
    }
    return product;
}

// The regions compared: all of a control's, or the ones carrying one label (by pointer: never copied).
using RegionRefs = QVarLengthArray<const Region *, 16>;

RegionRefs refsOf(const QList<Region> &l)
{
    RegionRefs out;
    out.reserve(l.size());
    for (const Region &r : l)
        out.append(&r);
    return out;
}

// Small integer ids for the label sets of both sides, so the pair loop compares ints, not strings.
void labelKeys(
    const RegionRefs &a, const RegionRefs &b, QVarLengthArray<int, 32> &ka, QVarLengthArray<int, 32> &kb)
{
    QVarLengthArray<const QStringList *, 16> seen;
    auto keyOf = [&seen](const QStringList &l) {
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (*seen[i] == l)
                return int(i);
        }
        seen.append(&l);
        return int(seen.size() - 1);
    };
    ka.resize(a.size());
    kb.resize(b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        ka[i] = keyOf(a[i]->labels);
    for (qsizetype j = 0; j < b.size(); ++j)
        kb[j] = keyOf(b[j]->labels);
}

// What combine found for each region (MaxPerRegion / AverageMatched): its best score against the other
// side and whether it counts. Enough to derive every per-label score of the pair without comparing the
// regions again (controlAgreementByLabel).
struct RegionBests
{
    QVarLengthArray<double, 16> bestA, bestB;
    QVarLengthArray<bool, 16> countsA, countsB;
};

double combine(MetricKind kind, const RegionRefs &A, const RegionRefs &B, const AgreementOptions &o,
    RegionBests *bests = nullptr)
{
    const qsizetype n = A.size(), m = B.size();
    const bool whole = isWholeKind(kind);
    // The common case of a classification: one value each.
    if (whole && n == 1 && m == 1)
        return wholeScore(kind, *A[0], *B[0], o);

    QVarLengthArray<int, 32> ka, kb;
    if (!whole)
        labelKeys(A, B, ka, kb);
    const bool f1 = o.precisionRecallF1 && (kind == MetricKind::Boxes || kind == MetricKind::Polygons);
    const bool threshold = o.iouThreshold.has_value() && isOverlapKind(kind);
    const double t = o.iouThreshold.value_or(0.5);

    // Per pair: the score (thresholded when asked, times the attached controls' agreement), -1 when the
    // labels differ; and the raw overlap for F1 and for AverageMatched's "matched" test.
    QVarLengthArray<double, 64> score(n * m), raw(n * m);
    QVarLengthArray<bool, 64> same(n * m);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            const qsizetype k = i * m + j;
            same[k] = whole || ka[i] == kb[j];
            if (!same[k] && !f1) {
                score[k] = raw[k] = -1;
                continue;
            }
            const double base
                = whole ? wholeScore(kind, *A[i], *B[j], o) : regionScore(kind, *A[i], *B[j], o);
            raw[k] = base;
            if (!same[k]) {
                score[k] = -1;
                continue;
            }
            double s = threshold || f1 ? (base >= t ? 1.0 : 0.0) : base;
            if (s > 0)
                s *= attachedAgreement(*A[i], *B[j], o);
            score[k] = s;
        }
    }

    if (f1) {
        // Per region of either side: TP when a same-label region overlaps it at the threshold (weighted by
        // the attached controls' agreement, the rest counting as FP), else FP when a region with another
        // label does, else FN. F1 = 2TP / (2TP + FP + FN) is symmetric in the two sides.
        auto tally = [&](bool rows, double &tp, double &fp, double &fn) {
            const qsizetype outer = rows ? n : m, inner = rows ? m : n;
            for (qsizetype p = 0; p < outer; ++p) {
                double w = -1;
                bool otherLabel = false;
                for (qsizetype q = 0; q < inner; ++q) {
                    const qsizetype k = rows ? p * m + q : q * m + p;
                    if (raw[k] < t)
                        continue;
                    if (same[k])
                        w = std::max(w, score[k]);
                    else
                        otherLabel = true;
                }
                if (w >= 0) {
                    tp += w;
                    fp += 1 - w;
                } else if (otherLabel) {
                    fp += 1;
                } else {
                    fn += 1;
                }
            }
        };
        double tpA = 0, fpA = 0, fnA = 0, tpB = 0, fpB = 0, fnB = 0;
        tally(true, tpA, fpA, fnA);
        tally(false, tpB, fpB, fnB);
        const double tp = tpA + tpB, fp = fpA + fpB, fn = fnA + fnB;
        const double denom = 2 * tp + fp + fn;
        return denom > 0 ? 2 * tp / denom : 1.0;
    }

    const bool averageMatched = o.regionCombine == AgreementOptions::RegionCombine::AverageMatched;
    // Each region's best partner on the other side (0 without one); AverageMatched leaves regions without
    // an overlapping partner out instead of counting them 0.
    auto side = [&](bool rows, double &sum, qsizetype &count) {
        const qsizetype outer = rows ? n : m, inner = rows ? m : n;
        if (bests) {
            (rows ? bests->bestA : bests->bestB).resize(outer);
            (rows ? bests->countsA : bests->countsB).resize(outer);
        }
        for (qsizetype p = 0; p < outer; ++p) {
            double best = 0;
            bool matched = false;
            for (qsizetype q = 0; q < inner; ++q) {
                const qsizetype k = rows ? p * m + q : q * m + p;
                if (score[k] < 0)
                    continue;
                best = std::max(best, score[k]);
                matched |= raw[k] > 0;
            }
            const bool counts = !averageMatched || matched;
            if (counts) {
                sum += best;
                ++count;
            }
            if (bests) {
                (rows ? bests->bestA : bests->bestB)[p] = best;
                (rows ? bests->countsA : bests->countsB)[p] = counts;
            }
        }
    };
    double sumA = 0, sumB = 0;
    qsizetype countA = 0, countB = 0;
    side(true, sumA, countA);
    side(false, sumB, countB);
    const qsizetype count = countA + countB;
    return count > 0 ? (sumA + sumB) / double(count) : 0.0;
}

} // namespace

double spanOverlap(const Region &a, const Region &b, AgreementOptions::SpanUnit unit)
{
    if (a.startContainer != b.startContainer || a.endContainer != b.endContainer)
        return 0.0;
    double s1 = a.start, e1 = a.end, s2 = b.start, e2 = b.end;
    if (unit == AgreementOptions::SpanUnit::Tokens && a.tokenStart >= 0 && b.tokenStart >= 0
        && a.tokenEnd > a.tokenStart && b.tokenEnd > b.tokenStart) {
        s1 = a.tokenStart;
        e1 = a.tokenEnd;
        s2 = b.tokenStart;
        e2 = b.tokenEnd;
    }
    const double inter = std::min(e1, e2) - std::max(s1, s2);
    const double uni = (e1 - s1) + (e2 - s2) - std::max(0.0, inter);
    if (!(uni > 0)) // two instants (zero-length spans): the same point or not
        return (s1 == s2 && e1 == e2) ? 1.0 : 0.0;
    return inter > 0 ? std::clamp(inter / uni, 0.0, 1.0) : 0.0;
}

double controlAgreement(const ControlResult *a, const ControlResult *b, const AgreementOptions &options)
{
    const bool ea = controlEmpty(a), eb = controlEmpty(b);
    if (ea && eb)
        return 1.0;
    if (ea || eb)
        return 0.0;
    return combine(a->kind, refsOf(a->regions), refsOf(b->regions), options);
}

double controlAgreementByLabel(const ControlResult *a, const ControlResult *b, const QStringList &labels,
    const AgreementOptions &options, QVarLengthArray<LabelScore, 8> &out)
{
    out.resize(labels.size());
    const bool f1
        = options.precisionRecallF1 && a && (a->kind == MetricKind::Boxes || a->kind == MetricKind::Polygons);
    if (!a || !b || a->regions.isEmpty() || b->regions.isEmpty() || isWholeKind(a->kind) || f1) {
        // Classifications are cheap, F1 counts other labels' overlaps: label by label, as documented.
        for (qsizetype l = 0; l < labels.size(); ++l)
            out[l].score = controlAgreementForLabel(a, b, labels[l], options, &out[l].present);
        return controlAgreement(a, b, options);
    }
    // Regions pair only with regions carrying the same label set, so a region's best partner among the
    // regions carrying label L is its best partner overall: each label's score is the mean of the bests
    // of its regions, summed in the same order as controlAgreementForLabel sums them (the same doubles).
    RegionBests bests;
    const double overall = combine(a->kind, refsOf(a->regions), refsOf(b->regions), options, &bests);
    auto carries = [](const Region &r, const QString &label) {
        for (const QString &l : r.labels)
            if (l.constData() == label.constData() || l == label)
                return true;
        return false;
    };
    for (qsizetype l = 0; l < labels.size(); ++l) {
        const QString &label = labels[l];
        double sumA = 0, sumB = 0;
        qsizetype countA = 0, countB = 0;
        bool pa = false, pb = false;
        for (qsizetype i = 0; i < a->regions.size(); ++i) {
            if (!carries(a->regions[i], label))
                continue;
            pa = true;
            if (bests.countsA[i]) {
                sumA += bests.bestA[i];
                ++countA;
            }
        }
        for (qsizetype j = 0; j < b->regions.size(); ++j) {
            if (!carries(b->regions[j], label))
                continue;
            pb = true;
            if (bests.countsB[j]) {
                sumB += bests.bestB[j];
                ++countB;
            }
        }
        out[l].present = pa || pb;
        if (!pa && !pb)
            out[l].score = 1.0;
        else if (!pa || !pb)
            out[l].score = 0.0;
        else
            out[l].score = countA + countB > 0 ? (sumA + sumB) / double(countA + countB) : 0.0;
    }
    return overall;
}

QStringList labelsOf(const ControlResult &c)
{
    // A few distinct labels over many regions: deduplicate as they come, sort the few at the end.
    if (c.regions.size() == 1 && c.regions.front().labels.size() <= 1)
        return c.regions.front().labels;
    QStringList out;
    for (const Region &r : c.regions)
        for (const QString &l : r.labels)
            if (!out.contains(l))
                out.append(l);
    std::sort(out.begin(), out.end());
    return out;
}

double controlAgreementForLabel(const ControlResult *a, const ControlResult *b, const QString &label,
    const AgreementOptions &options, bool *present)
{
    auto carrying = [&label](const ControlResult *c) {
        RegionRefs out;
        if (!c)
            return out;
        for (const Region &r : c->regions) {
            // Labels usually share their string with `label` (one parse, or interned): compare the
            // pointers before the characters.
            for (const QString &l : r.labels) {
                if (l.constData() == label.constData() || l == label) {
                    out.append(&r);
                    break;
                }
            }
        }
        return out;
    };
    const RegionRefs fa = carrying(a), fb = carrying(b);
    const bool pa = !fa.isEmpty(), pb = !fb.isEmpty();
    if (present)
        *present = pa || pb;
    if (!pa && !pb)
        return 1.0;
    if (!pa || !pb)
        return 0.0;
    // A classification that both sides chose agrees on that label; regions are compared as usual,
    // restricted to the ones carrying it.
    if (isWholeKind(a->kind))
        return 1.0;
    return combine(a->kind, fa, fb, options);
}

} // namespace lsdesk::agreement
