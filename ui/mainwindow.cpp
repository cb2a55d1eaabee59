#include "mainwindow.h"

#include "agreement/agreementlauncher.h"
#include "agreement/agreementpane.h"
#include "annotations/annotationspane.h"
#include "api/mediacache.h"
#include "api/projectsapi.h"
#include "api/usersapi.h"
#include "auth/credentialstore.h"
#include "auth/profiletrust.h"
#include "configeditor/configeditorlauncher.h"
#include "configeditor/configeditorwindow.h"
#include "connection/connectdialog.h"
#include "connection/tokensdialog.h"
#include "dialogs/logdialog.h"
#include "dialogs/preferencesdialog.h"
#include "export/exportlauncher.h"
#include "labelconfig/labelinterface.h"
#include "projects/projectsettingsdialog.h"
#include "projects/projectspane.h"
#include "projects/storagesdialog.h"
#include "settings/appsettings.h"
#include "tasks/taskspane.h"
#include "widgets/desktopnotifier.h"
#include "widgets/errorbanner.h"
#include "widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
const QString kGeometry = QStringLiteral("mainwindow/geometry");
const QString kState = QStringLiteral("mainwindow/state");
const QString kLastProfile = QStringLiteral("mainwindow/lastProfile");
const QString kAnnotationsState = QStringLiteral("mainwindow/annotationsPane");
constexpr int kStateVersion = 1;
constexpr qint64 kMediaCacheBytes = 64 * 1024 * 1024;
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *nam, CredentialStore *store, QSettings *settings,
    AppSettings *appSettings, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(nam)
    , m_store(store)
    , m_settings(settings)
    , m_appSettings(appSettings)
    , m_notifier(new DesktopNotifier(this))
    , m_exports(new ExportLauncher(this, m_notifier))
    , m_agreement(new AgreementLauncher(this))
    , m_configEditors(new ConfigEditorLauncher(this))
    , m_banner(new ErrorBanner(this))
    , m_projectsDock(new QDockWidget(tr("Projects"), this))
    , m_annotationsDock(new QDockWidget(tr("Annotations"), this))
    , m_serverLabel(new QLabel(tr("Not connected"), this))
    , m_cancelConnect(new QToolButton(this))
{
    setWindowTitle(tr("Label Studio Desktop"));
    // Object names identify the docks in saveState()/restoreState().
    m_projectsDock->setObjectName(QStringLiteral("projectsDock"));
    m_annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_projectsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    // Agreement works without a server (File › Open export…): its dock lives as long as the window.
    addDockWidget(Qt::BottomDockWidgetArea, m_agreement->dock());
    m_agreement->dock()->hide();
    statusBar()->addPermanentWidget(m_serverLabel);
    m_cancelConnect->setText(tr("Cancel"));
    m_cancelConnect->setAccessibleName(tr("Cancel connecting"));
    m_cancelConnect->hide();
    statusBar()->addPermanentWidget(m_cancelConnect);
    connect(m_cancelConnect, &QToolButton::clicked, this, &MainWindow::cancelConnect);
    connect(m_exports, &ExportLauncher::errorOccurred, this, [this](const QString &m) { showError(m); });
    connect(m_agreement, &AgreementLauncher::errorOccurred, this, [this](const QString &m) { showError(m); });
    connect(m_configEditors, &ConfigEditorLauncher::errorOccurred, this,
        [this](const QString &m) { showError(m); });
    // A project made by the new-project dialog: listed and selected at once.
    connect(m_configEditors, &ConfigEditorLauncher::projectCreated, this, [this](const Project &p) {
        if (!m_projects)
            return;
        m_projects->refresh();
        const int id = p.id;
        auto tries = std::make_shared<int>(0);
        auto select = std::make_shared<std::function<void()>>();
        *select = [this, id, tries, select] {
            if (m_projects && !m_projects->selectProject(id) && ++*tries < 50)
                QTimer::singleShot(100, this, *select);
        };
        QTimer::singleShot(100, this, *select);
    });
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildPanes();
    buildMenus();
    resize(1280, 800);
    // First start: room for project titles on the left and the results tree on the right.
    resizeDocks({ m_projectsDock, m_annotationsDock }, { 320, 440 }, Qt::Horizontal);
    if (m_settings) {
        restoreGeometry(m_settings->value(kGeometry).toByteArray());
        restoreState(m_settings->value(kState).toByteArray(), kStateVersion);
    }
}

