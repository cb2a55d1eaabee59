#include "projects/projectspane.h"

#include "api/client.h"
#include "api/projectsapi.h"
#include "projects/projectsmodel.h"
#include "widgets/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
QToolButton *toolButton(QAction *action, QWidget *parent)
{
    // Icons only, so that the filter keeps its room in a narrow dock; the action's text is the tooltip
    // and the accessible name.
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setAutoRaise(true);
    b->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return b;
}
} // namespace

ProjectsPane::ProjectsPane(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new ProjectsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectsModel::SortRole);
    m_proxy->setFilterKeyColumn(int(ProjectsModel::Column::Title));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter projects by title (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter projects"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Projects"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ProjectsModel::Column::Created), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(int(ProjectsModel::Column::Title), QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Enter and double click both "activate" a row (the style decides which click).
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Projects status"));

    const auto makeAction
        = [this](const QString &text, const QKeySequence &key, void (ProjectsPane::*slot)()) {
              auto *a = new QAction(text, this);
              a->setShortcut(key);
              // Scoped to the pane so that the tasks pane may use the same keys for its own rows.
              a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(a, &QAction::triggered, this, slot);
              addAction(a);
              return a;
          };
    m_create = makeAction(tr("&New project…"), QKeySequence::New, &ProjectsPane::createProject);
    m_rename = makeAction(tr("&Rename…"), QKeySequence(Qt::Key_F2), &ProjectsPane::renameCurrent);
    m_delete = makeAction(tr("&Delete…"), QKeySequence::Delete, &ProjectsPane::deleteCurrent);
    m_open = makeAction(tr("&Open"), QKeySequence(), &ProjectsPane::openCurrent);
    // No key: Ctrl+E is the main window's File › Export…, which exports this pane's project when it has
    // the focus.
    m_export = makeAction(tr("&Export…"), QKeySequence(), &ProjectsPane::exportCurrent);
    m_editConfig = makeAction(
        tr("Edit &label config…"), QKeySequence(Qt::CTRL | Qt::Key_L), &ProjectsPane::editConfigCurrent);
    // No keys for refresh and find: the main window owns F5 and Ctrl+F and routes them to the pane in use
    // (the same key on two actions that both apply would make Qt trigger neither).
    m_refresh = makeAction(tr("Re&fresh"), QKeySequence(), &ProjectsPane::refresh);
    m_create->setIcon(appIcon(QStringLiteral("add"), QStringLiteral("document-new")));
    m_rename->setIcon(appIcon(QStringLiteral("edit"), QStringLiteral("edit-rename")));
    m_delete->setIcon(appIcon(QStringLiteral("delete"), QStringLiteral("edit-delete")));
    m_open->setIcon(appIcon(QStringLiteral("open"), QStringLiteral("document-open")));
    m_export->setIcon(appIcon(QStringLiteral("export"), QStringLiteral("document-export")));
    m_editConfig->setIcon(appIcon(QStringLiteral("tag"), QStringLiteral("document-properties")));
    m_settings = makeAction(tr("Project &settings…"), QKeySequence(), &ProjectsPane::settingsCurrent);
    m_settings->setIcon(appIcon(QStringLiteral("settings"), QStringLiteral("document-properties")));
    m_storages = makeAction(tr("&Cloud storage…"), QKeySequence(), &ProjectsPane::storagesCurrent);
    m_storages->setIcon(appIcon(QStringLiteral("import"), QStringLiteral("folder-cloud")));
    m_refresh->setIcon(appIcon(QStringLiteral("refresh"), QStringLiteral("view-refresh")));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    for (QAction *a : { m_open, m_export, m_editConfig, m_create, m_rename, m_delete, m_refresh })
        top->addWidget(toolButton(a, this));
    // The row's context menu (right click, the Menu key or Shift+F10): what applies to one project.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(
        { m_open, m_export, m_editConfig, m_settings, m_storages, separator, m_rename, m_delete });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setTabOrder(m_filter, m_view);

    connect(m_model, &ProjectsModel::loadFailed, this, [this](const QString &message) {
        updateStatus();
        Q_EMIT errorOccurred(tr("Could not load the projects: %1").arg(message));
    });
    connect(m_model, &ProjectsModel::loadingChanged, this, &ProjectsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsPane::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProjectsPane::updateActions);

    setClient(client);
}

ProjectsPane::~ProjectsPane()
{
    // Children still emit while ~QWidget deletes them; their connections to our members go first.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ProjectsPane::setClient(Client *client)
{
    m_client = client;
    m_model->setClient(client);
    if (client)
        m_model->reload();
    updateActions();
    updateStatus();
}

void ProjectsPane::refresh()
{
    if (!m_client)
        return;
    m_model->reload();
}

void ProjectsPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::optional<Project> ProjectsPane::currentProject() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->project(current.row());
}

