#pragma once

#include "net/requestfactory.h"

#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace lsdesk {

// The user's preferences (Preferences dialog), kept in QSettings under "preferences/". Never secrets:
// API keys live only in the keychain (CredentialStore).
class AppSettings
{
public:
    enum class ProxyMode {
        Environment, // HTTPS_PROXY / HTTP_PROXY / NO_PROXY, else the system's (the default)
        None, // direct connections only
        Manual, // manualProxy() for everything except loopback
    };

    // `settings` outlives this object.
    explicit AppSettings(QSettings *settings);

    static constexpr int kDefaultTimeoutSeconds = 60;
    static constexpr int kDefaultPageSize = 100;

    int timeoutSeconds() const; // per request, without data flowing; 5..600
    void setTimeoutSeconds(int seconds);
    int pageSize() const; // tasks per page in the tasks table; 20..1000
    void setPageSize(int size);
    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString manualProxy() const; // "http://host:port" or "host:port"
    void setManualProxy(const QString &proxy);
    QString caBundlePath() const; // extra PEM CA bundle, empty for none
    void setCaBundlePath(const QString &path);
    // Where the app writes its log; the default is lsdesk.log in the app's data directory.
    QString logFilePath() const;
    void setLogFilePath(const QString &path);
    static QString defaultLogFilePath();

    // What a new connection uses: timeout and CA bundle.
    ClientOptions clientOptions() const;
    // Sets the proxy factory for proxyMode() on `nam` (the NAM takes ownership of the factory).
    void applyProxy(QNetworkAccessManager *nam) const;
    // An error text when manualProxy() is not host:port, empty otherwise.
    static QString checkProxy(const QString &proxy);

private:
    QSettings *m_settings;
};

} // namespace lsdesk
