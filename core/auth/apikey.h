#pragma once

#include <QDateTime>
#include <QString>

namespace lsdesk {

// What kind of key the user gave us, recognised by its shape (as the SDK does, but without trusting it
// blindly): a JWT with token_type "refresh" is a personal access token (PAT) that we exchange for
// short-lived access tokens; anything that is not a JWT is a legacy token sent as "Token <key>".
class ApiKey
{
public:
    enum class Kind {
        Empty,
        Legacy, // sent as "Authorization: Token <key>"
        PersonalAccessToken, // JWT refresh token: exchanged at api/token/refresh/ for a Bearer access token
        AccessToken, // a pasted short-lived JWT access token: unusable, tell the user
        Expired, // a PAT whose exp has passed
        NoExpiry, // a JWT without exp: the server would reject it
        UnknownJwt, // a JWT of another token_type
    };

    static ApiKey classify(const QString &key, const QDateTime &now = QDateTime::currentDateTimeUtc());

    Kind kind() const { return m_kind; }
    QString secret() const { return m_secret; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool usable() const { return m_kind == Kind::Legacy || m_kind == Kind::PersonalAccessToken; }
    // Why the key cannot be used and which key to use instead; empty when usable().
    QString problem() const;

    // The "exp" claim of a JWT, if it is one (signature not verified: we only need the timing).
    static QDateTime jwtExpiry(const QByteArray &token);

private:
    Kind m_kind = Kind::Empty;
    QString m_secret;
    QDateTime m_expiresAt;
};

} // namespace lsdesk
