#include "configeditor/tagpalette.h"

#include "configeditor/tagcatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace lsdesk {

namespace {
enum Role {
    TagRole = Qt::UserRole + 1, // QString: the tag of a leaf; empty on group rows
    FilterRole, // QString: what the filter matches (tag, description, keywords; the group title on groups)
};

bool isEnter(const QKeyEvent *e)
{
    return (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && e->modifiers() == Qt::NoModifier;
}
} // namespace

TagPalette::TagPalette(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter tags (Enter adds)"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching tag keeps its group visible
    m_proxy->setAutoAcceptChildRows(true); // "controls" lists every control

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Tags"));
    m_view->installEventFilter(this);

    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add the highlighted tag to the config (Enter)"));

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Tag palette status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_filter);

    populate();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
        selectFirstTag();
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateState(); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(TagRole).toString().isEmpty())
            addCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &TagPalette::addCurrent);
    selectFirstTag();
    updateState();
}

TagPalette::~TagPalette() = default;

void TagPalette::populate()
{
    for (const TagInfo::Kind kind :
        { TagInfo::Kind::Object, TagInfo::Kind::Control, TagInfo::Kind::Layout }) {
        auto *group = new QStandardItem(TagCatalog::groupTitle(kind));
        group->setData(TagCatalog::groupTitle(kind), FilterRole);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = font();
        bold.setBold(true);
        group->setFont(bold);
        for (const TagInfo &t : TagCatalog::tags()) {
            if (t.kind != kind)
                continue;
            auto *item = new QStandardItem(t.tag);
            item->setData(t.tag, TagRole);
            item->setData(QStringList { t.tag, t.descriptionText(), t.keywordsText() }.join(QLatin1Char(' ')),
                FilterRole);
            item->setToolTip(t.descriptionText());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            group->appendRow(item);
        }
        m_model->appendRow(group);
    }
    m_view->expandAll();
}

void TagPalette::setDocument(ConfigDocument *document)
{
    if (m_doc == document)
        return;
    QObject::disconnect(m_docConnection);
    m_doc = document;
    m_path.clear();
    if (m_doc)
        m_docConnection = connect(m_doc, &ConfigDocument::changed, this, [this] { updateState(); });
    updateState();
}

void TagPalette::setCurrentPath(const ElementPath &path)
{
    m_path = path;
    updateState();
}

void TagPalette::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString TagPalette::filterText() const
{
    return m_filter->text();
}

QString TagPalette::currentTag() const
{
    return m_view->currentIndex().data(TagRole).toString();
}

bool TagPalette::setCurrentTag(const QString &tag)
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, group);
            if (i.data(TagRole).toString().compare(tag, Qt::CaseInsensitive) == 0) {
                m_view->setCurrentIndex(i);
                return true;
            }
        }
    }
    return false;
}

QString TagPalette::statusText() const
{
    return m_status->text();
}

void TagPalette::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

// The leaves in view order, so that Up/Down and "first match" skip the group rows.
void TagPalette::selectFirstTag()
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        if (m_proxy->rowCount(group) > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0, group));
            return;
        }
    }
    m_view->setCurrentIndex(QModelIndex());
}

void TagPalette::moveCurrent(int step)
{
    QList<QModelIndex> leaves;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r)
            leaves.append(m_proxy->index(r, 0, group));
    }
    if (leaves.isEmpty())
        return;
    const int at = int(leaves.indexOf(m_view->currentIndex()));
    const int next = at < 0 ? 0 : std::clamp(at + step, 0, int(leaves.size()) - 1);
    m_view->setCurrentIndex(leaves[next]);
}

