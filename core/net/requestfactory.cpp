#include "requestfactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>

namespace lsdesk {

RequestFactory::RequestFactory(ServerUrl server, ClientOptions options)
    : m_server(std::move(server))
    , m_options(std::move(options))
{
    if (!m_options.caBundlePath.isEmpty()) {
        QFile f(m_options.caBundlePath);
        if (!f.open(QIODevice::ReadOnly)) {
            m_setupError = QCoreApplication::translate("RequestFactory", "Cannot read the CA bundle %1: %2")
                               .arg(m_options.caBundlePath, f.errorString());
        } else {
            m_extraCas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
            if (m_extraCas.isEmpty())
                m_setupError = QCoreApplication::translate(
                    "RequestFactory", "The CA bundle %1 holds no PEM certificate.")
                                   .arg(m_options.caBundlePath);
        }
    }
}

QNetworkRequest RequestFactory::build(
    const QUrl &url, const RequestSpec &spec, const QByteArray &authorization) const
{
    QNetworkRequest req(url);
    req.setRawHeader("User-Agent", m_options.userAgent);
    req.setRawHeader("Accept", spec.accept);
    if (!spec.body.isEmpty() || !spec.bodyFile.isEmpty() || !spec.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader,
            spec.contentType.isEmpty() ? QByteArrayLiteral("application/json") : spec.contentType);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    // Redirects are ours to follow (see ApiJob): Qt would forward every header to any host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Our own inactivity timer in ApiJob enforces the timeout; Qt's transfer timeout stays off so that
    // there is exactly one source of "timed out".
    req.setTransferTimeout(0);
    if (!m_extraCas.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = ssl.caCertificates();
        cas += m_extraCas;
        ssl.setCaCertificates(cas);
        req.setSslConfiguration(ssl);
    }
    return req;
}

} // namespace lsdesk
