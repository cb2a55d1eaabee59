#include "configeditor/labellisteditor.h"

#include <QAction>
#include <QColorDialog>
#include <QDrag>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lsdesk {

namespace {

// The model moves the labels in dropMimeData(): a drag must not remove the source rows afterwards, as
// QAbstractItemView does after a MoveAction (that would delete the labels just moved).
class LabelListView : public QListView
{
public:
    using QListView::QListView;

protected:
    void startDrag(Qt::DropActions) override
    {
        const QModelIndexList indexes = selectedIndexes();
        QMimeData *data = indexes.isEmpty() ? nullptr : model()->mimeData(indexes);
        if (!data)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(data);
        drag->exec(Qt::MoveAction, Qt::MoveAction);
    }
};

} // namespace

LabelListEditor::LabelListEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new LabelListModel(this))
    , m_view(new LabelListView(this))
    , m_hint(new QLabel(this))
    , m_hotkeyCaption(new QLabel(tr("Hot&key:"), this))
    , m_hotkey(new QLineEdit(this))
    , m_pasteCaption(new QLabel(tr("Add labels, &one per line:"), this))
    , m_paste(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_status(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("labels"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // DragDrop rather than InternalMove: the model's canDropMimeData() already refuses rows of another
    // list, and a drop then always goes through dropMimeData() (one undo step for the whole move).
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Labels"));
    // Colour swatches the height of a line of text.
    const int swatch = m_view->fontMetrics().height() * 3 / 4;
    m_view->setIconSize(QSize(swatch, swatch));
    m_hint->setTextFormat(Qt::PlainText); // "<Rating> has no labels" is no markup
    m_hint->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_hotkey->setObjectName(QStringLiteral("hotkey"));
    m_hotkey->setPlaceholderText(tr("e.g. 1, ctrl+b"));
    m_hotkeyCaption->setBuddy(m_hotkey);
    m_paste->setObjectName(QStringLiteral("paste"));
    m_paste->setTabChangesFocus(true);
    m_paste->setPlaceholderText(tr("Car\nPerson\nBike"));
    m_paste->setMaximumHeight(m_paste->fontMetrics().lineSpacing() * 6);
    m_pasteCaption->setBuddy(m_paste);
    m_addButton->setObjectName(QStringLiteral("add"));

    // The list's actions work while the list (or its inline editor) has the focus, so the keys keep
    // their text-editing meaning in the hotkey field and the paste box.
    const auto makeAction
        = [this](const QString &text, const QKeySequence &key, void (LabelListEditor::*slot)()) {
              auto *a = new QAction(text, this);
              if (!key.isEmpty()) {
                  a->setShortcut(key);
                  a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  a->setToolTip(tr("%1 (%2)").arg(
                      QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
              }
              m_view->addAction(a);
              connect(a, &QAction::triggered, this, slot);
              return a;
          };
    m_renameAction = makeAction(tr("&Rename"), QKeySequence(Qt::Key_F2), &LabelListEditor::renameCurrent);
    m_moveUpAction
        = makeAction(tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), &LabelListEditor::moveSelectionUp);
    m_moveDownAction = makeAction(
        tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), &LabelListEditor::moveSelectionDown);
    m_colourAction = makeAction(tr("&Colour…"), QKeySequence(), &LabelListEditor::chooseColour);
    m_deleteAction = makeAction(tr("&Delete"), QKeySequence::Delete, &LabelListEditor::deleteSelection);
    // Ctrl+Return adds from the paste box, where plain Return is a new line.
    m_addAction = new QAction(tr("Add"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addAction->setShortcutContext(Qt::WidgetShortcut);
    m_paste->addAction(m_addAction);
    connect(m_addAction, &QAction::triggered, this, &LabelListEditor::addFromPasteBox);
    connect(m_addButton, &QPushButton::clicked, this, &LabelListEditor::addFromPasteBox);

    auto *buttons = new QHBoxLayout;
    for (QAction *a : { m_renameAction, m_moveUpAction, m_moveDownAction, m_colourAction, m_deleteAction }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setFocusPolicy(Qt::TabFocus);
        buttons->addWidget(b);
        m_buttons.append(b);
    }
    buttons->addStretch(1);
    auto *hotkeyRow = new QHBoxLayout;
    hotkeyRow->addWidget(m_hotkeyCaption);
    hotkeyRow->addWidget(m_hotkey, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_status, 1);

    auto *listCaption = new QLabel(tr("&Labels:"), this);
    listCaption->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listCaption);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(hotkeyRow);
    layout->addWidget(m_pasteCaption);
    layout->addWidget(m_paste);
    layout->addLayout(addRow);
    setTabOrder(m_view, m_buttons.first());
    for (int i = 1; i < m_buttons.size(); ++i)
        setTabOrder(m_buttons[i - 1], m_buttons[i]);
    setTabOrder(m_buttons.last(), m_hotkey);
    setTabOrder(m_hotkey, m_paste);
    setTabOrder(m_paste, m_addButton);

    connect(m_hotkey, &QLineEdit::editingFinished, this, [this] {
        if (m_hotkey->isModified()) {
            m_hotkey->setModified(false);
            setHotkeyForCurrent(m_hotkey->text());
        }
    });
    connect(m_model, &LabelListModel::editRefused, this, &LabelListEditor::setStatus);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LabelListEditor::saveSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LabelListEditor::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LabelListEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LabelListEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LabelListEditor::updateState);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LabelListEditor::updateState);
    updateState();
}

LabelListEditor::~LabelListEditor() = default;

void LabelListEditor::setDocument(ConfigDocument *document)
{
    if (m_model->document())
        disconnect(m_model->document(), nullptr, this, nullptr);
    m_model->setDocument(document);
    // The model follows text changes on its own; the editability (the text parses or not) is ours.
    if (document)
        connect(document, &ConfigDocument::changed, this, &LabelListEditor::updateState);
    updateState();
}

void LabelListEditor::setControlPath(const ElementPath &path)
{
    const bool other = !samePath(path, m_model->controlPath());
    m_model->setControlPath(path);
    if (other) {
        m_view->selectionModel()->clear();
        setStatus({});
    }
    updateState();
}

QString LabelListEditor::statusText() const
{
    return m_status->text();
}

void LabelListEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

QList<int> LabelListEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LabelListEditor::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    int first = -1;
    for (int r : rows) {
        if (r < 0 || r >= m_model->rowCount())
            continue;
        selection.select(m_model->index(r), m_model->index(r));
        if (first < 0 || r < first)
            first = r;
    }
    QItemSelectionModel *sm = m_view->selectionModel();
    if (first >= 0)
        sm->setCurrentIndex(m_model->index(first), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
}

void LabelListEditor::saveSelection()
{
    m_savedRows = selectedRows();
    m_savedCurrent = m_view->currentIndex().row();
}

void LabelListEditor::restoreSelection()
{
    // By row: after a removal the label that took the row is selected, so Delete can be pressed again.
    const int count = m_model->rowCount();
    QList<int> rows;
    for (int r : std::as_const(m_savedRows)) {
        if (r < count)
            rows.append(r);
    }
    if (rows.isEmpty() && !m_savedRows.isEmpty() && count > 0)
        rows.append(std::min(m_savedRows.first(), count - 1));
    selectRows(rows);
    if (m_savedCurrent >= 0 && m_savedCurrent < count && rows.contains(m_savedCurrent))
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(m_savedCurrent), QItemSelectionModel::NoUpdate);
}

