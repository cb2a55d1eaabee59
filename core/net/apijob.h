#pragma once

#include "net/apierror.h"
#include "net/requestfactory.h"

#include <QByteArray>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace lsdesk {

class TokenManager;

// One HTTP exchange with the server, from the first attempt to the last retry. Whatever happens -
// success, HTTP error, network error, timeout, refused redirect, cancel() - it emits finished() exactly
// once and then deletes itself (deleteLater) unless setAutoDelete(false).
//
// Retries follow the RetryPolicy. A 401 on a Bearer token is answered by one token refresh and one replay,
// whatever the verb: the server refused the request before processing it.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(QNetworkAccessManager *nam, const RequestFactory *factory, TokenManager *tokens, RequestSpec spec,
        QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    // Streams a successful (2xx) body into `sink` instead of body(), for downloads that must not sit in
    // memory (error bodies still go to body()). Every attempt of a GET asks for a Range from what the sink
    // already holds (bytes=0- on the first, so that a server which streams without a length states one);
    // after a broken connection the retry resumes if the server answers 206 for that offset, and starts
    // over (the sink truncated) if it answers 200. `sink` must be open for writing, seekable and
    // positioned at its start; a QFileDevice can be truncated. Call before start().
    void setSink(QIODevice *sink) { m_sink = sink; }
    qint64 sinkBytes() const { return m_sinkBytes; }
    // Ends the job now with a Cancelled error (if it has not finished yet). Safe at any stage.
    void cancel();
    void setAutoDelete(bool on) { m_autoDelete = on; }

    const RequestSpec &spec() const { return m_spec; }
    bool isFinished() const { return m_done; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    QUrl finalUrl() const { return m_url; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();
    // A retry was scheduled after `delayMs` (retry number `retry`).
    void retryScheduled(int retry, int delayMs);
    void downloadProgress(qint64 received, qint64 total);
    // Bytes of the request body sent in the current attempt (a retry starts again from 0).
    void uploadProgress(qint64 sent, qint64 total);

private:
    void authorizeAndSend();
    void send(const QByteArray &authorization);
    void onReadyRead();
    void consume(const QByteArray &chunk, int status);
    bool startSinkAttempt(int status);
    void onReplyFinished();
    void onTimeout();
    void onSslErrors(const QList<QSslError> &errors);
    bool tryRetry(int status, QNetworkReply::NetworkError error, const QByteArray &retryAfter);
    bool followRedirect(const QUrl &location);
    void finishWith(const ApiError &error);
    void dropReply();
    QString host() const;

    QNetworkAccessManager *m_nam;
    const RequestFactory *m_factory;
    QPointer<TokenManager> m_tokens;
    RequestSpec m_spec;
    QUrl m_url;
    QByteArray m_verb;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QByteArray m_body;
    QPointer<QIODevice> m_sink;
    qint64 m_sinkBytes = 0; // body bytes in the sink
    bool m_sinkAttemptStarted = false; // this attempt's first 2xx bytes decided append or restart
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QList<QSslError> m_refusedSslErrors; // TLS errors not excused by a trusted certificate
    QList<QSslCertificate> m_peerChain;
    ApiError m_error;
    int m_status = 0;
    int m_retries = 0;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_replayedAfter401 = false;
    bool m_started = false;
    bool m_done = false;
    bool m_autoDelete = true;
};

} // namespace lsdesk