bool ProjectsPane::selectProject(int id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ProjectsPane::updateActions()
{
    const bool haveClient = m_client != nullptr;
    const bool haveCurrent = currentProject().has_value();
    m_create->setEnabled(haveClient);
    m_refresh->setEnabled(haveClient);
    m_rename->setEnabled(haveClient && haveCurrent);
    m_delete->setEnabled(haveClient && haveCurrent);
    m_open->setEnabled(haveClient && haveCurrent);
    m_export->setEnabled(haveClient && haveCurrent);
    m_editConfig->setEnabled(haveClient && haveCurrent);
    m_settings->setEnabled(haveClient && haveCurrent);
    m_storages->setEnabled(haveClient && haveCurrent);
}

void ProjectsPane::updateStatus()
{
    const int n = m_model->rowCount();
    if (!m_client)
        m_status->setText(tr("Not connected."));
    else if (m_model->isLoading())
        m_status->setText(tr("Loading projects… %n so far", nullptr, n));
    else if (!m_model->lastError().isEmpty())
        m_status->setText(tr("%n project(s) loaded; loading stopped on an error (F5 reloads).", nullptr, n));
    else
        m_status->setText(tr("%n project(s)", nullptr, n));
    updateActions();
}

void ProjectsPane::askTitle(
    const QString &label, const QString &current, std::function<void(const QString &)> then)
{
    if (m_prompt) {
        if (const auto title = m_prompt(label, current); title && !title->trimmed().isEmpty())
            then(title->trimmed());
        return;
    }
    // open(), not exec(): no nested event loop, the network keeps flowing while the user types.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Project title"));
    dialog->setLabelText(label);
    dialog->setTextValue(current);
    connect(dialog, &QInputDialog::textValueSelected, this, [then](const QString &text) {
        if (!text.trimmed().isEmpty())
            then(text.trimmed());
    });
    dialog->open();
}

void ProjectsPane::confirm(const QString &question, std::function<void()> then)
{
    if (m_confirmer) {
        if (m_confirmer(question))
            then();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete project"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel); // deleting takes a deliberate choice
    connect(box, &QMessageBox::finished, this, [then](int result) {
        if (result == QMessageBox::Yes)
            then();
    });
    box->open();
}

void ProjectsPane::createProject()
{
    if (!m_client)
        return;
    if (m_newProjectFlow) {
        m_newProjectFlow();
        return;
    }
    askTitle(tr("Title of the new project:"), QString(), [this](const QString &title) {
        if (!m_client)
            return;
        ProjectsApi(m_client).create(
            QJsonObject { { QStringLiteral("title"), title } }, this, [this](const Result<Project> &r) {
                if (!r.ok()) {
                    Q_EMIT errorOccurred(tr("Could not create the project: %1").arg(r.error.message));
                    return;
                }
                // A new project has no tasks: its counters are known (zero).
                m_model->upsertProject(*r, true);
                selectProject(r->id);
                Q_EMIT projectCreated(r->id);
            });
    });
}

void ProjectsPane::renameCurrent()
{
    const auto project = currentProject();
    if (!m_client || !project)
        return;
    const int id = project->id;
    askTitle(tr("New title of “%1”:").arg(project->title), project->title, [this, id](const QString &title) {
        if (!m_client)
            return;
        ProjectsApi(m_client).update(id, QJsonObject { { QStringLiteral("title"), title } }, this,
            [this, id](const Result<Project> &r) {
                if (!r.ok()) {
                    Q_EMIT errorOccurred(tr("Could not rename the project: %1").arg(r.error.message));
                    return;
                }
                m_model->upsertProject(*r, false);
                Q_EMIT projectRenamed(id);
            });
    });
}

void ProjectsPane::deleteCurrent()
{
    const auto project = currentProject();
    if (!m_client || !project)
        return;
    const int row = m_model->rowOfId(project->id);
    const QString tasks = row >= 0 && m_model->countsKnown(row)
        ? tr("its %n task(s) and their annotations", nullptr, project->taskNumber)
        : tr("all its tasks and annotations");
    const QString question
        = tr("Delete the project “%1” with %2? This cannot be undone.").arg(project->title, tasks);
    const int id = project->id;
    confirm(question, [this, id] {
        if (!m_client)
            return;
        ProjectsApi(m_client).remove(id, this, [this, id](const Result<Empty> &r) {
            if (!r.ok()) {
                Q_EMIT errorOccurred(tr("Could not delete the project: %1").arg(r.error.message));
                return;
            }
            m_model->removeProject(id);
            Q_EMIT projectDeleted(id);
        });
    });
}

void ProjectsPane::openCurrent()
{
    if (const auto project = currentProject())
        Q_EMIT projectOpened(project->id, project->title);
}

void ProjectsPane::exportCurrent()
{
    if (const auto project = currentProject(); project && m_client)
        Q_EMIT exportRequested(*project);
}

void ProjectsPane::editConfigCurrent()
{
    if (const auto project = currentProject(); project && m_client)
        Q_EMIT editConfigRequested(*project);
}

void ProjectsPane::settingsCurrent()
{
    if (const auto project = currentProject(); project && m_client)
        Q_EMIT settingsRequested(*project);
}

void ProjectsPane::storagesCurrent()
{
    if (const auto project = currentProject(); project && m_client)
        Q_EMIT storagesRequested(*project);
}

} // namespace lsdesk
