#include "apijob.h"

#include "auth/tokenmanager.h"
#include "logging.h"
#include "net/retrypolicy.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace lsdesk {

namespace {
// Error bodies are kept for their message only; a misbehaving server must not make us buffer gigabytes.
constexpr qsizetype kMaxErrorBody = 1 << 20;
} // namespace

ApiJob::ApiJob(QNetworkAccessManager *nam, const RequestFactory *factory, TokenManager *tokens,
    RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_factory(factory)
    , m_tokens(tokens)
    , m_spec(std::move(spec))
{
    m_url = m_factory->urlFor(m_spec);
    m_verb = m_spec.verb.toUpper();
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::authorizeAndSend);
}

ApiJob::~ApiJob()
{
    dropReply();
}

QString ApiJob::host() const
{
    return m_url.host();
}

QByteArray ApiJob::rawHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiJob::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    if (!m_factory->setupError().isEmpty()) {
        // Deliver asynchronously so that callers always see finished() after start() returned.
        QMetaObject::invokeMethod(
            this,
            [this] { finishWith(ApiError::make(ApiError::Kind::InvalidInput, m_factory->setupError())); },
            Qt::QueuedConnection);
        return;
    }
    authorizeAndSend();
}

void ApiJob::authorizeAndSend()
{
    if (m_done)
        return;
    if (!m_spec.authenticated || !m_tokens) {
        send({});
        return;
    }
    m_tokens->authorization(this, [this](const QByteArray &authorization, const ApiError &error) {
        if (m_done)
            return;
        if (!error.ok()) {
            // Called synchronously from start() for unusable keys: defer so finished() comes after start().
            QMetaObject::invokeMethod(
                this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
            return;
        }
        send(authorization);
    });
}

void ApiJob::send(const QByteArray &authorization)
{
    m_authorization = authorization;
    // Authorization goes only to the server's own origin (a redirect may have taken us elsewhere).
    const bool sameOrigin = ServerUrl::sameOrigin(m_url, m_factory->server().base());
    QNetworkRequest req = m_factory->build(m_url, m_spec, sameOrigin ? authorization : QByteArray());
    // A download asks for a range even from byte 0: a server that streams a file without a length and
    // ends it by closing the connection (Label Studio's snapshot download) states the length for a range
    // (206 + Content-Length), and only with a length can a dropped connection be told from the end of the
    // file - and resumed. A server without range support answers 200 with the whole file, as before.
    if (m_sink && m_verb == "GET")
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_sinkBytes) + '-');
    m_sinkAttemptStarted = false;
    m_body.clear();
    m_headers.clear();
    m_status = 0;
    m_timedOut = false;
    m_refusedSslErrors.clear();
    m_peerChain.clear();
    ++m_attempts;
    qCDebug(lcNet).noquote() << m_verb << m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                             << "attempt" << m_attempts;

    QNetworkReply *reply = nullptr;
    if (m_verb == "GET")
        reply = m_nam->get(req);
    else if (m_verb == "HEAD")
        reply = m_nam->head(req);
    else if (m_verb == "DELETE" && m_spec.body.isEmpty() && m_spec.bodyFile.isEmpty())
        reply = m_nam->deleteResource(req);
    else if (!m_spec.bodyFile.isEmpty()) {
        auto *file = new QFile(m_spec.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            const ApiError error = ApiError::make(ApiError::Kind::InvalidInput,
                tr("Could not read %1 to send it: %2").arg(QDir::toNativeSeparators(m_spec.bodyFile), why));
            // Queued: send() can run inside start(), and callers see finished() only after start() returned.
            QMetaObject::invokeMethod(
                this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
            return;
        }
        req.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
        reply = m_nam->sendCustomRequest(req, m_verb, file);
        file->setParent(reply); // lives as long as the reply reads it
    } else
        reply = m_nam->sendCustomRequest(req, m_verb, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 r, qint64 t) {
        m_timeout.start();
        Q_EMIT downloadProgress(r, t);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_timeout.start();
        Q_EMIT uploadProgress(sent, total);
    });
    m_timeout.start(m_factory->timeoutFor(m_spec));
}

