// Pair scores per control tag (issue #6): the worked examples of Enterprise's
// agreement documentation (features-and-agreement.md §2.2) and hand-computed cases for every metric.
// Reading Label Studio results into regions: tst_agreementparse.cpp.
#include "agreement/metrics.h"
#include "agreement/regions.h"
#include "agreementtestutil.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace lsdesk::agreement;
using namespace Qt::StringLiterals;

namespace {

QJsonArray results(const QByteArray &json)
{
    return lsdesk::test::jsonArrayOf(json);
}

QJsonObject object(const QByteArray &json)
{
    return lsdesk::test::jsonObjectOf(json);
}

Region box(
    double x, double y, double w, double h, const QStringList &labels = { u"Car"_s }, double rotation = 0)
{
    Region r;
    r.x = x;
    r.y = y;
    r.width = w;
    r.height = h;
    r.rotation = rotation;
    r.labels = labels;
    return r;
}

Region span(double start, double end, const QStringList &labels)
{
    Region r;
    r.start = start;
    r.end = end;
    r.labels = labels;
    return r;
}

Region choice(const QStringList &choices)
{
    Region r;
    r.labels = choices;
    return r;
}

ControlResult control(MetricKind kind, const QList<Region> &regions)
{
    return ControlResult { u"c"_s, kind, regions };
}

double agree(const ControlResult &a, const ControlResult &b, const AgreementOptions &o = {})
{
    return controlAgreement(&a, &b, o);
}

const ControlResult *find(const QList<ControlResult> &l, const QString &name)
{
    for (const ControlResult &c : l) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<QPointF> square(double x, double y, double side)
{
    return { QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side) };
}

} // namespace

class TestAgreementMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactMatchTable();
    void emptySides();
    void choicesPartial();
    void spansTokensWorkedExample();
    void spansLabelMismatch();
    void hyperTextContainers();
    void timeSeriesWorkedExample();
    void iouThresholdWorkedExample();
    void averageMatched();
    void precisionRecallF1WorkedExample();
    void boxesLabelsMustMatch();
    void rotatedBoxes();
    void rotationInPixelSpace();
    void polygons();
    void selfIntersectingPolygon();
    void keyPoints();
    void textSimilarity_data();
    void textSimilarity();
    void textArea();
    void taxonomy();
    void numberAndRating();
    void perRegionChoicesMultiply();
    void labelsAndPerLabel();
    void symmetryRandomized();
};

// stats.md's exact-match table, one control at a time (the engine averages the controls).
void TestAgreementMetrics::exactMatchTable()
{
    const auto a = control(MetricKind::Choices, { choice({ u"A"_s }) });
    const auto b = control(MetricKind::Choices, { choice({ u"B"_s }) });
    const auto c = control(MetricKind::Choices, { choice({ u"C"_s }) });
    // choices1=A, choices2=B vs the same: 1 and 1; vs A, C: 1 and 0 (mean 0.5); vs C, D: 0 and 0.
    QCOMPARE(agree(a, a), 1.0);
    QCOMPARE(agree(b, b), 1.0);
    QCOMPARE(agree(b, c), 0.0);
    QCOMPARE(agree(a, c), 0.0);
    // "Not selected" in both is a match: no result, or an emptied one.
    const auto emptied = control(MetricKind::Choices, { choice({}) });
    QCOMPARE(controlAgreement(nullptr, nullptr, {}), 1.0);
    QCOMPARE(controlAgreement(&emptied, nullptr, {}), 1.0);
    QCOMPARE(controlAgreement(nullptr, &a, {}), 0.0);
    // Multi-choice exact: the whole set must match.
    QCOMPARE(agree(control(MetricKind::Choices, { choice({ u"A"_s, u"B"_s }) }), a), 0.0);
}

void TestAgreementMetrics::emptySides()
{
    const auto boxes = control(MetricKind::Boxes, { box(0, 0, 10, 10) });
    const auto none = control(MetricKind::Boxes, {});
    QCOMPARE(agree(none, none), 1.0);
    QCOMPARE(controlAgreement(nullptr, &none, {}), 1.0);
    QCOMPARE(agree(boxes, none), 0.0);
    QCOMPARE(controlAgreement(&boxes, nullptr, {}), 0.0);
    QCOMPARE(controlAgreement(nullptr, &boxes, {}), 0.0);
}

void TestAgreementMetrics::choicesPartial()
{
    AgreementOptions o;
    o.choicesPartial = true;
    const auto abc = control(MetricKind::Choices, { choice({ u"A"_s, u"B"_s, u"C"_s }) });
    const auto ab = control(MetricKind::Choices, { choice({ u"A"_s, u"B"_s }) });
    QCOMPARE(agree(abc, ab, o), 2.0 / 3.0); // "2 of 3 → 2/3"
    QCOMPARE(agree(abc, ab), 0.0);
    QCOMPARE(agree(ab, control(MetricKind::Choices, { choice({ u"C"_s }) }), o), 0.0);
}

