// Reading Label Studio results into regions (issue #6): real result JSON for every type, label-config
// hints, per-region attachment. The scores themselves: tst_agreementmetrics.cpp.
#include "agreement/agreement.h"
#include "agreement/agreementsource.h"
#include "agreement/metrics.h"
#include "agreement/regions.h"
#include "agreementtestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>
#include <memory>
#include <random>

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

const ControlResult *find(const QList<ControlResult> &l, const QString &name)
{
    for (const ControlResult &c : l) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// Bit for bit (NaN equal to NaN): the two ingestion paths must not differ in the last digit.
bool identical(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

QString diffMatrix(const QString &what, const Matrix &a, const Matrix &b)
{
    if (a.size != b.size || a.commonTasks != b.commonTasks)
        return what + u": size or common tasks"_s;
    for (int i = 0; i < a.size * a.size; ++i)
        if (!identical(a.agreement.at(i), b.agreement.at(i)) || !identical(a.stddev.at(i), b.stddev.at(i)))
            return what
                + u": cell %1: %2 vs %3"_s.arg(i)
                      .arg(a.agreement.at(i), 0, 'g', 17)
                      .arg(b.agreement.at(i), 0, 'g', 17);
    return {};
}

// Every number of two reports; empty when identical.
QString diffReports(const AgreementReport &a, const AgreementReport &b)
{
    QStringList ka, kb;
    for (const Participant &p : a.participants)
        ka << p.key();
    for (const Participant &p : b.participants)
        kb << p.key();
    if (ka != kb)
        return u"participants: "_s + ka.join(u',') + u" vs "_s + kb.join(u',');
    if (const QString d = diffMatrix(u"matrix"_s, a.matrix, b.matrix); !d.isEmpty())
        return d;
    if (a.perLabel.keys() != b.perLabel.keys())
        return u"per-label keys: "_s + a.perLabel.keys().join(u',') + u" vs "_s
            + b.perLabel.keys().join(u',');
    for (auto it = a.perLabel.cbegin(); it != a.perLabel.cend(); ++it)
        if (const QString d = diffMatrix(u"label "_s + it.key(), *it, b.perLabel.value(it.key()));
            !d.isEmpty())
            return d;
    if (a.controls != b.controls)
        return u"controls: "_s + a.controls.join(u',') + u" vs "_s + b.controls.join(u',');
    if (a.tasks.size() != b.tasks.size())
        return u"task count %1 vs %2"_s.arg(a.tasks.size()).arg(b.tasks.size());
    for (qsizetype t = 0; t < a.tasks.size(); ++t) {
        const TaskAgreement &x = a.tasks.at(t), &y = b.tasks.at(t);
        bool same = x.taskId == y.taskId && identical(x.agreement, y.agreement)
            && x.members.size() == y.members.size() && x.pairs.size() == y.pairs.size();
        for (qsizetype m = 0; same && m < x.members.size(); ++m)
            same = x.members[m].participant == y.members[m].participant
                && x.members[m].annotationId == y.members[m].annotationId;
        for (qsizetype p = 0; same && p < x.pairs.size(); ++p)
            same = x.pairs[p].a == y.pairs[p].a && x.pairs[p].b == y.pairs[p].b
                && identical(x.pairs[p].score, y.pairs[p].score);
        if (!same)
            return u"task %1 (#%2)"_s.arg(t).arg(x.taskId);
    }
    if (!identical(a.mean, b.mean) || !identical(a.stddev, b.stddev) || a.tasksSeen != b.tasksSeen
        || a.annotationsCounted != b.annotationsCounted || a.cancelledSkipped != b.cancelledSkipped)
        return u"mean, stddev or counts"_s;
    return {};
}

// Varied tasks: every result type, per-region choices, cancelled and ground-truth annotations, expanded
// users, predictions with odd model versions, numbers as strings, non-ASCII labels, relations.
class VariedTasks
{
public:
    QJsonObject task(int id)
    {
        QJsonArray annotations;
        const int n = 1 + int(m_rng() % 4);
        for (int a = 0; a < n; ++a) {
            const QJsonValue by = pick(5) == 0
                ? QJsonValue(QJsonObject { { u"id"_s, 1 + a }, { u"first_name"_s, u"Ann"_s } })
                : QJsonValue(1 + a);
            annotations.append(QJsonObject { { u"id"_s, id * 10 + a }, { u"completed_by"_s, by },
                { u"result"_s, result() }, { u"was_cancelled"_s, pick(10) == 0 },
                { u"ground_truth"_s, pick(6) == 0 }, { u"lead_time"_s, 3.25 } });
        }
        QJsonArray predictions;
        for (int p = 0; p < int(pick(3)); ++p) {
            const QJsonValue version
                = p == 0 ? QJsonValue(u"v1"_s) : (pick(2) ? QJsonValue(2.5) : QJsonValue(QJsonValue::Null));
            predictions.append(QJsonObject {
                { u"id"_s, id * 100 + p }, { u"model_version"_s, version }, { u"result"_s, result() } });
        }
        return QJsonObject { { u"id"_s, id },
            { u"data"_s, QJsonObject { { u"text"_s, u"The quick brown fox jumps over the lazy dog"_s } } },
            { u"annotations"_s, annotations }, { u"predictions"_s, predictions } };
    }

private:
    unsigned pick(unsigned n) { return unsigned(m_rng() % n); }
    double num(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    QJsonArray labels()
    {
        static const QStringList names { u"Car"_s, u"Person"_s, u"Caf\u00e9"_s, u"\u8eca"_s };
        QJsonArray l { names.at(pick(4)) };
        if (pick(8) == 0)
            l.append(names.at(pick(4)));
        return l;
    }
    QJsonObject r(const QString &from, const QString &type, const QJsonObject &value, const QString &id = {})
    {
        QJsonObject o { { u"from_name"_s, from }, { u"to_name"_s, u"image"_s }, { u"type"_s, type },
            { u"value"_s, value }, { u"original_width"_s, 1920 }, { u"original_height"_s, 1080 } };
        o.insert(u"id"_s, id.isEmpty() ? QJsonValue(double(m_next++)) : QJsonValue(id));
        return o;
    }
    QJsonArray result()
    {
        QJsonArray out;
        for (int k = 0; k < 1 + int(pick(3)); ++k) {
            const QString id = u"b%1"_s.arg(m_next++);
            out.append(r(u"box"_s, u"rectanglelabels"_s,
                { { u"x"_s, num(0, 80) }, { u"y"_s, num(0, 80) }, { u"width"_s, num(5, 20) },
                    { u"height"_s, pick(5) == 0 ? QJsonValue(u"12.5"_s) : QJsonValue(num(5, 20)) },
                    { u"rotation"_s, pick(4) == 0 ? num(0, 40) : 0.0 }, { u"rectanglelabels"_s, labels() } },
                id));
            if (pick(2))
                out.append(r(u"color"_s, u"choices"_s,
                    { { u"choices"_s, QJsonArray { pick(2) ? u"Red"_s : u"Blue"_s } } }, id));
        }
        const int s = int(pick(30));
        out.append(r(u"ner"_s, u"labels"_s,
            { { u"start"_s, s }, { u"end"_s, s + 4 + int(pick(9)) }, { u"labels"_s, labels() } }));
        out.append(r(u"poly"_s, u"polygonlabels"_s,
            { { u"points"_s,
                  QJsonArray {
                      QJsonArray { num(0, 10), 0 }, QJsonArray { 10, num(0, 10) }, QJsonArray { 0, 10 } } },
                { u"polygonlabels"_s, labels() } }));
        out.append(r(u"kp"_s, u"keypointlabels"_s,
            { { u"x"_s, double(pick(3)) }, { u"y"_s, 1 }, { u"keypointlabels"_s, labels() } }));
        out.append(r(u"html"_s, u"hypertextlabels"_s,
            { { u"start"_s, u"/p[1]"_s }, { u"end"_s, pick(2) ? u"/p[1]"_s : u"/p[2]"_s },
                { u"startOffset"_s, int(pick(5)) }, { u"endOffset"_s, 9 },
                { u"hypertextlabels"_s, labels() } }));
        out.append(r(u"ts"_s, u"timeserieslabels"_s,
            { { u"start"_s,
                  pick(2) ? QJsonValue(u"2024-05-01 10:00:0%1"_s.arg(pick(5)))
                          : QJsonValue(double(pick(9))) },
                { u"end"_s, u"2024-05-01T10:00:09Z"_s }, { u"instant"_s, pick(6) == 0 },
                { u"timeserieslabels"_s, labels() } }));
        out.append(r(u"tl"_s, u"timelinelabels"_s,
            { { u"ranges"_s, QJsonArray { QJsonObject { { u"start"_s, int(pick(5)) }, { u"end"_s, 8 } } } },
                { u"timelinelabels"_s, labels() } }));
        out.append(r(u"cls"_s, u"choices"_s,
            { { u"choices"_s, pick(3) ? QJsonArray { u"A"_s } : QJsonArray { u"A"_s, u"B"_s } } }));
        out.append(r(u"notes"_s, u"textarea"_s,
            { { u"text"_s, QJsonArray { pick(2) ? u"hello"_s : u"h\u00e9llo"_s } } }));
        out.append(r(u"n"_s, u"number"_s, { { u"number"_s, int(pick(4)) } }));
        out.append(r(u"stars"_s, u"rating"_s, { { u"rating"_s, 1 + int(pick(5)) } }));
        out.append(r(u"tax"_s, u"taxonomy"_s,
            { { u"taxonomy"_s, QJsonArray { QJsonArray { u"Animal"_s, pick(2) ? u"Cat"_s : u"Dog"_s } } } }));
        out.append(r(u"when"_s, u"datetime"_s, { { u"datetime"_s, u"2024-05-0%1"_s.arg(1 + pick(2)) } }));
        out.append(r(u"pw"_s, u"pairwise"_s,
            { { u"selected"_s, pick(2) ? u"left"_s : u"right"_s }, { u"z"_s, 1 }, { u"a"_s, 2 } }));
        out.append(
            QJsonObject { { u"type"_s, u"relation"_s }, { u"from_id"_s, u"x"_s }, { u"to_id"_s, u"y"_s } });
        // Drop some results so that controls go missing on one side.
        for (int k = int(out.size()) - 1; k >= 0; --k)
            if (pick(5) == 0)
                out.removeAt(k);
        return out;
    }

    std::mt19937 m_rng { 6 };
    int m_next = 1;
};

const char kVariedConfig[] = R"(<View><Image name="image" value="$image"/><Text name="text" value="$text"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/></RectangleLabels>
  <Choices name="color" toName="image" perRegion="true"><Choice value="Red"/><Choice value="Blue"/></Choices>
  <Labels name="ner" toName="text"><Label value="Car"/></Labels>
  <Number name="n" toName="text" min="0" max="3"/><Rating name="stars" toName="text" maxRating="5"/></View>)";

} // namespace

class TestAgreementParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseEveryType();
    void parseHintsFromConfig();
    void bytesAndObjectsGiveTheSameReport_data();
    void bytesAndObjectsGiveTheSameReport();
    void bytesOddities();
    void ratingAboveFiveWithoutConfig();
    void labelsOnAnImageAreShapes();
    void nonFiniteNumbersDoNotPoisonTheReport();
    void csvCountsGroundTruthOnce();
    void deepNestingFailsCleanly();
};

