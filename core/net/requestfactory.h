#pragma once

#include "net/retrypolicy.h"
#include "net/serverurl.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace lsdesk {

// One request, described as data. Jobs are built from it; the factory turns it into a QNetworkRequest.
struct RequestSpec
{
    QByteArray verb = "GET";
    QString path; // relative API path, e.g. "api/projects/"
    QUrlQuery query;
    QByteArray body;
    // A file sent as the body instead of `body` (an import's multipart request of up to hundreds of MB):
    // read from disk per attempt, so memory stays flat and a replay sends it again from the start.
    QString bodyFile;
    QByteArray contentType; // defaults to application/json when a body is set
    QByteArray accept = "application/json"; // exports override this
    bool authenticated = true;
    int timeoutMs = -1; // inactivity timeout; -1 = the client's default
    std::optional<RetryPolicy> retry; // nullopt = the client's default
    // Marks a non-idempotent verb as safe to replay (the token exchange is: it creates nothing).
    bool replayable = false;
    // The body carries secrets (storage credentials): the server's reply may quote them, so its error
    // text is never logged (only the status), whatever the log level.
    bool sensitive = false;
};

struct ClientOptions
{
    int timeoutMs = 60000;
    int maxRedirects = 5;
    RetryPolicy retry;
    QString caBundlePath; // extra PEM CA bundle for servers with a private certificate authority
    // Certificates the user deliberately trusted for this server (a self-signed one, say). A TLS error is
    // ignored only when every error names one of these (by SHA-256 digest); see TlsTrust.
    QList<QSslCertificate> trustedCertificates;
    QByteArray userAgent = QByteArrayLiteral("lsdesk/" LSDESK_VERSION);
};

// The single place that decides headers, timeouts and redirect handling for every request, so that no
// job can forget one (ownCloud's AccessManager::createRequest idea). Redirects are followed by ApiJob
// itself (manual policy) so that Authorization is never forwarded to another origin.
class RequestFactory
{
public:
    RequestFactory(ServerUrl server, ClientOptions options);

    const ServerUrl &server() const { return m_server; }
    const ClientOptions &options() const { return m_options; }
    // An error text when the CA bundle could not be loaded, empty otherwise.
    QString setupError() const { return m_setupError; }

    QUrl urlFor(const RequestSpec &spec) const { return m_server.resolve(spec.path, spec.query); }
    // `authorization` is the complete header value ("Bearer ..."/"Token ...") or empty.
    QNetworkRequest build(const QUrl &url, const RequestSpec &spec, const QByteArray &authorization) const;
    int timeoutFor(const RequestSpec &spec) const
    {
        return spec.timeoutMs > 0 ? spec.timeoutMs : m_options.timeoutMs;
    }
    const RetryPolicy &retryFor(const RequestSpec &spec) const
    {
        return spec.retry ? *spec.retry : m_options.retry;
    }

private:
    ServerUrl m_server;
    ClientOptions m_options;
    QList<QSslCertificate> m_extraCas;
    QString m_setupError;
};

} // namespace lsdesk