// stats.md: "Excellent tool"/positive vs "tool"/positive → 50%, counted in tokens.
void TestAgreementMetrics::spansTokensWorkedExample()
{
    const QJsonObject data = object(R"({"text": "This is an Excellent tool"})");
    const auto a = parseResults(results(R"([{"id": "r1", "from_name": "sentiment", "to_name": "text",
        "type": "labels", "value": {"start": 11, "end": 25, "text": "Excellent tool", "labels": ["positive"]}}])"),
        data);
    const auto b = parseResults(results(R"([{"id": "r2", "from_name": "sentiment", "to_name": "text",
        "type": "labels", "value": {"start": 21, "end": 25, "text": "tool", "labels": ["positive"]}}])"),
        data);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].kind, MetricKind::TextSpans);
    QCOMPARE(a[0].regions[0].tokenStart, 3);
    QCOMPARE(a[0].regions[0].tokenEnd, 5);
    QCOMPARE(b[0].regions[0].tokenStart, 4);
    QCOMPARE(b[0].regions[0].tokenEnd, 5);
    QCOMPARE(agree(a[0], b[0]), 0.5);
    AgreementOptions chars;
    chars.spanUnit = AgreementOptions::SpanUnit::Characters;
    QCOMPARE(agree(a[0], b[0], chars), 4.0 / 14.0);
    // A span that starts or ends inside a word touches the whole token.
    Region inside = span(13, 22, { u"positive"_s });
    const auto withTokens = parseResults(results(R"([{"id": "r3", "from_name": "sentiment", "to_name": "text",
        "type": "labels", "value": {"start": 13, "end": 22, "labels": ["positive"]}}])"),
        data);
    QCOMPARE(withTokens[0].regions[0].tokenStart, 3);
    QCOMPARE(withTokens[0].regions[0].tokenEnd, 5);
    // Without the task's text there are no tokens: characters.
    QCOMPARE(
        spanOverlap(inside, span(11, 25, { u"positive"_s }), AgreementOptions::SpanUnit::Tokens), 9.0 / 14.0);
}

// stats.md: "tool"/positive vs "tool"/negative → 0.
void TestAgreementMetrics::spansLabelMismatch()
{
    const auto a = control(MetricKind::TextSpans, { span(21, 25, { u"positive"_s }) });
    const auto b = control(MetricKind::TextSpans, { span(21, 25, { u"negative"_s }) });
    QCOMPARE(agree(a, b), 0.0);
    QCOMPARE(agree(a, a), 1.0);
}

void TestAgreementMetrics::hyperTextContainers()
{
    Region a = span(0, 10, { u"X"_s });
    a.startContainer = a.endContainer = u"/p[1]/text()[1]"_s;
    Region b = span(5, 10, { u"X"_s });
    b.startContainer = b.endContainer = u"/p[1]/text()[1]"_s;
    Region c = b;
    c.startContainer = c.endContainer = u"/p[2]/text()[1]"_s;
    QCOMPARE(spanOverlap(a, b, AgreementOptions::SpanUnit::Tokens), 0.5);
    QCOMPARE(spanOverlap(a, c, AgreementOptions::SpanUnit::Tokens), 0.0);
}

// stats.md: time series (0,20) vs (10,30) → 10/30; dates are compared as milliseconds.
void TestAgreementMetrics::timeSeriesWorkedExample()
{
    const auto a = control(MetricKind::TimeSpans, { span(0, 20, { u"Run"_s }) });
    const auto b = control(MetricKind::TimeSpans, { span(10, 30, { u"Run"_s }) });
    QCOMPARE(agree(a, b), 1.0 / 3.0);

    const auto da = parseResults(results(R"([{"id": "t1", "from_name": "ts", "to_name": "series",
        "type": "timeserieslabels", "value": {"start": "2024-01-01 00:00:00", "end": "2024-01-01 00:00:20",
        "instant": false, "timeserieslabels": ["Run"]}}])"));
    const auto db = parseResults(results(R"([{"id": "t2", "from_name": "ts", "to_name": "series",
        "type": "timeserieslabels", "value": {"start": "2024-01-01T00:00:10Z", "end": "2024-01-01T00:00:30Z",
        "instant": false, "timeserieslabels": ["Run"]}}])"));
    QCOMPARE(da[0].kind, MetricKind::TimeSpans);
    QCOMPARE(da[0].regions[0].end - da[0].regions[0].start, 20000.0);
    QCOMPARE(agree(da[0], db[0]), 1.0 / 3.0);
    // Instants: the same instant matches, another does not.
    QCOMPARE(spanOverlap(span(5, 5, {}), span(5, 5, {}), AgreementOptions::SpanUnit::Tokens), 1.0);
    QCOMPARE(spanOverlap(span(5, 5, {}), span(6, 6, {}), AgreementOptions::SpanUnit::Tokens), 0.0);
}

