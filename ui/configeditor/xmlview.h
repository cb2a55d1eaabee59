#pragma once

#include "configeditor/configdocument.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;

namespace lsdesk {

class XmlHighlighter;

// A problem found elsewhere (the validator, the server) to mark on a line of the XML; 1-based.
struct XmlProblem
{
    int line = 0;
    QString message;
};

// The XML text of the config: a plain-text editor with syntax colours, the parse error and other
// problems marked on their lines (wavy underline, tooltip) and told in a status line below.
//
// Every keystroke goes to ConfigDocument::replaceText (the document merges typing into one undo step);
// changes from elsewhere (undo, redo, the tree, the property panel) replace the text keeping the cursor
// offset and the scroll position. The editor's own undo is off: Ctrl+Z / Ctrl+Y are the document's, so
// they undo a structural edit made in the tree as well as typing here. The view has its own Undo/Redo
// actions for that (shortcuts active inside it); a window with its own Undo/Redo shortcuts turns them
// off with setUndoShortcutsEnabled(false), or Qt sees two actions on one key and runs neither.
// Tab types a tab; Ctrl+Tab / Ctrl+Shift+Tab move the focus on. F8 goes to the error (or first problem).
class XmlView : public QWidget
{
    Q_OBJECT
public:
    explicit XmlView(QWidget *parent = nullptr);
    ~XmlView() override;

    // Not owned.
    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }

    // Marks these lines besides the parse error (validation errors); replaces the previous set.
    void setProblems(const QList<XmlProblem> &problems);
    QList<XmlProblem> problems() const { return m_problems; }

    // The innermost element around the cursor in the current parse ({} when the text does not parse
    // and nothing was found before).
    ElementPath pathAtCursor() const { return m_pathAtCursor; }

    void setUndoShortcutsEnabled(bool enabled);

    // For the window and the tests.
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    XmlHighlighter *highlighter() const { return m_highlighter; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *goToProblemAction() const { return m_goToProblem; }

public Q_SLOTS:
    // Puts the cursor at the start tag of the element at `path` (in the current parse) and scrolls to
    // it; nothing when the cursor is already inside that element, so a selection that came from this
    // view's own cursor does not jump back to the start tag.
    void revealPath(const lsdesk::ElementPath &path);
    // Puts the cursor at the start of a 1-based line.
    void revealLine(int line);

Q_SIGNALS:
    void pathAtCursorChanged(const lsdesk::ElementPath &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void onDocumentChanged(bool fromTyping);
    void onCursorMoved();
    void applyText(const QString &text);
    void updateMarks();
    void updateStatus();
    void updatePathAtCursor();
    void updateColors();
    void revealPosition(int line, int column);
    void goToProblem();
    void showContextMenu(const QPoint &pos);
    QString editorText() const;

    QPointer<ConfigDocument> m_doc;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    XmlHighlighter *m_highlighter;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_goToProblem;
    bool m_undoShortcuts = true;
    bool m_applying = false; // replacing the text from the document: not typing
    bool m_crlf = false; // the document's lines end in CR LF (the editor shows LF)
    QList<XmlProblem> m_problems;
    QMap<int, QStringList> m_marks; // line → messages, for the tooltips
    ElementPath m_pathAtCursor;
    bool m_hasPathAtCursor = false;
};

} // namespace lsdesk

Q_DECLARE_METATYPE(lsdesk::XmlProblem)
