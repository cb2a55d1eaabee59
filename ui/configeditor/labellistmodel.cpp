#include "configeditor/labellistmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <algorithm>

namespace lsdesk {

namespace {

const QString kValue = QStringLiteral("value");
const QString kBackground = QStringLiteral("background");
const QString kHotkey = QStringLiteral("hotkey");
const QString kAlias = QStringLiteral("alias");

// Moves `node` among its parent's elements to element index `to`, taking its indentation along (the
// same steps as ConfigDocument::moveElement, inside an edit that moves several).
void moveChildElement(XmlNode *parent, XmlNode *node, int to)
{
    const int at = parent->indexOf(node);
    std::unique_ptr<XmlNode> taken = parent->takeChild(at);
    if (at > 0 && parent->child(at - 1)->kind() == XmlNode::Kind::Text
        && parent->child(at - 1)->value().trimmed().isEmpty() && !parent->childElements().isEmpty())
        parent->takeChild(at - 1);
    parent->insertElementIndented(to, std::move(taken));
}

QList<int> sortedUnique(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

LabelListModel::LabelListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void LabelListModel::setDocument(ConfigDocument *document)
{
    if (m_doc == document)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc)
        connect(m_doc, &ConfigDocument::changed, this, &LabelListModel::reload);
    reload();
}

void LabelListModel::setControlPath(const ElementPath &path)
{
    m_control = path;
    // Another control: a reset even when the row count matches, so views drop their selection.
    beginResetModel();
    m_entries = readEntries(&m_controlTag);
    endResetModel();
}

QString LabelListModel::labelTagFor(const QString &controlTag)
{
    // The SDK matches control tags case-insensitively; the label tags themselves are case-sensitive.
    static const QList<QPair<QString, QString>> kTable {
        { QStringLiteral("choices"), QStringLiteral("Choice") },
        { QStringLiteral("taxonomy"), QStringLiteral("Choice") },
        { QStringLiteral("relations"), QStringLiteral("Relation") },
    };
    const QString lower = controlTag.toLower();
    for (const auto &entry : kTable) {
        if (entry.first == lower)
            return entry.second;
    }
    if (tags::isControlTag(controlTag) && lower.endsWith(QLatin1String("labels")))
        return QStringLiteral("Label");
    return {};
}

bool LabelListModel::isEditable() const
{
    return m_doc && m_doc->config() && hasLabels();
}

QList<LabelListModel::Entry> LabelListModel::readEntries(QString *controlTag) const
{
    QList<Entry> out;
    const XmlNode *control = m_doc ? ConfigDocument::elementIn(m_doc->lastGoodConfig(), m_control) : nullptr;
    *controlTag = control && !m_control.isEmpty() ? control->name() : QString();
    if (!control || m_control.isEmpty() || labelTagFor(control->name()).isEmpty())
        return out;
    const QList<XmlNode *> children = control->childElements();
    for (int i = 0; i < children.size(); ++i) {
        const XmlNode *c = children[i];
        if (!tags::isLabelTag(c->name()))
            continue;
        out.append({ c->name(), c->attribute(kValue), c->attribute(kBackground), c->attribute(kHotkey),
            c->attribute(kAlias), i });
    }
    return out;
}

void LabelListModel::reload()
{
    QList<Entry> entries = readEntries(&m_controlTag);
    if (entries.size() != m_entries.size()) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    // Same count: rows update in place, so a view keeps its selection, current row and open editor.
    int first = -1, last = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (!(entries[i] == m_entries[i])) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    m_entries = std::move(entries);
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

ElementPath LabelListModel::pathForRow(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return ElementPath(m_control) << m_entries[row].element;
}

QString LabelListModel::valueAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].value : QString();
}

QStringList LabelListModel::values() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.value);
    return out;
}

const QList<QColor> &LabelListModel::palette()
{
    // Hues far apart, of similar weight, so that regions drawn with them stay distinguishable; the
    // first ones are the most distinct from each other.
    static const QList<QColor> colours {
        QColor(0xFF, 0x6B, 0x6B), // red
        QColor(0x4D, 0x96, 0xFF), // blue
        QColor(0x6B, 0xCB, 0x77), // green
        QColor(0xFF, 0xB3, 0x47), // orange
        QColor(0x9B, 0x5D, 0xE5), // violet
        QColor(0x00, 0xBB, 0xC9), // cyan
        QColor(0xF1, 0x5B, 0xB5), // pink
        QColor(0xA0, 0x7A, 0x4B), // brown
        QColor(0xC9, 0xD6, 0x3B), // lime
        QColor(0x7F, 0x8C, 0x8D), // grey
        QColor(0x2E, 0x86, 0x6B), // teal
        QColor(0x8E, 0x2D, 0x45), // wine
    };
    return colours;
}

QString LabelListModel::colourText(const QColor &colour)
{
    return colour.name(QColor::HexRgb).toUpper();
}