// Three box pairs with IoU 0.99, 0.34 and 0.82 (each pair its own label, in its own row).
static void thresholdBoxes(ControlResult &a, ControlResult &b)
{
    a = control(MetricKind::Boxes,
        { box(0, 0, 50, 10, { u"L1"_s }), box(0, 20, 50, 10, { u"L2"_s }), box(0, 40, 50, 10, { u"L3"_s }) });
    b = control(MetricKind::Boxes,
        { box(0, 0, 50 * 0.99, 10, { u"L1"_s }), box(0, 20, 50 * 0.34, 10, { u"L2"_s }),
            box(0, 40, 50 * 0.82, 10, { u"L3"_s }) });
}

// stats.md: IoU with threshold 0.5 over pairs at 0.99, 0.34, 0.82 → 2/3.
void TestAgreementMetrics::iouThresholdWorkedExample()
{
    ControlResult a, b;
    thresholdBoxes(a, b);
    QVERIFY(std::abs(boxIoU(a.regions[1], b.regions[1]) - 0.34) < 1e-12);
    QVERIFY(std::abs(agree(a, b) - (0.99 + 0.34 + 0.82) / 3.0) < 1e-12);
    AgreementOptions o;
    o.iouThreshold = 0.5;
    QCOMPARE(agree(a, b, o), 2.0 / 3.0);
    // Spans take the same threshold.
    const auto sa = control(MetricKind::TextSpans, { span(0, 10, { u"X"_s }), span(20, 30, { u"Y"_s }) });
    const auto sb = control(MetricKind::TextSpans, { span(0, 9, { u"X"_s }), span(20, 22, { u"Y"_s }) });
    QCOMPARE(agree(sa, sb, o), 0.5);
}

void TestAgreementMetrics::averageMatched()
{
    // a: two cars; b: one car matching the first at IoU 0.5. MaxPerRegion counts the unmatched car 0.
    const auto a = control(MetricKind::Boxes, { box(0, 0, 10, 10), box(50, 50, 10, 10) });
    const auto b = control(MetricKind::Boxes, { box(0, 0, 5, 10) });
    QCOMPARE(agree(a, b), (0.5 + 0 + 0.5) / 3.0);
    AgreementOptions o;
    o.regionCombine = AgreementOptions::RegionCombine::AverageMatched;
    QCOMPARE(agree(a, b, o), 0.5);
    // Nothing overlaps: no matched pair, 0.
    QCOMPARE(agree(a, control(MetricKind::Boxes, { box(80, 80, 5, 5) }), o), 0.0);
}

// stats.md: P = 1/3, R = 1/2, F1 = 0.40. Reconstructed: one car found (TP), two cars boxed with another
// label (FP), one car boxed too far off (FN) - counted from both sides, which doubles every count.
void TestAgreementMetrics::precisionRecallF1WorkedExample()
{
    const QStringList car { u"Car"_s }, person { u"Person"_s };
    const auto a = control(MetricKind::Boxes,
        { box(0, 0, 10, 10, car), box(20, 0, 10, 10, car), box(40, 0, 10, 10, car),
            box(60, 0, 10, 10, car) });
    const auto b = control(MetricKind::Boxes,
        { box(0, 0, 10, 10, car), box(20, 0, 10, 10, person), box(40, 0, 10, 10, person),
            box(67, 0, 10, 10, car) });
    AgreementOptions o;
    o.precisionRecallF1 = true;
    o.iouThreshold = 0.5;
    const double tp = 1, fp = 2, fn = 1;
    const double p = tp / (tp + fp), r = tp / (tp + fn);
    QCOMPARE(p, 1.0 / 3.0);
    QCOMPARE(r, 0.5);
    QVERIFY(std::abs(2 * p * r / (p + r) - 0.4) < 1e-12);
    QVERIFY(std::abs(agree(a, b, o) - 0.4) < 1e-12);
    QVERIFY(std::abs(agree(b, a, o) - 0.4) < 1e-12);
    QCOMPARE(agree(a, a, o), 1.0);
}

void TestAgreementMetrics::boxesLabelsMustMatch()
{
    const auto car = control(MetricKind::Boxes, { box(0, 0, 10, 10, { u"Car"_s }) });
    const auto person = control(MetricKind::Boxes, { box(0, 0, 10, 10, { u"Person"_s }) });
    QCOMPARE(agree(car, person), 0.0);
    // Max per region: the better of two candidates counts.
    const auto two = control(MetricKind::Boxes, { box(0, 0, 10, 10), box(0, 0, 5, 10) });
    QCOMPARE(agree(car, two), (1.0 + 1.0 + 0.5) / 3.0);
}

