#include "configeditor/configtreemodel.h"

#include "labelconfig/labelinterface.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRegularExpression>

namespace lsdesk {

struct ConfigTreeModel::Node
{
    QString tag;
    QString name;
    QString details;
    QColor swatch; // a label's background; invalid for none
    ElementKind kind = ElementKind::Layout;
    Node *parent = nullptr;
    int row = 0;
    NodeList children;

    bool sameData(const Node &o) const
    {
        return tag == o.tag && name == o.name && details == o.details && swatch == o.swatch && kind == o.kind;
    }
};

namespace {

using Node = ConfigTreeModel::Node;

bool sameShape(const Node &a, const Node &b)
{
    if (a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameShape(*a.children[i], *b.children[i]))
            return false;
    }
    return true;
}

bool sameTree(const Node &a, const Node &b)
{
    if (!a.sameData(b) || a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameTree(*a.children[i], *b.children[i]))
            return false;
    }
    return true;
}

// Takes the texts of `from` into `to` (same shape), keeping `to`'s nodes: the view's indexes stay valid.
void copyData(Node &to, const Node &from)
{
    to.tag = from.tag;
    to.name = from.name;
    to.details = from.details;
    to.swatch = from.swatch;
    to.kind = from.kind;
    for (size_t i = 0; i < to.children.size(); ++i)
        copyData(*to.children[i], *from.children[i]);
}

void renumber(Node &parent)
{
    for (size_t i = 0; i < parent.children.size(); ++i)
        parent.children[i]->row = int(i);
}

QString textContent(const XmlNode *x)
{
    QString out;
    for (int i = 0; i < x->childCount(); ++i) {
        const XmlNode *c = x->child(i);
        if (c->kind() == XmlNode::Kind::Text || c->kind() == XmlNode::Kind::CData)
            out += c->value();
    }
    return out.simplified();
}

void build(const XmlNode *x, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->tag = x->name();
    node->kind = ConfigTreeModel::kindOfTag(node->tag);
    switch (node->kind) {
    case ElementKind::Label:
        node->name = x->attribute(QStringLiteral("value"));
        node->details = x->attribute(QStringLiteral("background"));
        node->swatch = ConfigTreeModel::parseColor(node->details);
        break;
    case ElementKind::Control:
        node->name = x->attribute(QStringLiteral("name"));
        node->details = x->attribute(QStringLiteral("toName"));
        break;
    case ElementKind::Object:
        node->name = x->attribute(QStringLiteral("name"));
        node->details = x->attribute(QStringLiteral("value"), x->attribute(QStringLiteral("valueList")));
        break;
    case ElementKind::Layout:
        if (node->tag.compare(QLatin1String("Header"), Qt::CaseInsensitive) == 0) {
            // <Header value="..."/>, or the older <Header>text</Header>.
            node->name = x->hasAttribute(QStringLiteral("value")) ? x->attribute(QStringLiteral("value"))
                                                                  : textContent(x);
        } else {
            node->name = x->attribute(QStringLiteral("name"));
        }
        break;
    }
    node->parent = parent;
    node->row = int(parent->children.size());
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    for (const XmlNode *c : x->childElements())
        build(c, raw);
}

constexpr quint32 kMimeVersion = 1;

} // namespace

ConfigTreeModel::ConfigTreeModel(ConfigDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    setDocument(document);
}

ConfigTreeModel::~ConfigTreeModel() = default;

void ConfigTreeModel::setDocument(ConfigDocument *document)
{
    if (m_doc)
        m_doc->disconnect(this);
    const bool wasReadOnly = m_readOnly;
    beginResetModel();
    m_doc = document;
    m_root = snapshot();
    m_readOnly = isReadOnly();
    endResetModel();
    if (m_doc) {
        connect(m_doc, &ConfigDocument::changed, this, &ConfigTreeModel::onDocumentChanged);
        connect(m_doc, &QObject::destroyed, this, [this] {
            // Not setDocument(nullptr): the QPointer may not be cleared yet while `destroyed` is emitted.
            beginResetModel();
            m_doc = nullptr;
            m_root = std::make_unique<Node>();
            endResetModel();
            if (!m_readOnly) {
                m_readOnly = true;
                Q_EMIT readOnlyChanged(true);
            }
        });
    }
    if (m_readOnly != wasReadOnly)
        Q_EMIT readOnlyChanged(m_readOnly);
}

