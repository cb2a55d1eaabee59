#pragma once

#include <QNetworkProxyFactory>
#include <QStringList>

namespace lsdesk {

// Proxies from the usual environment variables (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, in either
// case), as curl and the Python SDK (httpx) read them; without them, the system configuration.
// Qt 6.4's own lookup on Linux ignores https_proxy and only partly honours no_proxy, hence this class.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    EnvironmentProxyFactory();
    // For tests: explicit values instead of the process environment.
    EnvironmentProxyFactory(QString httpsProxy, QString httpProxy, QString noProxy);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // NO_PROXY semantics: comma-separated hosts or domain suffixes (".example.com" or "example.com" match
    // sub-domains), optional ":port", "*" for everything; loopback is never proxied.
    static bool bypasses(const QString &host, int port, const QString &noProxy);

private:
    static QNetworkProxy parseProxy(const QString &text);
    QString m_httpsProxy;
    QString m_httpProxy;
    QString m_noProxy;
    bool m_fromEnvironment = true;
};

} // namespace lsdesk