void LabelListEditor::updateState()
{
    const bool editable = m_model->isEditable();
    ConfigDocument *doc = m_model->document();
    if (!doc || m_model->controlPath().isEmpty() || m_model->controlTag().isEmpty()) {
        m_hint->setText(tr("Select a control to edit its labels."));
    } else if (!m_model->hasLabels()) {
        m_hint->setText(tr("<%1> has no labels. Choices, Taxonomy, Relations and the *Labels controls "
                           "have.")
                            .arg(m_model->controlTag()));
    } else if (!doc->config()) {
        m_hint->setText(tr("Read-only while the XML is not well-formed: fix it in the XML view."));
    } else {
        const XmlNode *control = doc->element(m_model->controlPath());
        const QString value = control ? control->attribute(QStringLiteral("value")) : QString();
        m_hint->setText(value.startsWith(QLatin1Char('$'))
                ? tr("More labels come from the task data field %1.").arg(value)
                : QString());
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    // Shown (for reading) even when not editable; only the edits are disabled.
    m_view->setEnabled(m_model->hasLabels());
    const QList<int> rows = selectedRows();
    const bool any = editable && !rows.isEmpty();
    const QModelIndex current = m_view->currentIndex();
    m_renameAction->setEnabled(editable && current.isValid());
    // Up moves something unless the selection is a run at the top; down, unless at the bottom.
    m_moveUpAction->setEnabled(any && rows.last() >= rows.size());
    m_moveDownAction->setEnabled(any && rows.first() < m_model->rowCount() - rows.size());
    m_colourAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_hotkey->setEnabled(editable && current.isValid());
    m_hotkeyCaption->setEnabled(m_hotkey->isEnabled());
    if (!(m_hotkey->hasFocus() && m_hotkey->isModified())) {
        const QString hotkey
            = current.isValid() ? current.data(LabelListModel::HotkeyRole).toString() : QString();
        if (m_hotkey->text() != hotkey)
            m_hotkey->setText(hotkey);
    }
    for (QWidget *w : { static_cast<QWidget *>(m_pasteCaption), static_cast<QWidget *>(m_paste),
             static_cast<QWidget *>(m_addButton) })
        w->setEnabled(editable);
    m_addAction->setEnabled(editable);

    const ElementPath path = current.isValid() ? m_model->pathForRow(current.row()) : ElementPath();
    if (!samePath(path, m_lastCurrent)) {
        m_lastCurrent = path;
        Q_EMIT currentLabelChanged(path);
    }
}

LabelListModel::AddResult LabelListEditor::addLabels(const QString &text)
{
    const int before = m_model->rowCount();
    const LabelListModel::AddResult result = m_model->addLabels(text.split(QLatin1Char('\n')));
    if (result.added == 0 && result.skipped == 0) {
        setStatus(tr("Nothing to add: type or paste one label per line."));
        return result;
    }
    QString status = tr("Added %n label(s)", nullptr, result.added);
    if (result.skipped > 0)
        status += tr(", skipped %n duplicate(s)", nullptr, result.skipped);
    setStatus(status + QLatin1Char('.'));
    if (result.added > 0) {
        QList<int> added;
        for (int r = before; r < m_model->rowCount(); ++r)
            added.append(r);
        selectRows(added);
    }
    return result;
}

void LabelListEditor::addFromPasteBox()
{
    if (!m_model->isEditable())
        return;
    const LabelListModel::AddResult result = addLabels(m_paste->toPlainText());
    if (result.added > 0 || result.skipped > 0)
        m_paste->clear();
}

void LabelListEditor::renameCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->isEditable()) {
        m_view->setFocus();
        m_view->edit(current);
    }
}

