#include "fakenam.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>

namespace lsdesk::test {

// ---------------------------------------------------------------------------------------------------
// ReplyScript

ReplyScript ReplyScript::json(int status, const QByteArray &body)
{
    ReplyScript s;
    s.status = status;
    s.body = body;
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return s;
}

ReplyScript ReplyScript::json(int status, const QJsonDocument &doc)
{
    return json(status, doc.toJson(QJsonDocument::Compact));
}

ReplyScript ReplyScript::json(int status, const QJsonObject &obj)
{
    return json(status, QJsonDocument(obj));
}

ReplyScript ReplyScript::json(int status, const QJsonArray &arr)
{
    return json(status, QJsonDocument(arr));
}

ReplyScript ReplyScript::html(int status, const QByteArray &body)
{
    ReplyScript s;
    s.status = status;
    s.body = body;
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8")));
    return s;
}

ReplyScript ReplyScript::text(int status, const QByteArray &body)
{
    ReplyScript s;
    s.status = status;
    s.body = body;
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")));
    return s;
}

ReplyScript ReplyScript::noContent(int status)
{
    ReplyScript s;
    s.status = status;
    return s;
}

ReplyScript ReplyScript::hang()
{
    ReplyScript s;
    s.kind = Kind::Hang;
    return s;
}

ReplyScript ReplyScript::connectionError(QNetworkReply::NetworkError error)
{
    ReplyScript s;
    s.kind = Kind::ConnectionError;
    s.status = 0;
    s.error = error;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        s.errorText = QStringLiteral("Connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        s.errorText = QStringLiteral("Host not found");
        break;
    default:
        s.errorText = QStringLiteral("Network error %1").arg(int(error));
    }
    return s;
}

ReplyScript ReplyScript::resetMidBody(
    int status, const QByteArray &partialBody, QNetworkReply::NetworkError error)
{
    ReplyScript s = json(status, partialBody);
    s.kind = Kind::ResetMidBody;
    s.error = error;
    s.errorText = QStringLiteral("Connection closed");
    return s;
}

ReplyScript ReplyScript::truncated(int status, const QByteArray &body, int keepBytes)
{
    return json(status, body.left(keepBytes));
}

ReplyScript ReplyScript::redirect(int status, const QByteArray &location)
{
    ReplyScript s;
    s.status = status;
    s.headers.append(qMakePair(QByteArray("Location"), QByteArray(location)));
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8")));
    return s;
}

ReplyScript &ReplyScript::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

ReplyScript &ReplyScript::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

ReplyScript &ReplyScript::withChunks(int bytes, int delayMs)
{
    chunkSize = bytes;
    chunkDelayMs = delayMs;
    return *this;
}

QByteArray ReplyScript::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------
// RecordedRequest

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(),
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// ---------------------------------------------------------------------------------------------------
// FakeNam

FakeNam::FakeNam(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

FakeNam::~FakeNam() = default;

void FakeNam::once(const QByteArray &verb, const QString &where, const ReplyScript &script, Predicate pred)
{
    m_once.append({ verb, where, script, std::move(pred) });
}

void FakeNam::always(const QByteArray &verb, const QString &where, const ReplyScript &script, Predicate pred)
{
    m_always.prepend({ verb, where, script, std::move(pred) });
}

bool FakeNam::matches(const RecordedRequest &req, const QByteArray &verb, const QString &where)
{
    if (!verb.isEmpty() && verb != req.verb)
        return false;
    if (where.isEmpty())
        return true;
    if (where.startsWith(QLatin1String("http://")) || where.startsWith(QLatin1String("https://"))) {
        const QUrl w(where);
        const auto defaultPort
            = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
        return w.scheme() == req.url.scheme() && w.host() == req.url.host()
            && w.port(defaultPort(w)) == req.url.port(defaultPort(req.url)) && w.path() == req.url.path();
    }
    return req.url.path() == where;
}

QList<RecordedRequest> FakeNam::requests(const QByteArray &verb, const QString &where) const
{
    QList<RecordedRequest> out;
    for (const auto &r : m_requests) {
        if (matches(r, verb, where))
            out.append(r);
    }
    return out;
}

int FakeNam::outstanding() const
{
    return int(std::count_if(m_replies.begin(), m_replies.end(),
        [](const QPointer<FakeReply> &r) { return r && !r->isFinished(); }));
}

int FakeNam::aborted() const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.wasAborted())
            ++n;
    }
    return n;
}

void FakeNam::clearRecords()
{
    m_requests.clear();
    m_replies.removeIf([](const QPointer<FakeReply> &r) { return !r || r->isFinished(); });
    m_maxOutstanding = outstanding();
    m_unmatched = 0;
    m_clock.restart();
}

ReplyScript FakeNam::scriptFor(const RecordedRequest &req)
{
    for (qsizetype i = 0; i < m_once.size(); ++i) {
        const Route &r = m_once.at(i);
        if (matches(req, r.verb, r.where) && (!r.pred || r.pred(req)))
            return m_once.takeAt(i).script;
    }
    for (const Route &r : std::as_const(m_always)) {
        if (matches(req, r.verb, r.where) && (!r.pred || r.pred(req)))
            return r.script;
    }
    if (m_handler) {
        if (auto s = m_handler(req))
            return *s;
    }
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    ++m_unmatched;
    qWarning().noquote() << "FakeNam: no script for" << req.verb << req.url.toString();
    return ReplyScript::text(599, "FakeNam: no script for " + req.verb + ' ' + req.url.toEncoded());
}