QColor LabelListModel::nextColour(const QStringList &used)
{
    QList<QColor> taken;
    for (const QString &text : used) {
        const QColor c(text.trimmed());
        if (c.isValid())
            taken.append(c.toRgb());
    }
    // Cycles: with all taken, the one taken least often.
    int best = 0, bestCount = INT_MAX;
    for (int i = 0; i < palette().size(); ++i) {
        const int count = int(std::count(taken.cbegin(), taken.cend(), palette()[i]));
        if (count < bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return palette()[best];
}

int LabelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LabelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ValueRole:
        return e.value;
    case Qt::DecorationRole: {
        // A swatch; a transparent one for an uncoloured Label, so its text lines up with its siblings'.
        const QColor c(e.background.trimmed());
        if (c.isValid())
            return c;
        return e.tag == QLatin1String("Label") ? QVariant(QColor(Qt::transparent)) : QVariant();
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!e.alias.isEmpty())
            lines << tr("Alias: %1").arg(e.alias);
        if (!e.hotkey.isEmpty())
            lines << tr("Hotkey: %1").arg(e.hotkey);
        if (!e.background.isEmpty())
            lines << tr("Colour: %1").arg(e.background);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case BackgroundRole:
        return e.background;
    case ColourRole: {
        const QColor c(e.background.trimmed());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case HotkeyRole:
        return e.hotkey;
    case AliasRole:
        return e.alias;
    case TagRole:
        return e.tag;
    case PathRole:
        return QVariant::fromValue(pathForRow(index.row()));
    default:
        return {};
    }
}

bool LabelListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isEditable())
        return false;
    const int row = index.row();
    switch (role) {
    case Qt::EditRole:
    case ValueRole: {
        const QString text = value.toString().trimmed();
        if (text == m_entries[row].value)
            return false;
        if (text.isEmpty()) {
            Q_EMIT editRefused(tr("A label needs a value."));
            return false;
        }
        if (values().contains(text)) {
            // Two labels with one value are one label to the SDK.
            Q_EMIT editRefused(tr("There is a label “%1” already.").arg(text));
            return false;
        }
        return m_doc->setAttribute(pathForRow(row), kValue, text);
    }
    case BackgroundRole:
        return setAttributeForRows({ row }, kBackground, value.toString().trimmed());
    case ColourRole: {
        const QColor c = value.value<QColor>();
        return setAttributeForRows({ row }, kBackground, c.isValid() ? colourText(c) : QString());
    }
    case HotkeyRole:
        return setAttributeForRows({ row }, kHotkey, value.toString().trimmed());
    case AliasRole:
        return setAttributeForRows({ row }, kAlias, value.toString().trimmed());
    default:
        return false;
    }
}

Qt::ItemFlags LabelListModel::flags(const QModelIndex &index) const
{
    // Drops go between rows (the root), never onto a label.
    if (!index.isValid())
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (isEditable())
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return f;
}

QHash<int, QByteArray> LabelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(BackgroundRole, "background");
    names.insert(ColourRole, "colour");
    names.insert(HotkeyRole, "hotkey");
    names.insert(AliasRole, "alias");
    names.insert(TagRole, "tag");
    names.insert(PathRole, "path");
    return names;
}

LabelListModel::AddResult LabelListModel::addLabels(const QStringList &values)
{
    AddResult result;
    if (!isEditable())
        return result;
    QStringList seen = this->values();
    QStringList fresh;
    for (const QString &line : values) {
        const QString v = line.trimmed();
        if (v.isEmpty())
            continue;
        if (seen.contains(v)) {
            ++result.skipped;
            continue;
        }
        seen.append(v);
        fresh.append(v);
    }
    if (fresh.isEmpty())
        return result;
    const QString tag = labelTag();
    const bool coloured = tag == QLatin1String("Label");
    QStringList used;
    for (const Entry &e : std::as_const(m_entries))
        used.append(e.background);
    const ElementPath control = m_control;
    const bool done = m_doc->edit(fresh.size() == 1 ? tr("Add label %1").arg(fresh.first())
                                                    : tr("Add %n label(s)", nullptr, int(fresh.size())),
        [&](XmlDocument &d) {
            XmlNode *parent = ConfigDocument::nodeAt(d, control);
            if (!parent)
                return false;
            for (const QString &v : std::as_const(fresh)) {
                ElementSpec spec { tag, { { kValue, v } }, {} };
                if (coloured) {
                    const QString colour = colourText(nextColour(used));
                    used.append(colour);
                    spec.attributes.append({ kBackground, colour });
                }
                ConfigDocument::insertInto(parent, -1, spec);
            }
            return true;
        });
    if (done)
        result.added = int(fresh.size());
    return result;
}

bool LabelListModel::removeLabels(const QList<int> &rows)
{
    const QList<int> sorted = sortedUnique(rows);
    if (!isEditable() || sorted.isEmpty() || sorted.first() < 0 || sorted.last() >= m_entries.size())
        return false;
    QList<int> elements;
    for (int r : sorted)
        elements.append(m_entries[r].element);
    const ElementPath control = m_control;
    const QString label = sorted.size() == 1 ? tr("Remove label %1").arg(m_entries[sorted.first()].value)
                                             : tr("Remove %n label(s)", nullptr, int(sorted.size()));
    return m_doc->edit(label, [&](XmlDocument &d) {
        XmlNode *parent = ConfigDocument::nodeAt(d, control);
        if (!parent)
            return false;
        const QList<XmlNode *> children = parent->childElements();
        // Last first: earlier element indices stay valid.
        for (auto it = elements.crbegin(); it != elements.crend(); ++it)
            parent->removeElementIndented(children.value(*it));
        return true;
    });
}

