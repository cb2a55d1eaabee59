#include "configeditor/templatechooser.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace lsdesk {

namespace {
enum Role {
    IdRole = Qt::UserRole + 1, // QString: the template id; empty on group rows
    FilterRole, // QString: title, family, description and the tags the config uses
};

// The distinct tag names of a config, so that "RectangleLabels" finds the templates that use it.
QString tagsOf(const QString &xml)
{
    static const QRegularExpression tag(QStringLiteral("<([A-Za-z][A-Za-z0-9_]*)"));
    QStringList out;
    auto it = tag.globalMatch(xml);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out.append(name);
    }
    return out.join(QLatin1Char(' '));
}

bool isEnter(const QKeyEvent *e)
{
    return (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && e->modifiers() == Qt::NoModifier;
}
} // namespace

TemplateChooser::TemplateChooser(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_description(new QLabel(this))
    , m_xml(new QPlainTextEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter templates"));
    m_filter->setAccessibleName(tr("Filter templates"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a family's name lists all of its templates

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Templates"));
    m_view->installEventFilter(this);

    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAccessibleName(tr("Template description"));

    m_xml->setReadOnly(true);
    m_xml->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setAccessibleName(tr("Template XML"));
    m_xml->setTabChangesFocus(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(m_xml, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString keep = currentId();
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
        if (keep.isEmpty() || !selectTemplate(keep))
            selectFirst();
        // The rows the filter removed may have taken the current index with them without a signal.
        onCurrentChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &TemplateChooser::onCurrentChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(IdRole).toString().isEmpty())
            Q_EMIT templateActivated(currentXml());
    });
    rebuild();
}

TemplateChooser::~TemplateChooser() = default;

void TemplateChooser::setCatalog(const TemplateCatalog &catalog)
{
    m_catalog = catalog;
    rebuild();
}

int TemplateChooser::mergeServerTemplates(const ServerTemplates &server)
{
    const int added = m_catalog.mergeServer(server);
    rebuild();
    return added;
}

void TemplateChooser::rebuild()
{
    const QString keep = currentId();
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->clear();
        QFont bold = font();
        bold.setBold(true);
        for (const QString &group : m_catalog.groups()) {
            const QString groupTitle = TemplateCatalog::groupTitle(group);
            auto *g = new QStandardItem(groupTitle);
            g->setData(QString(groupTitle + QLatin1Char(' ') + group), FilterRole);
            g->setFlags(Qt::ItemIsEnabled);
            g->setFont(bold);
            for (const ConfigTemplate &t : m_catalog.templates()) {
                if (t.group != group)
                    continue;
                QString title = t.title;
                if (t.source == ConfigTemplate::Source::Server)
                    title = t.enterprise ? tr("%1 (server, Enterprise)").arg(t.title)
                                         : tr("%1 (server)").arg(t.title);
                auto *item = new QStandardItem(title);
                item->setData(t.id, IdRole);
                item->setData(
                    QStringList { t.title, groupTitle, t.description, tagsOf(t.xml) }.join(QLatin1Char(' ')),
                    FilterRole);
                item->setToolTip(t.description);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                g->appendRow(item);
            }
            m_model->appendRow(g);
        }
        m_view->expandAll();
    }
    if (keep.isEmpty() || !selectTemplate(keep))
        selectFirst();
    onCurrentChanged();
}

QList<QModelIndex> TemplateChooser::leaves() const
{
    QList<QModelIndex> out;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r)
            out.append(m_proxy->index(r, 0, group));
    }
    return out;
}

void TemplateChooser::selectFirst()
{
    const QList<QModelIndex> all = leaves();
    m_view->setCurrentIndex(all.isEmpty() ? QModelIndex() : all.first());
}

void TemplateChooser::moveCurrent(int step)
{
    const QList<QModelIndex> all = leaves();
    if (all.isEmpty())
        return;
    const int at = int(all.indexOf(m_view->currentIndex()));
    m_view->setCurrentIndex(all[at < 0 ? 0 : std::clamp(at + step, 0, int(all.size()) - 1)]);
}

bool TemplateChooser::selectTemplate(const QString &id)
{
    for (const QModelIndex &i : leaves()) {
        if (i.data(IdRole).toString() == id) {
            m_view->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void TemplateChooser::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString TemplateChooser::filterText() const
{
    return m_filter->text();
}

QString TemplateChooser::currentId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

QString TemplateChooser::currentXml() const
{
    const ConfigTemplate *t = m_catalog.find(currentId());
    return t ? t->xml : QString();
}

void TemplateChooser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TemplateChooser::onCurrentChanged()
{
    const ConfigTemplate *t = m_catalog.find(currentId());
    if (!t) {
        m_description->setText(
            m_filter->text().isEmpty() ? QString() : tr("No template matches \"%1\".").arg(m_filter->text()));
        m_xml->clear();
        m_lastChosen.clear();
        return;
    }
    QString description = t->description;
    if (t->source == ConfigTemplate::Source::Server)
        description = tr("From the server's template gallery.") + QLatin1Char(' ') + description;
    m_description->setText(description);
    m_xml->setPlainText(t->xml);
    if (t->id != m_lastChosen) {
        m_lastChosen = t->id;
        Q_EMIT templateChosen(t->xml);
    }
}

bool TemplateChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    if ((watched == m_filter || watched == m_view) && isEnter(key) && !currentId().isEmpty()) {
        Q_EMIT templateActivated(currentXml());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lsdesk
