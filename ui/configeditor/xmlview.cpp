#include "configeditor/xmlview.h"

#include "configeditor/xmlhighlighter.h"

#include <QAction>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lsdesk {

namespace {

bool isUndoKey(const QKeyEvent *e)
{
    return e->matches(QKeySequence::Undo);
}

bool isRedoKey(const QKeyEvent *e)
{
    return e->matches(QKeySequence::Redo) || e->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_Y);
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// One past the end of the element whose start tag begins at `start` (-1: not found). Only called on a
// text that parses, so a plain scan suffices: quotes inside tags, comments, CDATA and processing
// instructions are skipped, start and end tags counted. The parser keeps no end positions, and start
// positions alone would put the text after an element's end tag (a comment, the parent's end tag)
// inside its last child.
int elementEnd(QStringView t, int start)
{
    const int n = int(t.size());
    int depth = 0;
    int i = start;
    while (i < n) {
        const int lt = int(t.indexOf(u'<', i));
        if (lt < 0)
            return -1;
        // Comments, CDATA and processing instructions hold no tags.
        const QStringView rest = t.mid(lt);
        QStringView close;
        if (rest.startsWith(u"<!--"))
            close = u"-->";
        else if (rest.startsWith(u"<![CDATA["))
            close = u"]]>";
        else if (rest.startsWith(u"<?"))
            close = u"?>";
        if (!close.isEmpty()) {
            const int e = int(t.indexOf(close, lt + 2));
            if (e < 0)
                return -1;
            i = e + int(close.size());
            continue;
        }
        const bool closing = lt + 1 < n && t.at(lt + 1) == u'/';
        int j = lt + 1;
        QChar quote;
        for (; j < n; ++j) {
            const QChar c = t.at(j);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        if (j >= n)
            return -1;
        if (closing)
            --depth;
        else if (t.at(j - 1) != u'/')
            ++depth;
        i = j + 1;
        if (depth <= 0)
            return i;
    }
    return -1;
}

} // namespace

XmlView::XmlView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_highlighter(new XmlHighlighter(m_edit->document(), m_edit->palette()))
    , m_goToProblem(new QAction(tr("Go to &Problem"), this))
{
    m_edit->setObjectName(QStringLiteral("xmlEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The document's undo stack is the one undo: the editor's own would undo typing only, behind it.
    m_edit->setUndoRedoEnabled(false);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    setFocusProxy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    m_goToProblem->setShortcut(QKeySequence(Qt::Key_F8));
    m_goToProblem->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goToProblem->setToolTip(tr("Move the cursor to the line of the XML error or the first problem"));
    m_goToProblem->setEnabled(false);
    addAction(m_goToProblem);
    connect(m_goToProblem, &QAction::triggered, this, &XmlView::goToProblem);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &XmlView::onTextEdited);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &XmlView::onCursorMoved);
    connect(m_edit, &QWidget::customContextMenuRequested, this, &XmlView::showContextMenu);
    updateColors();
    updateStatus();
}

XmlView::~XmlView()
{
    // The editor goes with QWidget's destructor, after ours: nothing of its teardown may reach us.
    m_edit->disconnect(this);
    m_edit->removeEventFilter(this);
    m_edit->viewport()->removeEventFilter(this);
}

void XmlView::setDocument(ConfigDocument *document)
{
    if (m_doc)
        m_doc->disconnect(this);
    delete m_undo;
    delete m_redo;
    m_undo = m_redo = nullptr;
    m_doc = document;
    m_hasPathAtCursor = false;
    m_pathAtCursor.clear();
    if (m_doc) {
        m_undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
        m_redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
        m_undo->setShortcut(QKeySequence::Undo);
        QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
        if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
        m_redo->setShortcuts(redoKeys);
        for (QAction *a : { m_undo, m_redo }) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            if (m_undoShortcuts)
                addAction(a);
        }
        connect(m_doc, &ConfigDocument::changed, this, &XmlView::onDocumentChanged);
    }
    applyText(m_doc ? m_doc->text() : QString());
    // A new text starts at its top.
    m_edit->moveCursor(QTextCursor::Start);
    m_edit->verticalScrollBar()->setValue(0);
    m_edit->horizontalScrollBar()->setValue(0);
    updateMarks();
    updateStatus();
    updatePathAtCursor();
}

void XmlView::setUndoShortcutsEnabled(bool enabled)
{
    m_undoShortcuts = enabled;
    for (QAction *a : { m_undo, m_redo }) {
        if (!a)
            continue;
        if (enabled)
            addAction(a);
        else
            removeAction(a);
    }
}