MainWindow::~MainWindow()
{
    // The panes and docks still emit while ~QWidget deletes them; nothing may reach this half-destroyed
    // window (or its client, which goes before them).
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    teardownPanes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Label configs edited but not saved: ask (and maybe save) before anything goes.
    if (m_configEditors->hasUnsavedChanges()) {
        event->ignore();
        m_configEditors->closeAll([this](bool ok) {
            if (ok)
                close();
        });
        return;
    }
    if (m_settings) {
        m_settings->setValue(kGeometry, saveGeometry());
        m_settings->setValue(kState, saveState(kStateVersion));
        if (m_annotations)
            m_settings->setValue(kAnnotationsState, m_annotations->saveState());
    }
    QMainWindow::closeEvent(event);
}

// Everything that holds the current client, before the client goes.
void MainWindow::teardownPanes()
{
    m_exports->closeDialogs();
    // The editors use this client. Unsaved edits were asked about before a new connection began
    // (connectTo) or the window closed (closeEvent); what is left goes.
    m_configEditors->closeWindows();
    m_configEditors->attach(nullptr);
    if (m_tokens) {
        m_tokens->hide();
        m_tokens->deleteLater();
    }
    m_agreement->detach();
    delete m_projects;
    delete m_tasks;
    delete m_annotations;
    m_media.reset();
    m_users.reset();
}

