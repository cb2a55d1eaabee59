#include "export/exportlauncher.h"

#include "export/exportdialog.h"
#include "projects/projectspane.h"
#include "tasks/taskspane.h"
#include "widgets/desktopnotifier.h"

#include <QApplication>

namespace lsdesk {

ExportLauncher::ExportLauncher(QWidget *window, DesktopNotifier *notifier)
    : QObject(window)
    , m_window(window)
    , m_notifier(notifier)
{ }

void ExportLauncher::attach(Client *client, bool snapshotsOnly, ProjectsPane *projects, TasksPane *tasks)
{
    // The panes of an earlier attach() (the same ones, in tests) must not ask twice.
    if (m_projects)
        m_projects->disconnect(this);
    if (m_tasks)
        m_tasks->disconnect(this);
    m_client = client;
    m_snapshotsOnly = snapshotsOnly;
    m_projects = projects;
    m_tasks = tasks;
    m_openProject.reset();
    if (projects) {
        connect(projects, &ProjectsPane::exportRequested, this,
            [this](const Project &project) { openDialog(project, {}); });
    }
    if (tasks) {
        connect(tasks, &TasksPane::exportSelectedRequested, this, [this](const QList<int> &ids) {
            if (m_tasks && m_tasks->project() > 0)
                openDialog(openProject(m_tasks->project()), ids);
        });
    }
}

void ExportLauncher::setOpenProject(int id, const QString &title)
{
    Project p;
    p.id = id;
    p.title = title;
    m_openProject = p;
}

void ExportLauncher::closeDialogs()
{
    for (const QPointer<ExportDialog> &d : std::as_const(m_dialogs))
        delete d.data(); // cancels its export, which removes the partial file
    m_dialogs.clear();
}

Project ExportLauncher::openProject(int id) const
{
    if (m_openProject && m_openProject->id == id)
        return *m_openProject;
    Project p;
    p.id = id; // the dialog fetches the rest
    return p;
}

ExportDialog *ExportLauncher::openDialog(const Project &project, const QList<int> &taskIds)
{
    if (!m_client) {
        Q_EMIT errorOccurred(tr("Not connected: connect to a server first (File › Connect…)."));
        return nullptr;
    }
    auto *dialog = new ExportDialog(m_client, project, taskIds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUseSnapshots(m_snapshotsOnly);
    dialog->setNotifier(m_notifier);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->show();
    return dialog;
}

void ExportLauncher::exportFromMenu()
{
    if (m_projects && m_projects->isAncestorOf(QApplication::focusWidget())) {
        if (const auto project = m_projects->currentProject()) {
            openDialog(*project, {});
            return;
        }
    }
    if (m_tasks && m_tasks->project() > 0) {
        openDialog(openProject(m_tasks->project()), m_tasks->selectedTaskIds());
        return;
    }
    if (m_projects) {
        if (const auto project = m_projects->currentProject()) {
            openDialog(*project, {});
            return;
        }
    }
    Q_EMIT errorOccurred(tr("Choose a project to export: select one in the projects pane or open it."));
}

} // namespace lsdesk
