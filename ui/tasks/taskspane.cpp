#include "tasks/taskspane.h"

#include "api/client.h"
#include "tasks/dmactiondialog.h"
#include "tasks/dmactionsmenu.h"
#include "tasks/filterbar.h"
#include "tasks/tasksediting.h"
#include "widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

TasksPane::TasksPane(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_dm(client)
    , m_model(new TasksModel(client, this))
    , m_tabs(new QTabBar(this))
    , m_filterBar(new TaskFilterBar(this))
    , m_view(new QTableView(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_retry(new QPushButton(tr("&Retry"), m_banner))
    , m_status(new QLabel(this))
    , m_deleteAction(new QAction(tr("&Delete Tasks…"), this))
    , m_exportAction(new QAction(tr("E&xport selected tasks…"), this))
    , m_visibleTimer(new QTimer(this))
{
    m_tabs->setAccessibleName(tr("Saved views"));
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(tr("All tasks"));
    m_tabs->setTabData(0, 0);

    // The banner: non-modal, with the server's message and a retry.
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss error"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        if (m_model->total() < 0 && !m_model->hasFailedPages())
            m_model->refresh();
        else
            m_model->retryFailed();
    });
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false); // the server sorts: see onSortIndicatorChanged
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Uniform rows: a fixed height means the view never measures 100,000 rows.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(120);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TasksPane::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TasksPane::onSortIndicatorChanged);
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveColumns(); });

    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setIcon(appIcon(QStringLiteral("delete"), QStringLiteral("edit-delete")));
    m_deleteAction->setEnabled(false);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &TasksPane::deleteSelectedTasks);
    m_exportAction->setEnabled(false);
    m_exportAction->setIcon(appIcon(QStringLiteral("export"), QStringLiteral("document-export")));
    m_view->insertAction(m_deleteAction, m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &TasksPane::exportSelectedTasks);

    // The server's Data Manager actions (delete annotations, predictions to annotations, ...): for the
    // selected rows, or with none selected for every task the current filter matches (the confirmation
    // says which).
    m_actions = new DmActionsMenu(m_client, this, this);
    m_actions->setSelectionProvider([this] {
        const QList<int> ids = selectedTaskIds();
        if (!ids.isEmpty())
            return DmSelection::ids(ids);
        return DmSelection::allMatching(
            dmQuery(m_filterBar->filters(), m_filterBar->conjunction(), m_ordering));
    });
    connect(m_actions, &DmActionsMenu::refreshNeeded, this, &TasksPane::refresh);
    connect(m_actions, &DmActionsMenu::failed, this, &TasksPane::showBanner);
    connect(m_actions, &DmActionsMenu::finished, this, [this](const QString &title, const DmActionResult &r) {
        m_status->setText(r.detail.isEmpty() ? tr("%1: done").arg(title) : tr("%1: %2").arg(title, r.detail));
    });
    m_actions->menu()->setTitle(tr("A&ctions"));
    m_view->addAction(m_actions->menu()->menuAction());
    auto *actionsButton = new QToolButton(this);
    actionsButton->setText(tr("Actions"));
    actionsButton->setAccessibleName(tr("Actions"));
    actionsButton->setMenu(m_actions->menu());
    actionsButton->setPopupMode(QToolButton::InstantPopup);

    // Adding and changing tasks: import, a new task, a task's data (the dialogs belong to m_editing).
    m_editing = new TasksEditing(m_client, this, this);
    connect(m_editing, &TasksEditing::changed, this, &TasksPane::refresh);
    connect(m_editing, &TasksEditing::message, m_status, &QLabel::setText);
    for (QAction *a : { m_editing->newTaskAction(), m_editing->editTaskAction(), m_editing->importAction() })
        addAction(a);
    m_view->insertAction(m_exportAction, m_editing->editTaskAction());
    m_view->insertAction(m_exportAction, m_editing->newTaskAction());
    auto *importButton = new QToolButton(this);
    importButton->setDefaultAction(m_editing->importAction());
    importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *newTaskButton = new QToolButton(this);
    newTaskButton->setDefaultAction(m_editing->newTaskAction());

    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_status);
    top->addWidget(importButton);
    top->addWidget(newTaskButton);
    top->addWidget(actionsButton);
    top->addWidget(deleteButton);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_filterBar);
    lay->addWidget(m_banner);
    lay->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_tabs, m_filterBar);
    setTabOrder(m_filterBar, m_view);

    connect(m_tabs, &QTabBar::currentChanged, this, &TasksPane::onTabChanged);
    connect(m_filterBar, &TaskFilterBar::applyRequested, this, &TasksPane::applyFilters);

    // Which rows are in view decides which pages are fetched: report it on every scroll and resize.
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(0);
    connect(m_visibleTimer, &QTimer::timeout, this, &TasksPane::updateVisibleRange);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TasksPane::scheduleVisibleRange);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TasksPane::scheduleVisibleRange);
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPane::scheduleVisibleRange);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TasksPane::scheduleVisibleRange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPane::scheduleVisibleRange);

    connect(m_model, &TasksModel::pageFailed, this, [this](const ApiError &e) {
        showBanner(e.message.isEmpty() ? tr("Could not load tasks.") : e.message);
    });
    connect(m_model, &TasksModel::loadingChanged, this, &TasksPane::updateStatus);
    connect(m_model, &TasksModel::totalKnown, this, [this] {
        applySavedColumns();
        updateFilterColumns();
        syncSortIndicator();
        if (m_restoreRow >= 0 && m_restoreRow < m_model->rowCount())
            m_view->scrollTo(m_model->index(m_restoreRow, 0), QAbstractItemView::PositionAtTop);
        m_restoreRow = -1;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &TasksPane::syncSortIndicator);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TasksPane::updateCurrentTask);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TasksPane::updateCurrentTask);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = m_view->selectionModel()->hasSelection();
        m_deleteAction->setEnabled(!m_deleting && selected);
        m_exportAction->setEnabled(selected);
    });
    updateStatus();
}