// Real Label Studio result JSON for every type.
void TestAgreementParse::parseEveryType()
{
    const QJsonObject data = object(R"({"text": "Hello big world", "image": "/data/x.png"})");
    const auto parsed = parseResults(results(R"([
      {"id": "r1", "from_name": "box", "to_name": "image", "type": "rectanglelabels", "origin": "manual",
       "original_width": 640, "original_height": 480, "image_rotation": 0,
       "value": {"x": 10.5, "y": 20, "width": 30, "height": 40, "rotation": 0, "rectanglelabels": ["Car", "Car"]}},
      {"id": "r2", "from_name": "poly", "to_name": "image", "type": "polygonlabels",
       "value": {"points": [[1, 2], [3, 4], [5, 0]], "closed": true, "polygonlabels": ["Lake"]}},
      {"id": "r3", "from_name": "kp", "to_name": "image", "type": "keypointlabels",
       "value": {"x": 7, "y": 8, "width": 0.5, "keypointlabels": ["Nose"]}},
      {"id": "r4", "from_name": "ner", "to_name": "text", "type": "labels",
       "value": {"start": 6, "end": 9, "text": "big", "labels": ["ADJ"]}},
      {"id": "r5", "from_name": "html", "to_name": "page", "type": "hypertextlabels",
       "value": {"start": "/p[1]/text()[1]", "end": "/p[1]/text()[1]", "startOffset": 2, "endOffset": 7,
                 "text": "llo w", "hypertextlabels": ["Span"]}},
      {"id": "r6", "from_name": "para", "to_name": "dialogue", "type": "paragraphlabels",
       "value": {"start": "0", "end": "1", "startOffset": 3, "endOffset": 4, "paragraphlabels": ["Q"]}},
      {"id": "r7", "from_name": "ts", "to_name": "series", "type": "timeserieslabels",
       "value": {"start": 5, "end": 9, "instant": false, "timeserieslabels": ["Up"]}},
      {"id": "r8", "from_name": "sentiment", "to_name": "text", "type": "choices",
       "value": {"choices": ["Positive", "Neutral"]}},
      {"id": "r9", "from_name": "tax", "to_name": "text", "type": "taxonomy",
       "value": {"taxonomy": [["Animal", "Bird"], ["Plant"]]}},
      {"id": "r10", "from_name": "summary", "to_name": "text", "type": "textarea",
       "value": {"text": ["first", "second"]}},
      {"id": "r11", "from_name": "count", "to_name": "text", "type": "number", "value": {"number": 42}},
      {"id": "r12", "from_name": "stars", "to_name": "text", "type": "rating", "value": {"rating": 4}},
      {"id": "r13", "from_name": "when", "to_name": "text", "type": "datetime",
       "value": {"datetime": "2024-02-03T04:05"}},
      {"id": "r14", "from_name": "mask", "to_name": "image", "type": "brushlabels",
       "value": {"format": "rle", "rle": [1, 2, 3], "brushlabels": ["Sky"]}},
      {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "right"}
    ])"),
        data);
    QStringList names;
    for (const ControlResult &c : parsed)
        names << c.name;
    QCOMPARE(names,
        (QStringList { u"box"_s, u"count"_s, u"html"_s, u"kp"_s, u"mask"_s, u"ner"_s, u"para"_s, u"poly"_s,
            u"sentiment"_s, u"stars"_s, u"summary"_s, u"tax"_s, u"ts"_s, u"when"_s }));

    const Region &b = find(parsed, u"box"_s)->regions[0];
    QCOMPARE(find(parsed, u"box"_s)->kind, MetricKind::Boxes);
    QCOMPARE(b.id, u"r1"_s);
    QCOMPARE(b.labels, QStringList { u"Car"_s });
    QCOMPARE(b.x, 10.5);
    QCOMPARE(b.height, 40.0);
    QVERIFY(b.points.isEmpty()); // not rotated: the fast path needs no corners

    const Region &p = find(parsed, u"poly"_s)->regions[0];
    QCOMPARE(find(parsed, u"poly"_s)->kind, MetricKind::Polygons);
    QCOMPARE(p.points, (QList<QPointF> { QPointF(1, 2), QPointF(3, 4), QPointF(5, 0) }));

    const Region &k = find(parsed, u"kp"_s)->regions[0];
    QCOMPARE(find(parsed, u"kp"_s)->kind, MetricKind::KeyPoints);
    QCOMPARE(k.points, QList<QPointF> { QPointF(7, 8) });
    QCOMPARE(k.labels, QStringList { u"Nose"_s });

    const Region &n = find(parsed, u"ner"_s)->regions[0];
    QCOMPARE(find(parsed, u"ner"_s)->kind, MetricKind::TextSpans);
    QCOMPARE(n.start, 6.0);
    QCOMPARE(n.end, 9.0);
    QCOMPARE(n.tokenStart, 1);
    QCOMPARE(n.tokenEnd, 2);

    const Region &h = find(parsed, u"html"_s)->regions[0];
    QCOMPARE(find(parsed, u"html"_s)->kind, MetricKind::HyperTextSpans);
    QCOMPARE(h.startContainer, u"/p[1]/text()[1]"_s);
    QCOMPARE(h.start, 2.0);
    QCOMPARE(h.end, 7.0);
    const Region &pa = find(parsed, u"para"_s)->regions[0];
    QCOMPARE(find(parsed, u"para"_s)->kind, MetricKind::HyperTextSpans);
    QCOMPARE(pa.startContainer, u"0"_s);
    QCOMPARE(pa.endContainer, u"1"_s);

    const Region &t = find(parsed, u"ts"_s)->regions[0];
    QCOMPARE(find(parsed, u"ts"_s)->kind, MetricKind::TimeSpans);
    QCOMPARE(t.start, 5.0);
    QCOMPARE(t.end, 9.0);

    QCOMPARE(find(parsed, u"sentiment"_s)->kind, MetricKind::Choices);
    QCOMPARE(find(parsed, u"sentiment"_s)->regions[0].labels, (QStringList { u"Neutral"_s, u"Positive"_s }));
    QCOMPARE(find(parsed, u"tax"_s)->kind, MetricKind::Taxonomy);
    QCOMPARE(find(parsed, u"tax"_s)->regions[0].paths,
        (QList<QStringList> { { u"Animal"_s, u"Bird"_s }, { u"Plant"_s } }));
    QCOMPARE(labelsOf(*find(parsed, u"tax"_s)), (QStringList { u"Animal / Bird"_s, u"Plant"_s }));
    QCOMPARE(find(parsed, u"summary"_s)->kind, MetricKind::TextArea);
    QCOMPARE(find(parsed, u"summary"_s)->regions[0].texts, (QStringList { u"first"_s, u"second"_s }));
    QCOMPARE(find(parsed, u"count"_s)->regions[0].number, 42.0);
    QCOMPARE(find(parsed, u"stars"_s)->kind, MetricKind::Rating);
    QCOMPARE(find(parsed, u"stars"_s)->regions[0].number, 4.0);
    QCOMPARE(find(parsed, u"when"_s)->kind, MetricKind::Exact);
    QCOMPARE(
        find(parsed, u"when"_s)->regions[0].canonical, QStringLiteral(R"({"datetime":"2024-02-03T04:05"})"));
    QCOMPARE(find(parsed, u"mask"_s)->kind, MetricKind::Exact);
    QCOMPARE(find(parsed, u"mask"_s)->regions[0].labels, QStringList { u"Sky"_s });
    QCOMPARE(find(parsed, u"mask"_s)->regions[0].canonical,
        QStringLiteral(R"({"brushlabels":["Sky"],"format":"rle","rle":[1,2,3]})"));

    // Timeline labels: frame ranges, as a span over their hull.
    const auto timeline = parseResults(results(R"([{"id": "v1", "from_name": "tl", "to_name": "video",
        "type": "timelinelabels", "value": {"ranges": [{"start": 3, "end": 8}, {"start": 10, "end": 12}],
        "timelinelabels": ["Walk"]}}])"));
    QCOMPARE(timeline[0].kind, MetricKind::TimeSpans);
    QCOMPARE(timeline[0].regions[0].start, 3.0);
    QCOMPARE(timeline[0].regions[0].end, 12.0);

    QVERIFY(parseResults({}).isEmpty());
    QCOMPARE(kindOfResultType(u"RectangleLabels"_s), MetricKind::Boxes);
    QCOMPARE(kindOfResultType(u"pairwise"_s), MetricKind::Exact);
}

