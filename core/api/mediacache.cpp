#include "mediacache.h"

#include <QCoreApplication>

namespace lsdesk {

namespace {
// `path` (decoded) below `basePath` ("/ls" or ""): the rest ("/data/x.png"), or nullopt when it is not below.
std::optional<QString> belowBase(const QString &path, const QString &basePath)
{
    if (basePath.isEmpty())
        return path;
    if (path == basePath)
        return QString();
    if (path.startsWith(basePath + QLatin1Char('/')))
        return path.mid(basePath.size());
    return std::nullopt;
}

ApiError cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled, QCoreApplication::translate("MediaCache", "Cancelled."));
}
} // namespace

MediaCache::MediaCache(Client *client, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(qsizetype(std::max<qint64>(0, maxBytes)))
{ }

MediaCache::~MediaCache()
{
    // Nobody may be called back from a cache that is going away.
    m_waiters.clear();
    const auto downloads = std::exchange(m_inflight, {});
    for (const Download &d : downloads) {
        if (ApiJob *job = d.job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

std::optional<QByteArray> MediaCache::decodeDataUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    const QString meta = url.mid(5, comma - 5);
    const QByteArray payload = QByteArray::fromPercentEncoding(url.mid(comma + 1).toUtf8());
    if (meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive)) {
        // Base64 in URLs is often wrapped or padded loosely; whitespace is not data.
        QByteArray compact = payload;
        compact.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return decoded.decoded;
    }
    return payload;
}

MediaCache::Target MediaCache::resolve(const QString &value) const
{
    Target t;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return t;
    if (v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        // The URL itself is left empty: parsing (and keying by) megabytes of base64 buys nothing.
        t.access = Access::Data;
        return t;
    }
    const QUrl base = m_client->server().base();
    const QString basePath = base.path();
    if (v.startsWith(QLatin1Char('/')) && !v.startsWith(QLatin1String("//"))) {
        // Server-relative. A path that already carries the base path ("/ls/data/...", as a server behind a
        // prefix may store it) is not prefixed twice.
        const QUrl rel(v);
        QString path = rel.path(QUrl::FullyDecoded);
        if (const auto below = belowBase(path, basePath); below && !basePath.isEmpty())
            path = *below;
        t.access = Access::Server;
        t.url = m_client->server().resolve(path, QUrlQuery(rel));
        return t;
    }
    const QUrl url = v.startsWith(QLatin1String("//")) ? QUrl(base.scheme() + QLatin1Char(':') + v) : QUrl(v);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return t;
    t.url = url;
    t.access = ServerUrl::sameOrigin(url, base) && belowBase(url.path(QUrl::FullyDecoded), basePath)
        ? Access::Server
        : Access::Foreign;
    return t;
}

std::optional<QByteArray> MediaCache::cached(const QString &value)
{
    const Target t = resolve(value);
    if (t.access != Access::Server && t.access != Access::Foreign)
        return std::nullopt;
    if (const QByteArray *bytes = m_cache.object(t.key()))
        return *bytes;
    return std::nullopt;
}

MediaCache::Ticket MediaCache::fetch(const QString &value, QObject *context, Callback<QByteArray> cb)
{
    const Ticket ticket = ++m_nextTicket;
    const Target target = resolve(value);
    if (!context)
        context = this;
    Waiter w;
    w.key = target.key();
    w.context = context;
    w.cb = std::move(cb);
    // A context that goes away takes its fetches with it, and a download nobody waits for stops.
    w.contextGone = connect(context, &QObject::destroyed, this, [this, ticket] { drop(ticket); });
    m_waiters.insert(ticket, std::move(w));

    switch (target.access) {
    case Access::Invalid:
        deliverLater(ticket,
            Result<QByteArray>::failure(ApiError::make(ApiError::Kind::InvalidInput,
                tr("\"%1\" is not an address lsdesk can fetch.").arg(value.left(200)))));
        return ticket;
    case Access::Data: {
        const auto bytes = decodeDataUrl(value.trimmed());
        deliverLater(ticket,
            bytes ? Result<QByteArray>::success(*bytes)
                  : Result<QByteArray>::failure(
                      ApiError::make(ApiError::Kind::Parse, tr("The data: URL in this task is malformed."))));
        return ticket;
    }
    case Access::Server:
    case Access::Foreign:
        break;
    }

    const QString key = target.key();
    if (const QByteArray *bytes = m_cache.object(key)) {
        deliverLater(ticket, Result<QByteArray>::success(*bytes));
        return ticket;
    }
    auto it = m_inflight.find(key);
    if (it == m_inflight.end()) {
        Download d;
        d.job = startJob(target);
        it = m_inflight.insert(key, d);
        ApiJob *job = d.job;
        connect(job, &ApiJob::finished, this, [this, key, job] { onJobFinished(key, job); });
        connect(job, &ApiJob::downloadProgress, this, [this, key, job](qint64 received, qint64 total) {
            if (received <= m_maxItemBytes && total <= m_maxItemBytes)
                return;
            auto d = m_inflight.find(key);
            if (d != m_inflight.end() && d->job == job) {
                d->tooLarge = true;
                job->cancel();
            }
        });
    }
    it->tickets.append(ticket);
    return ticket;
}

ApiJob *MediaCache::startJob(const Target &target)
{
    RequestSpec spec;
    spec.accept = "*/*";
    spec.query = QUrlQuery(target.url);
    if (target.access == Access::Server) {
        spec.path = belowBase(target.url.path(QUrl::FullyDecoded), m_client->server().base().path())
                        .value_or(QString());
        return m_client->send(spec);
    }
    spec.authenticated = false;
    spec.path = target.url.path(QUrl::FullyDecoded);
    auto *job = new ApiJob(m_client->networkAccessManager(), foreignFactory(target.url), nullptr, spec, this);
    job->start();
    return job;
}

const RequestFactory *MediaCache::foreignFactory(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host());
    origin.setPort(url.port());
    const QString key = origin.toString();
    auto it = m_foreign.find(key);
    if (it == m_foreign.end())
        it = m_foreign
                 .emplace(key,
                     std::make_unique<RequestFactory>(ServerUrl::parse(key), m_client->factory().options()))
                 .first;
    return it->second.get();
}

void MediaCache::onJobFinished(const QString &key, ApiJob *job)
{
    auto it = m_inflight.find(key);
    if (it == m_inflight.end() || it->job != job)
        return;
    const Download d = *it;
    m_inflight.erase(it);
    Result<QByteArray> result;
    if (d.tooLarge) {
        result = Result<QByteArray>::failure(ApiError::make(ApiError::Kind::InvalidInput,
            tr("%1 is larger than %2 MB; open it in the browser instead.")
                .arg(QUrl(key).fileName())
                .arg(m_maxItemBytes / (1024 * 1024))));
    } else if (!job->error().ok()) {
        result = Result<QByteArray>::failure(job->error());
    } else {
        result = Result<QByteArray>::success(job->body());
        // QCache refuses (and frees) an item costlier than the whole cache: it is delivered, not kept.
        if (job->body().size() <= m_cache.maxCost())
            m_cache.insert(key, new QByteArray(job->body()), job->body().size());
    }
    for (Ticket t : d.tickets)
        complete(t, result);
}

void MediaCache::deliverLater(Ticket ticket, const Result<QByteArray> &result)
{
    QMetaObject::invokeMethod(
        this, [this, ticket, result] { complete(ticket, result); }, Qt::QueuedConnection);
}

void MediaCache::complete(Ticket ticket, const Result<QByteArray> &result)
{
    const auto it = m_waiters.find(ticket);
    if (it == m_waiters.end())
        return; // cancelled or its context is gone
    const Waiter w = *it;
    m_waiters.erase(it);
    disconnect(w.contextGone);
    if (w.context)
        w.cb(result);
}

void MediaCache::cancel(Ticket ticket)
{
    const auto it = m_waiters.constFind(ticket);
    if (it == m_waiters.constEnd())
        return;
    const Waiter w = *it;
    drop(ticket);
    if (w.context)
        w.cb(Result<QByteArray>::failure(cancelledError()));
}

void MediaCache::drop(Ticket ticket)
{
    const auto it = m_waiters.find(ticket);
    if (it == m_waiters.end())
        return;
    const QString key = it->key;
    disconnect(it->contextGone);
    m_waiters.erase(it);
    auto d = m_inflight.find(key);
    if (d == m_inflight.end())
        return;
    d->tickets.removeOne(ticket);
    if (!d->tickets.isEmpty())
        return;
    // The last one waiting for this download has gone: stop it.
    QPointer<ApiJob> job = d->job;
    m_inflight.erase(d);
    if (job) {
        job->disconnect(this);
        job->cancel();
    }
}

} // namespace lsdesk
