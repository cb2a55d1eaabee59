#pragma once

#include "api/client.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lsdesk {

// One personal access token (PAT) as GET api/token/ lists it. The server never lists a usable token: it
// answers [{"token": "<header>.<payload>"}], the JWT without its signature. That truncated form still
// identifies the token for revocation (api/token/blacklist/ accepts it), and its payload carries the
// dates, so it is all we keep. It is not a credential, but it is still not shown in full.
struct AccessToken
{
    QString truncated; // "<header>.<payload>", exactly as listed
    QString jti; // the token's id (payload "jti")
    QDateTime createdAt; // payload "iat", UTC; invalid when missing
    QDateTime expiresAt; // payload "exp", UTC; invalid when missing

    // Decodes the payload of a listed token; nullopt (with `error`) when it is not "<header>.<payload>"
    // with a JSON payload.
    static std::optional<AccessToken> fromTruncated(const QString &truncated, QString *error = nullptr);
    // A short, recognisable form for a table: the first characters of the payload, an ellipsis and the
    // jti's last characters.
    QString displayText() const;
};

// Which kinds of key the user's organization accepts (GET api/jwt/settings).
struct TokenSettings
{
    bool apiTokensEnabled = true; // personal access tokens
    bool legacyEnabled = false; // legacy "Token <key>" authentication

    static TokenSettings fromJson(const QJsonObject &o);
};

// The current user's keys: personal access tokens (jwt_auth: api/token/, api/token/blacklist/) and the
// legacy key (users: api/current-user/token, api/current-user/reset-token/). A new or reset key is
// handed to the callback once and kept nowhere here; error texts never contain a key (the server's
// replies for these routes do not echo it, and the parse errors name only the route).
class TokensApi
{
public:
    explicit TokensApi(Client *client)
        : m_client(client)
    { }

    // The user's live (not expired, not revoked) PATs.
    ApiJob *list(QObject *context, Callback<QList<AccessToken>> cb);
    // Creates a PAT and returns the full token - the only time the server ever shows it. The server
    // refuses (409) while the user has a live PAT: revoke that one first.
    ApiJob *create(QObject *context, Callback<QString> cb);
    // Revokes (blacklists) a PAT, given in full or truncated as listed. A token already revoked or
    // unknown is a 404.
    ApiJob *revoke(const QString &token, QObject *context, Callback<Empty> cb);
    // Whether the organization accepts PATs and legacy keys.
    ApiJob *settings(QObject *context, Callback<TokenSettings> cb);
    // The user's legacy key.
    ApiJob *legacyToken(QObject *context, Callback<QString> cb);
    // Replaces the user's legacy key with a new one (the old one stops working at once) and returns it.
    ApiJob *resetLegacyToken(QObject *context, Callback<QString> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