bool TagPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (isEnter(key)) {
            addCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    } else if (watched == m_view) {
        if (isEnter(key)) {
            addCurrent();
            return true;
        }
        // Typing in the list goes on in the filter, so the list never traps the keyboard.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() == Qt::NoModifier
            && key->key() != Qt::Key_Space) {
            m_filter->setFocus(Qt::OtherFocusReason);
            m_filter->setText(m_filter->text() + key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ElementPath TagPalette::containerFor(const LabelInterface *config, const ElementPath &selected)
{
    ElementPath path = selected;
    // Shorten the path until it names a View (or a path that no longer exists, which the root replaces).
    while (!path.isEmpty()) {
        const XmlNode *n = ConfigDocument::elementIn(config, path);
        if (n && n->name() == QLatin1String("View"))
            return path;
        path.removeLast();
    }
    return {};
}

QString TagPalette::preview(const TagInfo &info) const
{
    const LabelInterface *config = m_doc ? m_doc->config() : nullptr;
    if (!config)
        return {};
    const QString name = info.baseName.isEmpty() ? QString() : TagCatalog::uniqueName(config, info.baseName);
    QString what
        = name.isEmpty() ? tr("Adds <%1>").arg(info.tag) : tr("Adds <%1> \"%2\"").arg(info.tag, name);
    if (info.isControl() && info.toNameCount > 0) {
        const QStringList toName = TagCatalog::toNameFor(info, config, m_path);
        what += toName.isEmpty() ? tr(" - no object it can label yet: add one, then set toName")
                                 : tr(" for %1").arg(toName.join(QLatin1String(", ")));
    }
    return info.descriptionText() + QLatin1Char('\n') + what;
}

void TagPalette::setStatus(const QString &text)
{
    m_status->setText(text);
}

void TagPalette::updateState()
{
    const TagInfo *info = TagCatalog::find(currentTag());
    const bool parses = m_doc && m_doc->config();
    m_add->setEnabled(parses && info);
    if (!m_doc)
        setStatus(tr("No config is open."));
    else if (!parses)
        setStatus(tr("The XML is not well-formed: fix it to add tags."));
    else if (!info)
        setStatus(
            m_filter->text().isEmpty() ? QString() : tr("No tag matches \"%1\".").arg(m_filter->text()));
    else
        setStatus(preview(*info));
}

bool TagPalette::addCurrent()
{
    return addTag(currentTag());
}

bool TagPalette::addTag(const QString &tag)
{
    const TagInfo *info = TagCatalog::find(tag);
    const LabelInterface *config = m_doc ? m_doc->config() : nullptr;
    if (!info || !config)
        return false;
    ElementPath container = containerFor(config, m_path);
    if (!info->parents.isEmpty()) {
        const std::optional<ElementPath> inside = TagCatalog::parentFor(*info, config, m_path);
        if (!inside) {
            setStatus(tr("<%1> goes inside <%2>: add one first.")
                          .arg(info->tag, info->parents.join(QLatin1String("> or <"))));
            return false;
        }
        container = *inside;
    }
    const XmlNode *parent = ConfigDocument::elementIn(config, container);
    if (!parent)
        return false;
    const int index = int(parent->childElements().size());
    const QString name
        = info->baseName.isEmpty() ? QString() : TagCatalog::uniqueName(config, info->baseName);
    const QStringList toName = TagCatalog::toNameFor(*info, config, m_path);
    if (!m_doc->insertElement(container, -1, TagCatalog::elementFor(*info, name, toName)))
        return false;
    ElementPath added = container;
    added.append(index);
    // The document changed (and updateState showed the next add); say what this one did instead.
    if (info->isControl() && info->toNameCount > 0 && toName.isEmpty())
        setStatus(
            tr("Added <%1> \"%2\" without toName: there is no object it can label.").arg(info->tag, name));
    else if (!toName.isEmpty())
        setStatus(tr("Added <%1> \"%2\" for %3.").arg(info->tag, name, toName.join(QLatin1String(", "))));
    else if (!name.isEmpty())
        setStatus(tr("Added <%1> \"%2\".").arg(info->tag, name));
    else
        setStatus(tr("Added <%1>.").arg(info->tag));
    Q_EMIT elementAdded(added);
    return true;
}

} // namespace lsdesk
