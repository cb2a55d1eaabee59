// MainWindow, the dialogs it opens (connect, preferences, access tokens, log, export) and the web UI
// link. Kept apart from mainwindow.cpp, which builds the window and handles the connection.
#include "api/projectsapi.h"
#include "auth/credentialstore.h"
#include "auth/profiletrust.h"
#include "connection/connectdialog.h"
#include "connection/tokensdialog.h"
#include "dialogs/logdialog.h"
#include "dialogs/preferencesdialog.h"
#include "export/exportlauncher.h"
#include "mainwindow.h"
#include "projects/projectsettingsdialog.h"
#include "projects/projectspane.h"
#include "settings/appsettings.h"
#include "tasks/taskspane.h"
#include "widgets/errorbanner.h"
#include "widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUrlQuery>

namespace lsdesk {

void MainWindow::showConnectDialog(const QString &presetUrl, const QString &presetKey)
{
    if (!m_store) {
        // Only in tests: the app always has a credential store.
        showError(tr("Profiles are not available in this window: connect with LABEL_STUDIO_URL and "
                     "LABEL_STUDIO_API_KEY."));
        return;
    }
    ConnectDialog dialog(m_nam, m_store, this);
    if (m_settings)
        dialog.setTrustSettings(m_settings);
    if (m_appSettings)
        dialog.setClientOptions(m_appSettings->clientOptions());
    if (!presetUrl.isEmpty() || !presetKey.isEmpty())
        dialog.setPreset(presetUrl, presetKey);
    else if (!m_profile.isEmpty())
        dialog.selectProfile(m_profile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectTo(dialog.serverUrl(), dialog.apiKey(), dialog.profile(), dialog.trustedCertificates());
}

void MainWindow::openInWebUi()
{
    if (!m_client) {
        showError(tr("Not connected: connect to a server first (File › Connect…)."));
        return;
    }
    if (m_projectId <= 0) {
        QDesktopServices::openUrl(m_client->server().resolve(QStringLiteral("projects/"), {}));
        return;
    }
    // The Data Manager of the project, with the current task open in the labeling stream.
    QUrlQuery query;
    if (m_taskId > 0)
        query.addQueryItem(QStringLiteral("task"), QString::number(m_taskId));
    QDesktopServices::openUrl(
        m_client->server().resolve(QStringLiteral("projects/%1/data").arg(m_projectId), query));
}

void MainWindow::showExportDialog(const Project &project, const QList<int> &taskIds)
{
    m_exports->openDialog(project, taskIds);
}

void MainWindow::showPreferences()
{
    if (!m_appSettings)
        return;
    PreferencesDialog dialog(m_appSettings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_appSettings->applyProxy(m_nam);
}

// The user's personal access tokens and legacy key. A key the dialog stores for this profile takes effect
// by reconnecting with it once the dialog is closed (the dialog uses the current client until then).
void MainWindow::showTokens()
{
    if (!m_client || !m_store) {
        showError(tr("Connect to a server to manage its access tokens."));
        return;
    }
    if (m_tokens) {
        m_tokens->raise();
        m_tokens->activateWindow();
        return;
    }
    m_tokens = new TokensDialog(m_client.get(), m_store, m_profile, this);
    m_tokens->setAttribute(Qt::WA_DeleteOnClose);
    auto changed = std::make_shared<bool>(false);
    connect(m_tokens, &TokensDialog::profileKeyStored, this, [changed](const QString &) { *changed = true; });
    connect(m_tokens, &QDialog::finished, this, [this, changed] {
        if (*changed && !m_profile.isEmpty())
            QTimer::singleShot(0, this, [this] { switchToProfile(m_profile); });
    });
    m_tokens->open();
}

void MainWindow::showLog()
{
    auto *dialog = new LogDialog(
        m_appSettings ? m_appSettings->logFilePath() : AppSettings::defaultLogFilePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace lsdesk