QString XmlView::editorText() const
{
    // Not toPlainText(): it turns no-break spaces into spaces, and the config's must survive typing.
    QString text = m_edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void XmlView::onTextEdited()
{
    if (m_applying || !m_doc)
        return;
    QString text = editorText();
    if (m_crlf)
        text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    m_doc->replaceText(text);
}

void XmlView::onDocumentChanged(bool fromTyping)
{
    // The text is compared even after typing: the document may have been changed by someone else in
    // between, and then this view must show it.
    if (!fromTyping
        || editorText() != QString(m_doc->text()).replace(QLatin1String("\r\n"), QLatin1String("\n")))
        applyText(m_doc->text());
    updateMarks();
    updateStatus();
    updatePathAtCursor();
}

void XmlView::applyText(const QString &text)
{
    // The editor splits lines at LF and at a lone CR; only CR LF is carried back when typing (a lone CR
    // in a config would become LF on the next keystroke).
    m_crlf = text.contains(QLatin1String("\r\n"));
    const QString shown = m_crlf ? QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")) : text;
    const QString old = editorText();
    if (old == shown)
        return;

    const QTextCursor before = m_edit->textCursor();
    const int position = before.position();
    const int anchor = before.anchor();
    const int vertical = m_edit->verticalScrollBar()->value();
    const int horizontal = m_edit->horizontalScrollBar()->value();

    // Only the part that differs is replaced: the highlighter redoes those lines only, and the layout
    // (so the scroll range) of the rest stays.
    const int oldSize = int(old.size()), newSize = int(shown.size());
    int prefix = 0;
    while (prefix < oldSize && prefix < newSize && old.at(prefix) == shown.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
        && old.at(oldSize - 1 - suffix) == shown.at(newSize - 1 - suffix))
        ++suffix;

    m_applying = true;
    QTextCursor c(m_edit->document());
    c.setPosition(prefix);
    c.setPosition(oldSize - suffix, QTextCursor::KeepAnchor);
    c.insertText(shown.mid(prefix, newSize - suffix - prefix));

    // The cursor stays at its offset (clamped), not where the replacement pushed it.
    const int last = m_edit->document()->characterCount() - 1;
    QTextCursor after = m_edit->textCursor();
    after.setPosition(qBound(0, anchor, last));
    after.setPosition(qBound(0, position, last), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(after);
    m_edit->verticalScrollBar()->setValue(vertical);
    m_edit->horizontalScrollBar()->setValue(horizontal);
    m_applying = false;
}

void XmlView::setProblems(const QList<XmlProblem> &problems)
{
    m_problems = problems;
    updateMarks();
    updateStatus();
}

void XmlView::updateMarks()
{
    m_marks.clear();
    if (m_doc && !m_doc->config() && m_doc->error().isError() && m_doc->error().line > 0)
        m_marks[int(m_doc->error().line)] << m_doc->error().toString();
    for (const XmlProblem &p : std::as_const(m_problems)) {
        if (p.line > 0)
            m_marks[p.line] << p.message;
    }

    const QColor error = XmlHighlighter::errorColor(m_edit->palette());
    const QColor base = m_edit->palette().color(QPalette::Base);
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        // The whole line tinted, so an empty line (where an unclosed tag was expected) shows too.
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(blend(base, error, 0.14));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.format.setToolTip(it.value().join(u'\n'));
        selections << line;
        // And its text underlined, from the first non-space character.
        const QString text = block.text();
        int first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        if (first < text.size()) {
            QTextEdit::ExtraSelection underline;
            underline.cursor = QTextCursor(block);
            underline.cursor.setPosition(block.position() + first);
            underline.cursor.setPosition(block.position() + int(text.size()), QTextCursor::KeepAnchor);
            underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underline.format.setUnderlineColor(error);
            underline.format.setToolTip(it.value().join(u'\n'));
            selections << underline;
        }
    }
    m_edit->setExtraSelections(selections);
    m_goToProblem->setEnabled(!m_marks.isEmpty());
}

void XmlView::updateStatus()
{
    QString text;
    bool problem = true;
    if (m_doc && !m_doc->config() && m_doc->error().isError()) {
        const XmlError &e = m_doc->error();
        text = e.line > 0
            ? tr("Line %1, column %2: %3").arg(QString::number(e.line), QString::number(e.column), e.message)
            : e.message;
    } else if (!m_problems.isEmpty()) {
        const XmlProblem &p = m_problems.first();
        text = p.line > 0 ? tr("Line %1: %2").arg(QString::number(p.line), p.message) : p.message;
        if (m_problems.size() > 1)
            text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(m_problems.size()) - 1);
    } else {
        const QTextCursor c = m_edit->textCursor();
        text = tr("Line %1, column %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1);
        problem = false;
    }
    // The status is one line: the full text is in the tooltip.
    const QString firstLine = text.section(u'\n', 0, 0);
    m_status->setText(firstLine);
    m_status->setToolTip(firstLine == text ? QString() : text);
    // The error colour, derived from the editor's palette; otherwise the inherited palette.
    QPalette p;
    if (problem) {
        p = palette();
        p.setColor(QPalette::WindowText, XmlHighlighter::errorColor(m_edit->palette()));
    }
    m_status->setPalette(p);
}

void XmlView::onCursorMoved()
{
    if (m_applying)
        return; // applyText() restores the cursor; onDocumentChanged() updates after it
    updatePathAtCursor();
    updateStatus();
}

void XmlView::updatePathAtCursor()
{
    const XmlNode *node = m_doc && m_doc->config() ? m_doc->config()->document().root() : nullptr;
    if (!node)
        return; // the last path stays while the text does not parse
    // The innermost element whose span holds the cursor: the last child starting at or before it, if
    // the cursor is not past that child's end. Inclusive at the end, so a cursor right after "/>" is
    // still in that element.
    const QString text = editorText();
    const int cursor = m_edit->textCursor().position();
    const auto offsetOf = [&](const XmlNode *n) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(int(n->line()) - 1);
        return block.isValid() ? block.position() + int(n->column()) - 1 : int(text.size());
    };
    ElementPath path;
    for (;;) {
        const QList<XmlNode *> children = node->childElements();
        int inside = -1;
        int start = 0;
        for (int i = 0; i < children.size(); ++i) {
            const int at = offsetOf(children[i]);
            if (at > cursor)
                break;
            inside = i;
            start = at;
        }
        if (inside < 0)
            break;
        const int end = elementEnd(text, start);
        if (end >= 0 && cursor > end)
            break;
        path << inside;
        node = children[inside];
    }
    if (m_hasPathAtCursor && samePath(path, m_pathAtCursor))
        return;
    m_pathAtCursor = path;
    m_hasPathAtCursor = true;
    Q_EMIT pathAtCursorChanged(path);
}