void TestAgreementMetrics::rotatedBoxes()
{
    // A square rotated 90° clockwise about its top-left corner (50, 10) covers x 30..50, y 10..30.
    QCOMPARE(boxIoU(box(50, 10, 20, 20, {}, 90), box(30, 10, 20, 20)), 1.0);
    QCOMPARE(boxIoU(box(50, 10, 20, 20, {}, 90), box(40, 10, 20, 20)), 1.0 / 3.0);
    QCOMPARE(boxIoU(box(50, 10, 20, 20, {}, 180), box(30, -10, 20, 20)), 1.0);
    // 45°: the diamond (0,0) (7.07,7.07) (0,14.14) (-7.07,7.07) against the square 0..10: the half
    // diamond (area 50) less the corner above y = 10 ((√200 - 10)² / 2), over the union.
    const double s = std::sqrt(200.0);
    const double expected = (10 * s - 100) / (300 - 10 * s);
    const double got = boxIoU(box(0, 0, 10, 10, {}, 45), box(0, 0, 10, 10));
    QVERIFY2(std::abs(got - expected) < 1e-9, qPrintable(QString::number(got, 'g', 12)));
    QVERIFY(std::abs(boxIoU(box(0, 0, 10, 10, {}, 45), box(0, 0, 10, 10, {}, 45)) - 1.0) < 1e-9);
    QCOMPARE(boxIoU(box(0, 0, 10, 10, {}, 30), box(60, 60, 10, 10, {}, 30)), 0.0);
    // Axis-aligned: half overlap, and degenerate boxes.
    QCOMPARE(boxIoU(box(0, 0, 10, 10), box(5, 0, 10, 10)), 1.0 / 3.0);
    QCOMPARE(boxIoU(box(0, 0, 0, 0), box(0, 0, 0, 0)), 1.0);
    QCOMPARE(boxIoU(box(0, 0, 0, 0), box(1, 0, 0, 0)), 0.0);
}

// Label Studio rotates in pixels: on a 200×100 image, a 10%×20% box is a 20×20 pixel square; rotated 90°
// it covers x -10..0 %, y 0..20 %. Treating percents as square would give x -20..0, y 0..10 instead.
void TestAgreementMetrics::rotationInPixelSpace()
{
    const auto parsed = parseResults(results(R"([{"id": "b1", "from_name": "box", "to_name": "image",
        "type": "rectanglelabels", "original_width": 200, "original_height": 100, "image_rotation": 0,
        "value": {"x": 0, "y": 0, "width": 10, "height": 20, "rotation": 90, "rectanglelabels": ["Car"]}}])"));
    const Region &r = parsed[0].regions[0];
    QCOMPARE(r.points.size(), 4);
    QVERIFY(std::abs(boxIoU(r, box(-10, 0, 10, 20)) - 1.0) < 1e-9);
    Region noSize = r;
    noSize.points.clear();
    QVERIFY(std::abs(boxIoU(noSize, box(-10, 0, 10, 20)) - 1.0 / 3.0) < 1e-9);
    // 45° on that image: the same as a 45° square in pixels (the IoU does not depend on the scale).
    Region r45 = parseResults(results(R"([{"id": "b2", "from_name": "box", "to_name": "image",
        "type": "rectanglelabels", "original_width": 200, "original_height": 100,
        "value": {"x": 0, "y": 0, "width": 10, "height": 20, "rotation": 45, "rectanglelabels": ["Car"]}}])"))
                     [0]
                         .regions[0];
    const double s = std::sqrt(200.0);
    QVERIFY(std::abs(boxIoU(r45, box(0, 0, 10, 20)) - (10 * s - 100) / (300 - 10 * s)) < 1e-9);
}

void TestAgreementMetrics::polygons()
{
    // Two unit squares offset by half: 0.5 / 1.5.
    QVERIFY(std::abs(polygonIoU(square(0, 0, 1), square(0.5, 0, 1)) - 1.0 / 3.0) < 1e-12);
    // Clockwise vs counter-clockwise, open rings: the same square.
    QList<QPointF> reversed = square(0, 0, 1);
    std::reverse(reversed.begin(), reversed.end());
    QVERIFY(std::abs(polygonIoU(square(0, 0, 1), reversed) - 1.0) < 1e-12);
    // A triangle inside a square: its area over the square's.
    const QList<QPointF> tri { QPointF(0, 0), QPointF(2, 0), QPointF(0, 2) };
    QVERIFY(std::abs(polygonIoU(tri, square(0, 0, 2)) - 0.5) < 1e-12);
    QCOMPARE(polygonIoU(square(0, 0, 1), square(5, 5, 1)), 0.0);
    // Fewer than three points: no area.
    QCOMPARE(polygonIoU({ QPointF(0, 0), QPointF(1, 1) }, square(0, 0, 1)), 0.0);
    QCOMPARE(polygonIoU({}, {}), 0.0);
    // Through a control: labels pair them.
    Region a, b;
    a.labels = b.labels = QStringList { u"Lake"_s };
    a.points = square(0, 0, 1);
    b.points = square(0.5, 0, 1);
    QVERIFY(std::abs(
                agree(control(MetricKind::Polygons, { a }), control(MetricKind::Polygons, { b })) - 1.0 / 3.0)
        < 1e-12);
}

