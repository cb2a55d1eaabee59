#pragma once

// A hand-built agreement report for the pane's tests and screenshots: four annotators over twelve
// tasks, with designed agreement levels (Ann and Bob agree well, Ann and Dev hardly), so every band of
// the heat map shows. Built without the engine: the cells are computed here from the per-task pairs the
// way the engine defines them (mean over common tasks), so the click-through is consistent with them.

#include "agreement/agreement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace lsdesk::test {

inline QStringList sampleNames()
{
    return { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cleo"), QStringLiteral("Dev") };
}

// The designed agreement of two annotators, varied a little per task.
inline double sampleScore(int p, int q, int task)
{
    static const double base[4][4]
        = { { 1, 0.85, 0.7, 0.2 }, { 0.85, 1, 0.5, 0.3 }, { 0.7, 0.5, 1, 0.45 }, { 0.2, 0.3, 0.45, 1 } };
    const double v = base[p][q] + ((task * 7 + p + q) % 5 - 2) * 0.05;
    return std::clamp(v, 0.0, 1.0);
}

inline int sampleAnnotationId(int task, int participant)
{
    return task * 10 + participant;
}

// Tasks 1..12; task t is annotated by everyone but participant t % 5 (nobody left out when it is 4).
inline agreement::AgreementReport sampleReport()
{
    using namespace agreement;
    AgreementReport r;
    for (int id : { 1, 2, 3, 4 }) {
        Participant p;
        p.userId = id;
        r.participants << p;
    }
    const int n = 4;
    QVector<QList<double>> cellScores(n * n);
    QList<double> taskScores;
    for (int t = 1; t <= 12; ++t) {
        TaskAgreement ta;
        ta.taskId = t;
        for (int p = 0; p < n; ++p) {
            if (p != t % 5)
                ta.members.append({ p, sampleAnnotationId(t, p) });
        }
        double sum = 0;
        for (int a = 0; a < ta.members.size(); ++a) {
            for (int b = a + 1; b < ta.members.size(); ++b) {
                const int p = ta.members.at(a).participant, q = ta.members.at(b).participant;
                const double s = sampleScore(p, q, t);
                ta.pairs.append({ a, b, s });
                sum += s;
                cellScores[p * n + q] << s;
                cellScores[q * n + p] << s;
            }
        }
        ta.agreement = sum / ta.pairs.size();
        taskScores << ta.agreement;
        r.tasks << ta;
    }
    auto meanAndStd = [](const QList<double> &v, double *mean, double *sd) {
        double s = 0;
        for (double x : v)
            s += x;
        *mean = s / v.size();
        double q = 0;
        for (double x : v)
            q += (x - *mean) * (x - *mean);
        *sd = std::sqrt(q / v.size());
    };
    r.matrix.size = n;
    r.matrix.agreement.fill(kNoScore, n * n);
    r.matrix.stddev.fill(kNoScore, n * n);
    r.matrix.commonTasks.fill(0, n * n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i == j) {
                int own = 0;
                for (const TaskAgreement &t : r.tasks)
                    own += std::any_of(t.members.cbegin(), t.members.cend(),
                        [i](const TaskAgreement::Member &m) { return m.participant == i; });
                r.matrix.commonTasks[i * n + j] = own;
                continue;
            }
            const QList<double> &v = cellScores.at(i * n + j);
            double mean = 0, sd = 0;
            meanAndStd(v, &mean, &sd);
            r.matrix.agreement[i * n + j] = mean;
            r.matrix.stddev[i * n + j] = sd;
            r.matrix.commonTasks[i * n + j] = int(v.size());
        }
    }
    meanAndStd(taskScores, &r.mean, &r.stddev);
    // Per label: "Cat" like the overall matrix a little lower, "Dog" without Dev.
    Matrix cat = r.matrix, dog = r.matrix;
    for (int k = 0; k < n * n; ++k) {
        if (!std::isnan(cat.agreement[k]))
            cat.agreement[k] = cat.agreement[k] * 0.9;
        if (k / n == 3 || k % n == 3) {
            dog.agreement[k] = kNoScore;
            dog.commonTasks[k] = 0;
        }
    }
    r.perLabel.insert(QStringLiteral("Cat"), cat);
    r.perLabel.insert(QStringLiteral("Dog"), dog);
    r.controls = { QStringLiteral("box"), QStringLiteral("sentiment") };
    r.tasksSeen = 12;
    r.annotationsCounted = 0;
    for (const TaskAgreement &t : r.tasks)
        r.annotationsCounted += int(t.members.size());
    return r;
}