// The panes belong to one connection: they are made again, empty, for every new client.
void MainWindow::buildPanes()
{
    teardownPanes();
    Client *client = m_client.get();
    if (client) {
        m_media = std::make_unique<MediaCache>(client, kMediaCacheBytes);
        m_users = std::make_unique<UserDirectory>(client);
    }
    m_projects = new ProjectsPane(client, m_projectsDock);
    m_projectsDock->setWidget(m_projects);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tasks = new TasksPane(client, central);
    layout->addWidget(m_banner);
    layout->addWidget(m_tasks, 1);
    QWidget *old = takeCentralWidget();
    if (old) {
        m_banner->setParent(nullptr); // keep the banner across rebuilds
        layout->insertWidget(0, m_banner);
        old->deleteLater();
    }
    setCentralWidget(central);
    if (m_media && m_users) {
        m_annotations = new AnnotationsPane(client, m_media.get(), m_users.get(), m_annotationsDock);
        m_annotationsDock->setWidget(m_annotations);
        if (m_settings)
            m_annotations->restoreState(m_settings->value(kAnnotationsState).toByteArray());
        // Comments exist only on Enterprise servers: on Community the panel is never made, nothing asks.
        m_annotations->setCommentsEnabled(m_info && m_info->version.isEnterprise());
        // An action there (ground truth, convert, delete) changes the task's counters in the table.
        connect(m_annotations, &AnnotationsPane::taskChanged, this, [this] {
            if (m_tasks)
                m_tasks->refresh();
        });
        connect(
            m_annotations, &AnnotationsPane::errorOccurred, this, [this](const QString &m) { showError(m); });
        connect(m_users.get(), &UserDirectory::changed, this, [this] {
            if (m_tasks && m_users)
                m_tasks->setUserNames(m_users->displayNames());
        });
    } else {
        auto *placeholder = new QLabel(tr("Connect to a server to see annotations."), m_annotationsDock);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        m_annotationsDock->setWidget(placeholder);
    }

    m_exports->attach(client, m_info && m_info->version.isEnterprise(), m_projects, m_tasks);
    m_agreement->attach(client, m_info && m_info->version.isEnterprise(), m_tasks);
    m_configEditors->attach(client);
    connect(m_projects, &ProjectsPane::editConfigRequested, m_configEditors,
        [this](const Project &p) { m_configEditors->openProject(p); });
    m_projects->setNewProjectFlow([this] { m_configEditors->newProject(); });
    connect(m_projects, &ProjectsPane::settingsRequested, this, [this, client](const Project &p) {
        auto *dialog = new ProjectSettingsDialog(client, p.id, this);
        dialog->setEnterprise(m_info && m_info->version.isEnterprise()); // quality, review, assignment tabs
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The dialog uses this connection's client: it goes with the panes.
        connect(m_projects, &QObject::destroyed, dialog, &QWidget::close);
        connect(dialog, &ProjectSettingsDialog::saved, m_projects, &ProjectsPane::refresh);
        dialog->open();
    });
    connect(m_projects, &ProjectsPane::storagesRequested, this, [this, client](const Project &p) {
        auto *dialog = new StoragesDialog(client, p.id, p.title, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Like the settings dialog: it uses this connection's client and goes with the panes.
        connect(m_projects, &QObject::destroyed, dialog, &QWidget::close);
        // A source storage's sync adds tasks: the project list's counts change.
        connect(dialog, &StoragesDialog::tasksChanged, m_projects, &ProjectsPane::refresh);
        connect(dialog, &StoragesDialog::tasksChanged, this, [this](int project) {
            if (m_tasks && m_tasks->project() == project)
                m_tasks->refresh();
        });
        dialog->show();
    });
    connect(m_projects, &ProjectsPane::projectOpened, this, &MainWindow::openProject);
    connect(m_projects, &ProjectsPane::errorOccurred, this, [this](const QString &m) {
        showError(m, [this] {
            if (m_projects)
                m_projects->refresh();
        });
    });
    connect(m_tasks, &TasksPane::errorOccurred, this, [this](const QString &m) {
        showError(m, [this] {
            if (m_tasks)
                m_tasks->refresh();
        });
    });
    connect(m_tasks, &TasksPane::currentTaskChanged, this, [this](int taskId) {
        m_taskId = taskId;
        if (m_annotations) {
            if (taskId > 0)
                m_annotations->setTask(taskId);
            else
                m_annotations->clear();
        }
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] { showConnectDialog(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connectAction->setIcon(appIcon(QStringLiteral("connect")));
    m_profilesMenu = file->addMenu(tr("Switch &profile"));
    file->addAction(tr("Access &tokens…"), this, &MainWindow::showTokens);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), m_exports, &ExportLauncher::exportFromMenu);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(m_agreement->openExportAction());
    file->addSeparator();
    file->addAction(tr("&New project…"), this, [this] { m_configEditors->newProject(); });
    file->addAction(tr("Edit &label config…"), this, [this] {
        if (m_projects)
            m_projects->editConfigCurrent();
    });
    connect(m_profilesMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildProfilesMenu);
    file->addSeparator();
    QAction *prefs = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setIcon(appIcon(QStringLiteral("settings"), QStringLiteral("preferences-system")));
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (m_projects)
            m_projects->refresh();
        if (m_tasks && m_projectId > 0)
            m_tasks->refresh();
        if (m_annotations && m_taskId > 0)
            m_annotations->setTask(m_taskId);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(appIcon(QStringLiteral("refresh"), QStringLiteral("view-refresh")));
    QAction *filter = view->addAction(tr("&Filter"), this, [this] {
        // The filter of the pane being worked in: projects when that dock has the focus, tasks otherwise.
        if (m_projects && m_projects->isAncestorOf(QApplication::focusWidget()))
            m_projects->focusFilter();
        else if (m_tasks && m_projectId > 0)
            m_tasks->focusFilter();
        else if (m_projects)
            m_projects->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);
    filter->setIcon(appIcon(QStringLiteral("filter")));
    view->addSeparator();
    const struct
    {
        const char *text;
        Pane pane;
        int key;
    } panes[] = { { QT_TR_NOOP("Go to &Projects"), Pane::Projects, Qt::Key_1 },
        { QT_TR_NOOP("Go to &Tasks"), Pane::Tasks, Qt::Key_2 },
        { QT_TR_NOOP("Go to &Annotations"), Pane::Annotations, Qt::Key_3 },
        { QT_TR_NOOP("Go to A&greement"), Pane::Agreement, Qt::Key_4 } };
    for (const auto &p : panes) {
        QAction *a = view->addAction(tr(p.text), this, [this, pane = p.pane] { showPane(pane); });
        a->setShortcut(QKeySequence(Qt::ALT | p.key));
    }
    view->addSeparator();
    view->addAction(m_projectsDock->toggleViewAction());
    view->addAction(m_annotationsDock->toggleViewAction());
    view->addAction(m_agreement->dock()->toggleViewAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next task"), this, [this] {
        if (m_tasks)
            m_tasks->selectNextTask();
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    next->setIcon(appIcon(QStringLiteral("next"), QStringLiteral("go-down")));
    QAction *previous = go->addAction(tr("&Previous task"), this, [this] {
        if (m_tasks)
            m_tasks->selectPreviousTask();
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    previous->setIcon(appIcon(QStringLiteral("previous"), QStringLiteral("go-up")));
    go->addSeparator();
    QAction *web = go->addAction(tr("Open in the &web UI"), this, &MainWindow::openInWebUi);
    web->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    web->setIcon(appIcon(QStringLiteral("web")));

    buildHelpMenu(); // mainwindowhelp.cpp
}

void MainWindow::showPane(Pane pane)
{
    switch (pane) {
    case Pane::Projects:
        m_projectsDock->show();
        m_projectsDock->raise();
        if (m_projects)
            m_projects->setFocus(Qt::ShortcutFocusReason);
        break;
    case Pane::Tasks:
        if (m_tasks)
            m_tasks->setFocus(Qt::ShortcutFocusReason);
        break;
    case Pane::Annotations:
        m_annotationsDock->show();
        m_annotationsDock->raise();
        if (m_annotationsDock->widget())
            m_annotationsDock->widget()->setFocus(Qt::ShortcutFocusReason);
        break;
    case Pane::Agreement:
        m_agreement->dock()->show();
        m_agreement->dock()->raise();
        m_agreement->pane()->setFocus(Qt::ShortcutFocusReason);
        break;
    case Pane::ConfigEditor:
        if (m_projects)
            m_projects->editConfigCurrent();
        break;
    }
}

void MainWindow::openProject(int id, const QString &title)
{
    m_projectId = id;
    m_taskId = 0;
    if (m_annotations)
        m_annotations->clear();
    if (m_tasks)
        m_tasks->setProject(id);
    m_exports->setOpenProject(id, title); // the whole project once fetched
    m_agreement->setOpenProject(id, title);
    // The preview needs to know which data keys are images: the label config's object tags say so.
    if (m_client && m_annotations) {
        ProjectsApi(m_client.get()).get(id, m_annotations, [this, id](const Result<Project> &r) {
            if (!r.ok() || id != m_projectId || !m_annotations)
                return; // the preview then judges by file extension
            m_exports->setOpenProject(*r);
            XmlError error;
            const auto li = LabelInterface::parse(r->labelConfig, &error);
            if (!li)
                return;
            QHash<QString, QString> types;
            for (const ObjectTagInfo &o : li->objects()) {
                if (o.valueIsVariable())
                    types.insert(o.valueName(), o.tag);
            }
            m_annotations->setObjectTypes(types);
        });
    }
    setWindowTitle(title.isEmpty() ? tr("Label Studio Desktop") : tr("%1 — Label Studio Desktop").arg(title));
}

ProjectsPane *MainWindow::projectsPane() const
{
    return m_projects;
}

TasksPane *MainWindow::tasksPane() const
{
    return m_tasks;
}

AnnotationsPane *MainWindow::annotationsPane() const
{
    return m_annotations;
}

QString MainWindow::connectionText() const
{
    return m_serverLabel->text();
}

void MainWindow::showError(const QString &message, std::function<void()> retry)
{
    m_banner->showError(message, std::move(retry));
}

void MainWindow::connectTo(
    const QString &url, const QString &key, const QString &profile, const QList<QSslCertificate> &trusted)
{
    // The editors' windows belong to the current connection: unsaved label configs first.
    if (m_configEditors->hasUnsavedChanges()) {
        m_configEditors->closeAll([this, url, key, profile, trusted](bool ok) {
            if (ok)
                connectTo(url, key, profile, trusted);
            else
                Q_EMIT connectionFinished(false);
        });
        return;
    }
    // None open while the connection changes (the edits are saved or discarded by now), and none opened
    // until it is decided: the new client replaces the one they would use.
    m_configEditors->closeWindows();
    m_configEditors->attach(nullptr);
    const ServerUrl server = ServerUrl::parse(url);
    if (!server.isValid()) {
        showError(server.errorString());
        Q_EMIT connectionFinished(false);
        return;
    }
    const ApiKey apiKey = ApiKey::classify(key);
    if (!apiKey.usable()) {
        showError(apiKey.problem());
        Q_EMIT connectionFinished(false);
        return;
    }
    ClientOptions options = m_appSettings ? m_appSettings->clientOptions() : ClientOptions {};
    options.trustedCertificates = trusted;
    // Parented to the window while the attempt runs (so closing the window ends it); owned by m_client
    // once it succeeds, deleted when it fails.
    cancelConnect(); // one attempt at a time: the newer wins
    auto *client = new Client(server, apiKey, m_nam, options, this);
    m_pending = client;
    m_cancelConnect->show();
    m_serverLabel->setText(tr("Connecting to %1…").arg(server.toString()));
    SessionApi(client).connectToServer(
        client, [this, client, profile, url, key, trusted](const Result<ServerInfo> &r) {
            if (m_pending != client)
                return; // cancelled (and being deleted) or replaced by a newer attempt
            m_pending = nullptr;
            m_cancelConnect->hide();
            if (!r.ok()) {
                m_serverLabel->setText(m_info ? tr("Still connected to %1").arg(m_client->server().toString())
                                              : tr("Not connected"));
                showError(r.error.message,
                    [this, url, key, profile, trusted] { connectTo(url, key, profile, trusted); });
                m_configEditors->attach(m_client.get()); // the old connection stays
                client->deleteLater();
                Q_EMIT connectionFinished(false);
                return;
            }
            // The panes of the old connection go before its client does.
            teardownPanes();
            m_client.reset(client);
            onConnected(*r, profile);
        });
}

void MainWindow::cancelConnect()
{
    if (!m_pending)
        return;
    // Deleting the client aborts its requests and drops the callback (the client is its context).
    Client *pending = m_pending;
    m_pending = nullptr;
    m_cancelConnect->hide();
    pending->deleteLater();
    m_configEditors->attach(m_client.get()); // the old connection stays
    m_serverLabel->setText(m_info && m_client ? tr("Still connected to %1").arg(m_client->server().toString())
                                              : tr("Not connected"));
    statusBar()->showMessage(tr("Connecting cancelled."), 5000);
    Q_EMIT connectionFinished(false);
}

void MainWindow::onConnected(const ServerInfo &info, const QString &profile)
{
    m_info = info;
    m_profile = profile;
    if (m_settings && !profile.isEmpty())
        m_settings->setValue(kLastProfile, profile);
    m_projectId = 0;
    m_taskId = 0;
    m_banner->dismiss();
    buildPanes();
    loadUsers();
    m_serverLabel->setText(tr("Label Studio %1 — %2 edition — %3 — %4")
                               .arg(info.version.release, info.version.edition, m_client->server().toString(),
                                   info.user.displayName()));
    statusBar()->showMessage(tr("Connected to %1").arg(m_client->server().toString()), 5000);
    Q_EMIT connectionFinished(true);
}

void MainWindow::loadUsers()
{
    if (m_users)
        m_users->refresh();
}

void MainWindow::restoreLastProfile()
{
    if (!m_store) {
        showConnectDialog();
        return;
    }
    const QString last = m_settings ? m_settings->value(kLastProfile).toString() : QString();
    std::optional<ServerProfile> profile = last.isEmpty() ? std::nullopt : m_store->profile(last);
    if (!profile) {
        const auto all = m_store->profiles();
        if (all.isEmpty()) {
            showConnectDialog();
            return;
        }
        profile = all.last();
    }
    switchToProfile(profile->name);
}

void MainWindow::switchToProfile(const QString &name)
{
    const std::optional<ServerProfile> profile = m_store ? m_store->profile(name) : std::nullopt;
    if (!profile)
        return;
    m_serverLabel->setText(tr("Reading the key of %1 from the keychain…").arg(name));
    m_store->readSecret(name, this, [this, profile = *profile](const CredentialStore::Outcome &o) {
        if (!o.ok() || o.secret.isEmpty()) {
            // No key stored (or no keychain): ask, with the profile selected.
            m_serverLabel->setText(tr("Not connected"));
            showConnectDialog(profile.url);
            return;
        }
        const ProfileTrust trust(m_settings);
        connectTo(profile.url, o.secret, profile.name, trust.certificates(profile.name));
    });
}

void MainWindow::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    const auto profiles = m_store ? m_store->profiles() : QList<ServerProfile> {};
    if (profiles.isEmpty()) {
        m_profilesMenu->addAction(tr("No saved profiles"))->setEnabled(false);
        return;
    }
    for (const ServerProfile &p : profiles) {
        QAction *a = m_profilesMenu->addAction(
            tr("%1 (%2)").arg(p.name, p.url), this, [this, name = p.name] { switchToProfile(name); });
        a->setCheckable(true);
        a->setChecked(p.name == m_profile);
    }
}

} // namespace lsdesk
