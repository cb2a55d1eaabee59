#include "tokensapi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lsdesk {

namespace {
QDateTime fromEpoch(const QJsonValue &v)
{
    if (!v.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
}

// {"token": "..."}: the reply of create, legacy token and reset.
std::optional<QString> parseTokenObject(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString token = doc.object().value(QLatin1String("token")).toString();
    if (!doc.isObject() || token.isEmpty()) {
        *error = QCoreApplication::translate("TokensApi", "no token in the reply");
        return std::nullopt;
    }
    return token;
}

std::optional<QList<AccessToken>> parseTokenList(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QCoreApplication::translate("TokensApi", "expected a JSON array of tokens");
        return std::nullopt;
    }
    QList<AccessToken> out;
    const QJsonArray items = doc.array();
    for (const QJsonValue &v : items) {
        QString itemError;
        auto t
            = AccessToken::fromTruncated(v.toObject().value(QLatin1String("token")).toString(), &itemError);
        if (!t) {
            *error = itemError;
            return std::nullopt;
        }
        out.append(*t);
    }
    return out;
}

RequestSpec post(const QString &path, const QJsonObject &body = {})
{
    RequestSpec s;
    s.verb = "POST";
    s.path = path;
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}
} // namespace

std::optional<AccessToken> AccessToken::fromTruncated(const QString &truncated, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<AccessToken> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList parts = truncated.split(QLatin1Char('.'));
    // The list is meant to carry two parts; a full token (three) is accepted too, its signature ignored.
    if (parts.size() < 2 || parts.size() > 3 || parts.at(1).isEmpty())
        return fail(QCoreApplication::translate("TokensApi", "a listed token is not a JWT"));
    const QByteArray json = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("TokensApi", "a listed token has no readable payload"));
    const QJsonObject payload = doc.object();
    AccessToken t;
    t.truncated = parts.at(0) + QLatin1Char('.') + parts.at(1);
    t.jti = payload.value(QLatin1String("jti")).toString();
    t.createdAt = fromEpoch(payload.value(QLatin1String("iat")));
    t.expiresAt = fromEpoch(payload.value(QLatin1String("exp")));
    return t;
}

QString AccessToken::displayText() const
{
    const QString payload = truncated.section(QLatin1Char('.'), 1, 1);
    const QString tail = jti.isEmpty() ? payload.right(6) : jti.right(6);
    return payload.left(8) + QStringLiteral("…") + tail;
}

TokenSettings TokenSettings::fromJson(const QJsonObject &o)
{
    TokenSettings s;
    s.apiTokensEnabled = o.value(QLatin1String("api_tokens_enabled")).toBool(true);
    s.legacyEnabled = o.value(QLatin1String("legacy_api_tokens_enabled")).toBool(false);
    return s;
}

ApiJob *TokensApi::list(QObject *context, Callback<QList<AccessToken>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/token/");
    return m_client->call<QList<AccessToken>>(s, context, std::move(cb), parseTokenList);
}

ApiJob *TokensApi::create(QObject *context, Callback<QString> cb)
{
    // Not replayable: a retried POST could create a second token (which the server then refuses).
    return m_client->call<QString>(
        post(QStringLiteral("api/token/")), context, std::move(cb), parseTokenObject);
}

ApiJob *TokensApi::revoke(const QString &token, QObject *context, Callback<Empty> cb)
{
    RequestSpec s
        = post(QStringLiteral("api/token/blacklist/"), QJsonObject { { QStringLiteral("refresh"), token } });
    s.replayable = true; // blacklisting twice ends the same way (the second says 404)
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *TokensApi::settings(QObject *context, Callback<TokenSettings> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/jwt/settings");
    return m_client->call<TokenSettings>(s, context, std::move(cb), parseObject<TokenSettings>);
}

ApiJob *TokensApi::legacyToken(QObject *context, Callback<QString> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/current-user/token");
    return m_client->call<QString>(s, context, std::move(cb), parseTokenObject);
}

ApiJob *TokensApi::resetLegacyToken(QObject *context, Callback<QString> cb)
{
    return m_client->call<QString>(
        post(QStringLiteral("api/current-user/reset-token/")), context, std::move(cb), parseTokenObject);
}

} // namespace lsdesk
