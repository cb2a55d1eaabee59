#include "configeditor/propertypanel.h"

#include "configeditor/attributeeditors.h"
#include "labelconfig/configbuilder.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lsdesk {

namespace {

QString kindText(const QString &tag)
{
    if (tags::isControlTag(tag))
        return PropertyPanel::tr("Control");
    if (tags::isObjectTag(tag))
        return PropertyPanel::tr("Object");
    if (tags::isLabelTag(tag))
        return PropertyPanel::tr("Label");
    return PropertyPanel::tr("Layout or visual element");
}

} // namespace

PropertyPanel::PropertyPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_bodyLayout(nullptr)
    , m_otherCaption(new QLabel(tr("O&ther attributes:"), this))
    , m_other(new QTableWidget(0, 2, this))
    , m_addAttribute(new QPushButton(tr("Add attribute"), this))
    , m_removeAttribute(new QPushButton(tr("Remove attribute"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Tag names and error texts are not markup: "<Table>" must not turn into an HTML table.
    m_title->setTextFormat(Qt::PlainText);
    for (QLabel *l : { m_hint, m_message }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->hide();
    }
    m_message->setObjectName(QStringLiteral("message"));

    m_other->setObjectName(QStringLiteral("otherAttributes"));
    m_other->setHorizontalHeaderLabels({ tr("Attribute"), tr("Value") });
    m_other->horizontalHeader()->setStretchLastSection(true);
    m_other->verticalHeader()->hide();
    m_other->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_other->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_other->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the form
    m_other->setMinimumHeight(m_other->verticalHeader()->defaultSectionSize() * 4);
    m_otherCaption->setBuddy(m_other);
    m_addAttribute->setObjectName(QStringLiteral("addAttribute"));
    m_removeAttribute->setObjectName(QStringLiteral("removeAttribute"));

    // Delete removes the selected rows while the table (not a cell editor) has the focus.
    auto *remove = new QAction(tr("Remove attribute"), m_other);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_other->addAction(remove);
    connect(remove, &QAction::triggered, this, &PropertyPanel::removeSelectedAttributes);

    auto *body = new QWidget;
    m_bodyLayout = new QVBoxLayout(body);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAttribute);
    buttons->addWidget(m_removeAttribute);
    buttons->addStretch(1);
    m_bodyLayout->addWidget(m_otherCaption);
    m_bodyLayout->addWidget(m_other, 1);
    m_bodyLayout->addLayout(buttons);
    for (QWidget *w : { static_cast<QWidget *>(m_otherCaption), static_cast<QWidget *>(m_other),
             static_cast<QWidget *>(m_addAttribute), static_cast<QWidget *>(m_removeAttribute) })
        w->setParent(body);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_addAttribute, &QPushButton::clicked, this, &PropertyPanel::addAttributeRow);
    connect(m_removeAttribute, &QPushButton::clicked, this, &PropertyPanel::removeSelectedAttributes);
    connect(m_other, &QTableWidget::itemChanged, this, &PropertyPanel::otherItemChanged);
    // Rows are rebuilt once the cell editor is gone, never from inside its commit.
    connect(m_other->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        &PropertyPanel::scheduleRefreshOther);

    refresh();
}

PropertyPanel::~PropertyPanel() = default;

void PropertyPanel::setDocument(ConfigDocument *document)
{
    if (m_doc == document)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc)
        connect(m_doc, &ConfigDocument::changed, this, &PropertyPanel::refresh);
    m_pending = {};
    refresh();
}

void PropertyPanel::setPath(const ElementPath &path)
{
    if (samePath(path, m_path) && m_formHost)
        return;
    m_path = path;
    m_pending = {};
    setMessage({});
    refresh();
}

QWidget *PropertyPanel::editorFor(const QString &attribute) const
{
    for (AttributeEditor *e : m_editors) {
        if (e->spec().name == attribute)
            return e->field()->objectName() == attribute ? e->field()
                                                         : e->field()->findChild<QWidget *>(attribute);
    }
    return nullptr;
}

