#include "configeditor/configtreeview.h"

#include "configeditor/configtreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace lsdesk {

ConfigTreeView::ConfigTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConfigTreeModel(nullptr, this))
    , m_tree(new QTreeView(this))
    , m_readOnlyNote(new QLabel(this))
    , m_moveUp(new QAction(tr("Move u&p"), this))
    , m_moveDown(new QAction(tr("Move do&wn"), this))
    , m_delete(new QAction(tr("&Delete Element"), this))
{
    m_readOnlyNote->setText(tr("The XML has an error: this is the last structure that parsed. Fix the XML "
                               "to edit the structure again."));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);

    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the tree for the next view instead of walking its cells.
    m_tree->setTabKeyNavigation(false);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(int(ConfigTreeModel::Column::Tag), QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    setFocusProxy(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tree, 1);

    // Shortcuts work wherever the focus is inside the tree, not in the rest of the window (Delete and
    // Ctrl+Up mean other things in the XML view).
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : { m_moveUp, m_moveDown, m_delete }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_moveUp->setToolTip(tr("Move the element before its previous sibling"));
    m_moveDown->setToolTip(tr("Move the element after its next sibling"));
    m_delete->setToolTip(tr("Remove the element and everything inside it"));
    connect(m_moveUp, &QAction::triggered, this, &ConfigTreeView::moveUp);
    connect(m_moveDown, &QAction::triggered, this, &ConfigTreeView::moveDown);
    connect(m_delete, &QAction::triggered, this, &ConfigTreeView::deleteCurrent);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ConfigTreeView::saveState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigTreeView::restoreState);
    // A move keeps the selection on the moved row (persistent indexes) without currentChanged: its path
    // is new all the same.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ConfigTreeView::onCurrentIndexChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConfigTreeView::updateActions);
    connect(m_model, &ConfigTreeModel::readOnlyChanged, this, &ConfigTreeView::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConfigTreeView::onCurrentIndexChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ConfigTreeView::showContextMenu);
    updateActions();
}

ConfigTreeView::~ConfigTreeView() = default;

void ConfigTreeView::setDocument(ConfigDocument *document)
{
    m_doc = document;
    // A new document: nothing of the old selection or expansion means anything in it.
    m_hasCurrent = false;
    m_current.clear();
    m_collapsed.clear();
    m_model->setDocument(document);
}

void ConfigTreeView::onCurrentIndexChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        const ElementPath path = m_model->pathForIndex(current);
        if (!m_hasCurrent || !samePath(path, m_current)) {
            m_current = path;
            m_hasCurrent = true;
            updateActions();
            Q_EMIT currentPathChanged(m_current);
            return;
        }
    }
    updateActions();
}

void ConfigTreeView::saveState()
{
    // Collapsed, not expanded, elements are remembered: new elements come in expanded, like the rest.
    m_collapsed.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_model->rowCount(i) > 0 && !m_tree->isExpanded(i))
                m_collapsed << m_model->pathForIndex(i);
            walk(i);
        }
    };
    walk({});
}

void ConfigTreeView::restoreState()
{
    m_restoring = true;
    m_tree->expandAll();
    for (const ElementPath &p : std::as_const(m_collapsed)) {
        const QModelIndex i = m_model->indexForPath(p);
        if (i.isValid())
            m_tree->collapse(i);
    }
    bool found = false;
    ElementPath target = m_hasCurrent ? m_current : ElementPath {};
    if (m_model->rowCount() > 0) {
        // The element at the same path, else (it was the last of its siblings and is gone) the one
        // before it, else its parent.
        while (!m_model->indexForPath(target).isValid()) {
            if (!target.isEmpty() && target.last() > 0)
                --target.last();
            else if (!target.isEmpty())
                target.removeLast();
            else
                break;
        }
        found = m_model->indexForPath(target).isValid();
    }
    if (found)
        select(target);
    else
        m_tree->selectionModel()->clearSelection();
    m_restoring = false;

    const bool changed = found && (!m_hasCurrent || !samePath(target, m_current));
    m_hasCurrent = found;
    if (found)
        m_current = target;
    updateActions();
    if (changed)
        Q_EMIT currentPathChanged(m_current);
}

void ConfigTreeView::select(const ElementPath &path)
{
    const QModelIndex i = m_model->indexForPath(path);
    if (!i.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(
        i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(i);
}

void ConfigTreeView::setCurrentPath(const ElementPath &path)
{
    if (m_hasCurrent && samePath(path, m_current) && m_tree->currentIndex().isValid())
        return;
    select(path);
}

void ConfigTreeView::moveUp()
{
    if (!m_moveUp->isEnabled())
        return;
    m_model->moveElement(m_current, m_current.last() - 1);
}

void ConfigTreeView::moveDown()
{
    if (!m_moveDown->isEnabled())
        return;
    m_model->moveElement(m_current, m_current.last() + 1);
}

void ConfigTreeView::deleteCurrent()
{
    if (!m_delete->isEnabled() || !m_doc)
        return;
    const ElementPath removed = m_current;
    if (!m_doc->removeElement(removed))
        return;
    // restoreState() selected the next sibling (same path), the previous one or the parent; when the
    // path is the same it did not say so, but the element behind it is another one.
    if (m_hasCurrent && samePath(m_current, removed))
        Q_EMIT currentPathChanged(m_current);
}

void ConfigTreeView::updateActions()
{
    const bool readOnly = m_model->isReadOnly();
    const bool element = m_hasCurrent && !m_current.isEmpty() && m_model->indexForPath(m_current).isValid();
    const int siblings = element ? m_model->childCountAt(m_current.mid(0, m_current.size() - 1)) : 0;
    m_moveUp->setEnabled(!readOnly && element && m_current.last() > 0);
    m_moveDown->setEnabled(!readOnly && element && m_current.last() < siblings - 1);
    m_delete->setEnabled(!readOnly && element);
    m_readOnlyNote->setVisible(readOnly && m_model->rowCount() > 0);
}

QMenu *ConfigTreeView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

void ConfigTreeView::showContextMenu(const QPoint &pos)
{
    QPoint at = pos;
    const QModelIndex hit = m_tree->indexAt(pos);
    if (hit.isValid()) {
        select(m_model->pathForIndex(hit));
    } else if (m_tree->currentIndex().isValid()) {
        // The menu key: open it at the current row rather than wherever the pointer is.
        at = m_tree->visualRect(m_tree->currentIndex()).center();
    }
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(at));
}

} // namespace lsdesk