void TestAgreementParse::parseHintsFromConfig()
{
    const auto hints = hintsFromConfig(QStringLiteral(R"(<View>
      <Image name="image" value="$image"/>
      <RectangleLabels name="box" toName="image"><Label value="Car"/></RectangleLabels>
      <Choices name="color" toName="image" perRegion="true"><Choice value="Red"/></Choices>
      <Text name="text" value="$body"/>
      <Labels name="ner" toName="text"><Label value="PER"/></Labels>
      <Audio name="audio" value="$audio"/>
      <Labels name="speaker" toName="audio"><Label value="A"/></Labels>
      <Number name="n" toName="text" min="1" max="9"/>
      <Rating name="stars" toName="text" maxRating="10"/>
      <Pairwise name="pw" toName="text"/>
    </View>)"));
    QCOMPARE(hints.value(u"box"_s).kind, MetricKind::Boxes);
    QVERIFY(!hints.value(u"box"_s).perRegion);
    QCOMPARE(hints.value(u"color"_s).kind, MetricKind::Choices);
    QVERIFY(hints.value(u"color"_s).perRegion);
    QCOMPARE(hints.value(u"ner"_s).kind, MetricKind::TextSpans);
    QCOMPARE(hints.value(u"ner"_s).objectText, u"body"_s);
    QCOMPARE(hints.value(u"speaker"_s).kind, MetricKind::TimeSpans);
    QCOMPARE(hints.value(u"n"_s).minValue, 1.0);
    QCOMPARE(hints.value(u"n"_s).maxValue, 9.0);
    QCOMPARE(hints.value(u"stars"_s).maxRating, 10);
    QCOMPARE(hints.value(u"pw"_s).kind, MetricKind::Exact);
    QVERIFY(hintsFromConfig(u"<View><broken"_s).isEmpty());

    // The hint's text key tokenises spans even when the data has several strings.
    const auto parsed = parseResults(results(R"([{"id": "s", "from_name": "ner", "to_name": "text",
        "type": "labels", "value": {"start": 4, "end": 9, "labels": ["PER"]}}])"),
        object(R"({"body": "Meet Alice today", "title": "x"})"), hints);
    QCOMPARE(parsed[0].regions[0].tokenStart, 1);
    QCOMPARE(parsed[0].regions[0].tokenEnd, 2);
    // The hint's perRegion attaches a result to a region with its id.
    const auto attached = parseResults(results(R"([
      {"id": "b", "from_name": "box", "to_name": "image", "type": "rectanglelabels",
       "value": {"x": 1, "y": 1, "width": 2, "height": 2, "rectanglelabels": ["Car"]}},
      {"id": "b", "from_name": "color", "to_name": "image", "type": "choices", "value": {"choices": ["Red"]}}])"),
        {}, hints);
    QCOMPARE(attached.size(), 1);
    QVERIFY(attached[0].regions[0].attached.contains(u"color"_s));
}

