#include "statsapi.h"

#include <QJsonArray>
#include <cmath>

namespace lsdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::StatsApi", text);
}

// One square matrix from the server's nested lists; `counts` may be missing (then all zero).
std::optional<agreement::Matrix> readMatrix(
    const QJsonValue &values, const QJsonValue &counts, int size, QString *error)
{
    const QJsonArray rows = values.toArray();
    if (!values.isArray() || rows.size() != size) {
        *error = tr("the IAA matrix has %1 rows for %2 users").arg(rows.size()).arg(size);
        return std::nullopt;
    }
    const QJsonArray countRows = counts.toArray();
    agreement::Matrix m;
    m.size = size;
    m.agreement.fill(agreement::kNoScore, size * size);
    m.commonTasks.fill(0, size * size);
    m.stddev.fill(agreement::kNoScore, size * size);
    for (int i = 0; i < size; ++i) {
        const QJsonArray row = rows.at(i).toArray();
        const QJsonArray countRow = countRows.at(i).toArray();
        if (row.size() != size) {
            *error
                = tr("row %1 of the IAA matrix has %2 cells for %3 users").arg(i).arg(row.size()).arg(size);
            return std::nullopt;
        }
        for (int j = 0; j < size; ++j) {
            const QJsonValue v = row.at(j);
            if (v.isDouble())
                m.agreement[i * size + j] = v.toDouble();
            m.commonTasks[i * size + j] = countRow.at(j).toInt();
        }
    }
    return m;
}

QString userName(const QJsonObject &u)
{
    const QString full = QString(u.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + u.value(QLatin1String("last_name")).toString())
                             .trimmed();
    if (!full.isEmpty())
        return full;
    for (const char *key : { "email", "username" }) {
        const QString s = u.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return tr("User #%1").arg(u.value(QLatin1String("id")).toInt());
}
} // namespace

QStringList ServerAgreement::participantKeys() const
{
    QStringList keys;
    for (int id : userIds)
        keys.append(QStringLiteral("user:%1").arg(id));
    return keys;
}

std::optional<ServerAgreement> ServerAgreement::fromJson(const QJsonObject &obj, QString *error)
{
    ServerAgreement a;
    a.raw = obj;
    // "users" are user dicts in matrix order; some versions send bare ids.
    for (const QJsonValue &v : obj.value(QLatin1String("users")).toArray()) {
        if (v.isObject()) {
            a.userIds.append(v.toObject().value(QLatin1String("id")).toInt());
            a.userNames.append(userName(v.toObject()));
        } else {
            a.userIds.append(v.toInt());
            a.userNames.append(tr("User #%1").arg(v.toInt()));
        }
    }
    const int n = int(a.userIds.size());
    const QJsonValue iaa = obj.value(QLatin1String("IAA"));
    const QJsonValue common = obj.value(QLatin1String("common_tasks"));
    const QJsonValue stdValue = obj.value(QLatin1String("std"));
    if (iaa.isArray()) {
        auto m = readMatrix(iaa, common, n, error);
        if (!m)
            return std::nullopt;
        a.overall = *m;
        if (stdValue.isDouble())
            a.std = stdValue.toDouble();
    } else if (iaa.isObject()) {
        const QJsonObject labels = iaa.toObject();
        const QJsonObject counts = common.toObject();
        const QJsonObject stds = stdValue.toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            auto m = readMatrix(it.value(), counts.value(it.key()), n, error);
            if (!m) {
                *error = QStringLiteral("%1: %2").arg(it.key(), *error);
                return std::nullopt;
            }
            a.perLabel.insert(it.key(), *m);
            if (stds.value(it.key()).isDouble())
                a.perLabelStd.insert(it.key(), stds.value(it.key()).toDouble());
        }
    } else {
        *error = tr("no \"IAA\" matrix in the reply");
        return std::nullopt;
    }
    return a;
}

QString StatsApi::communityMessage()
{
    return tr(
        "This server has no agreement endpoint (Label Studio Community): agreement is computed locally.");
}

ApiJob *StatsApi::iaa(int projectId, bool perLabel, QObject *context, Callback<ServerAgreement> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/stats/IAA").arg(projectId);
    s.query.addQueryItem(
        QStringLiteral("per_label"), perLabel ? QStringLiteral("true") : QStringLiteral("false"));
    s.query.addQueryItem(QStringLiteral("std"), QStringLiteral("true"));
    // A 404 here is Community, where the route does not exist (whatever body the server sends with it):
    // one kind and one message for the UI and the CLI, which then show the local computation alone.
    Callback<ServerAgreement> mapped = [cb = std::move(cb)](const Result<ServerAgreement> &r) {
        if (!r.ok() && r.error.isNotFound()) {
            ApiError e = r.error;
            e.kind = ApiError::Kind::NotAvailable;
            e.message = communityMessage();
            cb(Result<ServerAgreement>::failure(e));
            return;
        }
        cb(r);
    };
    return m_client->call<ServerAgreement>(s, context, std::move(mapped),
        [](const QByteArray &body, QString *error) -> std::optional<ServerAgreement> {
            QJsonParseError perr {};
            const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
            if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
                *error = tr("expected a JSON object");
                return std::nullopt;
            }
            return ServerAgreement::fromJson(doc.object(), error);
        });
}

} // namespace lsdesk
