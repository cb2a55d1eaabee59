#pragma once

#include "api/datamanagerapi.h"
#include "tasks/tasksmodel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace lsdesk {

class DmActionsMenu;
class TasksEditing;

class Client;
class TaskFilterBar;

// The tasks of one project: the project's saved Data Manager views as tabs ("All tasks" first), a filter
// bar that builds Data Manager filters, the lazily paged table (TasksModel) with server-side ordering by
// clicking a header, a column chooser (header context menu; order by dragging; both remembered per server
// and project), and multi-selection with Delete (after a confirmation, through the server's delete_tasks
// action) and "Export selected tasks…" (asked of the main window: panes open no dialogs). Errors show in
// a banner with Retry and are also emitted as errorOccurred().
class TasksPane : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPane(Client *client, QWidget *parent = nullptr);
    ~TasksPane() override;

    int project() const { return m_project; }
    TasksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TaskFilterBar *filterBar() const { return m_filterBar; }
    // The server's Data Manager actions for the selected tasks, or for all the filter matches.
    DmActionsMenu *actions() const { return m_actions; }
    // Import tasks, create a task, edit the current task's data.
    TasksEditing *editing() const { return m_editing; }
    QTabBar *viewTabs() const { return m_tabs; }
    // The saved views shown as tabs after "All tasks" (tab i + 1 is views().at(i)).
    const QList<DmView> &views() const { return m_views; }
    int currentViewId() const; // 0 for "All tasks"
    int currentTaskId() const;
    // The ids of the selected rows that are loaded (a selection may reach into pages not fetched yet).
    QList<int> selectedTaskIds() const;
    // The ordering sent to the server, e.g. ["-tasks:id"]; empty for the server's default.
    QStringList ordering() const { return m_ordering; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    void setProject(int projectId);
    // Reloads the tasks (keeping the scroll position) and the saved views (F5).
    void refresh();
    void reloadViews();
    // Puts the keyboard focus in the filter bar (Ctrl+F).
    void focusFilter();
    void selectNextTask();
    void selectPreviousTask();
    // Asks confirmDelete() and deletes the selected tasks on the server.
    void deleteSelectedTasks();
    // Emits exportSelectedRequested() with the selected tasks.
    void exportSelectedTasks();
    // Applies the filter bar and the ordering (Apply, or a header click).
    void applyFilters();
    // Names for the annotators column (user id → name).
    void setUserNames(const QHash<int, QString> &names);

Q_SIGNALS:
    void currentTaskChanged(int taskId);
    void errorOccurred(const QString &message);
    // The saved views were (re)loaded into the tabs.
    void viewsLoaded();
    // A delete action finished on the server; `count` tasks were deleted.
    void tasksDeleted(int count);
    // The user asked to export these tasks of project().
    void exportSelectedRequested(const QList<int> &taskIds);

protected:
    // Asks the user before `count` tasks are deleted; a subclass may answer differently (tests).
    virtual bool confirmDelete(int count);

private:
    void onTabChanged(int index);
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void syncSortIndicator();
    void showHeaderMenu(const QPoint &pos);
    void toggleColumn(const TasksModel::ColumnSpec &column, bool on);
    QList<TasksModel::ColumnSpec> visualColumns() const;
    void saveColumns();
    void applySavedColumns();
    QString settingsKey() const;
    void updateFilterColumns();
    void scheduleVisibleRange();
    void updateVisibleRange();
    void updateCurrentTask();
    void updateStatus();
    void showBanner(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Client *m_client;
    DataManagerApi m_dm;
    TasksModel *m_model;
    QTabBar *m_tabs;
    TaskFilterBar *m_filterBar;
    DmActionsMenu *m_actions;
    TasksEditing *m_editing;
    QTableView *m_view;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retry;
    QLabel *m_status;
    QAction *m_deleteAction;
    QAction *m_exportAction;
    QTimer *m_visibleTimer;
    QList<DmView> m_views;
    QList<DmColumn> m_dmColumns;
    QStringList m_ordering;
    QPointer<ApiJob> m_viewsJob;
    QPointer<ApiJob> m_columnsJob;
    int m_project = 0;
    int m_lastTaskId = 0;
    int m_restoreRow = -1; // the first visible row to scroll back to after a refresh
    bool m_deleting = false;
};

} // namespace lsdesk