void TestAgreementMetrics::selfIntersectingPolygon()
{
    // A bow tie: its edges cross. No area can be trusted: 0 against anything else, 1 against itself.
    const QList<QPointF> bowtie { QPointF(0, 0), QPointF(1, 1), QPointF(1, 0), QPointF(0, 1) };
    QCOMPARE(polygonIoU(bowtie, square(0, 0, 1)), 0.0);
    QCOMPARE(polygonIoU(square(0, 0, 1), bowtie), 0.0);
    QCOMPARE(polygonIoU(bowtie, bowtie), 1.0);
    // A spike (a vertex visited twice) and repeated points do not throw either.
    const QList<QPointF> spike { QPointF(0, 0), QPointF(2, 0), QPointF(2, 2), QPointF(3, 3), QPointF(2, 2),
        QPointF(0, 2) };
    const double v = polygonIoU(spike, square(0, 0, 2));
    QVERIFY(v >= 0 && v <= 1);
    const QList<QPointF> repeated { QPointF(0, 0), QPointF(0, 0), QPointF(1, 0), QPointF(1, 1),
        QPointF(0, 1) };
    QVERIFY(std::abs(polygonIoU(repeated, square(0, 0, 1)) - 1.0) < 1e-12
        || polygonIoU(repeated, square(0, 0, 1)) == 0.0);
}

void TestAgreementMetrics::keyPoints()
{
    Region a, b, c;
    a.labels = b.labels = c.labels = QStringList { u"Nose"_s };
    a.points = { QPointF(10, 10) };
    b.points = { QPointF(10, 10) };
    c.points = { QPointF(11, 10) };
    const auto ca = control(MetricKind::KeyPoints, { a });
    QCOMPARE(agree(ca, control(MetricKind::KeyPoints, { b })), 1.0);
    QCOMPARE(agree(ca, control(MetricKind::KeyPoints, { c })), 0.0);
    AgreementOptions o;
    o.keyPointTolerance = 1.5;
    QCOMPARE(agree(ca, control(MetricKind::KeyPoints, { c }), o), 1.0);
    Region other = b;
    other.labels = QStringList { u"Eye"_s };
    QCOMPARE(agree(ca, control(MetricKind::KeyPoints, { other }), o), 0.0);
}

void TestAgreementMetrics::textSimilarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::addColumn<double>("expected");
    using D = AgreementOptions::TextDistance;
    QTest::newRow("lev kitten") << "kitten"
                                << "sitting" << int(D::Levenshtein) << 1.0 - 3.0 / 7.0;
    QTest::newRow("lev equal") << "same"
                               << "same" << int(D::Levenshtein) << 1.0;
    QTest::newRow("lev empty") << ""
                               << "" << int(D::Levenshtein) << 1.0;
    QTest::newRow("lev one empty") << "abc"
                                   << "" << int(D::Levenshtein) << 0.0;
    QTest::newRow("lev transposition") << "ca"
                                       << "ac" << int(D::Levenshtein) << 0.0;
    QTest::newRow("osa transposition") << "ca"
                                       << "ac" << int(D::DamerauLevenshtein) << 0.5;
    // Optimal string alignment, not unrestricted Damerau: "ca" → "abc" is 3 edits (unrestricted: 2).
    QTest::newRow("osa restricted") << "ca"
                                    << "abc" << int(D::DamerauLevenshtein) << 0.0;
    QTest::newRow("osa kitten") << "kitten"
                                << "sitting" << int(D::DamerauLevenshtein) << 1.0 - 3.0 / 7.0;
    QTest::newRow("hamming") << "karolin"
                             << "kathrin" << int(D::Hamming) << 1.0 - 3.0 / 7.0;
    QTest::newRow("hamming padded") << "abc"
                                    << "abcde" << int(D::Hamming) << 1.0 - 2.0 / 5.0;
    QTest::newRow("hamming shifted") << "abc"
                                     << "xabc" << int(D::Hamming) << 0.0;
    QTest::newRow("jw martha") << "MARTHA"
                               << "MARHTA" << int(D::JaroWinkler) << 0.9611111111111111;
    QTest::newRow("jw dixon") << "DIXON"
                              << "DICKSONX" << int(D::JaroWinkler) << 0.8133333333333332;
    QTest::newRow("jw disjoint") << "abc"
                                 << "xyz" << int(D::JaroWinkler) << 0.0;
}

