#pragma once

// Helpers shared by the agreement tests (unit and integration): JSON from test text, and the comparison
// of two reports that must be the same computation (a live project and its export, a stream and a
// direct feed). Header-only, core types only, so the integration tests can include it too.

#include "agreement/agreement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <cmath>

namespace lsdesk::test {

// A JSON array written in a test; a typo there stops the test run with the parser's message.
inline QJsonArray jsonArrayOf(const QByteArray &json)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.array();
}

inline QJsonObject jsonObjectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Two scores are the same: both "no score", or within `tolerance`.
inline bool sameScore(double a, double b, double tolerance)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < tolerance;
}

// Empty when the reports agree: participants in order, every matrix cell and count, every task (by id:
// two sources may add tasks in their own order) with its score, members and pairs, every per-label
// matrix, and the summary. Otherwise what differs first.
inline QString compareReports(
    const agreement::AgreementReport &a, const agreement::AgreementReport &b, double tolerance)
{
    const auto same = [tolerance](double x, double y) { return sameScore(x, y, tolerance); };
    QStringList ka, kb;
    for (const auto &p : a.participants)
        ka << p.key();
    for (const auto &p : b.participants)
        kb << p.key();
    if (ka != kb)
        return QStringLiteral("participants %1 vs %2").arg(ka.join(u','), kb.join(u','));
    if (a.matrix.size != b.matrix.size || a.matrix.commonTasks != b.matrix.commonTasks)
        return QStringLiteral("matrix size or common counts differ");
    for (int i = 0; i < a.matrix.agreement.size(); ++i) {
        if (!same(a.matrix.agreement.at(i), b.matrix.agreement.at(i)))
            return QStringLiteral("cell %1: %2 vs %3")
                .arg(i)
                .arg(a.matrix.agreement.at(i))
                .arg(b.matrix.agreement.at(i));
    }
    if (a.tasks.size() != b.tasks.size())
        return QStringLiteral("%1 vs %2 tasks").arg(a.tasks.size()).arg(b.tasks.size());
    QMap<int, const agreement::TaskAgreement *> byId;
    for (const auto &t : b.tasks)
        byId.insert(t.taskId, &t);
    for (const auto &t : a.tasks) {
        const agreement::TaskAgreement *o = byId.value(t.taskId);
        if (!o || !same(t.agreement, o->agreement) || t.pairs.size() != o->pairs.size()
            || t.members.size() != o->members.size())
            return QStringLiteral("task %1 differs").arg(t.taskId);
    }
    if (a.perLabel.keys() != b.perLabel.keys())
        return QStringLiteral("labels differ");
    for (auto it = a.perLabel.cbegin(); it != a.perLabel.cend(); ++it) {
        const agreement::Matrix &m = b.perLabel.value(it.key());
        if (m.commonTasks != it->commonTasks)
            return QStringLiteral("label %1: counts differ").arg(it.key());
        for (int i = 0; i < m.agreement.size(); ++i) {
            if (!same(m.agreement.at(i), it->agreement.at(i)))
                return QStringLiteral("label %1 cell %2 differs").arg(it.key()).arg(i);
        }
    }
    if (!same(a.mean, b.mean) || !same(a.stddev, b.stddev) || a.cancelledSkipped != b.cancelledSkipped
        || a.annotationsCounted != b.annotationsCounted || a.tasksSeen != b.tasksSeen)
        return QStringLiteral("summary differs");
    return {};
}

} // namespace lsdesk::test
