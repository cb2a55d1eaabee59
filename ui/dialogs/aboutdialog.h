#pragma once

#include "dto/version.h"

#include <QDialog>
#include <QString>
#include <optional>

class QLabel;
class QTextBrowser;

namespace lsdesk {

// Help › About Label Studio Desktop: the app's version, the Qt (built against and running) and QtKeychain
// versions, the connected server's version and edition, and the licences of the app and of the libraries
// linked into it. "Copy version info" puts the versions on the clipboard as plain text for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `server` is empty when not connected; `serverUrl` is shown beside it.
    AboutDialog(
        const std::optional<ServerVersion> &server, const QString &serverUrl, QWidget *parent = nullptr);

    // The versions as plain text, one per line (what "Copy version info" copies).
    QString versionText() const { return m_versionText; }
    // The licences section as plain text (for tests and screen readers).
    QString licenceText() const;

    // The QtKeychain version CMake found at configure time (its headers carry no usable version).
    static QString keychainVersion();

private:
    QString m_versionText;
    QTextBrowser *m_licences;
};

} // namespace lsdesk