void TestAgreementMetrics::textSimilarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QFETCH(double, expected);
    const auto d = AgreementOptions::TextDistance(distance);
    const double got = lsdesk::agreement::textSimilarity(a, b, d);
    QVERIFY2(std::abs(got - expected) < 1e-9, qPrintable(QString::number(got, 'g', 16)));
    QCOMPARE(lsdesk::agreement::textSimilarity(b, a, d), got);
}

void TestAgreementMetrics::textArea()
{
    Region a, b, c;
    a.texts = QStringList { u"kitten"_s, u"same"_s };
    b.texts = QStringList { u"sitting"_s, u"same"_s };
    c.texts = QStringList { u"kitten"_s };
    const auto ca = control(MetricKind::TextArea, { a });
    QVERIFY(std::abs(agree(ca, control(MetricKind::TextArea, { b })) - ((1 - 3.0 / 7.0) + 1) / 2) < 1e-12);
    // The unaligned extra scores 0; the mean is over the longer list.
    QCOMPARE(agree(ca, control(MetricKind::TextArea, { c })), 0.5);
    AgreementOptions o;
    o.textDistance = AgreementOptions::TextDistance::Hamming;
    Region d;
    d.texts = QStringList { u"kittens"_s, u"same"_s };
    QVERIFY(std::abs(agree(ca, control(MetricKind::TextArea, { d }), o) - ((1 - 1.0 / 7.0) + 1) / 2) < 1e-12);
}

void TestAgreementMetrics::taxonomy()
{
    auto tax = [](const QList<QStringList> &paths) {
        Region r;
        r.paths = paths;
        return control(MetricKind::Taxonomy, { r });
    };
    const auto ab = tax({ { u"Animal"_s, u"Bird"_s } });
    const auto ac = tax({ { u"Animal"_s, u"Cat"_s } });
    const auto abAndPlant = tax({ { u"Animal"_s, u"Bird"_s }, { u"Plant"_s } });
    QCOMPARE(agree(ab, ab), 1.0);
    QCOMPARE(agree(ab, ac), 0.0);
    QCOMPARE(agree(ab, abAndPlant), 0.0);
    AgreementOptions o;
    o.taxonomyPathMatching = true;
    QCOMPARE(agree(ab, ac, o), 0.5); // one shared level of two
    QCOMPARE(agree(ab, abAndPlant, o), 2.0 / 3.0); // (1 + 1 + 0) / 3 paths
    QCOMPARE(agree(tax({ { u"Animal"_s } }), ab, o), 0.5);
}

void TestAgreementMetrics::numberAndRating()
{
    auto value = [](MetricKind k, double v, double lo = 0, double hi = 0) {
        Region r;
        r.number = v;
        r.start = lo;
        r.end = hi;
        return control(k, { r });
    };
    // Without a range: a tolerance match.
    QCOMPARE(agree(value(MetricKind::Number, 3), value(MetricKind::Number, 5)), 0.0);
    QCOMPARE(agree(value(MetricKind::Number, 3), value(MetricKind::Number, 3)), 1.0);
    AgreementOptions o;
    o.numberTolerance = 2;
    QCOMPARE(agree(value(MetricKind::Number, 3), value(MetricKind::Number, 5), o), 1.0);
    // With min/max from the config: 1 - |a-b| / range.
    const auto hints = hintsFromConfig(QStringLiteral(
        R"(<View><Text name="text" value="$text"/><Number name="n" toName="text" min="0" max="10"/>
        <Rating name="stars" toName="text" maxRating="5"/></View>)"));
    const auto a = parseResults(results(R"([{"id": "x", "from_name": "n", "to_name": "text", "type": "number",
        "value": {"number": 3}}, {"id": "y", "from_name": "stars", "to_name": "text", "type": "rating",
        "value": {"rating": 2}}])"),
        {}, hints);
    const auto b = parseResults(results(R"([{"id": "z", "from_name": "n", "to_name": "text", "type": "number",
        "value": {"number": 5}}, {"id": "w", "from_name": "stars", "to_name": "text", "type": "rating",
        "value": {"rating": 4}}])"),
        {}, hints);
    QCOMPARE(find(a, u"n"_s)->kind, MetricKind::Number);
    QCOMPARE(controlAgreement(find(a, u"n"_s), find(b, u"n"_s), {}), 0.8);
    // Rating on 1..5: |2-4| / 4.
    QCOMPARE(find(a, u"stars"_s)->kind, MetricKind::Rating);
    QCOMPARE(controlAgreement(find(a, u"stars"_s), find(b, u"stars"_s), {}), 0.5);
    QCOMPARE(agree(value(MetricKind::Rating, 1), value(MetricKind::Rating, 5)), 0.0);
}

