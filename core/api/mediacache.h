#pragma once

#include "api/client.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <map>
#include <memory>

namespace lsdesk {

// Task media (images and the like) by the value a task's data holds, kept in a byte-bounded LRU cache.
//
// Where a value may be fetched, and with which credentials:
//  - a server-relative path ("/data/upload/3/x.png", "/storage-data/...?filepath=...") is joined below the
//    server's base URL (so http://host/ls + /data/... = http://host/ls/data/...) and sent through the
//    Client, with the Authorization header: Label Studio serves uploads to signed-in users only;
//  - an absolute http(s) URL on the server's own origin and below its base path is the same thing;
//  - any other http(s) URL is fetched WITHOUT credentials: a task may point anywhere, and our key must
//    never leave the server's origin;
//  - a data: URL is decoded locally;
//  - anything else (s3://, gs://, a bare file name) cannot be fetched: the callback gets InvalidInput.
//
// Fetches of the same URL while one is in flight share its request. Bytes come back as they are: decoding
// images is the ui layer's job (the core has no QtGui).
class MediaCache : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64; // 0 = no fetch

    enum class Access {
        Invalid, // not fetchable
        Data, // a data: URL, decoded locally
        Server, // the server itself: sent with credentials
        Foreign, // another origin (or outside the base path): sent without credentials
    };

    struct Target
    {
        Access access = Access::Invalid;
        QUrl url; // the absolute URL to fetch (empty for Data and Invalid)
        QString key() const { return url.toString(QUrl::FullyEncoded); }
    };

    // `maxBytes` bounds the cached bytes (not the bytes in flight). Items larger than maxItemBytes() are
    // refused while they download.
    MediaCache(Client *client, qint64 maxBytes, QObject *parent = nullptr);
    ~MediaCache() override;

    // Where `value` would be fetched from and how.
    Target resolve(const QString &value) const;

    // Calls `cb` exactly once (never synchronously from fetch()) with the bytes or an error, only while
    // `context` lives. cancel(ticket) ends it early with a Cancelled error; the download itself stops when
    // no fetch waits for it any more.
    Ticket fetch(const QString &value, QObject *context, Callback<QByteArray> cb);
    void cancel(Ticket ticket);

    // The cached bytes of `value`, if any (marks them as recently used).
    std::optional<QByteArray> cached(const QString &value);

    qint64 maxBytes() const { return m_cache.maxCost(); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }
    int cachedCount() const { return int(m_cache.count()); }
    // Downloads in flight (coalesced fetches count once).
    int downloadsInFlight() const { return int(m_inflight.size()); }
    qint64 maxItemBytes() const { return m_maxItemBytes; }
    void setMaxItemBytes(qint64 bytes) { m_maxItemBytes = bytes; }

    // Drops the cached bytes (fetches in flight go on).
    void clear() { m_cache.clear(); }

    // Decodes "data:[<type>][;base64],<payload>"; nullopt when malformed.
    static std::optional<QByteArray> decodeDataUrl(const QString &url);

private:
    struct Waiter
    {
        QString key;
        QPointer<QObject> context;
        Callback<QByteArray> cb;
        QMetaObject::Connection contextGone;
    };
    struct Download
    {
        QPointer<ApiJob> job;
        QList<Ticket> tickets;
        bool tooLarge = false;
    };

    ApiJob *startJob(const Target &target);
    const RequestFactory *foreignFactory(const QUrl &url);
    void deliverLater(Ticket ticket, const Result<QByteArray> &result);
    void complete(Ticket ticket, const Result<QByteArray> &result);
    void onJobFinished(const QString &key, ApiJob *job);
    void drop(Ticket ticket);

    Client *m_client;
    QCache<QString, QByteArray> m_cache;
    QHash<Ticket, Waiter> m_waiters;
    QHash<QString, Download> m_inflight;
    // One request factory per foreign origin: ApiJob's timeouts, retries and redirect rules, no token.
    std::map<QString, std::unique_ptr<RequestFactory>> m_foreign;
    qint64 m_maxItemBytes = 64LL * 1024 * 1024;
    Ticket m_nextTicket = 0;
};

} // namespace lsdesk
