#include "tokenmanager.h"

#include "logging.h"
#include "net/apijob.h"
#include "net/requestfactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lsdesk {

TokenManager::TokenManager(
    ApiKey key, QNetworkAccessManager *nam, const RequestFactory *factory, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_nam(nam)
    , m_factory(factory)
{ }

void TokenManager::authorization(QObject *context, Callback cb)
{
    switch (m_key.kind()) {
    case ApiKey::Kind::Legacy:
        cb(QByteArrayLiteral("Token ") + m_key.secret().toLatin1(), {});
        return;
    case ApiKey::Kind::PersonalAccessToken:
        break;
    default:
        cb({}, ApiError::make(ApiError::Kind::Auth, m_key.problem()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_key.expiresAt().isValid() && m_key.expiresAt() <= now) {
        // The PAT itself expired while we were running.
        m_key = ApiKey::classify(m_key.secret(), now);
        cb({}, ApiError::make(ApiError::Kind::Auth, m_key.problem()));
        return;
    }
    if (!m_access.isEmpty() && (!m_accessExpiry.isValid() || now.secsTo(m_accessExpiry) > m_marginSecs)) {
        cb(QByteArrayLiteral("Bearer ") + m_access, {});
        return;
    }
    m_waiters.push_back({ context, std::move(cb) });
    if (!m_refreshJob)
        startRefresh();
}

void TokenManager::invalidate(const QByteArray &usedAuthorization)
{
    if (!m_access.isEmpty() && usedAuthorization == QByteArrayLiteral("Bearer ") + m_access) {
        qCInfo(lcAuth) << "access token refused by the server; it will be refreshed";
        m_access.clear();
        m_accessExpiry = {};
    }
}

void TokenManager::startRefresh()
{
    ++m_refreshCount;
    qCDebug(lcAuth) << "exchanging the personal access token for an access token";
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("api/token/refresh/");
    spec.authenticated = false;
    spec.replayable = true; // the exchange creates nothing; repeating it is harmless
    spec.body = QJsonDocument(QJsonObject { { QStringLiteral("refresh"), m_key.secret() } })
                    .toJson(QJsonDocument::Compact);
    auto *job = new ApiJob(m_nam, m_factory, nullptr, spec, this);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->error().ok()) {
            ApiError e = job->error();
            if (e.httpStatus == 401 || e.httpStatus == 400) {
                e.kind = ApiError::Kind::Auth;
                e.message = QCoreApplication::translate("TokenManager",
                    "The server refused the personal access token: %1 "
                    "Create a new one in Label Studio (Account & Settings → "
                    "Personal Access Token).")
                                .arg(e.detail.isEmpty() ? e.message : e.detail);
            }
            deliver({}, e);
            return;
        }
        const QJsonObject obj = QJsonDocument::fromJson(job->body()).object();
        const QByteArray access = obj.value(QLatin1String("access")).toString().toLatin1();
        if (access.isEmpty()) {
            deliver({},
                ApiError::make(ApiError::Kind::Parse,
                    QCoreApplication::translate("TokenManager",
                        "The server's token exchange returned no access "
                        "token. Is this a Label Studio server?")));
            return;
        }
        m_access = access;
        m_accessExpiry = ApiKey::jwtExpiry(access);
        Q_EMIT refreshed();
        deliver(QByteArrayLiteral("Bearer ") + m_access, {});
    });
    job->start();
}

void TokenManager::deliver(const QByteArray &authorization, const ApiError &error)
{
    // Callbacks may queue new requests that call authorization() again: take the list first.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (auto &w : waiters) {
        if (w.context)
            w.cb(authorization, error);
    }
}

} // namespace lsdesk