void XmlView::revealPath(const ElementPath &path)
{
    const XmlNode *node = m_doc ? m_doc->element(path) : nullptr;
    if (!node)
        return;
    updatePathAtCursor();
    if (m_hasPathAtCursor && samePath(m_pathAtCursor, path))
        return;
    revealPosition(int(node->line()), int(node->column()));
}

void XmlView::revealLine(int line)
{
    revealPosition(line, 1);
}

void XmlView::revealPosition(int line, int column)
{
    QTextBlock block = m_edit->document()->findBlockByNumber(qMax(line, 1) - 1);
    if (!block.isValid())
        block = m_edit->document()->lastBlock();
    QTextCursor c(block);
    c.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    m_edit->setTextCursor(c);
    m_edit->centerCursor();
}

void XmlView::goToProblem()
{
    if (!m_marks.isEmpty())
        revealLine(m_marks.firstKey());
}

void XmlView::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_edit->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The editor's Undo/Redo entries are its own (disabled) stack's: the document's take their place.
    QAction *first = menu->actions().value(0);
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("edit-undo") || a->objectName() == QLatin1String("edit-redo")) {
            if (a == first)
                first = nullptr;
            a->setVisible(false);
        }
    }
    if (m_undo && m_redo) {
        QAction *before = first ? first : menu->actions().value(0);
        menu->insertAction(before, m_undo);
        menu->insertAction(before, m_redo);
    }
    menu->addSeparator();
    menu->addAction(m_goToProblem);
    menu->popup(m_edit->viewport()->mapToGlobal(pos));
}

void XmlView::updateColors()
{
    m_highlighter->setPalette(m_edit->palette());
    updateMarks();
    updateStatus();
}

bool XmlView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride: {
            // The editor claims Undo/Redo as its own keys (its stack is off): leave them to the shortcuts,
            // which are the document's.
            auto *key = static_cast<QKeyEvent *>(event);
            if (isUndoKey(key) || isRedoKey(key)) {
                event->ignore();
                return true;
            }
            break;
        }
        case QEvent::KeyPress: {
            // No shortcut took it (none set up in the window): still never the editor's own undo.
            auto *key = static_cast<QKeyEvent *>(event);
            if (isUndoKey(key) || isRedoKey(key))
                return true;
            // Tab indents here, so Ctrl+Tab / Ctrl+Shift+Tab leave the editor: no keyboard trap.
            if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
                && (key->modifiers() & Qt::ControlModifier)) {
                focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
                return true;
            }
            break;
        }
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
            // The editor's palette, not ours: it is resolved after our own PaletteChange is sent.
            updateColors();
            break;
        default:
            break;
        }
    } else if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = m_edit->cursorForPosition(help->pos()).blockNumber() + 1;
        if (m_marks.contains(line))
            QToolTip::showText(help->globalPos(), m_marks.value(line).join(u'\n'), m_edit->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lsdesk