// Task `t` of the sample as the server or an export has it: participant p's annotation has two cat boxes
// (the second shifted by p), Bob adds a dog box nobody else drew, a sentiment choice, a text span and a
// free-text note that differ a little between people.
inline QJsonObject sampleTask(int t)
{
    const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog");
    QJsonArray annotations;
    for (int p = 0; p < 4; ++p) {
        if (p == t % 5)
            continue;
        auto box = [](const QString &id, double x, double y, double w, double h, const QString &label) {
            return QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("from_name"), QStringLiteral("box") },
                { QStringLiteral("to_name"), QStringLiteral("image") },
                { QStringLiteral("type"), QStringLiteral("rectanglelabels") },
                { QStringLiteral("value"),
                    QJsonObject { { QStringLiteral("x"), x }, { QStringLiteral("y"), y },
                        { QStringLiteral("width"), w }, { QStringLiteral("height"), h },
                        { QStringLiteral("rotation"), 0 },
                        { QStringLiteral("rectanglelabels"), QJsonArray { label } } } } };
        };
        QJsonArray result { box(QStringLiteral("a%1").arg(p), 10, 10, 30, 30, QStringLiteral("Cat")),
            box(QStringLiteral("b%1").arg(p), 50 + p * 4, 40, 30, 35, QStringLiteral("Cat")) };
        if (p == 1)
            result.append(box(QStringLiteral("c1"), 60, 5, 20, 15, QStringLiteral("Dog")));
        result.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("s%1").arg(p) },
            { QStringLiteral("from_name"), QStringLiteral("sentiment") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("choices") },
            { QStringLiteral("value"),
                QJsonObject { { QStringLiteral("choices"),
                    QJsonArray { p == 3 ? QStringLiteral("Negative") : QStringLiteral("Positive") } } } } });
        // Ann marks "quick brown fox" (4–19), the others "brown fox jumps" (10–25).
        const int start = p == 0 ? 4 : 10, end = p == 0 ? 19 : 25;
        result.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("l%1").arg(p) },
            { QStringLiteral("from_name"), QStringLiteral("ner") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("labels") },
            { QStringLiteral("value"),
                QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                    { QStringLiteral("text"), text.mid(start, end - start) },
                    { QStringLiteral("labels"), QJsonArray { QStringLiteral("Animal") } } } } });
        result.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("n%1").arg(p) },
            { QStringLiteral("from_name"), QStringLiteral("note") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("textarea") },
            { QStringLiteral("value"),
                QJsonObject { { QStringLiteral("text"),
                    QJsonArray { p == 0 ? QStringLiteral("a fox") : QStringLiteral("a red fox") } } } } });
        annotations.append(QJsonObject { { QStringLiteral("id"), sampleAnnotationId(t, p) },
            { QStringLiteral("completed_by"), p + 1 }, { QStringLiteral("result"), result } });
    }
    return QJsonObject { { QStringLiteral("id"), t },
        { QStringLiteral("data"),
            QJsonObject { { QStringLiteral("text"), text },
                { QStringLiteral("image"), QStringLiteral("/data/upload/1/x.jpg") } } },
        { QStringLiteral("annotations"), annotations } };
}

// A second sample with ground truth and predictions on (participants: User 7, User 8, Ground truth,
// Model v1), where having a member each on a task is not having a pair: on task 10 User 7's annotations
// are 100 (ground truth) and 101, so the only pair of User 7 and Ground truth is 101 and 100; on task 12
// User 7's only annotation is the ground truth (no pair of User 7 and Ground truth there); on task 5
// User 7's annotation 3 and Model v1's prediction 3 share an id (two tables on the server).
struct MixedItem
{
    int participant = 0;
    int groundTruth = -1; // the ground-truth participant when the annotation is ground truth
    int id = 0;
    QString choice;
};

inline QStringList mixedNames()
{
    return { QStringLiteral("User 7"), QStringLiteral("User 8"), QStringLiteral("Ground truth"),
        QStringLiteral("Model v1") };
}

inline QList<agreement::Participant> mixedParticipants()
{
    using agreement::Participant;
    Participant u7, u8, gt, model;
    u7.userId = 7;
    u8.userId = 8;
    gt.kind = Participant::Kind::GroundTruth;
    model.kind = Participant::Kind::Prediction;
    model.modelVersion = QStringLiteral("v1");
    return { u7, u8, gt, model };
}