void ApiJob::onReadyRead()
{
    if (!m_reply)
        return;
    m_timeout.start();
    const QByteArray chunk = m_reply->readAll();
    consume(chunk, m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
}

void ApiJob::consume(const QByteArray &chunk, int status)
{
    if (m_done)
        return;
    if (m_sink && status >= 200 && status < 300) {
        if (!startSinkAttempt(status))
            return;
        if (!chunk.isEmpty() && m_sink->write(chunk) != chunk.size()) {
            finishWith(ApiError::make(ApiError::Kind::InvalidInput,
                tr("Writing the download failed: %1").arg(m_sink->errorString())));
            return;
        }
        m_sinkBytes += chunk.size();
        return;
    }
    if (status >= 400 && m_body.size() + chunk.size() > kMaxErrorBody)
        return;
    m_body += chunk;
}

// The first 2xx bytes of an attempt: 206 from our offset continues the sink, 200 replaces it.
bool ApiJob::startSinkAttempt(int status)
{
    if (m_sinkAttemptStarted)
        return true;
    m_sinkAttemptStarted = true;
    if (status == 206 && m_sinkBytes > 0) {
        const QByteArray range = m_reply ? m_reply->rawHeader("Content-Range") : QByteArray();
        // "bytes START-END/TOTAL"
        const qint64 start = range.startsWith("bytes ") ? range.mid(6).split('-').value(0).toLongLong() : -1;
        if (start == m_sinkBytes)
            return true;
        finishWith(ApiError::make(ApiError::Kind::Parse,
            tr("%1 resumed the download at the wrong place (%2 instead of byte %3).")
                .arg(host(), QString::fromLatin1(range))
                .arg(m_sinkBytes)));
        return false;
    }
    if (m_sinkBytes > 0) {
        // The server sends the whole body again: start the sink over.
        m_sink->seek(0);
        if (auto *file = qobject_cast<QFileDevice *>(m_sink.data()))
            file->resize(0);
        m_sinkBytes = 0;
    }
    return true;
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    qCInfo(lcNet).noquote() << m_verb << m_url.toString(QUrl::RemoveQuery) << "timed out";
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously or soon; onReplyFinished handles it
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    const QList<QSslError> excused
        = TlsTrust::excusableErrors(errors, m_factory->options().trustedCertificates);
    if (!excused.isEmpty()) {
        // Exactly these errors, never all: a later, different error must still fail the handshake.
        m_reply->ignoreSslErrors(excused);
        qCInfo(lcNet).noquote() << "TLS errors excused by a trusted certificate for" << host() << ":"
                                << TlsTrust::errorTexts(errors).join(QLatin1String("; "));
        return;
    }
    m_refusedSslErrors = errors;
    m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    if (m_peerChain.isEmpty())
        m_peerChain = TlsTrust::certificatesOf(errors);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    m_headers = reply->rawHeaderPairs();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply (timeout) is closed: nothing to read
        consume(reply->readAll(), m_status);
    if (m_done)
        return; // writing the download failed
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    dropReply();

    if (!m_refusedSslErrors.isEmpty() && netError != QNetworkReply::NoError) {
        // Never retried: the same certificate would be refused again.
        finishWith(ApiError::fromTls(TlsTrust::errorTexts(m_refusedSslErrors), m_peerChain, host()));
        return;
    }
    if (m_timedOut) {
        if (tryRetry(0, QNetworkReply::TimeoutError, {}))
            return;
        finishWith(ApiError::make(ApiError::Kind::Timeout,
            tr("%1 did not answer within %2 s. Try again, or raise the timeout.")
                .arg(host())
                .arg(m_factory->timeoutFor(m_spec) / 1000.0)));
        return;
    }
    // A status with a transport error means the body broke off (reset or truncated): not a reply to trust.
    const bool transportFailed = netError != QNetworkReply::NoError && (m_status == 0 || m_status < 400);
    if (transportFailed) {
        if (tryRetry(0, netError, {}))
            return;
        finishWith(ApiError::fromNetwork(netError, netText, host()));
        return;
    }
    if (m_status >= 300 && m_status < 400 && m_status != 304) {
        if (followRedirect(location))
            authorizeAndSend();
        return;
    }
    if (m_status == 401 && m_tokens && m_tokens->canRefresh() && !m_replayedAfter401
        && m_authorization.startsWith("Bearer ")) {
        // The access token was refused (expired early, revoked, server clock ahead): refresh once and replay.
        m_replayedAfter401 = true;
        m_tokens->invalidate(m_authorization);
        authorizeAndSend();
        return;
    }
    if (m_status >= 400) {
        if (tryRetry(m_status, QNetworkReply::NoError, rawHeader("Retry-After")))
            return;
        finishWith(ApiError::fromHttp(m_status, m_body, contentType));
        return;
    }
    if (m_status == 0) {
        finishWith(ApiError::make(ApiError::Kind::Network, tr("%1 sent no HTTP reply.").arg(host())));
        return;
    }
    finishWith({});
}

bool ApiJob::tryRetry(int status, QNetworkReply::NetworkError error, const QByteArray &retryAfter)
{
    const RetryPolicy &policy = m_factory->retryFor(m_spec);
    const QByteArray verbForPolicy = m_spec.replayable ? QByteArrayLiteral("PUT") : m_verb;
    const auto delay = policy.delayFor(m_retries, verbForPolicy, status, error, retryAfter);
    if (!delay)
        return false;
    ++m_retries;
    qCInfo(lcNet).noquote() << m_verb << m_url.toString(QUrl::RemoveQuery) << "failed with"
                            << (status ? QString::number(status) : QString::number(int(error))) << "- retry"
                            << m_retries << "in" << *delay << "ms";
    Q_EMIT retryScheduled(m_retries, *delay);
    m_retryTimer.start(*delay);
    return true;
}

bool ApiJob::followRedirect(const QUrl &location)
{
    const QUrl target = m_url.resolved(location);
    if (location.isEmpty() || !target.isValid()) {
        finishWith(ApiError::make(ApiError::Kind::Redirect,
            tr("%1 answered HTTP %2 without a usable redirect target.").arg(host()).arg(m_status)));
        return false;
    }
    if (++m_redirects > m_factory->options().maxRedirects) {
        finishWith(ApiError::make(ApiError::Kind::Redirect,
            tr("Too many redirects (more than %1) from %2. Check the server URL.")
                .arg(m_factory->options().maxRedirects)
                .arg(host())));
        return false;
    }
    if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        finishWith(ApiError::make(ApiError::Kind::Redirect,
            tr("%1 redirected a secure request to an insecure address (%2). The request "
               "was not sent there.")
                .arg(host(), target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
        return false;
    }
    if (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http")) {
        finishWith(ApiError::make(
            ApiError::Kind::Redirect, tr("%1 redirected to an unsupported address.").arg(host())));
        return false;
    }
    qCInfo(lcNet).noquote() << "redirect" << m_status << "to"
                            << target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    // 301/302/303 turn a POST into a GET (what browsers and the SDK's httpx do); 307/308 keep verb and body.
    if ((m_status == 303 && m_verb != "HEAD") || ((m_status == 301 || m_status == 302) && m_verb == "POST")) {
        m_verb = "GET";
        m_spec.body.clear();
        m_spec.bodyFile.clear();
        m_spec.contentType.clear();
    }
    m_url = target;
    return true;
}

void ApiJob::cancel()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    finishWith(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ApiJob::dropReply()
{
    m_timeout.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::finishWith(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    dropReply();
    m_error = error;
    if (!error.ok())
        qCDebug(lcApi).noquote() << m_verb << m_url.toString(QUrl::RemoveQuery) << "failed:"
                                 << (m_spec.sensitive ? QStringLiteral("HTTP %1 (the reply of a request with "
                                                                       "secrets is not logged)")
                                                            .arg(m_status)
                                                      : error.message);
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace lsdesk
