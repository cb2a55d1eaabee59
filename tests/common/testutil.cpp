#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace lsdesk::test {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeJwt(const QJsonObject &payload)
{
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // HMAC-shaped but keyless: unique per token, unverifiable (the client never verifies signatures).
    return signingInput + '.'
        + base64Url(
            QCryptographicHash::hash(QByteArray(signingInput + "lsdesk-test"), QCryptographicHash::Sha256));
}

QByteArray makeJwt(const QString &tokenType, std::optional<QDateTime> exp)
{
    QJsonObject payload { { QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("user_id"), 1 } };
    if (!tokenType.isEmpty())
        payload.insert(QStringLiteral("token_type"), tokenType);
    if (exp)
        payload.insert(QStringLiteral("exp"), double(exp->toSecsSinceEpoch()));
    payload.insert(QStringLiteral("iat"), double(QDateTime::currentSecsSinceEpoch()));
    return makeJwt(payload);
}

QString makePat(qint64 secondsFromNow)
{
    return QString::fromLatin1(
        makeJwt(QStringLiteral("refresh"), QDateTime::currentDateTimeUtc().addSecs(secondsFromNow)));
}

QByteArray makeAccessToken(qint64 secondsFromNow)
{
    return makeJwt(QStringLiteral("access"), QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
}

QByteArray refreshReplyBody(const QByteArray &accessToken)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("access"), QString::fromLatin1(accessToken) } })
        .toJson(QJsonDocument::Compact);
}

ClientOptions fastOptions(int timeoutMs, int maxRetries, int baseDelayMs)
{
    ClientOptions o;
    o.timeoutMs = timeoutMs;
    o.retry.maxRetries = maxRetries;
    o.retry.baseDelayMs = baseDelayMs;
    o.retry.maxDelayMs = 2000;
    o.retry.jitter = 0;
    return o;
}

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString &dir, const QString &keep)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(keep);
    return names;
}

} // namespace lsdesk::test
