#include "annotationspane.h"

#include "annotations/commentspanel.h"
#include "annotations/taskpreview.h"
#include "api/annotationsapi.h"
#include "api/mediacache.h"
#include "api/tasksapi.h"
#include "api/usersapi.h"
#include "widgets/icons.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
constexpr quint32 kStateVersion = 1;
// Trees larger than this open collapsed below the annotations: expanding thousands of regions is slow.
constexpr int kExpandAllLimit = 500;

int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = model->rowCount(parent);
    for (int r = 0, rows = n; r < rows && n <= kExpandAllLimit; ++r)
        n += countRows(model, model->index(r, 0, parent));
    return n;
}
} // namespace

AnnotationsPane::AnnotationsPane(Client *client, MediaCache *media, UserDirectory *users, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_users(users)
    , m_model(new AnnotationsModel(users, this))
    , m_preview(new TaskPreview(media, this))
    , m_view(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Annotations and predictions"));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);

    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected annotation or prediction"));
    m_groundTruthAction = new QAction(tr("&Ground truth"), this);
    m_groundTruthAction->setCheckable(true);
    m_groundTruthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groundTruthAction->setToolTip(tr("Mark or unmark the selected annotation as ground truth"));
    m_convertAction = new QAction(tr("&Convert to annotation"), this);
    m_convertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_convertAction->setToolTip(tr("Create an annotation from the selected prediction"));
    m_convertAction->setIcon(appIcon(QStringLiteral("convert")));
    m_groundTruthAction->setIcon(appIcon(QStringLiteral("star")));
    m_deleteAction->setIcon(appIcon(QStringLiteral("delete"), QStringLiteral("edit-delete")));
    for (QAction *a : { m_convertAction, m_groundTruthAction, m_deleteAction }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationsPane::deleteCurrent);
    connect(m_groundTruthAction, &QAction::triggered, this, &AnnotationsPane::toggleGroundTruth);
    connect(m_convertAction, &QAction::triggered, this, &AnnotationsPane::convertCurrentPrediction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AnnotationsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPane::updateActions);
    connect(m_retry, &QPushButton::clicked, this, &AnnotationsPane::reload);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setAccessibleName(tr("Annotation actions"));
    toolbar->addAction(m_convertAction);
    toolbar->addAction(m_groundTruthAction);
    toolbar->addAction(m_deleteAction);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(toolbar);
    treeLayout->addWidget(m_view);

    m_splitter->addWidget(m_preview);
    m_splitter->addWidget(treeBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // Until a saved state says otherwise: two fifths for the task's data, the rest for the results
    // (the preview's own size hint is tiny and would leave it a sliver).
    m_splitter->setSizes({ 400, 600 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_view);
    setStatus(QString(), false);
    updateActions();
}

AnnotationsPane::~AnnotationsPane()
{
    // Children still emit while ~QWidget deletes them; their connections to our members go first.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    if (m_fetch)
        m_fetch->cancel();
    if (m_action)
        m_action->cancel();
}

void AnnotationsPane::setCommentsEnabled(bool enabled)
{
    if (enabled == (m_comments != nullptr))
        return;
    if (!enabled) {
        delete m_comments;
        m_comments = nullptr;
        return;
    }
    m_comments = new CommentsPanel(m_client, m_splitter);
    m_splitter->addWidget(m_comments);
    m_splitter->setStretchFactor(2, 1);
    connect(m_comments, &CommentsPanel::errorOccurred, this, &AnnotationsPane::errorOccurred);
    // Authors the server did not expand are named from the users directory.
    if (m_users) {
        m_comments->model()->setUserNames(m_users->displayNames());
        connect(m_users, &UserDirectory::changed, m_comments,
            [this] { m_comments->model()->setUserNames(m_users->displayNames()); });
    }
    updateComments();
}

void AnnotationsPane::updateComments()
{
    if (!m_comments)
        return;
    const auto annotation = m_model->annotationAt(m_view->currentIndex());
    if (!annotation) {
        m_comments->setAnnotation(0, 0);
        return;
    }
    const int project = annotation->project > 0 ? annotation->project : m_model->task().project;
    m_comments->setAnnotation(project, annotation->id);
}

void AnnotationsPane::setObjectTypes(const QHash<QString, QString> &types)
{
    m_preview->setObjectTypes(types);
}

QByteArray AnnotationsPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kStateVersion << m_splitter->saveState() << m_view->header()->saveState();
    return out;
}

bool AnnotationsPane::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    s >> version >> splitter >> header;
    if (s.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    return m_splitter->restoreState(splitter) && m_view->header()->restoreState(header);
}

void AnnotationsPane::setStatus(const QString &text, bool retry)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_retry->setVisible(retry);
}

void AnnotationsPane::setTask(int taskId)
{
    if (m_fetch)
        m_fetch->cancel();
    m_taskId = taskId;
    if (taskId <= 0) {
        clear();
        return;
    }
    // The users list is fetched once, with the first task: annotators' names beyond those embedded.
    if (m_users && !m_usersRequested && !m_users->isLoaded() && !m_users->isLoading()) {
        m_usersRequested = true;
        m_users->refresh();
    }
    setStatus(tr("Loading task %1…").arg(taskId), false);
    m_fetch = TasksApi(m_client).get(
        taskId, this, [this, taskId](const Result<Task> &r) { onTaskFetched(taskId, r); });
    updateActions();
}

void AnnotationsPane::reload()
{
    if (m_taskId > 0)
        setTask(m_taskId);
    if (m_comments)
        m_comments->reload();
}

void AnnotationsPane::clear()
{
    if (m_fetch)
        m_fetch->cancel();
    m_taskId = 0;
    m_shownTaskId = 0;
    m_model->clear();
    m_preview->clear();
    setStatus(QString(), false);
    updateActions();
}

void AnnotationsPane::onTaskFetched(int taskId, const Result<Task> &r)
{
    if (r.error.kind == ApiError::Kind::Cancelled || taskId != m_taskId)
        return;
    m_fetch = nullptr;
    if (!r.ok()) {
        setStatus(tr("Cannot load task %1: %2").arg(taskId).arg(r.error.message), true);
        updateActions();
        Q_EMIT errorOccurred(r.error.message);
        return;
    }
    const Task &task = *r;
    if (m_users) {
        // The task embeds who completed each annotation: names show even before (or without) the users list.
        for (const Annotation &a : task.annotations) {
            const QJsonValue by = a.raw.value(QLatin1String("completed_by"));
            if (by.isObject())
                m_users->insert(User::fromJson(by.toObject()));
        }
    }
    // Keep the selection on the same annotation or prediction across a refetch.
    const QModelIndex current = m_view->currentIndex();
    const auto keptAnnotation = m_model->annotationAt(current);
    const auto keptPrediction = m_model->predictionAt(current);
    const bool sameData = m_shownTaskId == task.id && m_model->task().data == task.data;
    m_model->setTask(task);
    if (!sameData)
        m_preview->setTaskData(task.data);
    m_shownTaskId = task.id;
    if (countRows(m_model) <= kExpandAllLimit)
        m_view->expandAll();
    else
        m_view->expandToDepth(0);
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_view->resizeColumnToContents(c);
    QModelIndex restore = keptAnnotation ? m_model->indexOfAnnotation(keptAnnotation->id)
        : keptPrediction                 ? m_model->indexOfPrediction(keptPrediction->id)
                                         : QModelIndex();
    if (!restore.isValid() && m_model->rowCount() > 0)
        restore = m_model->index(0, 0);
    if (restore.isValid())
        m_view->setCurrentIndex(restore);
    // An action's error stays in view over the refetch that followed it.
    const QString actionError = std::exchange(m_actionError, QString());
    setStatus(!actionError.isEmpty() ? actionError
            : task.annotations.isEmpty() && task.predictions.isEmpty()
            ? tr("Task %1 has no annotations or predictions yet.").arg(task.id)
            : QString(),
        false);
    updateActions();
    Q_EMIT taskLoaded(task.id);
}

void AnnotationsPane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const auto annotation = m_model->annotationAt(current);
    const auto prediction = m_model->predictionAt(current);
    const bool idle = !isBusy();
    m_deleteAction->setEnabled(idle && (annotation || prediction));
    m_groundTruthAction->setEnabled(idle && annotation.has_value());
    m_groundTruthAction->setChecked(annotation && annotation->groundTruth);
    m_convertAction->setEnabled(idle && prediction.has_value());
    updateComments();
}