// stats.md: boxes with IoU 0.9 but different per-region choices score 0.
void TestAgreementMetrics::perRegionChoicesMultiply()
{
    auto annotation = [](double width, const char *choice) {
        const QByteArray json = QByteArray(R"([{"id": "reg1", "from_name": "box", "to_name": "image",
            "type": "rectanglelabels", "value": {"x": 0, "y": 0, "width": )")
            + QByteArray::number(width) + R"(, "height": 10, "rotation": 0, "rectanglelabels": ["Car"]}},
            {"id": "reg1", "from_name": "color", "to_name": "image", "type": "choices",
             "value": {"x": 0, "y": 0, "width": 10, "height": 10, "choices": [")"
            + choice + R"("]}}])";
        return parseResults(results(json));
    };
    const auto a = annotation(10, "Red");
    const auto b = annotation(9, "Blue");
    const auto c = annotation(9, "Red");
    // The per-region choice is attached to its box, not a control of its own.
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].regions[0].attached.value(u"color"_s).size(), 1);
    QCOMPARE(a[0].regions[0].attached.value(u"color"_s)[0].labels, QStringList { u"Red"_s });
    QVERIFY(std::abs(boxIoU(a[0].regions[0], b[0].regions[0]) - 0.9) < 1e-12);
    QCOMPARE(agree(a[0], b[0]), 0.0);
    QVERIFY(std::abs(agree(a[0], c[0]) - 0.9) < 1e-12);
    // Only one side answered the per-region question: that region pair scores 0.
    const auto bare = parseResults(results(R"([{"id": "reg9", "from_name": "box", "to_name": "image",
        "type": "rectanglelabels", "value": {"x": 0, "y": 0, "width": 9, "height": 10, "rectanglelabels": ["Car"]}}])"));
    QCOMPARE(agree(a[0], bare[0]), 0.0);
    QCOMPARE(agree(bare[0], bare[0]), 1.0);
}

void TestAgreementMetrics::labelsAndPerLabel()
{
    const auto a = control(
        MetricKind::Boxes, { box(0, 0, 10, 10, { u"Car"_s }), box(50, 50, 10, 10, { u"Person"_s }) });
    const auto b = control(MetricKind::Boxes, { box(0, 0, 5, 10, { u"Car"_s }) });
    QCOMPARE(labelsOf(a), (QStringList { u"Car"_s, u"Person"_s }));
    bool present = false;
    QCOMPARE(controlAgreementForLabel(&a, &b, u"Car"_s, {}, &present), 0.5);
    QVERIFY(present);
    QCOMPARE(controlAgreementForLabel(&a, &b, u"Person"_s, {}, &present), 0.0);
    QVERIFY(present);
    controlAgreementForLabel(&a, &b, u"Truck"_s, {}, &present);
    QVERIFY(!present);
    const auto ca = control(MetricKind::Choices, { choice({ u"A"_s, u"B"_s }) });
    const auto cb = control(MetricKind::Choices, { choice({ u"A"_s }) });
    QCOMPARE(controlAgreementForLabel(&ca, &cb, u"A"_s, {}, &present), 1.0);
    QCOMPARE(controlAgreementForLabel(&ca, &cb, u"B"_s, {}, &present), 0.0);
    QVERIFY(present);
    QCOMPARE(controlAgreementForLabel(&ca, nullptr, u"A"_s, {}, &present), 0.0);
}

