#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace lsdesk {

// The server's base URL, with or without a path prefix (https://host/ls), tolerant of a trailing slash.
// API paths are relative ("api/projects/") and are joined below the prefix, never at the host root.
class ServerUrl
{
public:
    ServerUrl() = default;
    // Returns an invalid ServerUrl (isValid() false) with errorString() set when the text is not an
    // http(s) URL with a host.
    static ServerUrl parse(const QString &text);

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    QString errorString() const { return m_error; }
    QUrl base() const { return m_base; }
    QString toString() const { return m_base.toString(); }

    // Joins a relative API path (leading slashes ignored) below the base path.
    QUrl resolve(const QString &path, const QUrlQuery &query = {}) const;

    // Same scheme, host and port (the "origin" that may see our Authorization header).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QUrl m_base; // always ends without '/' in its path
    QString m_error;
};

} // namespace lsdesk
