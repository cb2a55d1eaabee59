#pragma once

#include "net/requestfactory.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lsdesk::test {

// base64url without padding, as JWT segments are encoded.
QByteArray base64Url(const QByteArray &data);

// header.payload.signature with an HS256 header and a fake (unverifiable) signature: what the client
// decodes is only the payload, like the SDK does with verification off.
QByteArray makeJwt(const QJsonObject &payload);
// A JWT with `token_type` (omitted when empty) and `exp` (omitted when nullopt), plus jti/user_id claims.
QByteArray makeJwt(const QString &tokenType, std::optional<QDateTime> exp);
// A personal access token (JWT refresh token) that expires `secondsFromNow` from now (default: ~200 years).
QString makePat(qint64 secondsFromNow = 200LL * 365 * 24 * 3600);
// An access token as api/token/refresh/ returns it.
QByteArray makeAccessToken(qint64 secondsFromNow = 300);
// {"access": "<token>"}
QByteArray refreshReplyBody(const QByteArray &accessToken);

// Options for fast, deterministic client tests: short timeout, tiny backoff without jitter.
ClientOptions fastOptions(int timeoutMs = 3000, int maxRetries = 3, int baseDelayMs = 10);

// The bytes of a file (empty when it cannot be read).
QByteArray fileContent(const QString &path);
// Every file in `dir` (hidden ones too) except `keep`: after an export, no temporary file may remain.
QStringList filesIn(const QString &dir, const QString &keep = {});

// A 40-hex legacy token.
inline QString legacyKey()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef01234567");
}

} // namespace lsdesk::test
