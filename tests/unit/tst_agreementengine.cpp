// AgreementEngine: task agreement (pairwise, consensus), the matrix and its per-label views, participants
// (annotators, ground truth, model versions), control_weights, and report() while streaming. Every
// expected number is computed by hand in the comments; no network.

#include "agreement/agreement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace lsdesk::agreement;
using namespace Qt::StringLiterals;

namespace {

QJsonObject choices(const QString &from, const QStringList &values)
{
    return QJsonObject { { u"from_name"_s, from }, { u"to_name"_s, u"text"_s }, { u"type"_s, u"choices"_s },
        { u"value"_s, QJsonObject { { u"choices"_s, QJsonArray::fromStringList(values) } } } };
}

QJsonObject box(const QString &id, const QString &label, double x, double y, double w, double h)
{
    return QJsonObject { { u"id"_s, id }, { u"from_name"_s, u"box"_s }, { u"to_name"_s, u"image"_s },
        { u"type"_s, u"rectanglelabels"_s }, { u"original_width"_s, 1000 }, { u"original_height"_s, 1000 },
        { u"value"_s,
            QJsonObject { { u"x"_s, x }, { u"y"_s, y }, { u"width"_s, w }, { u"height"_s, h },
                { u"rotation"_s, 0 }, { u"rectanglelabels"_s, QJsonArray { label } } } } };
}

QJsonObject span(const QString &id, const QString &label, int start, int end, const QString &text)
{
    return QJsonObject { { u"id"_s, id }, { u"from_name"_s, u"sentiment"_s }, { u"to_name"_s, u"text"_s },
        { u"type"_s, u"labels"_s },
        { u"value"_s,
            QJsonObject { { u"start"_s, start }, { u"end"_s, end }, { u"text"_s, text },
                { u"labels"_s, QJsonArray { label } } } } };
}

struct Ann
{
    int id;
    int user;
    QJsonArray result;
    bool cancelled = false;
    bool groundTruth = false;
    bool userObject = false; // completed_by as an expanded user object
};

QJsonObject task(int id, const QList<Ann> &anns, const QJsonObject &data = { { u"text"_s, u"t"_s } },
    const QJsonArray &predictions = {})
{
    QJsonArray a;
    for (const Ann &x : anns) {
        const QJsonValue who = x.userObject
            ? QJsonValue(QJsonObject { { u"id"_s, x.user }, { u"email"_s, u"u@x"_s } })
            : QJsonValue(x.user);
        a.append(QJsonObject { { u"id"_s, x.id }, { u"completed_by"_s, who }, { u"result"_s, x.result },
            { u"was_cancelled"_s, x.cancelled }, { u"ground_truth"_s, x.groundTruth } });
    }
    QJsonObject t { { u"id"_s, id }, { u"data"_s, data }, { u"annotations"_s, a } };
    if (!predictions.isEmpty())
        t.insert(u"predictions"_s, predictions);
    return t;
}

QJsonObject prediction(int id, const QString &modelVersion, const QJsonArray &result)
{
    return QJsonObject { { u"id"_s, id }, { u"model_version"_s, modelVersion }, { u"result"_s, result } };
}

const QString kThreeChoices = QStringLiteral(
    "<View><Text name=\"text\" value=\"$text\"/>"
    "<Choices name=\"choices1\" toName=\"text\"><Choice value=\"A\"/><Choice value=\"B\"/><Choice "
    "value=\"C\"/>"
    "<Choice value=\"D\"/></Choices>"
    "<Choices name=\"choices2\" toName=\"text\"><Choice value=\"A\"/><Choice value=\"B\"/><Choice "
    "value=\"C\"/>"
    "<Choice value=\"D\"/></Choices>"
    "<Choices name=\"choices3\" toName=\"text\"><Choice value=\"A\"/><Choice value=\"B\"/></Choices>"
    "</View>");

// The first task's single pair score.
double onlyPair(const AgreementReport &r)
{
    if (r.tasks.isEmpty() || r.tasks.first().pairs.size() != 1)
        return -1;
    return r.tasks.first().pairs.first().score;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-12;
}

bool sameMatrix(const Matrix &a, const Matrix &b)
{
    if (a.size != b.size || a.commonTasks != b.commonTasks)
        return false;
    for (int i = 0; i < a.size * a.size; ++i)
        if (!same(a.agreement.at(i), b.agreement.at(i)) || !same(a.stddev.at(i), b.stddev.at(i)))
            return false;
    return true;
}

} // namespace

class TestAgreementEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void participantKeysAndNames()
    {
        Participant u;
        u.userId = 7;
        QCOMPARE(u.key(), QStringLiteral("user:7"));
        QCOMPARE(u.defaultName(), QStringLiteral("User #7"));
        Participant gt;
        gt.kind = Participant::Kind::GroundTruth;
        QCOMPARE(gt.key(), QStringLiteral("gt"));
        QCOMPARE(gt.defaultName(), QStringLiteral("Ground truth"));
        Participant m;
        m.kind = Participant::Kind::Prediction;
        m.modelVersion = QStringLiteral("v1");
        QCOMPARE(m.key(), QStringLiteral("model:v1"));
        QCOMPARE(m.defaultName(), QStringLiteral("Model v1"));
    }

    // stats.md's exact-match table: choices1=A, choices2=B against the same (1), A,C (0.5), C,D (0); and
    // with a third control unselected in both, A,C scores 0.6666 ("not selected" is a match).
    void docsExactMatchTable()
    {
        const QJsonArray x { choices(u"choices1"_s, { u"A"_s }), choices(u"choices2"_s, { u"B"_s }) };
        const struct
        {
            QJsonArray y;
            double twoControls;
        } rows[] = {
            { { choices(u"choices1"_s, { u"A"_s }), choices(u"choices2"_s, { u"B"_s }) }, 1.0 },
            { { choices(u"choices1"_s, { u"A"_s }), choices(u"choices2"_s, { u"C"_s }) }, 0.5 },
            { { choices(u"choices1"_s, { u"C"_s }), choices(u"choices2"_s, { u"D"_s }) }, 0.0 },
        };
        for (const auto &row : rows) {
            AgreementEngine e;
            e.addTask(task(1, { { 1, 1, x }, { 2, 2, row.y } }));
            QCOMPARE(onlyPair(e.report()), row.twoControls);
        }
        AgreementEngine withConfig;
        withConfig.setLabelConfig(kThreeChoices);
        withConfig.addTask(task(1, { { 1, 1, x }, { 2, 2, rows[1].y } }));
        const AgreementReport r = withConfig.report();
        QCOMPARE(r.controls, QStringList({ u"choices1"_s, u"choices2"_s, u"choices3"_s }));
        QVERIFY(std::abs(onlyPair(r) - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(r.tasks.first().agreement - 2.0 / 3.0) < 1e-9);
    }

    // Without a config the control set is every from_name seen: a control used only on a later task
    // joins the set, and the earlier pair (neither used it) now counts it as agreement.
    void controlSetFromSeenControls()
    {
        AgreementEngine e;
        e.addTask(task(1,
            { { 1, 1, { choices(u"choices1"_s, { u"A"_s }), choices(u"choices2"_s, { u"B"_s }) } },
                { 2, 2, { choices(u"choices1"_s, { u"A"_s }), choices(u"choices2"_s, { u"C"_s }) } } }));
        QCOMPARE(onlyPair(e.report()), 0.5);
        e.addTask(task(2, { { 3, 1, { choices(u"choices3"_s, { u"A"_s }) } } }));
        const AgreementReport r = e.report();
        QCOMPARE(r.controls, QStringList({ u"choices1"_s, u"choices2"_s, u"choices3"_s }));
        QVERIFY(std::abs(onlyPair(r) - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(r.mean - 2.0 / 3.0) < 1e-9);
        QCOMPARE(r.tasks.size(), 2);
        QVERIFY(std::isnan(r.tasks.at(1).agreement)); // one annotation: no agreement
    }

    // stats.md's worked example: "Excellent tool"/positive vs "tool"/positive = 0.5, "tool"/positive
    // vs "tool"/negative = 0, and the first vs the third = 0. Pairwise: (0.5 + 0 + 0) / 3; consensus at
    // 0.4: {A, B} agree, 2 of 3 = 67%.
    void docsWorkedExample_data()
    {
        QTest::addColumn<bool>("consensus");
        QTest::addColumn<double>("expected");
        QTest::newRow("pairwise") << false << 0.5 / 3.0;
        QTest::newRow("consensus 0.4") << true << 2.0 / 3.0;
    }
    void docsWorkedExample()
    {
        QFETCH(bool, consensus);
        QFETCH(double, expected);
        AgreementOptions o;
        if (consensus) {
            o.methodology = AgreementOptions::Methodology::Consensus;
            o.consensusThreshold = 0.4;
        }
        AgreementEngine e(o);
        const QString text = QStringLiteral("Excellent tool");
        e.addTask(task(1,
            { { 1, 1, { span(u"a"_s, u"positive"_s, 0, 14, text) } },
                { 2, 2, { span(u"b"_s, u"positive"_s, 10, 14, u"tool"_s) } },
                { 3, 3, { span(u"c"_s, u"negative"_s, 10, 14, u"tool"_s) } } },
            { { u"text"_s, text } }));
        const AgreementReport r = e.report();
        QCOMPARE(r.tasks.size(), 1);
        const TaskAgreement &t = r.tasks.first();
        QCOMPARE(t.pairs.size(), 3);
        QVERIFY(std::abs(t.pairs.at(0).score - 0.5) < 1e-9); // A-B
        QCOMPARE(t.pairs.at(1).score, 0.0); // A-C
        QCOMPARE(t.pairs.at(2).score, 0.0); // B-C
        QVERIFY2(std::abs(t.agreement - expected) < 1e-9, qPrintable(QString::number(t.agreement)));
    }

    void consensusEdges()
    {
        AgreementOptions o;
        o.methodology = AgreementOptions::Methodology::Consensus;
        o.consensusThreshold = 0.5;
        AgreementEngine e(o);
        // Two annotations that disagree: no group of two, no consensus (0); that agree: 1.
        e.addTask(task(
            1, { { 1, 1, { choices(u"c"_s, { u"A"_s }) } }, { 2, 2, { choices(u"c"_s, { u"B"_s }) } } }));
        e.addTask(task(
            2, { { 3, 1, { choices(u"c"_s, { u"A"_s }) } }, { 4, 2, { choices(u"c"_s, { u"A"_s }) } } }));
        // Four: A, A, A, B -> group of three -> 3/4.
        e.addTask(task(3,
            { { 5, 1, { choices(u"c"_s, { u"A"_s }) } }, { 6, 2, { choices(u"c"_s, { u"A"_s }) } },
                { 7, 3, { choices(u"c"_s, { u"A"_s }) } }, { 8, 4, { choices(u"c"_s, { u"B"_s }) } } }));
        const AgreementReport r = e.report();
        QCOMPARE(r.tasks.at(0).agreement, 0.0);
        QCOMPARE(r.tasks.at(1).agreement, 1.0);
        QCOMPARE(r.tasks.at(2).agreement, 0.75);
    }

    // Three annotators, one control "c" (exact match), users fed out of order:
    //   T1: u3=B u1=A u2=A     pairs 1-2: 1, 1-3: 0, 2-3: 0            task 1/3
    //   T2: u1=A u2=B          1-2: 0                                  task 0
    //   T3: u1=A u1=B u3=A     u1 twice: u1a-u3 1, u1b-u3 0 -> cell(1,3) 0.5; u1a-u1b (0) only in the task:
    //                          task (0 + 1 + 0) / 3 = 1/3
    //   T4: u2=A u3=A          2-3: 1                                  task 1
    //   T5: u1=A alone         no agreement
    // Cells: (1,2) T1 1, T2 0 -> 0.5 (std 0.5); (1,3) T1 0, T3 0.5 -> 0.25 (std 0.25); (2,3) T1 0, T4 1 ->
    // 0.5 (std 0.5). Own tasks: u1 4, u2 3, u3 3. Tasks: mean (1/3 + 0 + 1/3 + 1) / 4 = 5/12, population std
    // sqrt(((1/3-5/12)^2 * 2 + (5/12)^2 + (7/12)^2) / 4).
    void handComputedMatrix()
    {
        AgreementEngine e;
        const auto c = [](const QString &v) { return QJsonArray { choices(u"c"_s, { v }) }; };
        e.addTask(task(
            1, { { 11, 3, c(u"B"_s) }, { 12, 1, c(u"A"_s), false, false, true }, { 13, 2, c(u"A"_s) } }));
        e.addTask(task(2, { { 21, 1, c(u"A"_s) }, { 22, 2, c(u"B"_s) } }));
        e.addTask(task(3, { { 31, 1, c(u"A"_s) }, { 32, 1, c(u"B"_s) }, { 33, 3, c(u"A"_s) } }));
        e.addTask(task(4, { { 41, 2, c(u"A"_s) }, { 42, 3, c(u"A"_s) } }));
        e.addTask(task(5, { { 51, 1, c(u"A"_s) } }));
        e.addTask(task(6, {})); // seen, but nothing counted
        const AgreementReport r = e.report();

        QCOMPARE(r.participants.size(), 3);
        QCOMPARE(r.participants.at(0).key(), QStringLiteral("user:1"));
        QCOMPARE(r.participants.at(1).key(), QStringLiteral("user:2"));
        QCOMPARE(r.participants.at(2).key(), QStringLiteral("user:3"));
        QCOMPARE(r.participantIndex(u"user:3"_s), 2);
        QCOMPARE(r.participantIndex(u"user:9"_s), -1);

        const Matrix &m = r.matrix;
        QCOMPARE(m.size, 3);
        QCOMPARE(m.at(0, 1), 0.5);
        QCOMPARE(m.at(0, 2), 0.25);
        QCOMPARE(m.at(1, 2), 0.5);
        QCOMPARE(m.deviation(0, 1), 0.5);
        QCOMPARE(m.deviation(0, 2), 0.25);
        QCOMPARE(m.deviation(1, 2), 0.5);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::isnan(m.at(i, i)));
            QVERIFY(std::isnan(m.deviation(i, i)));
            for (int j = 0; j < 3; ++j) {
                QVERIFY(same(m.at(i, j), m.at(j, i)));
                QCOMPARE(m.common(i, j), m.common(j, i));
                QVERIFY(same(m.deviation(i, j), m.deviation(j, i)));
                if (i != j)
                    QCOMPARE(m.common(i, j), 2);
            }
        }
        QCOMPARE(m.common(0, 0), 4);
        QCOMPARE(m.common(1, 1), 3);
        QCOMPARE(m.common(2, 2), 3);

        QCOMPARE(r.tasksSeen, 6);
        QCOMPARE(r.annotationsCounted, 11);
        QCOMPARE(r.tasks.size(), 5);
        QCOMPARE(r.tasks.at(0).taskId, 1);
        QVERIFY(std::abs(r.tasks.at(0).agreement - 1.0 / 3.0) < 1e-12);
        QCOMPARE(r.tasks.at(1).agreement, 0.0);
        QVERIFY(std::abs(r.tasks.at(2).agreement - 1.0 / 3.0) < 1e-12);
        QCOMPARE(r.tasks.at(3).agreement, 1.0);
        QVERIFY(std::isnan(r.tasks.at(4).agreement));
        // Members carry report indices and annotation ids, in the order of the task.
        QCOMPARE(r.tasks.at(0).members.size(), 3);
        QCOMPARE(r.tasks.at(0).members.at(0).participant, 2);
        QCOMPARE(r.tasks.at(0).members.at(0).annotationId, 11);
        QCOMPARE(r.tasks.at(0).members.at(1).participant, 0);

        const double mean = 5.0 / 12.0;
        const double var
            = (2 * std::pow(1.0 / 3.0 - mean, 2) + std::pow(mean, 2) + std::pow(1 - mean, 2)) / 4;
        QVERIFY(std::abs(r.mean - mean) < 1e-12);
        QVERIFY(std::abs(r.stddev - std::sqrt(var)) < 1e-12);

        // 0 -> bin 0, 1/3 twice -> bin 3, 1 -> the last bin.
        QCOMPARE(r.histogram(10), QVector<int>({ 1, 0, 0, 2, 0, 0, 0, 0, 0, 1 }));
        QCOMPARE(r.histogram(2), QVector<int>({ 3, 1 }));

        QCOMPARE(r.commonTaskIds(0, 2), QList<int>({ 1, 3 }));
        QCOMPARE(r.commonTaskIds(2, 0), QList<int>({ 1, 3 }));
        QCOMPARE(r.commonTaskIds(1, 2), QList<int>({ 1, 4 }));
        QCOMPARE(r.commonTaskIds(0, 1), QList<int>({ 1, 2 }));
    }

    void cancelledExcluded()
    {
        AgreementEngine e;
        e.addTask(task(1,
            { { 1, 1, { choices(u"c"_s, { u"A"_s }) } }, { 2, 2, { choices(u"c"_s, { u"B"_s }) }, true },
                { 3, 3, { choices(u"c"_s, { u"A"_s }) } } }));
        e.addTask(task(2, { { 4, 2, { choices(u"c"_s, { u"B"_s }) }, true } }));
        const AgreementReport r = e.report();
        QCOMPARE(r.cancelledSkipped, 2);
        QCOMPARE(r.annotationsCounted, 2);
        QCOMPARE(r.tasksSeen, 2);
        QCOMPARE(r.tasks.size(), 1); // the task with only a cancelled annotation counts nothing
        QCOMPARE(r.tasks.first().members.size(), 2);
        QCOMPARE(r.tasks.first().agreement, 1.0);
        QCOMPARE(r.participantIndex(u"user:2"_s), -1);
    }

    // u1 (ground truth)=A, u2=A, u3=B; predictions v2=A, v1=B. Items A,A,B,A,B: 10 pairs, 4 agree -> 0.4.
    void groundTruthAndPredictions()
    {
        const auto c = [](const QString &v) { return QJsonArray { choices(u"c"_s, { v }) }; };
        const QJsonObject t
            = task(1, { { 1, 1, c(u"A"_s), false, true }, { 2, 2, c(u"A"_s) }, { 3, 3, c(u"B"_s) } },
                { { u"text"_s, u"t"_s } },
                { prediction(100, u"v2"_s, c(u"A"_s)), prediction(101, u"v1"_s, c(u"B"_s)) });

        AgreementEngine plain;
        plain.addTask(t);
        const AgreementReport p = plain.report();
        QCOMPARE(p.participants.size(), 3);
        QVERIFY(std::abs(p.tasks.first().agreement - 1.0 / 3.0) < 1e-12);

        AgreementOptions o;
        o.includeGroundTruth = true;
        o.includePredictions = true;
        AgreementEngine e(o);
        e.addTask(t);
        const AgreementReport r = e.report();
        QStringList keys;
        for (const Participant &x : r.participants)
            keys << x.key();
        QCOMPARE(keys,
            QStringList({ u"user:1"_s, u"user:2"_s, u"user:3"_s, u"gt"_s, u"model:v1"_s, u"model:v2"_s }));
        QCOMPARE(r.annotationsCounted, 5);
        QCOMPARE(r.tasks.first().members.size(), 6); // the ground-truth annotation is also u"gt"_s
        QCOMPARE(r.tasks.first().pairs.size(), 14); // 10 item pairs, the 4 with u1's doubled
        QVERIFY(std::abs(r.tasks.first().agreement - 0.4) < 1e-12);
        const int gt = r.participantIndex(u"gt"_s);
        const int v1 = r.participantIndex(u"model:v1"_s);
        const int v2 = r.participantIndex(u"model:v2"_s);
        QCOMPARE(r.matrix.at(gt, 1), 1.0);
        QCOMPARE(r.matrix.at(gt, 2), 0.0);
        QCOMPARE(r.matrix.at(gt, v1), 0.0);
        QCOMPARE(r.matrix.at(gt, v2), 1.0);
        QCOMPARE(r.matrix.at(v1, v2), 0.0);
        QCOMPARE(r.matrix.at(v1, 2), 1.0);
        QCOMPARE(r.matrix.common(gt, gt), 1);
        // The ground-truth annotation is never paired with itself: no "u1 vs gt" score.
        QVERIFY(std::isnan(r.matrix.at(0, gt)));
        QCOMPARE(r.matrix.common(0, gt), 0);
        QVERIFY(r.commonTaskIds(0, gt).isEmpty());
        QCOMPARE(r.commonTaskIds(1, gt), QList<int>({ 1 }));
    }

    // control_weights: "overall" weighs controls in the pair score (0 leaves a control out); unequal
    // label weights weigh the control's per-label scores.
    void controlWeights()
    {
        const QJsonObject t = task(1,
            { { 1, 1, { choices(u"c1"_s, { u"A"_s }), choices(u"c2"_s, { u"A"_s }) } },
                { 2, 2, { choices(u"c1"_s, { u"A"_s }), choices(u"c2"_s, { u"B"_s }) } } });
        const auto score = [&t](const QJsonObject &weights) {
            AgreementEngine e;
            e.setControlWeights(weights);
            e.addTask(t);
            return onlyPair(e.report());
        };
        QCOMPARE(score({}), 0.5);
        const auto w = [](double overall) { return QJsonObject { { u"overall"_s, overall } }; };
        QCOMPARE(score({ { u"c1"_s, w(3) }, { u"c2"_s, w(1) } }), 0.75); // (3*1 + 1*0) / 4
        QCOMPARE(score({ { u"c1"_s, w(1) }, { u"c2"_s, w(0) } }), 1.0);
        QCOMPARE(score({ { u"c1"_s, w(0) }, { u"c2"_s, w(1) } }), 0.0);
        // Label Studio's default (every weight 1) changes nothing.
        QCOMPARE(
            score({ { u"c1"_s,
                QJsonObject { { u"overall"_s, 1.0 }, { u"labels"_s, QJsonObject { { u"A"_s, 1.0 } } } } } }),
            0.5);

        // Multi-choice A,B vs A: exact match 0; per label A 1 (both), B 0 (one side). Label weights
        // A 3, B 1 -> (3*1 + 1*0) / 4.
        const QJsonObject multi = task(2,
            { { 1, 1, { choices(u"tags"_s, { u"A"_s, u"B"_s }) } },
                { 2, 2, { choices(u"tags"_s, { u"A"_s }) } } });
        AgreementEngine unweighted;
        unweighted.addTask(multi);
        QCOMPARE(onlyPair(unweighted.report()), 0.0);
        AgreementEngine weighted;
        weighted.setControlWeights({ { u"tags"_s,
            QJsonObject { { u"overall"_s, 1.0 },
                { u"labels"_s, QJsonObject { { u"A"_s, 3.0 }, { u"B"_s, 1.0 } } } } } });
        weighted.addTask(multi);
        QCOMPARE(onlyPair(weighted.report()), 0.75);
    }

    // Boxes with labels Car and Person. T1: u1 Car + Person, u2 the same Car, u3 the same Person.
    // T2: u2 and u3 with empty results (both empty = 1 overall; no label used: no per-label cell).
    // Car: (1,2) 1, (1,3) 0 (only u1 used it), (2,3) 0. Person: (1,2) 0, (1,3) 1, (2,3) 0.
    void perLabelMatrices()
    {
        AgreementEngine e;
        const QJsonObject car = box(u"car"_s, u"Car"_s, 0, 0, 10, 10);
        const QJsonObject person = box(u"person"_s, u"Person"_s, 50, 50, 10, 20);
        e.addTask(task(1, { { 1, 1, { car, person } }, { 2, 2, { car } }, { 3, 3, { person } } }));
        e.addTask(task(2, { { 4, 2, {} }, { 5, 3, {} } }));
        const AgreementReport r = e.report();
        QCOMPARE(r.perLabel.keys(), QStringList({ u"Car"_s, u"Person"_s }));
        const Matrix &c = r.perLabel.value(u"Car"_s);
        const Matrix &p = r.perLabel.value(u"Person"_s);
        QCOMPARE(c.size, 3);
        QCOMPARE(c.at(0, 1), 1.0);
        QCOMPARE(c.at(0, 2), 0.0);
        QCOMPARE(c.at(1, 2), 0.0);
        QCOMPARE(p.at(0, 1), 0.0);
        QCOMPARE(p.at(0, 2), 1.0);
        QCOMPARE(p.at(2, 1), 0.0);
        QCOMPARE(c.common(1, 2), 1); // T2 used no label
        QCOMPARE(c.common(0, 0), 1);
        QCOMPARE(c.common(2, 2), 0); // u3 never drew a car
        QCOMPARE(p.common(1, 1), 0);
        QCOMPARE(p.common(2, 2), 1);
        QCOMPARE(c.deviation(0, 1), 0.0);
        // Overall: u1 vs u2 = (1 + 0 + 1) / 3 regions (MaxPerRegion); T2: both empty = 1.
        QVERIFY(std::abs(r.matrix.at(0, 1) - 2.0 / 3.0) < 1e-9);
        QCOMPARE(r.matrix.common(1, 2), 2);
        QCOMPARE(r.matrix.at(1, 2), 0.5); // T1 0, T2 1
        QCOMPARE(r.matrix.deviation(1, 2), 0.5);
    }

    // A report taken after every task equals the report of a fresh engine fed the same prefix - through
    // participants appearing out of order (the order changes), ground truth, and a control that first
    // appears mid-stream (earlier pairs are finished again).
    void streamingReportEqualsFresh()
    {
        QList<QJsonObject> tasks;
        quint32 seed = 12345;
        const auto next = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % quint32(n));
        };
        const QStringList letters { u"A"_s, u"B"_s, u"C"_s };
        int annId = 1;
        for (int t = 1; t <= 40; ++t) {
            QList<Ann> anns;
            const int n = 1 + next(4);
            for (int k = 0; k < n; ++k) {
                QJsonArray res { choices(u"c"_s, { letters.at(next(3)) }),
                    box(QString::number(annId), letters.at(next(2)), 10 + next(5), 10 + next(5), 20, 20) };
                if (t > 25 && next(2) == 0)
                    res.append(choices(u"late"_s, { letters.at(next(3)) }));
                // Users 1..3 at first, 9 and then 0 later, so the report order shifts mid-stream.
                const int user
                    = t < 10 ? 1 + next(3) : (t < 30 ? 1 + next(3) + (next(4) == 0 ? 8 : 0) : next(10));
                Ann a { annId++, user, res };
                a.groundTruth = next(5) == 0;
                a.cancelled = next(10) == 0;
                anns.append(a);
            }
            tasks.append(task(t, anns, { { u"text"_s, u"t"_s } },
                next(3) == 0 ? QJsonArray { prediction(
                    1000 + t, next(2) ? u"m1"_s : u"m0"_s, { choices(u"c"_s, { u"A"_s }) }) }
                             : QJsonArray {}));
        }
        AgreementOptions o;
        o.includeGroundTruth = true;
        o.includePredictions = true;
        AgreementEngine streamed(o);
        for (int k = 0; k < tasks.size(); ++k) {
            streamed.addTask(tasks.at(k));
            if (k % 3 == 2)
                continue; // reports are not taken after every task either
            AgreementEngine fresh(o);
            for (int j = 0; j <= k; ++j)
                fresh.addTask(tasks.at(j));
            const AgreementReport a = streamed.report();
            const AgreementReport b = fresh.report();
            QCOMPARE(a.tasksSeen, k + 1);
            QCOMPARE(a.participants.size(), b.participants.size());
            for (int i = 0; i < a.participants.size(); ++i)
                QCOMPARE(a.participants.at(i).key(), b.participants.at(i).key());
            QVERIFY2(sameMatrix(a.matrix, b.matrix), qPrintable(QString::number(k)));
            QCOMPARE(a.perLabel.keys(), b.perLabel.keys());
            for (const QString &l : a.perLabel.keys())
                QVERIFY(sameMatrix(a.perLabel.value(l), b.perLabel.value(l)));
            QCOMPARE(a.controls, b.controls);
            QCOMPARE(a.tasks.size(), b.tasks.size());
            for (int i = 0; i < a.tasks.size(); ++i) {
                const TaskAgreement &x = a.tasks.at(i);
                const TaskAgreement &y = b.tasks.at(i);
                QCOMPARE(x.taskId, y.taskId);
                QVERIFY(same(x.agreement, y.agreement));
                QCOMPARE(x.members.size(), y.members.size());
                for (int m = 0; m < x.members.size(); ++m) {
                    QCOMPARE(x.members.at(m).participant, y.members.at(m).participant);
                    QCOMPARE(x.members.at(m).annotationId, y.members.at(m).annotationId);
                }
                QCOMPARE(x.pairs.size(), y.pairs.size());
                for (int p = 0; p < x.pairs.size(); ++p) {
                    QCOMPARE(x.pairs.at(p).a, y.pairs.at(p).a);
                    QCOMPARE(x.pairs.at(p).b, y.pairs.at(p).b);
                    QVERIFY(same(x.pairs.at(p).score, y.pairs.at(p).score));
                }
            }
            QVERIFY(same(a.mean, b.mean));
            QVERIFY(same(a.stddev, b.stddev));
            QCOMPARE(a.tasksSeen, b.tasksSeen);
            QCOMPARE(a.annotationsCounted, b.annotationsCounted);
            QCOMPARE(a.cancelledSkipped, b.cancelledSkipped);
        }
        // The stream did exercise what it means to.
        const AgreementReport last = streamed.report();
        QVERIFY(last.controls.contains(u"late"_s));
        QVERIFY(last.participantIndex(u"user:0"_s) == 0);
        QVERIFY(last.participantIndex(u"gt"_s) >= 0);
        QVERIFY(last.participantIndex(u"model:m1"_s) >= 0);
        QVERIFY(last.cancelledSkipped > 0);
    }
};

QTEST_GUILESS_MAIN(TestAgreementEngine)
#include "tst_agreementengine.moc"
