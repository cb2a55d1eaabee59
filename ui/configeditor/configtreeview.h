#pragma once

#include "configeditor/configdocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTreeView;

namespace lsdesk {

class ConfigTreeModel;

// The structure tree of the config editor: every element of the config with its tag, name and
// details, expanded by default. The current element is what the other views follow
// (currentPathChanged); the tree keeps it, and the elements the user collapsed, across the model's
// rebuilds by path. Move up / Move down / Delete (keyboard, context menu, drag and drop to reorder
// among siblings) are ConfigDocument edits, so each is one undo step; they are off while the XML text
// does not parse (the tree then shows the last good structure and says so above it).
class ConfigTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigTreeView(QWidget *parent = nullptr);
    ~ConfigTreeView() override;

    // Not owned.
    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }

    // The selected element ({} is the root <View>); hasCurrent() is false when nothing is selected.
    ElementPath currentPath() const { return m_current; }
    bool hasCurrent() const { return m_hasCurrent; }

    // For the window's menus and the tests.
    QTreeView *treeView() const { return m_tree; }
    ConfigTreeModel *model() const { return m_model; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteAction() const { return m_delete; }
    // A new menu with the tree's actions (the context menu); the caller owns it.
    QMenu *createContextMenu(QWidget *parent);

public Q_SLOTS:
    // Selects the element at `path` (nothing when there is no such element) and scrolls to it; emits
    // currentPathChanged when that changes the current path.
    void setCurrentPath(const lsdesk::ElementPath &path);
    void moveUp();
    void moveDown();
    void deleteCurrent();

Q_SIGNALS:
    // The user (or setCurrentPath) selected another element, or an edit here moved or removed it.
    void currentPathChanged(const lsdesk::ElementPath &path);

private:
    void onCurrentIndexChanged();
    void saveState();
    void restoreState();
    void select(const ElementPath &path);
    void updateActions();
    void showContextMenu(const QPoint &pos);

    QPointer<ConfigDocument> m_doc;
    ConfigTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_readOnlyNote;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_delete;
    ElementPath m_current;
    bool m_hasCurrent = false;
    bool m_restoring = false; // selecting during restoreState(): not the user's choice
    QList<ElementPath> m_collapsed; // saved by saveState(): everything else is expanded again
};

} // namespace lsdesk