// (a, b) == (b, a) for every metric and option, on random inputs.
void TestAgreementMetrics::symmetryRandomized()
{
    QRandomGenerator rng(20240606);
    const QStringList labelPool { u"A"_s, u"B"_s, u"C"_s };
    auto pickLabels = [&]() {
        QStringList l { labelPool[rng.bounded(3)] };
        if (rng.bounded(4) == 0)
            l.append(labelPool[rng.bounded(3)]);
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
        return l;
    };
    auto word = [&]() {
        QString s;
        const int n = rng.bounded(6);
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'a' + rng.bounded(4)));
        return s;
    };
    auto randomRegion = [&](MetricKind k) {
        Region r;
        switch (k) {
        case MetricKind::Boxes:
            r = box(rng.bounded(60.0), rng.bounded(60.0), 1 + rng.bounded(40.0), 1 + rng.bounded(40.0),
                pickLabels(), rng.bounded(3) == 0 ? rng.bounded(360.0) : 0);
            break;
        case MetricKind::Polygons: {
            r.labels = pickLabels();
            const int n = 3 + rng.bounded(4);
            for (int i = 0; i < n; ++i)
                r.points.append(QPointF(rng.bounded(20.0), rng.bounded(20.0)));
            break;
        }
        case MetricKind::TextSpans:
        case MetricKind::TimeSpans: {
            const double s = rng.bounded(50);
            r = span(s, s + rng.bounded(30), pickLabels());
            if (k == MetricKind::TextSpans && rng.bounded(2)) {
                r.tokenStart = int(s / 5);
                r.tokenEnd = int(r.end / 5) + 1;
            }
            break;
        }
        case MetricKind::KeyPoints:
            r.labels = pickLabels();
            r.points = { QPointF(rng.bounded(5), rng.bounded(5)) };
            break;
        case MetricKind::Choices:
            r.labels = rng.bounded(5) == 0 ? QStringList() : pickLabels();
            break;
        case MetricKind::Number:
            r.number = rng.bounded(10);
            if (rng.bounded(2)) {
                r.start = 0;
                r.end = 10;
            }
            break;
        case MetricKind::TextArea:
            for (int i = rng.bounded(4); i > 0; --i)
                r.texts.append(word());
            break;
        case MetricKind::Taxonomy:
            for (int i = rng.bounded(3); i > 0; --i) {
                QStringList path;
                for (int d = 1 + rng.bounded(3); d > 0; --d)
                    path.append(labelPool[rng.bounded(3)]);
                r.paths.append(path);
            }
            break;
        default:
            r.labels = pickLabels();
            r.canonical = QString::number(rng.bounded(3));
            break;
        }
        if (k == MetricKind::Boxes && rng.bounded(3) == 0)
            r.attached[u"attr"_s] = { choice({ labelPool[rng.bounded(2)] }) };
        return r;
    };
    const QList<MetricKind> kinds { MetricKind::Boxes, MetricKind::Polygons, MetricKind::TextSpans,
        MetricKind::TimeSpans, MetricKind::KeyPoints, MetricKind::Choices, MetricKind::Number,
        MetricKind::TextArea, MetricKind::Taxonomy, MetricKind::Exact };
    int checked = 0;
    for (int round = 0; round < 4000; ++round) {
        const MetricKind k = kinds[rng.bounded(int(kinds.size()))];
        const bool whole = k == MetricKind::Choices || k == MetricKind::Number || k == MetricKind::TextArea
            || k == MetricKind::Taxonomy;
        ControlResult a { u"c"_s, k, {} }, b { u"c"_s, k, {} };
        for (int i = whole ? 1 : rng.bounded(5); i > 0; --i)
            a.regions.append(randomRegion(k));
        for (int i = whole ? 1 : rng.bounded(5); i > 0; --i)
            b.regions.append(randomRegion(k));
        AgreementOptions o;
        o.regionCombine = rng.bounded(2) ? AgreementOptions::RegionCombine::MaxPerRegion
                                         : AgreementOptions::RegionCombine::AverageMatched;
        if (rng.bounded(3) == 0)
            o.iouThreshold = 0.1 + rng.bounded(0.8);
        o.precisionRecallF1 = rng.bounded(4) == 0;
        o.choicesPartial = rng.bounded(2);
        o.spanUnit
            = rng.bounded(2) ? AgreementOptions::SpanUnit::Tokens : AgreementOptions::SpanUnit::Characters;
        o.textDistance = AgreementOptions::TextDistance(rng.bounded(4));
        o.taxonomyPathMatching = rng.bounded(2);
        o.keyPointTolerance = rng.bounded(3);
        const double ab = controlAgreement(&a, &b, o), ba = controlAgreement(&b, &a, o);
        QVERIFY2(ab >= 0 && ab <= 1, qPrintable(QString::number(ab)));
        QVERIFY2(
            ab == ba, qPrintable(u"kind %1 round %2: %3 vs %4"_s.arg(int(k)).arg(round).arg(ab).arg(ba)));
        // Every metric: a control agrees with itself (rotated boxes up to rounding in the intersection).
        QVERIFY(std::abs(controlAgreement(&a, &a, o) - 1.0) < 1e-9);
        ++checked;
        if (!whole && !a.regions.isEmpty()) {
            const QString label = a.regions[0].labels.value(0);
            bool p1 = false, p2 = false;
            QCOMPARE(controlAgreementForLabel(&a, &b, label, o, &p1),
                controlAgreementForLabel(&b, &a, label, o, &p2));
            QCOMPARE(p1, p2);
        }
    }
    QCOMPARE(checked, 4000);
}

QTEST_GUILESS_MAIN(TestAgreementMetrics)
#include "tst_agreementmetrics.moc"