void TestAgreementParse::bytesAndObjectsGiveTheSameReport_data()
{
    QTest::addColumn<AgreementOptions>("options");
    QTest::addColumn<bool>("config");
    AgreementOptions o;
    QTest::newRow("defaults") << o << false;
    QTest::newRow("config and weights") << o << true;
    o.includeGroundTruth = o.includePredictions = true;
    QTest::newRow("ground truth, predictions") << o << false;
    o.methodology = AgreementOptions::Methodology::Consensus;
    o.iouThreshold = 0.5;
    o.precisionRecallF1 = true;
    QTest::newRow("consensus, F1") << o << true;
    o = {};
    o.regionCombine = AgreementOptions::RegionCombine::AverageMatched;
    o.iouThreshold = 0.3;
    o.choicesPartial = o.taxonomyPathMatching = true;
    o.spanUnit = AgreementOptions::SpanUnit::Characters;
    QTest::newRow("average matched, partial") << o << false;
    o = {};
    o.perLabel = false;
    QTest::newRow("no per-label") << o << true;
}

// addTaskJson(bytes) and addTask(QJsonObject) read through one template (engine_private.h): the same
// report, to the last bit, on tasks that use every branch of the reader.
void TestAgreementParse::bytesAndObjectsGiveTheSameReport()
{
    QFETCH(AgreementOptions, options);
    QFETCH(bool, config);
    AgreementEngine fromObjects(options), fromBytes(options);
    for (AgreementEngine *e : { &fromObjects, &fromBytes }) {
        if (config) {
            e->setLabelConfig(QString::fromUtf8(kVariedConfig));
            e->setControlWeights(QJsonDocument::fromJson(
                R"({"box": {"overall": 2, "labels": {"Car": 3, "Person": 1}}, "cls": {"overall": 0.5}})")
                                     .object());
        }
    }
    VariedTasks gen;
    for (int id = 1; id <= 400; ++id) {
        const QJsonObject task = gen.task(id);
        // Indented text on every other task: whitespace is the parser's business only.
        const QByteArray bytes
            = QJsonDocument(task).toJson(id % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
        fromObjects.addTask(QJsonDocument::fromJson(bytes).object());
        AgreementEngine::JsonTaskInfo info;
        QVERIFY(fromBytes.addTaskJson(bytes, &info));
        QCOMPARE(info.status, AgreementEngine::JsonTaskInfo::Status::Added);
        QCOMPARE(info.taskId, id);
        if (id % 50 == 0) { // streaming reports agree too
            const QString diff = diffReports(fromObjects.report(), fromBytes.report());
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }
    const AgreementReport r = fromBytes.report();
    QVERIFY(r.tasks.size() > 300);
    QVERIFY(r.matrix.size >= 4);
    QCOMPARE(r.perLabel.isEmpty(), !options.perLabel);
    const QString diff = diffReports(fromObjects.report(), r);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    if (!options.perLabel) {
        // Without the per-label matrices everything else is as with them.
        AgreementOptions with = options;
        with.perLabel = true;
        AgreementEngine full(with);
        full.setLabelConfig(QString::fromUtf8(kVariedConfig));
        full.setControlWeights(QJsonDocument::fromJson(
            R"({"box": {"overall": 2, "labels": {"Car": 3, "Person": 1}}, "cls": {"overall": 0.5}})")
                                   .object());
        VariedTasks again;
        for (int id = 1; id <= 400; ++id)
            full.addTask(again.task(id));
        AgreementReport f = full.report();
        QVERIFY(!f.perLabel.isEmpty());
        f.perLabel.clear();
        const QString d = diffReports(f, r);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
}

// Hand-written texts: what Qt's parser makes of them is what the engine gets, including errors.
void TestAgreementParse::bytesOddities()
{
    const QByteArray box = R"({"id": "r1", "from_name": "box", "to_name": "image", "type": "rectanglelabels",
        "value": {"x": 1e1, "y": 5.0, "width": 20, "height": "20", "rotation": 0, "rectanglelabels": ["Car"]}})";
    const QByteArray box2
        = R"({"id": 7, "from_name": "box", "type": "RectangleLabels", "type": "rectanglelabels",
        "value": {"x": 12.000000000000002, "y": 5, "width": 20, "height": 20, "rectanglelabels": ["Car"]}})";
    const QList<QByteArray> texts {
        "{\"id\": 1, \"annotations\": [{\"id\": 1, \"completed_by\": 1, \"result\": [" + box
            + "]}, {\"id\": 2, \"completed_by\": 2.0, \"result\": [" + box2 + "]}]}",
        // Duplicate keys: the last wins, as in QJsonObject.
        "{\"id\": 2, \"id\": 3, \"annotations\": [], \"annotations\": [{\"id\": 4, \"completed_by\": 1, "
        "\"result\": ["
            + box + "]}, {\"id\": 5, \"completed_by\": 3, \"result\": [" + box2 + "]}]}",
        // A lone surrogate: simdjson refuses it, Qt accepts it; Qt's reading then decides.
        "{\"id\": 4, \"annotations\": [{\"id\": 6, \"completed_by\": 1, \"result\": [{\"from_name\": "
        "\"c\", \"type\": \"choices\", \"value\": {\"choices\": [\"\\ud800\"]}}]}, {\"id\": 7, "
        "\"completed_by\": 2, \"result\": [{\"from_name\": \"c\", \"type\": \"choices\", \"value\": "
        "{\"choices\": [\"x\"]}}]}]}",
        // Non-ASCII in place (UTF-8 validated).
        "{\"id\": 5, \"annotations\": [{\"id\": 8, \"completed_by\": 1, \"result\": [{\"from_name\": "
        "\"c\", \"type\": \"choices\", \"value\": {\"choices\": [\"Caf\xc3\xa9\"]}}]}]}",
        // Integers past int64 (simdjson: uint64, which Qt reads as a double) and past 64 bits (simdjson
        // refuses it, Qt reads a double): a box at x = 2^64 - 1, a user id that is no int (0).
        "{\"id\": 6, \"annotations\": [{\"id\": 9, \"completed_by\": 123456789012345678901234, "
        "\"result\": [{\"from_name\": \"box\", \"type\": \"rectanglelabels\", \"value\": {\"x\": "
        "18446744073709551615, \"y\": 0, \"width\": 1e19, \"height\": 1, \"rectanglelabels\": [\"Car\"]}}]}, "
        "{\"id\": 9223372036854775808, \"completed_by\": 2, \"lead_time\": -9223372036854775808, "
        "\"result\": [{\"from_name\": \"box\", \"type\": \"rectanglelabels\", \"value\": {\"x\": "
        "18446744073709551615, \"y\": 0.5, \"width\": 1e19, \"height\": 1, \"rectanglelabels\": "
        "[\"Car\"]}}]}]}",
    };
    AgreementEngine fromObjects, fromBytes;
    for (const QByteArray &t : texts) {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(t, &err);
        QVERIFY2(err.error == QJsonParseError::NoError, t.constData());
        fromObjects.addTask(doc.object());
        QVERIFY(fromBytes.addTaskJson(t));
    }
    const AgreementReport r = fromBytes.report();
    QCOMPARE(r.tasksSeen, 5);
    // Boxes x 1e1 (10) and 12.000000000000002, both 20 × 20 ("20" as a string), "\u0043ar" = Car: IoU
    // 360 / 440; the choices control "c" (a later task) is unused by both: 1.
    QCOMPARE(r.tasks.first().pairs.first().score, (360.0 / 440.0 + 1) / 2);
    QCOMPARE(r.tasks.at(1).taskId, 3);
    const QString diff = diffReports(fromObjects.report(), r);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Cut, garbled, or not a task: a clear error, nothing added.
    const QByteArray whole = texts.first();
    struct Bad
    {
        QByteArray bytes;
        AgreementEngine::JsonTaskInfo::Status status;
    };
    const QList<Bad> bad {
        { whole.left(whole.size() / 2), AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { QByteArray(whole).replace("\"x\"", "\"x\" 1"), AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { "{\"id\": 1, \"annotations\": [], \"x\": 1e400}",
            AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { "{\"id\": 1, \"annotations\": [{\"result\": [\"\xff\"]}]}",
            AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { "", AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { "42", AgreementEngine::JsonTaskInfo::Status::InvalidJson },
        { "{\"id\": 9, \"annotations\": {}}", AgreementEngine::JsonTaskInfo::Status::NoAnnotationList },
        { "[1, 2]", AgreementEngine::JsonTaskInfo::Status::NoAnnotationList },
    };
    for (const Bad &b : bad) {
        AgreementEngine::JsonTaskInfo info;
        QVERIFY2(!fromBytes.addTaskJson(b.bytes, &info), b.bytes.constData());
        QCOMPARE(info.status, b.status);
        if (b.status == AgreementEngine::JsonTaskInfo::Status::InvalidJson) {
            QJsonParseError err {};
            QJsonDocument::fromJson(b.bytes, &err);
            QCOMPARE(info.jsonError, err.errorString()); // Qt's words and offset, as the export reader shows
            QCOMPARE(info.jsonErrorOffset, qsizetype(err.offset));
        }
    }
    QCOMPARE(fromBytes.report().tasksSeen, 5);
}

// An export has no config: a 10-star Rating is scored on 1..max(5, both values), not squeezed into 5.
void TestAgreementParse::ratingAboveFiveWithoutConfig()
{
    const auto a
        = parseResults(results(R"([{"from_name":"r","to_name":"t","type":"rating","value":{"rating":8}}])"));
    const auto b
        = parseResults(results(R"([{"from_name":"r","to_name":"t","type":"rating","value":{"rating":10}}])"));
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(controlAgreement(&a.first(), &b.first(), {}), 1.0 - 2.0 / 9.0);
    // With the config's maxRating the scale is 1..maxRating.
    QHash<QString, ControlHint> hints;
    hints.insert(u"r"_s, ControlHint { MetricKind::Rating, false, 0, 0, 10, {} });
    const auto c = parseResults(
        results(R"([{"from_name":"r","to_name":"t","type":"rating","value":{"rating":6}}])"), {}, hints);
    const auto d = parseResults(
        results(R"([{"from_name":"r","to_name":"t","type":"rating","value":{"rating":10}}])"), {}, hints);
    QCOMPARE(controlAgreement(&c.first(), &d.first(), {}), 1.0 - 4.0 / 9.0);
}

// Plain <Labels> used with <Rectangle>/<Polygon> on an image send type "labels" with a shape in the
// value: two disjoint boxes with the same label disagree, the same box agrees.
void TestAgreementParse::labelsOnAnImageAreShapes()
{
    const auto box = [](double x) {
        return parseResults(results(QStringLiteral(R"([{"from_name":"tag","to_name":"img","type":"labels",
            "value":{"x":%1,"y":10,"width":20,"height":20,"rotation":0,"labels":["Car"]}}])")
                                        .arg(x)
                                        .toUtf8()));
    };
    const auto a = box(10), b = box(60), c = box(10);
    QCOMPARE(a.first().kind, MetricKind::Boxes);
    QCOMPARE(controlAgreement(&a.first(), &b.first(), {}), 0.0);
    QCOMPARE(controlAgreement(&a.first(), &c.first(), {}), 1.0);
    const auto poly = parseResults(results(R"([{"from_name":"tag","to_name":"img","type":"labels",
        "value":{"points":[[0,0],[10,0],[10,10]],"labels":["Car"]}}])"));
    QCOMPARE(poly.first().kind, MetricKind::Polygons);
    // A real text span stays a span.
    const auto span = parseResults(results(R"([{"from_name":"ner","to_name":"text","type":"labels",
        "value":{"start":0,"end":4,"text":"Jane","labels":["PER"]}}])"));
    QCOMPARE(span.first().kind, MetricKind::TextSpans);
}

