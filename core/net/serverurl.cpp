#include "serverurl.h"

#include <QCoreApplication>

namespace lsdesk {

ServerUrl ServerUrl::parse(const QString &text)
{
    ServerUrl result;
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty()) {
        result.m_error = QCoreApplication::translate("ServerUrl", "The server URL is empty.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty()) {
        result.m_error = QCoreApplication::translate("ServerUrl",
            "\"%1\" is not a server URL. Use the address you open Label Studio at, "
            "for example https://labelstudio.example.com or http://localhost:8080.")
                             .arg(trimmed);
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.m_error = QCoreApplication::translate(
            "ServerUrl", "The server URL must not contain a user name or password; use an API key instead.");
        return result;
    }
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    result.m_base = url;
    return result;
}

QUrl ServerUrl::resolve(const QString &path, const QUrlQuery &query) const
{
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    QUrl url = m_base;
    url.setPath(m_base.path() + QLatin1Char('/') + rel);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool ServerUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort
        = [](const QUrl &u) { return u.scheme().toLower() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace lsdesk
