#include "tasks/tasksediting.h"

#include "tasks/importdialog.h"
#include "tasks/taskdatadialog.h"
#include "widgets/icons.h"

#include <QAction>
#include <QWidget>

namespace lsdesk {

TasksEditing::TasksEditing(Client *client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_import(new QAction(tr("&Import tasks…"), this))
    , m_newTask(new QAction(tr("&New task…"), this))
    , m_editTask(new QAction(tr("Edit task &data…"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_import->setIcon(appIcon(QStringLiteral("import"), QStringLiteral("document-import")));
    m_import->setToolTip(tr("Import tasks from JSON, CSV, TSV or text files, or from URLs (Ctrl+I)"));
    m_newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newTask->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editTask->setShortcut(QKeySequence(Qt::Key_F2));
    m_editTask->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editTask->setEnabled(false);
    for (QAction *a : { m_import, m_newTask })
        a->setEnabled(false);
    connect(m_import, &QAction::triggered, this, &TasksEditing::openImport);
    connect(m_newTask, &QAction::triggered, this, &TasksEditing::newTask);
    connect(m_editTask, &QAction::triggered, this, &TasksEditing::editTask);
}

ImportDialog *TasksEditing::importDialog() const
{
    return m_importDialog;
}

TaskDataDialog *TasksEditing::taskDialog() const
{
    return m_taskDialog;
}

void TasksEditing::setProject(int project)
{
    if (project != m_project && m_importDialog && !m_importDialog->isImporting())
        m_importDialog->close();
    m_project = project;
    m_import->setEnabled(project > 0);
    m_newTask->setEnabled(project > 0);
    setCurrentTask(0);
}

void TasksEditing::setCurrentTask(int taskId)
{
    m_task = taskId;
    m_editTask->setEnabled(m_project > 0 && taskId > 0);
}

void TasksEditing::openImport()
{
    if (m_project <= 0)
        return;
    if (m_importDialog) {
        // One import at a time; a dialog left open on another project is closed unless it is busy (its
        // title names its project).
        if (m_importDialog->project() == m_project || m_importDialog->isImporting()) {
            m_importDialog->raise();
            m_importDialog->activateWindow();
            return;
        }
        m_importDialog->close();
    }
    auto *dialog = new ImportDialog(m_client, m_project, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int tasks) {
        Q_EMIT message(tr("Imported %n task(s).", nullptr, tasks));
        Q_EMIT changed();
    });
    m_importDialog = dialog;
    dialog->open();
}

void TasksEditing::newTask()
{
    if (m_project > 0)
        openTaskDialog(0);
}

void TasksEditing::editTask()
{
    if (m_project > 0 && m_task > 0)
        openTaskDialog(m_task);
}

void TasksEditing::openTaskDialog(int taskId)
{
    if (m_taskDialog) {
        // One at a time: a second would hide the edits of the first.
        m_taskDialog->raise();
        m_taskDialog->activateWindow();
        return;
    }
    auto *dialog = new TaskDataDialog(m_client, m_project, taskId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskDataDialog::saved, this, [this, taskId](const Task &task) {
        Q_EMIT message(taskId ? tr("Task %1 saved.").arg(task.id) : tr("Task %1 created.").arg(task.id));
        Q_EMIT changed();
    });
    m_taskDialog = dialog;
    dialog->open();
}

} // namespace lsdesk
