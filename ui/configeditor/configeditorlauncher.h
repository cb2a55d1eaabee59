#pragma once

#include "dto/dto.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace lsdesk {

class Client;
class ConfigEditorWindow;
class NewProjectDialog;

// Where the main window's ways into the label-config editor meet: the projects pane's "Edit label
// config…" (one window per project, raised when already open) and "New project…" (the new-project
// dialog, whose "Edit visually…" opens an editor for the config of the project to be). The windows
// belong to one connection: before its client goes, closeAll() asks about unsaved edits.
class ConfigEditorLauncher : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and editor windows; not owned.
    explicit ConfigEditorLauncher(QWidget *window);
    ~ConfigEditorLauncher() override;

    // The connection of the moment (nullptr: none). Call closeAll() before the client goes.
    void attach(Client *client);

    ConfigEditorWindow *openProject(const Project &project);
    NewProjectDialog *newProject();
    QList<ConfigEditorWindow *> windows() const;
    bool hasUnsavedChanges() const;

    // Closes every editor window, asking about unsaved changes (each may save first); `then(true)` once
    // all are closed, `then(false)` if the user kept one open. Immediate when nothing is unsaved. The
    // new-project dialog stays (it is the main window's, and goes with it or with closeWindows()).
    void closeAll(std::function<void(bool ok)> then);
    // Before the client goes: every window and the new-project dialog, at once, asking nothing (call
    // closeAll() first for the unsaved edits).
    void closeWindows();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void projectCreated(const lsdesk::Project &project);
    void configSaved(int projectId);

private:
    void closeNext(QList<QPointer<ConfigEditorWindow>> left, std::function<void(bool)> then);

    QWidget *m_window;
    QPointer<Client> m_client;
    QList<QPointer<ConfigEditorWindow>> m_windows;
    QPointer<NewProjectDialog> m_newProject;
};

} // namespace lsdesk
