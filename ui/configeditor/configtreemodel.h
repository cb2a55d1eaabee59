#pragma once

#include "configeditor/configdocument.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QPointer>
#include <memory>
#include <vector>

namespace lsdesk {

// What an element is to Label Studio: the tree shows it as a hint (and the tests check it).
enum class ElementKind {
    Layout, // View, Header, Style and every other tag that is neither of the below
    Object, // the data shown: Image, Text, Audio... (tags::isObjectTag)
    Control, // what annotators use: Choices, Labels, RectangleLabels... (tags::isControlTag)
    Label, // Label, Choice, Relation inside a control (tags::isLabelTag)
};

// The structure of the label config as a tree: the root <View> is the only top-level row and every
// element inside it is a row under its parent. It shows lastGoodConfig(), so while the XML view holds
// text that is not well-formed the tree keeps the last structure that parsed - read-only, because
// structural edits need a parse of the current text.
//
// The model holds a snapshot (tags and the few attributes it shows), never XmlNode pointers: every
// edit re-parses the text. On ConfigDocument::changed it rebuilds the snapshot: nothing is signalled
// when it is the same, dataChanged when only texts changed (typing inside an attribute value), a reset
// otherwise. Moves made through moveElement() (the view's Move up/down, drag and drop) are signalled
// as row moves, so views keep the moved element selected and its subtree expanded.
class ConfigTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Tag, Name, Details, Count };
    struct Node; // the snapshot of one element (configtreemodel.cpp)
    enum Role {
        KindRole = Qt::UserRole, // ElementKind
        PathRole, // ElementPath (QList<int>)
    };

    explicit ConfigTreeModel(ConfigDocument *document = nullptr, QObject *parent = nullptr);
    ~ConfigTreeModel() override;

    // Not owned; null shows nothing.
    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }

    // True while the document's text does not parse (the tree shows the last good structure) or there
    // is no document: no drag and drop, and the view disables its edits.
    bool isReadOnly() const;

    QModelIndex indexForPath(const ElementPath &path, int column = 0) const;
    ElementPath pathForIndex(const QModelIndex &index) const;
    // Element children of the element at `path` in the tree (-1: no such element).
    int childCountAt(const ElementPath &path) const;

    // Moves an element among its siblings to element index `to`, as one undo step of the document,
    // signalled as a row move. False when read-only, out of range or nothing changed.
    bool moveElement(const ElementPath &path, int to);

    static ElementKind kindOfTag(const QString &tag);
    static QString kindText(ElementKind kind);
    // A label's background as written in the config ("#ff0000", "red", "rgba(255, 0, 0, 0.5)");
    // invalid when it is none of those.
    static QColor parseColor(const QString &text);
    static QString mimeType();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);

private:
    using NodeList = std::vector<std::unique_ptr<Node>>;

    void onDocumentChanged();
    std::unique_ptr<Node> snapshot() const;
    Node *nodeAt(const QModelIndex &index) const;
    Node *nodeAtPath(const ElementPath &path) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void emitDataChanged(const Node *parent);
    // Where a drop of `source` lands as an element index among its siblings; -1 when refused.
    int dropTarget(const QMimeData *data, int row, const QModelIndex &parent, ElementPath *source) const;

    QPointer<ConfigDocument> m_doc;
    std::unique_ptr<Node> m_root; // invisible; its only child is the <View>
    bool m_readOnly = true;
    bool m_moving = false; // inside moveElement(): the snapshot is permuted, not rebuilt
};

} // namespace lsdesk

Q_DECLARE_METATYPE(lsdesk::ElementKind)
// ElementPath is QList<int>, a metatype Qt already declares: PathRole needs no declaration of its own.
