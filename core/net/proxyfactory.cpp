#include "proxyfactory.h"

#include <QHostAddress>
#include <QUrl>

namespace lsdesk {

namespace {
QString env(const char *upper, const char *lower)
{
    QString v = qEnvironmentVariable(lower);
    if (v.isEmpty())
        v = qEnvironmentVariable(upper);
    return v.trimmed();
}
} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory()
{
    m_httpsProxy = env("HTTPS_PROXY", "https_proxy");
    m_httpProxy = env("HTTP_PROXY", "http_proxy");
    const QString all = env("ALL_PROXY", "all_proxy");
    if (m_httpsProxy.isEmpty())
        m_httpsProxy = all;
    if (m_httpProxy.isEmpty())
        m_httpProxy = all;
    m_noProxy = env("NO_PROXY", "no_proxy");
}

EnvironmentProxyFactory::EnvironmentProxyFactory(QString httpsProxy, QString httpProxy, QString noProxy)
    : m_httpsProxy(std::move(httpsProxy))
    , m_httpProxy(std::move(httpProxy))
    , m_noProxy(std::move(noProxy))
    , m_fromEnvironment(false)
{ }

QNetworkProxy EnvironmentProxyFactory::parseProxy(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text);
    if (!text.contains(QLatin1String("://")))
        url = QUrl(QStringLiteral("http://") + text);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
        static_cast<quint16>(url.port(socks ? 1080 : 80)), url.userName(), url.password());
    return proxy;
}

bool EnvironmentProxyFactory::bypasses(const QString &host, int port, const QString &noProxy)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || QHostAddress(h).isLoopback())
        return true;
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        int entryPort = -1;
        const int colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !entry.contains(QLatin1Char(']')) && entry.count(QLatin1Char(':')) == 1) {
            entryPort = entry.mid(colon + 1).toInt();
            entry = entry.left(colon);
        }
        if (entryPort > 0 && entryPort != port)
            continue;
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
        // CIDR ranges such as 10.0.0.0/8
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            const QHostAddress addr(h);
            if (!addr.isNull() && addr.isInSubnet(subnet))
                return true;
        }
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const bool https = url.scheme() == QLatin1String("https");
    const QString configured = https ? m_httpsProxy : m_httpProxy;
    if (configured.isEmpty()) {
        if (m_fromEnvironment)
            return systemProxyForQuery(query);
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    }
    if (bypasses(url.host(), url.port(https ? 443 : 80), m_noProxy))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    return { parseProxy(configured) };
}

} // namespace lsdesk
