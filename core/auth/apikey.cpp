#include "apikey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace lsdesk {

namespace {
// The JSON payload of a JWT, or an empty object when the text is not shaped like a JWT.
QJsonObject jwtPayload(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    return doc.isObject() ? doc.object() : QJsonObject();
}

QDateTime expiryOf(const QJsonObject &payload)
{
    const QJsonValue exp = payload.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), QTimeZone::utc());
}
} // namespace

QDateTime ApiKey::jwtExpiry(const QByteArray &token)
{
    return expiryOf(jwtPayload(token));
}

ApiKey ApiKey::classify(const QString &key, const QDateTime &now)
{
    ApiKey k;
    k.m_secret = key.trimmed();
    if (k.m_secret.isEmpty()) {
        k.m_kind = Kind::Empty;
        return k;
    }
    const QJsonObject payload = jwtPayload(k.m_secret.toLatin1());
    if (payload.isEmpty()) {
        k.m_kind = Kind::Legacy;
        return k;
    }
    k.m_expiresAt = expiryOf(payload);
    const QString type = payload.value(QLatin1String("token_type")).toString();
    if (type == QLatin1String("access"))
        k.m_kind = Kind::AccessToken;
    else if (type != QLatin1String("refresh"))
        k.m_kind = Kind::UnknownJwt;
    else if (!k.m_expiresAt.isValid())
        k.m_kind = Kind::NoExpiry;
    else if (k.m_expiresAt <= now)
        k.m_kind = Kind::Expired;
    else
        k.m_kind = Kind::PersonalAccessToken;
    return k;
}

QString ApiKey::problem() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("ApiKey", s); };
    switch (m_kind) {
    case Kind::Empty:
        return tr("No API key is set. Create a personal access token in Label Studio (Account & Settings → "
                  "Personal Access Token) and paste it here.");
    case Kind::AccessToken:
        return tr("This is a short-lived access token (it expires after a few minutes). Paste your personal "
                  "access token instead (Account & Settings → Personal Access Token).");
    case Kind::Expired:
        return tr("This personal access token expired on %1. Create a new one in Label Studio (Account & "
                  "Settings → Personal Access Token).")
            .arg(m_expiresAt.toString(Qt::ISODate));
    case Kind::NoExpiry:
        return tr("This API key has no expiration set and is not valid. Create a new personal access token.");
    case Kind::UnknownJwt:
        return tr("This token is not a Label Studio personal access token. Paste the personal access token "
                  "from Account & Settings, or a legacy access token.");
    case Kind::Legacy:
    case Kind::PersonalAccessToken:
        break;
    }
    return {};
}

} // namespace lsdesk