void LabelListEditor::moveSelectionUp()
{
    moveSelection(-1);
}

void LabelListEditor::moveSelectionDown()
{
    moveSelection(1);
}

void LabelListEditor::moveSelection(int step)
{
    const QList<int> rows = selectedRows();
    const int n = m_model->rowCount();
    if (rows.isEmpty() || !m_model->isEditable())
        return;
    // Each selected label swaps with its unselected neighbour; a selected run at the end stays put.
    QList<int> order;
    QList<bool> selected;
    for (int r = 0; r < n; ++r) {
        order.append(r);
        selected.append(rows.contains(r));
    }
    if (step < 0) {
        for (int i = 1; i < n; ++i) {
            if (selected[i] && !selected[i - 1]) {
                std::swap(order[i], order[i - 1]);
                std::swap(selected[i], selected[i - 1]);
            }
        }
    } else {
        for (int i = n - 2; i >= 0; --i) {
            if (selected[i] && !selected[i + 1]) {
                std::swap(order[i], order[i + 1]);
                std::swap(selected[i], selected[i + 1]);
            }
        }
    }
    const int current = m_view->currentIndex().row();
    const QString label = rows.size() == 1
        ? (step < 0 ? tr("Move %1 up") : tr("Move %1 down")).arg(m_model->valueAt(rows.first()))
        : (step < 0 ? tr("Move labels up") : tr("Move labels down"));
    if (!m_model->reorderLabels(order, label))
        return;
    // The selection follows the labels.
    QList<int> now;
    for (int i = 0; i < n; ++i) {
        if (selected[i])
            now.append(i);
    }
    selectRows(now);
    const int currentNow = int(order.indexOf(current));
    if (currentNow >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentNow), QItemSelectionModel::NoUpdate);
}

void LabelListEditor::deleteSelection()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    m_model->removeLabels(rows);
}

void LabelListEditor::setColourForSelection(const QColor &colour)
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    m_model->setAttributeForRows(rows, QStringLiteral("background"),
        colour.isValid() ? LabelListModel::colourText(colour) : QString());
}

void LabelListEditor::setHotkeyForCurrent(const QString &hotkey)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->setAttributeForRows({ current.row() }, QStringLiteral("hotkey"), hotkey.trimmed());
}

void LabelListEditor::chooseColour()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isEditable() || !current.isValid())
        return;
    const QColor initial = current.data(LabelListModel::ColourRole).value<QColor>();
    const QColor chosen = QColorDialog::getColor(
        initial.isValid() ? initial : LabelListModel::palette().first(), this, tr("Label colour"));
    if (chosen.isValid())
        setColourForSelection(chosen);
}

} // namespace lsdesk
