#include "appsettings.h"

#include "net/proxyfactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("AppSettings", s);
}

const QString kTimeout = QStringLiteral("preferences/timeoutSeconds");
const QString kPageSize = QStringLiteral("preferences/pageSize");
const QString kProxyMode = QStringLiteral("preferences/proxyMode");
const QString kManualProxy = QStringLiteral("preferences/manualProxy");
const QString kCaBundle = QStringLiteral("preferences/caBundlePath");
const QString kLogFile = QStringLiteral("preferences/logFilePath");

QUrl proxyUrl(const QString &text)
{
    const QString t = text.trimmed();
    return QUrl::fromUserInput(t.contains(QLatin1String("://")) ? t : QStringLiteral("http://") + t);
}

// A fixed proxy for everything but loopback (which is never proxied, as with the environment rules).
class ManualProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ManualProxyFactory(QNetworkProxy proxy)
        : m_proxy(std::move(proxy))
    { }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (EnvironmentProxyFactory::bypasses(query.peerHostName(), query.peerPort(), QString()))
            return { QNetworkProxy::NoProxy };
        return { m_proxy };
    }

private:
    QNetworkProxy m_proxy;
};
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{ }

int AppSettings::timeoutSeconds() const
{
    return std::clamp(m_settings->value(kTimeout, kDefaultTimeoutSeconds).toInt(), 5, 600);
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(kTimeout, std::clamp(seconds, 5, 600));
}

int AppSettings::pageSize() const
{
    return std::clamp(m_settings->value(kPageSize, kDefaultPageSize).toInt(), 20, 1000);
}

void AppSettings::setPageSize(int size)
{
    m_settings->setValue(kPageSize, std::clamp(size, 20, 1000));
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString mode = m_settings->value(kProxyMode).toString();
    if (mode == QLatin1String("none"))
        return ProxyMode::None;
    if (mode == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::Environment;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    m_settings->setValue(kProxyMode,
        mode == ProxyMode::None         ? QStringLiteral("none")
            : mode == ProxyMode::Manual ? QStringLiteral("manual")
                                        : QStringLiteral("environment"));
}

QString AppSettings::manualProxy() const
{
    return m_settings->value(kManualProxy).toString();
}

void AppSettings::setManualProxy(const QString &proxy)
{
    m_settings->setValue(kManualProxy, proxy.trimmed());
}

QString AppSettings::caBundlePath() const
{
    return m_settings->value(kCaBundle).toString();
}

void AppSettings::setCaBundlePath(const QString &path)
{
    m_settings->setValue(kCaBundle, path.trimmed());
}

QString AppSettings::defaultLogFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/lsdesk.log");
}

QString AppSettings::logFilePath() const
{
    const QString path = m_settings->value(kLogFile).toString();
    return path.isEmpty() ? defaultLogFilePath() : path;
}

void AppSettings::setLogFilePath(const QString &path)
{
    if (path.trimmed().isEmpty() || path.trimmed() == defaultLogFilePath())
        m_settings->remove(kLogFile);
    else
        m_settings->setValue(kLogFile, path.trimmed());
}

ClientOptions AppSettings::clientOptions() const
{
    ClientOptions o;
    o.timeoutMs = timeoutSeconds() * 1000;
    o.caBundlePath = caBundlePath();
    return o;
}

QString AppSettings::checkProxy(const QString &proxy)
{
    const QUrl url = proxyUrl(proxy);
    if (proxy.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return tr("\"%1\" is not a proxy address: write host:port, e.g. proxy.example.com:3128.").arg(proxy);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("socks5"))
        return tr("Only http:// and socks5:// proxies are supported.");
    return {};
}

void AppSettings::applyProxy(QNetworkAccessManager *nam) const
{
    switch (proxyMode()) {
    case ProxyMode::None:
        nam->setProxyFactory(nullptr);
        nam->setProxy(QNetworkProxy::NoProxy);
        return;
    case ProxyMode::Manual:
        if (checkProxy(manualProxy()).isEmpty()) {
            const QUrl url = proxyUrl(manualProxy());
            const QNetworkProxy proxy(url.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                              : QNetworkProxy::HttpProxy,
                url.host(), quint16(url.port()), url.userName(), url.password());
            nam->setProxyFactory(new ManualProxyFactory(proxy));
            return;
        }
        // An unusable manual proxy falls back to the environment rather than to no proxy at all.
        [[fallthrough]];
    case ProxyMode::Environment:
        nam->setProxyFactory(new EnvironmentProxyFactory());
        return;
    }
}

} // namespace lsdesk