TasksPane::~TasksPane()
{
    // Children still emit while ~QWidget deletes them (the tab bar its current tab, the selection model
    // its selection); by then this object is only a QWidget, so their connections to our members must go
    // first (UBSan caught the downcast).
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void TasksPane::setProject(int projectId)
{
    if (m_viewsJob)
        m_viewsJob->cancel();
    if (m_columnsJob)
        m_columnsJob->cancel();
    m_project = projectId;
    m_actions->setProject(projectId);
    m_editing->setProject(projectId);
    m_ordering.clear();
    m_views.clear();
    m_dmColumns.clear();
    m_banner->hide();
    m_lastTaskId = 0;
    m_restoreRow = -1;
    {
        const QSignalBlocker block(m_tabs);
        while (m_tabs->count() > 1)
            m_tabs->removeTab(1);
        m_tabs->setCurrentIndex(0);
    }
    m_filterBar->setFilters({}, QStringLiteral("and"));
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_model->setProject(projectId);
    if (projectId <= 0)
        return;
    m_columnsJob = m_dm.columns(projectId, this, [this](const Result<QList<DmColumn>> &r) {
        if (!r.ok()) {
            // Not fatal: the table falls back to the data keys of the first page.
            if (r.error.kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(r.error.message);
            return;
        }
        m_dmColumns = *r;
        m_model->setDmColumns(m_dmColumns);
        applySavedColumns();
        updateFilterColumns();
    });
    reloadViews();
}

void TasksPane::reloadViews()
{
    if (m_project <= 0)
        return;
    if (m_viewsJob)
        m_viewsJob->cancel();
    m_viewsJob = m_dm.views(m_project, this, [this](const Result<QList<DmView>> &r) {
        if (!r.ok()) {
            if (r.error.kind != ApiError::Kind::Cancelled)
                showBanner(tr("Could not load the saved views: %1").arg(r.error.message));
            return;
        }
        const int current = currentViewId();
        m_views = *r;
        std::stable_sort(m_views.begin(), m_views.end(),
            [](const DmView &a, const DmView &b) { return a.order < b.order; });
        const QSignalBlocker block(m_tabs);
        while (m_tabs->count() > 1)
            m_tabs->removeTab(1);
        int select = 0;
        for (const DmView &v : std::as_const(m_views)) {
            const int at = m_tabs->addTab(v.title.isEmpty() ? tr("View %1").arg(v.id) : v.title);
            m_tabs->setTabData(at, v.id);
            if (v.id == current)
                select = at;
        }
        m_tabs->setCurrentIndex(select);
        Q_EMIT viewsLoaded();
    });
}

int TasksPane::currentViewId() const
{
    return m_tabs->tabData(m_tabs->currentIndex()).toInt();
}

void TasksPane::onTabChanged(int index)
{
    const int viewId = m_tabs->tabData(index).toInt();
    // A tab shows the view's own filters and ordering; the server applies them (view=<id>).
    const auto it = std::find_if(
        m_views.cbegin(), m_views.cend(), [viewId](const DmView &v) { return v.id == viewId; });
    if (it != m_views.cend()) {
        QString conjunction;
        const QList<DmFilter> filters = dmFiltersFromJson(it->filters, &conjunction);
        m_filterBar->setFilters(filters, conjunction);
        m_ordering = it->ordering.mid(0, 1);
    } else {
        m_filterBar->setFilters({}, QStringLiteral("and"));
        m_ordering.clear();
    }
    m_banner->hide();
    syncSortIndicator();
    m_model->setSource(m_project, viewId, {});
}

void TasksPane::applyFilters()
{
    if (m_project <= 0)
        return;
    m_banner->hide();
    // Edited filters or ordering are this tab's unsaved state: sent as a query, without the view.
    m_model->setSource(m_project, 0, dmQuery(m_filterBar->filters(), m_filterBar->conjunction(), m_ordering));
}

void TasksPane::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    const TasksModel::ColumnSpec column = m_model->columnAt(section);
    if (section >= 0 && section < m_model->columnCount() && !column.isServerColumn()) {
        // The server pages the tasks and cannot order them by a score it does not know.
        syncSortIndicator();
        return;
    }
    if (section < 0 || section >= m_model->columnCount()) {
        m_ordering.clear();
    } else {
        const QString id = QStringLiteral("tasks:") + column.id();
        m_ordering = { order == Qt::DescendingOrder ? QLatin1Char('-') + id : id };
    }
    applyFilters();
}

void TasksPane::syncSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    if (m_ordering.isEmpty()) {
        header->setSortIndicator(-1, Qt::AscendingOrder);
        return;
    }
    QString id = m_ordering.first();
    const bool descending = id.startsWith(QLatin1Char('-'));
    if (descending)
        id = id.mid(1);
    if (id.startsWith(QLatin1String("tasks:")))
        id = id.mid(6);
    const auto column = TasksModel::ColumnSpec::fromId(id);
    const int section = column ? int(m_model->columns().indexOf(*column)) : -1;
    header->setSortIndicator(section, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TasksPane::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<TasksModel::ColumnSpec> shown = m_model->columns();
    const QList<TasksModel::ColumnSpec> all = m_model->availableColumns();
    for (const TasksModel::ColumnSpec &c : all) {
        QAction *a = menu.addAction(m_model->columnTitle(c));
        a->setCheckable(true);
        a->setChecked(shown.contains(c));
        // Keep at least one column: an empty table has nothing to click to get the menu back.
        a->setEnabled(!(shown.size() == 1 && shown.contains(c)));
        connect(a, &QAction::toggled, this, [this, c](bool on) { toggleColumn(c, on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [this] {
        QSettings().remove(settingsKey());
        m_model->setColumns(m_model->defaultColumns());
        syncSortIndicator();
    });
    menu.exec(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

QList<TasksModel::ColumnSpec> TasksPane::visualColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<TasksModel::ColumnSpec> out;
    for (int visual = 0; visual < header->count(); ++visual)
        out << m_model->columnAt(header->logicalIndex(visual));
    return out;
}

void TasksPane::toggleColumn(const TasksModel::ColumnSpec &column, bool on)
{
    QList<TasksModel::ColumnSpec> columns = visualColumns();
    if (on && !columns.contains(column))
        columns << column;
    else if (!on)
        columns.removeAll(column);
    if (columns.isEmpty())
        return;
    m_model->setColumns(columns); // in visual order: the header starts again from logical == visual
    syncSortIndicator();
    saveColumns();
}

QString TasksPane::settingsKey() const
{
    // One entry per server and project; QSettings reads '/' as a group separator, so the URL is flattened.
    QString server = m_client->server().toString();
    for (QChar &c : server) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return QStringLiteral("tasks/columns/%1/%2").arg(server).arg(m_project);
}

void TasksPane::saveColumns()
{
    if (m_project <= 0)
        return;
    QStringList ids;
    const QList<TasksModel::ColumnSpec> columns = visualColumns();
    for (const TasksModel::ColumnSpec &c : columns)
        ids << c.id();
    QSettings().setValue(settingsKey(), ids);
}

void TasksPane::applySavedColumns()
{
    const QStringList ids = QSettings().value(settingsKey()).toStringList();
    if (ids.isEmpty())
        return;
    const QList<TasksModel::ColumnSpec> available = m_model->availableColumns();
    QList<TasksModel::ColumnSpec> columns;
    for (const QString &id : ids) {
        const auto c = TasksModel::ColumnSpec::fromId(id);
        if (c && available.contains(*c))
            columns << *c;
    }
    if (!columns.isEmpty() && columns != visualColumns()) {
        m_model->setColumns(columns);
        syncSortIndicator();
    }
}

void TasksPane::updateFilterColumns()
{
    QList<TaskFilterBar::ColumnChoice> choices;
    const QList<TasksModel::ColumnSpec> all = m_model->availableColumns();
    for (const TasksModel::ColumnSpec &c : all) {
        if (c.isServerColumn())
            choices.append({ c.id(), m_model->columnTitle(c), m_model->columnType(c) });
    }
    m_filterBar->setColumns(choices);
}

void TasksPane::scheduleVisibleRange()
{
    if (!m_visibleTimer->isActive())
        m_visibleTimer->start();
}

void TasksPane::updateVisibleRange()
{
    const int rows = m_model->rowCount();
    if (rows <= 0)
        return;
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = rows - 1;
    m_model->setVisibleRange(first, last);
}

bool TasksPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleVisibleRange();
    return QWidget::eventFilter(watched, event);
}

int TasksPane::currentTaskId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->taskId(current.row()) : 0;
}

void TasksPane::updateCurrentTask()
{
    // Also after a page arrives: the current row may have been a placeholder until now.
    const int id = currentTaskId();
    m_editing->setCurrentTask(id);
    if (id != m_lastTaskId) {
        m_lastTaskId = id;
        Q_EMIT currentTaskChanged(id);
    }
}

void TasksPane::exportSelectedTasks()
{
    const QList<int> ids = selectedTaskIds();
    if (m_project > 0 && !ids.isEmpty())
        Q_EMIT exportSelectedRequested(ids);
}

QList<int> TasksPane::selectedTaskIds() const
{
    QList<int> ids;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected) {
        const int id = m_model->taskId(i.row());
        if (id > 0)
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TasksPane::selectNextTask()
{
    const int rows = m_model->rowCount();
    if (rows <= 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::min(current.row() + 1, rows - 1) : 0;
    const QModelIndex target = m_model->index(row, std::max(current.column(), 0));
    m_view->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

void TasksPane::selectPreviousTask()
{
    const int rows = m_model->rowCount();
    if (rows <= 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::max(current.row() - 1, 0) : rows - 1;
    const QModelIndex target = m_model->index(row, std::max(current.column(), 0));
    m_view->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

void TasksPane::focusFilter()
{
    m_filterBar->focusFirstRow();
}

void TasksPane::refresh()
{
    m_banner->hide();
    m_restoreRow = std::max(0, m_view->rowAt(0));
    m_model->refresh();
    reloadViews();
}

void TasksPane::setUserNames(const QHash<int, QString> &names)
{
    m_model->setUserNames(names);
}

bool TasksPane::confirmDelete(int count)
{
    const auto answer = QMessageBox::question(this, tr("Delete Tasks"),
        tr("Delete %n task(s) with their annotations and predictions? This cannot be undone.", "", count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void TasksPane::deleteSelectedTasks()
{
    if (m_deleting || m_project <= 0)
        return;
    const QList<int> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    if (!confirmDelete(int(ids.size())))
        return;
    QJsonArray included;
    for (int id : ids)
        included.append(id);
    const QJsonObject selected { { QStringLiteral("all"), false }, { QStringLiteral("included"), included } };
    m_deleting = true;
    m_deleteAction->setEnabled(false);
    m_status->setText(tr("Deleting %n task(s)…", "", int(ids.size())));
    m_dm.runAction(m_project, QStringLiteral("delete_tasks"), selected, 0, this,
        [this](const Result<DmActionResult> &r) {
            m_deleting = false;
            if (!r.ok()) {
                showBanner(tr("Could not delete the tasks: %1").arg(r.error.message));
                updateStatus();
                return;
            }
            m_view->clearSelection();
            Q_EMIT tasksDeleted(r->processedItems);
            refresh();
        });
}

void TasksPane::updateStatus()
{
    if (m_deleting)
        return;
    const int total = m_model->total();
    QString text = total >= 0 ? tr("%n task(s)", "", total) : QString();
    if (m_model->isLoading())
        text = text.isEmpty() ? tr("Loading…") : tr("%1 · loading…").arg(text);
    m_status->setText(text);
}

void TasksPane::showBanner(const QString &message)
{
    m_bannerText->setText(message);
    m_retry->setVisible(m_model->hasFailedPages() || m_model->total() < 0);
    m_banner->show();
    Q_EMIT errorOccurred(message);
}

} // namespace lsdesk