inline QMap<int, QList<MixedItem>> mixedItems()
{
    const QString pos = QStringLiteral("Positive"), neg = QStringLiteral("Negative");
    return {
        { 5, { { 0, -1, 3, pos }, { 3, -1, 3, neg } } },
        { 10, { { 0, 2, 100, pos }, { 0, -1, 101, neg } } },
        { 12, { { 0, 2, 120, pos }, { 1, -1, 121, pos } } },
    };
}

// The report the engine gives for mixedTask()s, built the engine's way: a ground-truth annotation is a
// member of its author and of Ground truth, pairs join members of two different annotations only, a
// cell is the mean over tasks of the task's mean over the cross pairs of its two participants.
inline agreement::AgreementReport mixedReport()
{
    using namespace agreement;
    AgreementReport r;
    r.participants = mixedParticipants();
    const int n = int(r.participants.size());
    QVector<QList<double>> cellScores(n * n);
    QVector<int> own(n, 0);
    const auto items = mixedItems();
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        TaskAgreement ta;
        ta.taskId = it.key();
        const QList<MixedItem> &list = it.value();
        QList<QList<int>> membersOf;
        QSet<int> present;
        for (const MixedItem &item : list) {
            QList<int> m { int(ta.members.size()) };
            ta.members.append({ item.participant, item.id });
            present.insert(item.participant);
            if (item.groundTruth >= 0) {
                m << int(ta.members.size());
                ta.members.append({ item.groundTruth, item.id });
                present.insert(item.groundTruth);
            }
            membersOf << m;
        }
        for (int p : present)
            ++own[p];
        QMap<QPair<int, int>, QList<double>> cells;
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < list.size(); ++x) {
            for (int y = x + 1; y < list.size(); ++y) {
                const double s = list.at(x).choice == list.at(y).choice ? 1.0 : 0.0;
                sum += s;
                ++pairs;
                for (int mx : membersOf.at(x)) {
                    for (int my : membersOf.at(y)) {
                        ta.pairs.append({ mx, my, s });
                        const int p = ta.members.at(mx).participant, q = ta.members.at(my).participant;
                        if (p != q)
                            cells[qMakePair(std::min(p, q), std::max(p, q))] << s;
                    }
                }
            }
        }
        ta.agreement = pairs ? sum / pairs : kNoScore;
        for (auto c = cells.cbegin(); c != cells.cend(); ++c) {
            double m = 0;
            for (double v : c.value())
                m += v;
            m /= double(c.value().size());
            cellScores[c.key().first * n + c.key().second] << m;
            cellScores[c.key().second * n + c.key().first] << m;
        }
        r.tasks << ta;
    }
    r.matrix.size = n;
    r.matrix.agreement.fill(kNoScore, n * n);
    r.matrix.stddev.fill(kNoScore, n * n);
    r.matrix.commonTasks.fill(0, n * n);
    for (int k = 0; k < n * n; ++k) {
        if (k / n == k % n) {
            r.matrix.commonTasks[k] = own.at(k / n);
            continue;
        }
        const QList<double> &v = cellScores.at(k);
        if (v.isEmpty())
            continue;
        double m = 0;
        for (double x : v)
            m += x;
        r.matrix.agreement[k] = m / double(v.size());
        r.matrix.commonTasks[k] = int(v.size());
    }
    r.tasksSeen = int(items.size());
    return r;
}

// Task `t` of the mixed sample as the server has it: each annotation and prediction chooses a sentiment.
inline QJsonObject mixedTask(int t)
{
    const QList<agreement::Participant> participants = mixedParticipants();
    QJsonArray annotations, predictions;
    for (const MixedItem &item : mixedItems().value(t)) {
        const QJsonArray result { QJsonObject { { QStringLiteral("id"), QStringLiteral("s%1").arg(item.id) },
            { QStringLiteral("from_name"), QStringLiteral("sentiment") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("choices") },
            { QStringLiteral("value"),
                QJsonObject { { QStringLiteral("choices"), QJsonArray { item.choice } } } } } };
        const agreement::Participant &p = participants.at(item.participant);
        if (p.kind == agreement::Participant::Kind::Prediction) {
            predictions.append(QJsonObject { { QStringLiteral("id"), item.id },
                { QStringLiteral("model_version"), p.modelVersion }, { QStringLiteral("result"), result } });
        } else {
            annotations.append(
                QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("completed_by"), p.userId },
                    { QStringLiteral("ground_truth"), item.groundTruth >= 0 },
                    { QStringLiteral("result"), result } });
        }
    }
    return QJsonObject { { QStringLiteral("id"), t },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), QStringLiteral("Fine.") } } },
        { QStringLiteral("annotations"), annotations }, { QStringLiteral("predictions"), predictions } };
}

} // namespace lsdesk::test
