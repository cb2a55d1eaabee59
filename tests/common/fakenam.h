#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace lsdesk::test {

class FakeReply;

// What the fake server does with one request. Build it with the factories and adjust it with the
// chainable setters: ReplyScript::json(200, body).withDelay(50).withHeader("Retry-After", "1").
struct ReplyScript
{
    enum class Kind {
        Respond, // status line, headers, then the body (possibly in chunks), then finished
        Hang, // never answers (until abort()): for timeouts
        ConnectionError, // fails before any byte: ConnectionRefusedError, HostNotFoundError, ...
        ResetMidBody, // status, headers, the body given, then `error` (RemoteHostClosedError)
    };

    Kind kind = Kind::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // before the status line (or the connection error)
    int chunkSize = 0; // > 0: the body arrives in chunks of this size...
    int chunkDelayMs = 0; // ...this far apart (0: one event-loop turn apart)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;

    static ReplyScript json(int status, const QByteArray &body);
    static ReplyScript json(int status, const QJsonDocument &doc);
    static ReplyScript json(int status, const QJsonObject &obj);
    static ReplyScript json(int status, const QJsonArray &arr);
    static ReplyScript html(int status, const QByteArray &body);
    static ReplyScript text(int status, const QByteArray &body);
    static ReplyScript noContent(int status = 204);
    static ReplyScript hang();
    static ReplyScript connectionError(
        QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    // `partialBody` arrives, then the connection breaks with `error`.
    static ReplyScript resetMidBody(int status, const QByteArray &partialBody,
        QNetworkReply::NetworkError error = QNetworkReply::RemoteHostClosedError);
    // A clean finish (no error) after only the first `keepBytes` bytes of `body`, as when a server closes a
    // connection-delimited body early: the client sees a complete-looking reply with a cut body.
    static ReplyScript truncated(int status, const QByteArray &body, int keepBytes);
    static ReplyScript redirect(int status, const QByteArray &location);

    ReplyScript &withHeader(const QByteArray &name, const QByteArray &value);
    ReplyScript &withDelay(int ms);
    ReplyScript &withChunks(int bytes, int delayMs = 0);

    QByteArray header(const QByteArray &name) const;
};

// One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // milliseconds since the FakeNam was created (or clearRecords())
    QPointer<FakeReply> reply; // null once the client deleted it
    std::shared_ptr<bool> abortedFlag = std::make_shared<bool>(false);

    // The client aborted this request (cancel, timeout) before it finished; stays known after deletion.
    bool wasAborted() const { return *abortedFlag; }

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A QNetworkAccessManager that never touches the network: every request is recorded and answered from a
// script (the ownCloud/Nextcloud FakeQNAM idea). Matching order for each request:
//   1. one-shot routes added with once(), first added first served;
//   2. sticky routes added with always(), the most recently added first;
//   3. the handler set with setHandler() (may decline by returning nullopt);
//   4. the FIFO queue filled by enqueue();
//   5. otherwise the request is answered with HTTP 599 and counted in unmatched().
// A route's `where` is a path ("/api/projects/", compared with the URL's path, query ignored) or an
// absolute URL ("https://other.example/x", compared by scheme, host, port and path). An empty verb
// matches any verb.
class FakeNam : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Predicate = std::function<bool(const RecordedRequest &)>;
    using Handler = std::function<std::optional<ReplyScript>(const RecordedRequest &)>;

    explicit FakeNam(QObject *parent = nullptr);
    ~FakeNam() override;

    void once(const QByteArray &verb, const QString &where, const ReplyScript &script, Predicate pred = {});
    void always(const QByteArray &verb, const QString &where, const ReplyScript &script, Predicate pred = {});
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void enqueue(const ReplyScript &script) { m_queue.append(script); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QByteArray &verb, const QString &where) const;
    int count(const QByteArray &verb, const QString &where) const
    {
        return int(requests(verb, where).size());
    }
    // Replies created and not finished yet (aborted ones are finished).
    int outstanding() const;
    int maxOutstanding() const { return m_maxOutstanding; }
    int unmatched() const { return m_unmatched; }
    // Recorded requests the client aborted.
    int aborted() const;
    // Forgets the recorded requests and counters (not the routes).
    void clearRecords();

    static bool matches(const RecordedRequest &req, const QByteArray &verb, const QString &where);

Q_SIGNALS:
    // Emitted synchronously from createRequest(), after recording and before any reply signal.
    void requestStarted(int index);

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Route
    {
        QByteArray verb;
        QString where;
        ReplyScript script;
        Predicate pred;
    };
    ReplyScript scriptFor(const RecordedRequest &req);

    QList<Route> m_once;
    QList<Route> m_always;
    Handler m_handler;
    QList<ReplyScript> m_queue;
    QList<RecordedRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
    QElapsedTimer m_clock;
    int m_maxOutstanding = 0;
    int m_unmatched = 0;
};

// A QNetworkReply playing a ReplyScript. Everything is delivered asynchronously (timers), in Qt's order:
// metaDataChanged, readyRead + downloadProgress per chunk, errorOccurred (for a transport error or an
// HTTP status >= 400, with Qt's code for that status), finished. abort() behaves like Qt's
// QNetworkReplyHttpImpl::abort(): a no-op on a finished reply, otherwise it closes the device, sets
// OperationCanceledError and emits errorOccurred and finished synchronously - once.
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const QByteArray &verb,
        ReplyScript script, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    bool wasAborted() const { return m_aborted; }
    const ReplyScript &script() const { return m_script; }

    // The QNetworkReply::NetworkError Qt reports for an HTTP status (qhttpthreaddelegate.cpp).
    static QNetworkReply::NetworkError errorForStatus(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void begin();
    void deliverChunk();
    void complete();
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void finishNow();

    ReplyScript m_script;
    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    qsizetype m_sent = 0;
    qint64 m_total = -1;
    bool m_aborted = false;
};

} // namespace lsdesk::test

Q_DECLARE_METATYPE(lsdesk::test::ReplyScript)
