#pragma once

#include "configeditor/configdocument.h"
#include "configeditor/labellistmodel.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace lsdesk {

// The labels of the selected control as an editable list: paste many at once (one per line, duplicates
// skipped, one undo step), rename in place (F2 / double click), reorder (Alt+Up / Alt+Down, or drag),
// delete (Delete), colour (Colour…) and hotkey. New Labels of a *Labels control get a colour of their
// own from LabelListModel::palette(); choices none.
//
// Every change is one ConfigDocument edit. The selection is kept by row across document changes (an
// undo, the XML view typing), and follows the labels the editor itself moves or adds.
class LabelListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LabelListEditor(QWidget *parent = nullptr);
    ~LabelListEditor() override;

    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_model->document(); }
    const ElementPath &controlPath() const { return m_model->controlPath(); }

    LabelListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPlainTextEdit *pasteBox() const { return m_paste; }
    QLineEdit *hotkeyEdit() const { return m_hotkey; }
    // The status line: what the last add did, or why an edit was refused.
    QString statusText() const;

    // The selected rows, ascending; selectRows() makes them the selection (the first one current).
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);

    // Adds each non-empty trimmed line of `text` as a label at the end, skipping duplicates, in one
    // undo step; reports the counts in the status line and selects the new labels.
    LabelListModel::AddResult addLabels(const QString &text);
    // Sets (invalid colour: removes) the background of the selected labels, in one undo step. The
    // Colour… action calls it with what QColorDialog returns.
    void setColourForSelection(const QColor &colour);
    // Sets (empty: removes) the hotkey of the current label.
    void setHotkeyForCurrent(const QString &hotkey);

    QAction *addLabelsAction() const { return m_addAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *colourAction() const { return m_colourAction; }

public Q_SLOTS:
    // The control whose labels to edit; an empty path or a control without labels disables the editor
    // with a hint.
    void setControlPath(const ElementPath &path);
    void addFromPasteBox();
    void renameCurrent();
    void moveSelectionUp();
    void moveSelectionDown();
    void deleteSelection();
    // Opens QColorDialog, then setColourForSelection().
    void chooseColour();

Q_SIGNALS:
    // The current label changed (an empty path: none), e.g. for the property panel to show it.
    void currentLabelChanged(const ElementPath &path);

private:
    void moveSelection(int step);
    void updateState();
    void setStatus(const QString &text);
    void saveSelection();
    void restoreSelection();

    LabelListModel *m_model;
    QListView *m_view;
    QLabel *m_hint;
    QLabel *m_hotkeyCaption;
    QLineEdit *m_hotkey;
    QLabel *m_pasteCaption;
    QPlainTextEdit *m_paste;
    QPushButton *m_addButton;
    QLabel *m_status;
    QAction *m_addAction;
    QAction *m_renameAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_deleteAction;
    QAction *m_colourAction;
    QList<QWidget *> m_buttons;
    QList<int> m_savedRows;
    int m_savedCurrent = -1;
    ElementPath m_lastCurrent;
};

} // namespace lsdesk