QString PropertyPanel::message() const
{
    return m_message->text();
}

bool PropertyPanel::isReadOnly() const
{
    return !m_doc || !m_doc->config();
}

void PropertyPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PropertyPanel::rebuildForm(const QString &tag)
{
    m_tag = tag;
    if (m_formHost) {
        // Later, not now: this may run inside a signal of one of its editors. Disconnected first, so a
        // late editingFinished of the old form cannot write to the newly shown element.
        for (AttributeEditor *e : std::as_const(m_editors))
            disconnect(e, nullptr, this, nullptr);
        m_bodyLayout->removeWidget(m_formHost);
        m_formHost->hide();
        m_formHost->setParent(nullptr);
        m_formHost->deleteLater();
    }
    m_editors.clear();
    m_rawShown.clear();
    m_formHost = new QWidget;
    auto *form = new QFormLayout(m_formHost);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const AttributeSpec &spec : knownAttributes(tag)) {
        AttributeEditor *editor = AttributeEditor::create(spec, m_formHost);
        m_editors.append(editor);
        if (spec.kind == AttributeKind::Bool) {
            form->addRow(QString(), editor->field()); // the check box carries its own caption
        } else {
            auto *caption = new QLabel(spec.caption, m_formHost);
            caption->setBuddy(editor->buddy());
            form->addRow(caption, editor->field());
        }
        connect(editor, &AttributeEditor::committed, this,
            [this, editor](const QString &value) { commit(editor, value); });
    }
    m_bodyLayout->insertWidget(0, m_formHost);
    m_formHost->show(); // now, not on the layout's queued show: a grab or a test sees the new form
    updateTabOrder();
}

void PropertyPanel::updateTabOrder()
{
    // The form is rebuilt after the rows below were created: restore the visual order for Tab.
    QList<QWidget *> chain;
    for (AttributeEditor *e : std::as_const(m_editors)) {
        QWidget *field = e->field();
        if (field->focusPolicy() & Qt::TabFocus)
            chain.append(field);
        for (QWidget *w : field->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(w))
                chain.append(w);
        }
    }
    chain << m_other << m_addAttribute << m_removeAttribute;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void PropertyPanel::refresh()
{
    const LabelInterface *config = m_doc ? m_doc->lastGoodConfig() : nullptr;
    const XmlNode *node = ConfigDocument::elementIn(config, m_path);
    const bool readOnly = isReadOnly();
    const QString tag = node ? node->name() : QString();
    if (tag != m_tag || !m_formHost)
        rebuildForm(tag);

    if (!node) {
        m_title->setText(tr("No element selected"));
        m_hint->setText(m_doc && !config ? tr("The config does not parse: fix it in the XML view.")
                                         : tr("Select an element to edit its properties."));
        m_hint->show();
        for (QWidget *w : { static_cast<QWidget *>(m_otherCaption), static_cast<QWidget *>(m_other),
                 static_cast<QWidget *>(m_addAttribute), static_cast<QWidget *>(m_removeAttribute) })
            w->hide();
        return;
    }
    for (QWidget *w : { static_cast<QWidget *>(m_otherCaption), static_cast<QWidget *>(m_other),
             static_cast<QWidget *>(m_addAttribute), static_cast<QWidget *>(m_removeAttribute) })
        w->show();
    m_title->setText(tr("<%1> — %2").arg(tag, kindText(tag)));
    m_hint->setText(readOnly ? tr("Read-only: the XML is not well-formed (%1). Fix it in the XML view.")
                                   .arg(m_doc ? m_doc->error().toString() : QString())
                             : QString());
    m_hint->setVisible(readOnly);

    QStringList objectNames;
    for (const ObjectTagInfo &o : config->objects()) {
        if (!o.name.isEmpty() && !objectNames.contains(o.name))
            objectNames.append(o.name);
    }
    QStringList otherNames;
    config->document().root()->forEachElement([&](XmlNode *e) {
        if (e != node && e->hasAttribute(QStringLiteral("name")))
            otherNames.append(e->attribute(QStringLiteral("name")));
    });

    m_rawShown.clear();
    for (AttributeEditor *e : std::as_const(m_editors)) {
        const AttributeSpec &spec = e->spec();
        e->setNames(spec.kind == AttributeKind::ToName ? objectNames
                : spec.kind == AttributeKind::Name     ? otherNames
                                                       : QStringList());
        const bool present = node->hasAttribute(spec.name);
        const QString value = node->attribute(spec.name);
        const bool showable = !present || e->canShow(value);
        if (!showable)
            m_rawShown.insert(spec.name);
        e->showValue(showable ? value : QString(), present && showable);
        e->setReadOnly(readOnly || !showable);
        e->field()->setToolTip(showable ? QString()
                                        : tr("“%1” is not a value this field can show: edit it under "
                                             "Other attributes.")
                                              .arg(value));
    }
    m_addAttribute->setEnabled(!readOnly);
    m_removeAttribute->setEnabled(!readOnly);
    m_other->setEnabled(!readOnly);
    if (!m_inOtherCommit && !isEditingOther())
        refreshOther();
}