bool LabelListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_entries.size())
        return false;
    QList<int> rows;
    for (int r = row; r < row + count; ++r)
        rows.append(r);
    return removeLabels(rows);
}

bool LabelListModel::moveLabels(const QList<int> &rows, int beforeRow)
{
    const QList<int> moving = sortedUnique(rows);
    const int n = int(m_entries.size());
    if (!isEditable() || moving.isEmpty() || moving.first() < 0 || moving.last() >= n || beforeRow < 0
        || beforeRow > n)
        return false;
    // The new order of the labels; they keep the element places they had, other children stay put.
    QList<int> order;
    for (int r = 0; r < n; ++r) {
        if (r == beforeRow)
            order.append(moving);
        if (!moving.contains(r))
            order.append(r);
    }
    if (beforeRow == n)
        order.append(moving);
    return reorderLabels(order,
        moving.size() == 1 ? tr("Move label %1").arg(m_entries[moving.first()].value)
                           : tr("Move %n label(s)", nullptr, int(moving.size())));
}

bool LabelListModel::reorderLabels(const QList<int> &order, const QString &undoText)
{
    const int n = int(m_entries.size());
    if (!isEditable() || order.size() != n || sortedUnique(order).size() != n
        || (n > 0 && (sortedUnique(order).first() != 0 || sortedUnique(order).last() != n - 1)))
        return false;
    bool same = true;
    for (int r = 0; r < n; ++r)
        same = same && order[r] == r;
    if (same)
        return false;
    QList<int> places, from;
    for (const Entry &e : std::as_const(m_entries))
        places.append(e.element);
    for (int r : order)
        from.append(m_entries[r].element);
    const ElementPath control = m_control;
    return m_doc->edit(undoText.isEmpty() ? tr("Reorder labels") : undoText, [&](XmlDocument &d) {
        XmlNode *parent = ConfigDocument::nodeAt(d, control);
        if (!parent)
            return false;
        const QList<XmlNode *> before = parent->childElements();
        QList<XmlNode *> wanted = before;
        for (int i = 0; i < places.size(); ++i)
            wanted[places[i]] = before.value(from[i]);
        // Selection sort over element positions: each step puts the wanted node in place, and moves
        // only nodes not yet placed.
        for (int i = 0; i < wanted.size(); ++i) {
            if (parent->childElements().value(i) != wanted[i])
                moveChildElement(parent, wanted[i], i);
        }
        return true;
    });
}

bool LabelListModel::setAttributeForRows(const QList<int> &rows, const QString &name, const QString &value)
{
    const QList<int> sorted = sortedUnique(rows);
    if (!isEditable() || sorted.isEmpty() || sorted.first() < 0 || sorted.last() >= m_entries.size()
        || name.isEmpty())
        return false;
    QList<int> elements;
    for (int r : sorted)
        elements.append(m_entries[r].element);
    const ElementPath control = m_control;
    const QString label = value.isEmpty() ? tr("Remove %1").arg(name) : tr("Set %1").arg(name);
    return m_doc->edit(label, [&](XmlDocument &d) {
        XmlNode *parent = ConfigDocument::nodeAt(d, control);
        if (!parent)
            return false;
        const QList<XmlNode *> children = parent->childElements();
        for (int e : std::as_const(elements)) {
            XmlNode *n = children.value(e);
            if (!n)
                return false;
            if (value.isEmpty())
                n->removeAttribute(name);
            else
                n->setAttribute(name, value);
        }
        return true;
    });
}

QString LabelListModel::mimeType()
{
    return QStringLiteral("application/x-lsdesk-config-label-rows");
}

Qt::DropActions LabelListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LabelListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LabelListModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *LabelListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this)
            rows.append(i.row());
    }
    if (rows.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    // The model's address and the control: rows mean nothing in another list.
    out << quint64(quintptr(this)) << m_control << sortedUnique(rows);
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<int> LabelListModel::rowsFromMime(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QDataStream in(data->data(mimeType()));
    quint64 source = 0;
    ElementPath control;
    QList<int> rows;
    in >> source >> control >> rows;
    if (in.status() != QDataStream::Ok || source != quint64(quintptr(this)) || !samePath(control, m_control))
        return {};
    for (int r : std::as_const(rows)) {
        if (r < 0 || r >= m_entries.size())
            return {};
    }
    return rows;
}

bool LabelListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && isEditable() && !rowsFromMime(data).isEmpty();
}

bool LabelListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Onto a label: before it. Past the end or onto the empty area: at the end.
    int before = row;
    if (before < 0)
        before = parent.isValid() ? parent.row() : rowCount();
    return moveLabels(rowsFromMime(data), std::clamp(before, 0, rowCount()));
}

} // namespace lsdesk