// "nan" or 1e400 in a hand-made import counts as missing: the report stays finite.
void TestAgreementParse::nonFiniteNumbersDoNotPoisonTheReport()
{
    AgreementEngine engine;
    for (int task = 1; task <= 3; ++task) {
        const QByteArray first = task == 2 ? QByteArray(R"("nan")") : QByteArray("3");
        const QByteArray number = R"({"from_name":"n","to_name":"t","type":"number","value":{"number":)";
        QByteArray json = R"({"id":)";
        json += QByteArray::number(task) + R"(,"data":{},"annotations":[{"id":)";
        json += QByteArray::number(task * 10) + R"(,"completed_by":1,"result":[)" + number + first + "}}]},";
        json += R"({"id":)" + QByteArray::number(task * 10 + 1) + R"(,"completed_by":2,"result":[)" + number;
        json += "3}}]}]}";
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        engine.addTask(doc.object());
    }
    const AgreementReport r = engine.report();
    QCOMPARE(r.tasks.size(), 3);
    QVERIFY(std::isfinite(r.mean));
    QCOMPARE(r.tasks.at(1).agreement, 0.0); // "nan" read as missing (0) against 3
    QCOMPARE(r.tasks.at(0).agreement, 1.0);
    QVERIFY(std::isfinite(r.matrix.at(0, 1)));
}