bool PropertyPanel::isEditingOther() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_other->viewport() && m_other->viewport()->isAncestorOf(focus);
}

void PropertyPanel::scheduleRefreshOther()
{
    QTimer::singleShot(0, this, [this] {
        if (!isEditingOther())
            refreshOther();
    });
}

void PropertyPanel::refreshOther()
{
    const LabelInterface *config = m_doc ? m_doc->lastGoodConfig() : nullptr;
    const XmlNode *node = ConfigDocument::elementIn(config, m_path);
    QSet<QString> known;
    for (AttributeEditor *e : std::as_const(m_editors))
        known.insert(e->spec().name);
    QList<QPair<QString, QString>> rows;
    if (node) {
        for (const auto &a : node->attributes()) {
            if (!known.contains(a.first) || m_rawShown.contains(a.first))
                rows.append(a);
        }
    }
    if (m_pending.active)
        rows.append({ m_pending.key, m_pending.value });

    const int current = m_other->currentRow();
    m_filling = true;
    m_other->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const bool pending = m_pending.active && r == rows.size() - 1;
        auto *key = new QTableWidgetItem(rows[r].first);
        key->setData(Qt::UserRole, pending ? QString() : rows[r].first);
        auto *value = new QTableWidgetItem(rows[r].second);
        m_other->setItem(r, 0, key);
        m_other->setItem(r, 1, value);
    }
    m_filling = false;
    if (current >= 0 && current < rows.size())
        m_other->setCurrentCell(current, m_other->currentColumn() < 0 ? 0 : m_other->currentColumn());
}

void PropertyPanel::commit(AttributeEditor *editor, const QString &value)
{
    const XmlNode *node = m_doc ? m_doc->element(m_path) : nullptr;
    if (!node) {
        refresh();
        return;
    }
    const AttributeSpec &spec = editor->spec();
    if (value.isEmpty() && spec.required) {
        setMessage(tr("“%1” is required: it cannot be empty.").arg(spec.name));
        refresh();
        return;
    }
    setMessage({});
    const bool remove = value.isEmpty() || value == spec.defaultValue;
    bool changed = false;
    if (remove)
        changed = node->hasAttribute(spec.name) && m_doc->removeAttribute(m_path, spec.name);
    else if (!node->hasAttribute(spec.name) || node->attribute(spec.name) != value)
        changed = m_doc->setAttribute(m_path, spec.name, value);
    if (!changed)
        refresh(); // show the stored value again (a default, a refused entry)
}