void AnnotationsPane::confirmThen(const QString &question, std::function<void()> go)
{
    if (m_confirmHook) {
        if (m_confirmHook(question))
            go();
        return;
    }
    // Window-modal and asynchronous: the event loop (and every other pane) keeps running.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [go = std::move(go)](int result) {
        if (result == QMessageBox::Yes)
            go();
    });
    box->open();
}

void AnnotationsPane::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const int taskId = m_taskId;
    if (const auto a = m_model->annotationAt(current)) {
        const int id = a->id;
        confirmThen(tr("Delete annotation #%1 of task %2? This cannot be undone.").arg(id).arg(taskId),
            [this, id, taskId] {
                runAction(AnnotationsApi(m_client).remove(
                    id, this, [this, taskId](const Result<Empty> &r) { finishAction(taskId, r.error); }));
            });
    } else if (const auto p = m_model->predictionAt(current)) {
        const int id = p->id;
        confirmThen(tr("Delete prediction #%1 of task %2? This cannot be undone.").arg(id).arg(taskId),
            [this, id, taskId] {
                runAction(AnnotationsApi(m_client).removePrediction(
                    id, this, [this, taskId](const Result<Empty> &r) { finishAction(taskId, r.error); }));
            });
    }
}

void AnnotationsPane::toggleGroundTruth()
{
    const auto a = m_model->annotationAt(m_view->currentIndex());
    if (!a || isBusy())
        return;
    const int taskId = m_taskId;
    const QJsonObject fields { { QStringLiteral("ground_truth"), !a->groundTruth } };
    runAction(AnnotationsApi(m_client).update(
        a->id, fields, this, [this, taskId](const Result<Annotation> &r) { finishAction(taskId, r.error); }));
}

void AnnotationsPane::convertCurrentPrediction()
{
    const auto p = m_model->predictionAt(m_view->currentIndex());
    if (!p || isBusy())
        return;
    const int taskId = m_taskId;
    // What the web UI sends when an annotator accepts a prediction: its result, linked back to it.
    const QJsonObject fields { { QStringLiteral("result"), p->result },
        { QStringLiteral("parent_prediction"), p->id } };
    runAction(AnnotationsApi(m_client).create(taskId, fields, this,
        [this, taskId](const Result<Annotation> &r) { finishAction(taskId, r.error); }));
}

void AnnotationsPane::runAction(ApiJob *job)
{
    m_action = job;
    setStatus(tr("Saving…"), false);
    updateActions();
}

void AnnotationsPane::finishAction(int taskId, const ApiError &error)
{
    m_action = nullptr;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (!error.ok()) {
        m_actionError = error.message;
        setStatus(error.message, false);
        Q_EMIT errorOccurred(error.message);
    } else {
        Q_EMIT taskChanged(taskId);
    }
    updateActions();
    // Whatever happened, show what the server has now (a failed delete may still have deleted).
    if (taskId == m_taskId)
        reload();
}

} // namespace lsdesk
