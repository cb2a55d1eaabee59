#pragma once

#include "api/client.h"
#include "api/session.h"

#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>
#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QToolButton;

namespace lsdesk {

class AgreementLauncher;
class AnnotationsPane;
class AppSettings;
class ConfigEditorLauncher;
class CredentialStore;
class DesktopNotifier;
class TokensDialog;
class ErrorBanner;
class ExportLauncher;
class MediaCache;
class ProjectsPane;
class TasksPane;
class UserDirectory;

// The main window: Projects (left dock), Tasks (centre) and Annotations (right dock) over one connection
// to one server, an error banner above them and the server, edition and user in the status bar. The
// window's geometry and the docks' layout are restored from QSettings. Connecting goes through the
// ConnectDialog, or directly (environment variables, the last profile at start-up).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // ConfigEditor: the label-config editor of the first project (a window of its own; --screenshot).
    enum class Pane { Projects, Tasks, Annotations, Agreement, ConfigEditor };

    // `nam`, `store`, `settings` and `appSettings` are not owned and outlive the window. `settings` holds
    // the window state and the last profile (the same QSettings the CredentialStore uses).
    MainWindow(QNetworkAccessManager *nam, CredentialStore *store, QSettings *settings,
        AppSettings *appSettings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects without a dialog; `profile` names the saved profile this came from (empty: none).
    void connectTo(const QString &url, const QString &key, const QString &profile = {},
        const QList<QSslCertificate> &trusted = {});
    // Stops a connection attempt in progress (the status bar's Cancel button).
    void cancelConnect();
    bool isConnecting() const { return !m_pending.isNull(); }
    // Reconnects to the last profile used (key from the keychain). Without one, opens the dialog.
    void restoreLastProfile();
    // The connection dialog, preset with LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY when given.
    void showConnectDialog(const QString &presetUrl = {}, const QString &presetKey = {});

    void showPane(Pane pane);
    // Opens project `id` in the tasks pane.
    void openProject(int id, const QString &title = {});
    // The export dialog for `project`, offering "only these tasks" when `taskIds` is not empty.
    void showExportDialog(const Project &project, const QList<int> &taskIds = {});

    Client *client() const { return m_client.get(); }
    ProjectsPane *projectsPane() const;
    TasksPane *tasksPane() const;
    AnnotationsPane *annotationsPane() const;
    AgreementLauncher *agreement() const { return m_agreement; }
    ConfigEditorLauncher *configEditors() const { return m_configEditors; }
    ErrorBanner *banner() const { return m_banner; }
    QString connectionText() const;

    // For --screenshot: once connected, opens the first project (for the tasks and annotations panes)
    // and its first task (annotations), then calls `done`. Gives up after `timeoutMs`.
    void prepareScreenshot(Pane pane, std::function<void()> done, int timeoutMs = 30000);
    // The window a screenshot of `pane` shows: the config editor has its own.
    QWidget *screenshotWindow(Pane pane);

    // The dialogs `lsdesk --screenshot FILE --dialog NAME` shows.
    enum class ScreenshotDialog { Connect, Export, Import, NewProject };
    // For --screenshot --dialog, once connected: opens `dialog` in a state worth a picture - the connect
    // dialog tested against `url` with `key` (masked; nothing saved), the export dialog of the first
    // project with the server's formats, the import dialog of the first project with `file` read and
    // previewed, the new project dialog with a template chosen - then calls `done` with the dialog (with
    // null when it gives up after `timeoutMs`).
    void prepareDialogScreenshot(ScreenshotDialog dialog, const QString &url, const QString &key,
        const QString &file, std::function<void(QWidget *)> done, int timeoutMs = 30000);
    // For --screenshot --pane agreement --input FILE, no server needed: computes agreement from the JSON
    // export `file`, compares the first pair's least agreeing task and calls `done` with the agreement
    // dock (floated to a size where everything fits), or with null after `timeoutMs`.
    void prepareAgreementFileScreenshot(
        const QString &file, std::function<void(QWidget *)> done, int timeoutMs = 30000);

Q_SIGNALS:
    // Emitted once per connect attempt, for screenshots and tests.
    void connectionFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildHelpMenu();
    void showAbout();
    void prepareConfigEditorScreenshot(std::function<void()> finish);
    void buildPanes();
    void teardownPanes();
    void onConnected(const ServerInfo &info, const QString &profile);
    void showError(const QString &message, std::function<void()> retry = {});
    void openInWebUi();
    void showPreferences();
    void showLog();
    void showTokens();
    void switchToProfile(const QString &profile);
    void rebuildProfilesMenu();
    void loadUsers();

    QNetworkAccessManager *m_nam;
    CredentialStore *m_store;
    QSettings *m_settings;
    AppSettings *m_appSettings;

    std::unique_ptr<Client> m_client;
    std::unique_ptr<MediaCache> m_media;
    std::unique_ptr<UserDirectory> m_users;
    QString m_profile;
    std::optional<ServerInfo> m_info;
    int m_projectId = 0;
    int m_taskId = 0;

    DesktopNotifier *m_notifier;
    ExportLauncher *m_exports;
    AgreementLauncher *m_agreement;
    ConfigEditorLauncher *m_configEditors;
    ErrorBanner *m_banner;
    QDockWidget *m_projectsDock;
    QDockWidget *m_annotationsDock;
    QPointer<ProjectsPane> m_projects;
    QPointer<TasksPane> m_tasks;
    QPointer<AnnotationsPane> m_annotations;
    QLabel *m_serverLabel;
    QToolButton *m_cancelConnect;
    QPointer<Client> m_pending; // the client of a connection attempt in progress
    QMenu *m_profilesMenu = nullptr;
    QPointer<TokensDialog> m_tokens;
};

} // namespace lsdesk
