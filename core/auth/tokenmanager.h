#pragma once

#include "auth/apikey.h"
#include "net/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace lsdesk {

class RequestFactory;
class ApiJob;

// Turns the user's API key into the Authorization header of each request.
// Legacy keys are sent as "Token <key>". A personal access token is exchanged at api/token/refresh/ for an
// access token sent as "Bearer <access>", refreshed shortly before it expires and again after a 401.
// However many requests ask at once, only one refresh is in flight; the others wait for it.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QByteArray &authorization, const ApiError &error)>;

    TokenManager(
        ApiKey key, QNetworkAccessManager *nam, const RequestFactory *factory, QObject *parent = nullptr);

    const ApiKey &key() const { return m_key; }
    bool canRefresh() const { return m_key.kind() == ApiKey::Kind::PersonalAccessToken; }
    // Access tokens are refreshed this long before their expiry, to absorb clock skew and latency.
    void setRefreshMargin(int seconds) { m_marginSecs = seconds; }

    // Calls `cb` (in `context`'s thread, only while `context` lives) with the header value, or with an error
    // when the key is unusable or the exchange failed. May call back synchronously when nothing is to do.
    void authorization(QObject *context, Callback cb);
    // The server refused `usedAuthorization` with a 401: forget that access token so the next
    // authorization() refreshes. A header that is no longer current (someone refreshed already) is ignored.
    void invalidate(const QByteArray &usedAuthorization);
    // How many token exchanges were started (tests assert that concurrent requests share one).
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void refreshed();

private:
    void startRefresh();
    void deliver(const QByteArray &authorization, const ApiError &error);

    ApiKey m_key;
    QNetworkAccessManager *m_nam;
    const RequestFactory *m_factory;
    QByteArray m_access;
    QDateTime m_accessExpiry;
    int m_marginSecs = 30;
    int m_refreshCount = 0;
    QPointer<ApiJob> m_refreshJob;
    struct Waiter
    {
        QPointer<QObject> context;
        Callback cb;
    };
    std::vector<Waiter> m_waiters;
};

} // namespace lsdesk
