#include "annotations/commentspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace lsdesk {

CommentsPanel::CommentsPanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new CommentsModel(this))
    , m_view(new QTreeView(this))
    , m_editor(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Add comment"), this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
    , m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Comments"));
    m_view->header()->setStretchLastSection(true);
    m_editor->setPlaceholderText(tr("Write a comment (Ctrl+Enter adds it)"));
    m_editor->setAccessibleName(tr("New comment"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *title = new QLabel(tr("&Comments"), this);
    title->setBuddy(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_resolve);
    setTabOrder(m_resolve, m_editor);
    setTabOrder(m_editor, m_add);

    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &CommentsPanel::addComment);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateActions);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommentsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommentsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommentsPanel::updateActions);
    setStatus(QString());
    updateActions();
}

CommentsPanel::~CommentsPanel()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    if (m_fetch)
        m_fetch->cancel();
    if (m_action)
        m_action->cancel();
}

QString CommentsPanel::statusText() const
{
    return m_status->text();
}

void CommentsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CommentsPanel::setAnnotation(int project, int annotation)
{
    // The pane calls this on every selection change: the same annotation keeps what is shown (reload()
    // fetches it again).
    if (annotation == m_annotation && project == m_project)
        return;
    if (m_fetch)
        m_fetch->cancel();
    m_project = project;
    m_annotation = annotation;
    m_model->clear();
    setStatus(QString());
    if (annotation > 0 && m_client)
        fetchPage(1);
    updateActions();
}

void CommentsPanel::reload()
{
    if (m_fetch)
        m_fetch->cancel();
    m_model->clear();
    if (m_annotation > 0 && m_client)
        fetchPage(1);
    updateActions();
}

void CommentsPanel::fetchPage(int page)
{
    const int annotation = m_annotation;
    setStatus(tr("Loading comments…"));
    m_fetch = CommentsApi(m_client).list(
        m_project, annotation, page, this, [this, annotation](const Result<Page<Comment>> &r) {
            if (r.error.kind == ApiError::Kind::Cancelled || annotation != m_annotation)
                return;
            m_fetch = nullptr;
            if (!r.ok()) {
                setStatus(r.error.message);
                Q_EMIT errorOccurred(r.error.message);
                updateActions();
                return;
            }
            m_model->append(r->items);
            if (r->hasNext() && !r->items.isEmpty()) {
                fetchPage(r->page + 1);
                return;
            }
            m_view->resizeColumnToContents(int(CommentsModel::Column::Author));
            m_view->resizeColumnToContents(int(CommentsModel::Column::Created));
            m_view->resizeColumnToContents(int(CommentsModel::Column::Resolved));
            setStatus(
                m_model->rowCount() == 0 ? tr("No comments on annotation #%1.").arg(annotation) : QString());
            updateActions();
            Q_EMIT commentsLoaded(annotation);
        });
    updateActions();
}

void CommentsPanel::addComment()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty() || m_annotation <= 0 || isBusy() || !m_client)
        return;
    const int annotation = m_annotation;
    setStatus(tr("Adding the comment…"));
    // Read-only while the comment travels: text typed meanwhile would be lost (or posted twice) below.
    m_editor->setReadOnly(true);
    m_action = CommentsApi(m_client).create(
        m_project, annotation, text, this, [this, annotation, text](const Result<Comment> &r) {
            m_action = nullptr;
            m_editor->setReadOnly(false);
            if (r.error.kind == ApiError::Kind::Cancelled)
                return;
            if (r.ok() && m_editor->toPlainText().trimmed() == text)
                m_editor->clear(); // posted, whichever annotation is shown now
            if (!r.ok()) {
                // The text stays in the box so that nothing typed is lost.
                setStatus(r.error.message);
                Q_EMIT errorOccurred(r.error.message);
                updateActions();
                return;
            }
            if (annotation == m_annotation) {
                m_model->upsert(*r);
                m_view->setCurrentIndex(m_model->indexOf(r->id));
                setStatus(QString());
            }
            updateActions();
            Q_EMIT commentAdded(*r);
        });
    updateActions();
}

void CommentsPanel::toggleResolved()
{
    const auto c = m_model->commentAt(m_view->currentIndex());
    if (!c || isBusy() || !m_client)
        return;
    setStatus(c->isResolved ? tr("Reopening the comment…") : tr("Resolving the comment…"));
    m_action
        = CommentsApi(m_client).setResolved(c->id, !c->isResolved, this, [this](const Result<Comment> &r) {
              m_action = nullptr;
              if (r.error.kind == ApiError::Kind::Cancelled)
                  return;
              if (!r.ok()) {
                  setStatus(r.error.message);
                  Q_EMIT errorOccurred(r.error.message);
                  updateActions();
                  return;
              }
              if (r->annotation == m_annotation || m_model->indexOf(r->id).isValid())
                  m_model->upsert(*r);
              setStatus(QString());
              updateActions();
              Q_EMIT commentChanged(*r);
          });
    updateActions();
}

void CommentsPanel::updateActions()
{
    const auto c = m_model->commentAt(m_view->currentIndex());
    const bool idle = !isBusy() && m_annotation > 0;
    m_resolve->setEnabled(idle && c.has_value());
    m_resolve->setText(c && c->isResolved ? tr("Re&open") : tr("Re&solve"));
    m_add->setEnabled(idle && !m_editor->toPlainText().trimmed().isEmpty());
    m_editor->setEnabled(m_annotation > 0);
}

} // namespace lsdesk