bool ConfigTreeModel::isReadOnly() const
{
    // Computed, not cached: other receivers of ConfigDocument::changed may ask before we hear of it.
    return !m_doc || !m_doc->config();
}

std::unique_ptr<ConfigTreeModel::Node> ConfigTreeModel::snapshot() const
{
    auto root = std::make_unique<Node>();
    const LabelInterface *config = m_doc ? m_doc->lastGoodConfig() : nullptr;
    if (config && config->document().root())
        build(config->document().root(), root.get());
    return root;
}

void ConfigTreeModel::onDocumentChanged()
{
    if (m_moving)
        return; // moveElement() permutes the rows itself
    std::unique_ptr<Node> fresh = snapshot();
    const bool readOnly = isReadOnly();
    if (sameTree(*fresh, *m_root)) {
        // Typing that leaves the structure as it was, or a broken text (the last good one stays).
    } else if (sameShape(*fresh, *m_root)) {
        copyData(*m_root, *fresh);
        emitDataChanged(m_root.get());
    } else {
        beginResetModel();
        m_root = std::move(fresh);
        endResetModel();
    }
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
}

void ConfigTreeModel::emitDataChanged(const Node *parent)
{
    if (parent->children.empty())
        return;
    Q_EMIT dataChanged(indexOf(parent->children.front().get()),
        indexOf(parent->children.back().get(), int(Column::Count) - 1));
    for (const auto &c : parent->children)
        emitDataChanged(c.get());
}

ConfigTreeModel::Node *ConfigTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

ConfigTreeModel::Node *ConfigTreeModel::nodeAtPath(const ElementPath &path) const
{
    if (m_root->children.empty())
        return nullptr;
    Node *n = m_root->children.front().get();
    for (int i : path) {
        if (i < 0 || size_t(i) >= n->children.size())
            return nullptr;
        n = n->children[size_t(i)].get();
    }
    return n;
}

QModelIndex ConfigTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ConfigTreeModel::indexForPath(const ElementPath &path, int column) const
{
    return indexOf(nodeAtPath(path), column);
}

ElementPath ConfigTreeModel::pathForIndex(const QModelIndex &index) const
{
    ElementPath path;
    if (!index.isValid() || index.model() != this)
        return path;
    for (const Node *n = nodeAt(index); n->parent && n->parent != m_root.get(); n = n->parent)
        path.prepend(n->row);
    return path;
}

int ConfigTreeModel::childCountAt(const ElementPath &path) const
{
    const Node *n = nodeAtPath(path);
    return n ? int(n->children.size()) : -1;
}

ElementKind ConfigTreeModel::kindOfTag(const QString &tag)
{
    if (tags::isLabelTag(tag))
        return ElementKind::Label;
    if (tags::isControlTag(tag))
        return ElementKind::Control;
    if (tags::isObjectTag(tag))
        return ElementKind::Object;
    return ElementKind::Layout;
}

QString ConfigTreeModel::kindText(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Object:
        return tr("Object: the data annotators see");
    case ElementKind::Control:
        return tr("Control: what annotators use");
    case ElementKind::Label:
        return tr("Label or choice of a control");
    case ElementKind::Layout:
        break;
    }
    return tr("Layout");
}

QColor ConfigTreeModel::parseColor(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression rgb(
        QStringLiteral(
            R"(^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9]*\.?[0-9]+)\s*)?\)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = rgb.match(t);
    if (m.hasMatch()) {
        QColor c(qMin(m.captured(1).toInt(), 255), qMin(m.captured(2).toInt(), 255),
            qMin(m.captured(3).toInt(), 255));
        if (m.hasCaptured(4))
            c.setAlphaF(qBound(0.0f, m.captured(4).toFloat(), 1.0f));
        return c;
    }
    return QColor(t);
}

QString ConfigTreeModel::mimeType()
{
    return QStringLiteral("application/x-lsdesk-config-element");
}

QModelIndex ConfigTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children[size_t(row)].get());
}

QModelIndex ConfigTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ConfigTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ConfigTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant ConfigTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeAt(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Tag:
            return n->tag;
        case Column::Name:
            return n->name;
        case Column::Details:
            return n->details;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Tag)
            return kindText(n->kind);
        if (column == Column::Name && !n->name.isEmpty())
            return n->name;
        if (column == Column::Details && !n->details.isEmpty())
            return n->details;
        break;
    case Qt::DecorationRole:
        // A QColor decoration: the delegate draws it as a swatch.
        if (column == Column::Details && n->swatch.isValid())
            return n->swatch;
        break;
    case KindRole:
        return QVariant::fromValue(n->kind);
    case PathRole:
        return QVariant::fromValue(pathForIndex(index));
    default:
        break;
    }
    return {};
}

