#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace lsdesk {

class Client;
class ImportDialog;
class TaskDataDialog;

// Adding and changing tasks from the tasks pane: "Import tasks…" (ImportDialog), "New task…" and "Edit
// task data…" (TaskDataDialog), as actions the pane puts in its toolbar and row menu. The dialogs are
// modeless (the table stays usable) and one import dialog per project is open at a time; whatever they
// create or change emits changed() so that the table reloads.
class TasksEditing final : public QObject
{
    Q_OBJECT
public:
    TasksEditing(Client *client, QWidget *window, QObject *parent = nullptr);

    void setProject(int project);
    // The task "Edit task data…" applies to (0: disabled).
    void setCurrentTask(int taskId);

    QAction *importAction() const { return m_import; }
    QAction *newTaskAction() const { return m_newTask; }
    QAction *editTaskAction() const { return m_editTask; }
    ImportDialog *importDialog() const;
    TaskDataDialog *taskDialog() const;

public Q_SLOTS:
    void openImport();
    void newTask();
    void editTask();

Q_SIGNALS:
    void changed();
    void message(const QString &text);

private:
    void openTaskDialog(int taskId);

    Client *m_client;
    QWidget *m_window;
    int m_project = 0;
    int m_task = 0;
    QAction *m_import;
    QAction *m_newTask;
    QAction *m_editTask;
    QPointer<ImportDialog> m_importDialog;
    QPointer<TaskDataDialog> m_taskDialog;
};

} // namespace lsdesk