QNetworkReply *FakeNam::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest rec;
    switch (op) {
    case HeadOperation:
        rec.verb = "HEAD";
        break;
    case GetOperation:
        rec.verb = "GET";
        break;
    case PutOperation:
        rec.verb = "PUT";
        break;
    case PostOperation:
        rec.verb = "POST";
        break;
    case DeleteOperation:
        rec.verb = "DELETE";
        break;
    case CustomOperation:
        rec.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        rec.verb = "UNKNOWN";
        break;
    }
    rec.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        rec.headers.append(qMakePair(name, request.rawHeader(name)));
    if (outgoingData && outgoingData->isReadable())
        rec.body = outgoingData->readAll();
    rec.atMs = m_clock.elapsed();

    const ReplyScript script = scriptFor(rec);
    auto *reply = new FakeReply(op, request, rec.verb, script, this);
    rec.reply = reply;
    connect(
        reply, &QNetworkReply::errorOccurred, this, [flag = rec.abortedFlag](QNetworkReply::NetworkError e) {
            if (e == QNetworkReply::OperationCanceledError)
                *flag = true;
        });
    m_replies.append(reply);
    m_requests.append(rec);
    m_maxOutstanding = std::max(m_maxOutstanding, outstanding());
    Q_EMIT requestStarted(int(m_requests.size() - 1));
    return reply;
}

// ---------------------------------------------------------------------------------------------------
// FakeReply

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
    const QByteArray &verb, ReplyScript script, QObject *parent)
    : QNetworkReply(parent)
    , m_script(std::move(script))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    if (op == QNetworkAccessManager::CustomOperation)
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly);
    if (m_script.kind == ReplyScript::Kind::Hang)
        return;
    // Never answer from inside createRequest(): a zero delay still means "on a later event-loop turn".
    QTimer::singleShot(std::max(0, m_script.delayMs), this, &FakeReply::begin);
}

QNetworkReply::NetworkError FakeReply::errorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        if (status > 500)
            return UnknownServerError;
        if (status >= 400)
            return UnknownContentError;
        return NoError;
    }
}

void FakeReply::begin()
{
    if (isFinished())
        return;
    if (m_script.kind == ReplyScript::Kind::ConnectionError) {
        fail(m_script.error, m_script.errorText);
        finishNow();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_script.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArray("Fake"));
    for (const auto &h : std::as_const(m_script.headers))
        setRawHeader(h.first, h.second);
    const QByteArray length = m_script.header("Content-Length");
    m_total = length.isEmpty() ? -1 : length.toLongLong();
    // Qt sets the redirect target for 3xx replies with a Location (unresolved, as sent) under the manual
    // redirect policy, without an error.
    const QByteArray location = m_script.header("Location");
    if (m_script.status >= 300 && m_script.status < 400 && !location.isEmpty())
        setAttribute(QNetworkRequest::RedirectionTargetAttribute, QUrl::fromEncoded(location));
    Q_EMIT metaDataChanged();
    if (isFinished()) // a slot may have aborted us
        return;
    QTimer::singleShot(0, this, &FakeReply::deliverChunk);
}

void FakeReply::deliverChunk()
{
    if (isFinished())
        return;
    const qsizetype remaining = m_script.body.size() - m_sent;
    if (remaining <= 0) {
        complete();
        return;
    }
    const qsizetype n
        = m_script.chunkSize > 0 ? std::min<qsizetype>(m_script.chunkSize, remaining) : remaining;
    m_buffer.append(m_script.body.constData() + m_sent, n);
    m_sent += n;
    Q_EMIT readyRead();
    if (isFinished())
        return;
    Q_EMIT downloadProgress(m_sent, m_total);
    if (isFinished())
        return;
    if (m_sent < m_script.body.size())
        QTimer::singleShot(std::max(0, m_script.chunkDelayMs), this, &FakeReply::deliverChunk);
    else
        QTimer::singleShot(0, this, &FakeReply::complete);
}

void FakeReply::complete()
{
    if (isFinished())
        return;
    if (m_script.kind == ReplyScript::Kind::ResetMidBody) {
        fail(m_script.error, m_script.errorText);
    } else if (m_script.status >= 400) {
        fail(errorForStatus(m_script.status),
            QStringLiteral("Error transferring %1 - server replied: Fake").arg(url().toString()));
    }
    if (isFinished())
        return;
    finishNow();
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    setError(error, text);
    Q_EMIT errorOccurred(error);
}

void FakeReply::finishNow()
{
    if (isFinished())
        return;
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    QNetworkReply::close();
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    finishNow();
}

qint64 FakeReply::bytesAvailable() const
{
    return (m_buffer.size() - m_readPos) + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_readPos);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::copy_n(m_buffer.constData() + m_readPos, n, data);
    m_readPos += n;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return n;
}

} // namespace lsdesk::test