QVariant ConfigTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Tag:
        return tr("Tag");
    case Column::Name:
        return tr("Name");
    case Column::Details:
        return tr("Details");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ConfigTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // nothing goes beside the root <View>
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isReadOnly()) {
        f |= Qt::ItemIsDropEnabled;
        if (nodeAt(index)->parent != m_root.get())
            f |= Qt::ItemIsDragEnabled; // the root stays where it is
    }
    return f;
}

Qt::DropActions ConfigTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ConfigTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ConfigTreeModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *ConfigTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One element at a time: the view selects single rows, and a move is one element's.
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.model() != this)
            continue;
        const ElementPath path = pathForIndex(i);
        if (path.isEmpty())
            return nullptr;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        // The model's address: a path means nothing to another editor's tree.
        out << kMimeVersion << quint64(quintptr(this)) << path;
        auto *mime = new QMimeData;
        mime->setData(mimeType(), bytes);
        return mime;
    }
    return nullptr;
}

int ConfigTreeModel::dropTarget(
    const QMimeData *data, int row, const QModelIndex &parent, ElementPath *source) const
{
    if (isReadOnly() || !data || !data->hasFormat(mimeType()))
        return -1;
    QDataStream in(data->data(mimeType()));
    quint32 version = 0;
    quint64 model = 0;
    ElementPath path;
    in >> version >> model >> path;
    if (in.status() != QDataStream::Ok || version != kMimeVersion || model != quint64(quintptr(this))
        || path.isEmpty() || !nodeAtPath(path))
        return -1;
    const ElementPath siblingsOf = path.mid(0, path.size() - 1);
    const int from = path.last();
    const int count = childCountAt(siblingsOf);
    if (!parent.isValid())
        return -1; // beside the root
    const ElementPath target = pathForIndex(parent);
    int to = -1;
    if (row < 0) {
        // Onto an item: a sibling's place, or the end of its own parent. Never into another element:
        // moving between parents is not a reorder (and the document only moves among siblings).
        if (target.size() == path.size() && target.mid(0, target.size() - 1) == siblingsOf)
            to = target.last();
        else if (target == siblingsOf)
            to = count - 1;
    } else if (target == siblingsOf) {
        // Between rows: `row` counts the rows before the element is taken out.
        to = qMin(row > from ? row - 1 : row, count - 1);
    }
    if (to < 0 || to == from)
        return -1;
    if (source)
        *source = path;
    return to;
}

bool ConfigTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action == Qt::IgnoreAction)
        return true;
    return dropTarget(data, row, parent, nullptr) >= 0;
}

bool ConfigTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    ElementPath source;
    const int to = dropTarget(data, row, parent, &source);
    return to >= 0 && moveElement(source, to);
}

bool ConfigTreeModel::moveElement(const ElementPath &path, int to)
{
    if (isReadOnly() || path.isEmpty())
        return false;
    Node *node = nodeAtPath(path);
    if (!node)
        return false;
    Node *parent = node->parent;
    const int from = node->row;
    const int count = int(parent->children.size());
    if (to < 0 || to >= count || to == from)
        return false;
    const QModelIndex parentIndex = indexOf(parent);
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to))
        return false;
    m_moving = true;
    const bool moved = m_doc->moveElement(path, to);
    m_moving = false;
    // The same permutation on the snapshot, keeping its nodes: the views' persistent indexes (selection,
    // expansion) follow the moved rows.
    std::unique_ptr<Node> taken = std::move(parent->children[size_t(from)]);
    parent->children.erase(parent->children.begin() + from);
    parent->children.insert(parent->children.begin() + to, std::move(taken));
    renumber(*parent);
    endMoveRows();
    // Should the document have done something else (or nothing), the snapshot says so: show the truth.
    std::unique_ptr<Node> fresh = snapshot();
    if (!sameTree(*fresh, *m_root)) {
        beginResetModel();
        m_root = std::move(fresh);
        endResetModel();
    }
    return moved;
}

} // namespace lsdesk
