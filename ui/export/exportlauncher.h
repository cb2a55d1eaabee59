#pragma once

#include "dto/dto.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace lsdesk {

class Client;
class DesktopNotifier;
class ExportDialog;
class ProjectsPane;
class TasksPane;

// Where the main window's ways to export meet: the projects pane's "Export…" (a project of the list),
// the tasks pane's "Export selected tasks…" and File › Export… (the project of the pane in use). Each
// opens an ExportDialog for that project and those tasks; the panes only ask (signals), this opens.
class ExportLauncher : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; `notifier` (may be null) tells about exports that finish while the
    // user is elsewhere. Neither is owned.
    ExportLauncher(QWidget *window, DesktopNotifier *notifier);

    // The connection and panes of the moment (the window rebuilds its panes for every connection).
    // `snapshotsOnly`: an Enterprise server, which exports only through snapshots.
    void attach(Client *client, bool snapshotsOnly, ProjectsPane *projects, TasksPane *tasks);
    // The project in the tasks pane: its id and title at first, the whole project once fetched.
    void setOpenProject(const Project &project) { m_openProject = project; }
    void setOpenProject(int id, const QString &title);

    // Closes the dialogs (cancelling their exports): before the client they use goes.
    void closeDialogs();

    // Opens a dialog to export `project`, offering "only these tasks" when `taskIds` is not empty.
    ExportDialog *openDialog(const Project &project, const QList<int> &taskIds);

public Q_SLOTS:
    // File › Export…: the current project of the projects pane when it has the focus, else the project
    // of the tasks pane with its selected tasks.
    void exportFromMenu();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Project openProject(int id) const;

    QWidget *m_window;
    QPointer<DesktopNotifier> m_notifier;
    Client *m_client = nullptr;
    bool m_snapshotsOnly = false;
    QPointer<ProjectsPane> m_projects;
    QPointer<TasksPane> m_tasks;
    std::optional<Project> m_openProject;
    QList<QPointer<ExportDialog>> m_dialogs;
};

} // namespace lsdesk