void PropertyPanel::addAttributeRow()
{
    if (isReadOnly() || !m_doc || !m_doc->element(m_path))
        return;
    if (!m_pending.active) {
        m_pending = { true, QString(), QString() };
        refreshOther();
    }
    const int row = m_other->rowCount() - 1;
    m_other->setFocus();
    m_other->setCurrentCell(row, 0);
    m_other->editItem(m_other->item(row, 0));
}

void PropertyPanel::removeSelectedAttributes()
{
    if (isReadOnly() || !m_doc)
        return;
    QStringList keys;
    bool dropPending = false;
    for (const QModelIndex &index : m_other->selectionModel()->selectedRows()) {
        const QString key = m_other->item(index.row(), 0)->data(Qt::UserRole).toString();
        if (key.isEmpty())
            dropPending = true;
        else
            keys.append(key);
    }
    if (keys.isEmpty() && m_other->currentRow() >= 0 && m_other->selectionModel()->selectedRows().isEmpty()) {
        const QString key = m_other->item(m_other->currentRow(), 0)->data(Qt::UserRole).toString();
        if (key.isEmpty())
            dropPending = true;
        else
            keys.append(key);
    }
    if (dropPending)
        m_pending = {};
    const ElementPath path = m_path;
    const bool changed = !keys.isEmpty()
        && m_doc->edit(keys.size() == 1 ? tr("Remove %1").arg(keys.first()) : tr("Remove attributes"),
            [&](XmlDocument &d) {
                XmlNode *n = ConfigDocument::nodeAt(d, path);
                if (!n)
                    return false;
                for (const QString &k : keys)
                    n->removeAttribute(k);
                return true;
            });
    if (!changed)
        refreshOther();
}

void PropertyPanel::otherItemChanged(QTableWidgetItem *item)
{
    if (m_filling || !m_doc)
        return;
    const XmlNode *node = m_doc->element(m_path);
    const int row = item->row();
    QTableWidgetItem *keyItem = m_other->item(row, 0);
    QTableWidgetItem *valueItem = m_other->item(row, 1);
    if (!node || !keyItem || !valueItem) {
        scheduleRefreshOther();
        return;
    }
    const QString oldKey = keyItem->data(Qt::UserRole).toString();
    const bool pending = oldKey.isEmpty();
    const QString key = keyItem->text().trimmed();
    const QString value = valueItem->text();

    m_inOtherCommit = true;
    setMessage({});
    if (item->column() == 0 && key != oldKey) {
        if (key.isEmpty() && pending) {
            m_pending.key.clear();
        } else if (key.isEmpty() || !ConfigBuilder::isValidName(key)) {
            setMessage(tr("“%1” is not a valid attribute name.").arg(key));
        } else if (node->hasAttribute(key)) {
            setMessage(tr("The element already has an attribute “%1”.").arg(key));
        } else if (pending) {
            m_pending.key = key;
            if (!value.isEmpty() && m_doc->setAttribute(m_path, key, value))
                m_pending = {};
        } else {
            // A rename is the old attribute removed and the new one set: one step.
            const ElementPath path = m_path;
            m_doc->edit(tr("Rename %1 to %2").arg(oldKey, key), [&](XmlDocument &d) {
                XmlNode *n = ConfigDocument::nodeAt(d, path);
                if (!n || !n->removeAttribute(oldKey))
                    return false;
                n->setAttribute(key, value);
                return true;
            });
        }
    } else if (item->column() == 1) {
        if (pending) {
            m_pending.value = value;
            if (!m_pending.key.isEmpty() && !value.isEmpty()
                && m_doc->setAttribute(m_path, m_pending.key, value))
                m_pending = {};
        } else if (value.isEmpty()) {
            m_doc->removeAttribute(m_path, oldKey); // emptied: removed, never written empty
        } else if (node->attribute(oldKey) != value) {
            m_doc->setAttribute(m_path, oldKey, value);
        }
    }
    m_inOtherCommit = false;
    scheduleRefreshOther();
}

} // namespace lsdesk