// A ground-truth annotation is also the "Ground truth" member; the CSV counts it, and its pair, once.
void TestAgreementParse::csvCountsGroundTruthOnce()
{
    AgreementOptions o;
    o.includeGroundTruth = true;
    AgreementEngine engine(o);
    engine.addTask(QJsonDocument::fromJson(R"({"id":7,"data":{},"annotations":[
        {"id":70,"completed_by":1,"ground_truth":true,"result":[{"from_name":"c","to_name":"t","type":"choices","value":{"choices":["A"]}}]},
        {"id":71,"completed_by":2,"result":[{"from_name":"c","to_name":"t","type":"choices","value":{"choices":["A"]}}]}]})")
                       .object());
    const AgreementReport r = engine.report();
    QCOMPARE(r.tasks.size(), 1);
    QCOMPARE(r.tasks.first().members.size(), 3); // author, ground truth, the other annotator
    QCOMPARE(csv::tasks(r), QByteArray("task_id,agreement,annotations,pairs\r\n7,1.0000,2,1\r\n"));
}

// A task nested a million levels deep (a hostile or broken file) is an error, not a stack overflow:
// addTaskJson stops at 1,024 levels, and the export reader's splitter says where.
void TestAgreementParse::deepNestingFailsCleanly()
{
    const int depth = 1000000;
    const QByteArray task
        = R"({"id":1,"annotations":[],"x":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    AgreementEngine engine;
    AgreementEngine::JsonTaskInfo info;
    QVERIFY(!engine.addTaskJson(task, &info));
    QCOMPARE(info.status, AgreementEngine::JsonTaskInfo::Status::InvalidJson);
    QVERIFY(!info.jsonError.isEmpty());
    QCOMPARE(engine.report().tasksSeen, 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"deep.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[" + task + "]");
    f.close();
    std::unique_ptr<AgreementSource> source(AgreementSource::fromExportFile(path, {}));
    QSignalSpy done(source.get(), &AgreementSource::finished);
    source->start();
    QVERIFY(done.wait(30000));
    const auto error = done.first().first().value<lsdesk::ApiError>();
    QVERIFY2(error.message.contains(u"nested more than 1024 levels"_s), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestAgreementParse)
#include "tst_agreementparse.moc"
