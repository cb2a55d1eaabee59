// The config editor's XML view: typing goes to the document as one undo step, Ctrl+Z is the
// document's undo, changes from elsewhere show keeping the cursor and the scroll position, the parse
// error and other problems are marked on their lines and told in the status line, the cursor follows
// (revealPath) and reports (pathAtCursorChanged) elements, and the highlighter tells tags from values
// on light and dark palettes.

#include "configeditor/configdocument.h"
#include "configeditor/xmlhighlighter.h"
#include "configeditor/xmlview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

using namespace lsdesk;

namespace {

// Root children: 0 Header, 1 Image, 2 Text, 3 Choices (2 Choice), 4 RectangleLabels (2 Label).
const QString kConfig = QStringLiteral("<View>\n" // line 1
                                       "  <Header value=\"Look &amp; see\"/>\n" // 2
                                       "  <Image name=\"img\" value=\"$image\"/>\n" // 3
                                       "  <Text name=\"txt\" value=\"$text\"/>\n" // 4
                                       "  <Choices name=\"sentiment\" toName=\"txt\">\n" // 5
                                       "    <Choice value=\"Positive\"/>\n" // 6
                                       "    <Choice value=\"Negative\"/>\n" // 7
                                       "  </Choices>\n" // 8
                                       "  <!-- boxes -->\n" // 9
                                       "  <RectangleLabels name=\"box\" toName=\"img\">\n" // 10
                                       "    <Label value=\"Car\" background=\"#ff0000\"/>\n" // 11
                                       "    <Label value=\"Person\" background=\"blue\"/>\n" // 12
                                       "  </RectangleLabels>\n" // 13
                                       "</View>\n");

QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : formats) {
        if (r.start <= position && position < r.start + r.length)
            return r.format;
    }
    return {};
}

int offsetOf(const QString &text, const QString &what)
{
    const int at = int(text.indexOf(what));
    Q_ASSERT(at >= 0);
    return at;
}

} // namespace

class TestXmlView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConfigDocument> m_doc;
    std::unique_ptr<XmlView> m_view;

    QPlainTextEdit *edit() const { return m_view->textEdit(); }
    void setCursor(int position)
    {
        QTextCursor c = edit()->textCursor();
        c.setPosition(position);
        edit()->setTextCursor(c);
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<ConfigDocument>();
        m_doc->load(kConfig);
        m_view = std::make_unique<XmlView>();
        m_view->setDocument(m_doc.get());
        m_view->resize(600, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        edit()->setFocus();
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void showsTheDocument()
    {
        QCOMPARE(edit()->toPlainText(), kConfig);
        QVERIFY(!edit()->isUndoRedoEnabled());
        QVERIFY(edit()->font().fixedPitch() || QFontInfo(edit()->font()).fixedPitch());
        QCOMPARE(edit()->textCursor().position(), 0);
    }

    void typingIsOneUndoStep()
    {
        const int at = offsetOf(kConfig, QStringLiteral("$text")) + 5;
        setCursor(at);
        QTest::keyClicks(edit(), QStringLiteral("Body"));
        QString typed = kConfig;
        typed.insert(at, QStringLiteral("Body"));
        QCOMPARE(m_doc->text(), typed);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->element({ 2 })->attribute(QStringLiteral("value")), QStringLiteral("$textBody"));
        QCOMPARE(edit()->textCursor().position(), at + 4);

        // Undo through the stack: the editor shows the text before, the cursor keeps its offset, and
        // that change is not typing (the redo step is still there).
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->text(), kConfig);
        QCOMPARE(edit()->toPlainText(), kConfig);
        QCOMPARE(edit()->textCursor().position(), at + 4);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(m_doc->undoStack()->canRedo());

        // Ctrl+Z / Ctrl+Y in the editor are the document's.
        m_doc->undoStack()->redo();
        QCOMPARE(edit()->toPlainText(), typed);
        QTest::keyClick(edit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_doc->text(), kConfig);
        QCOMPARE(edit()->toPlainText(), kConfig);
        QTest::keyClick(edit(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_doc->text(), typed);
        QCOMPARE(edit()->toPlainText(), typed);
        QCOMPARE(m_doc->undoStack()->index(), 1);
    }

    void windowUndoShortcutsReachTheDocument()
    {
        // In a window with its own Undo (Ctrl+Z): the view's actions off, the key still reaches the
        // window's action past the text editor, which would otherwise claim it.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        XmlView view;
        layout->addWidget(&view);
        view.setDocument(m_doc.get());
        view.setUndoShortcutsEnabled(false);
        QVERIFY(!view.actions().contains(view.undoAction()));
        QAction *undo = m_doc->undoStack()->createUndoAction(&window);
        undo->setShortcut(QKeySequence::Undo);
        window.addAction(undo);
        QSignalSpy triggered(undo, &QAction::triggered);
        m_view->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view.textEdit()->setFocus();
        QVERIFY(m_doc->removeElement({ 1 }));
        QCOMPARE(view.textEdit()->toPlainText(), m_doc->text());
        QTest::keyClick(view.textEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(m_doc->text(), kConfig);
        QCOMPARE(view.textEdit()->toPlainText(), kConfig);
        // Why the switch exists: with both on, Qt runs neither.
        view.setUndoShortcutsEnabled(true);
        QVERIFY(m_doc->removeElement({ 1 }));
        QTest::ignoreMessage(QtWarningMsg, "QAction::event: Ambiguous shortcut overload: Ctrl+Z");
        QTest::keyClick(view.textEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QVERIFY(m_doc->text() != kConfig);
    }

    void ctrlTabLeavesTheEditor()
    {
        // Tab types (indentation), so Ctrl+Tab is the way out to the next widget, Ctrl+Shift+Tab back.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *before = new QPlainTextEdit(&window);
        auto *view = new XmlView(&window);
        auto *after = new QPlainTextEdit(&window);
        layout->addWidget(before);
        layout->addWidget(view);
        layout->addWidget(after);
        view->setDocument(m_doc.get());
        m_view->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->textEdit()->setFocus();
        QTest::keyClick(view->textEdit(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(m_doc->text(), kConfig);
        QVERIFY(after->hasFocus());
        view->textEdit()->setFocus();
        QTest::keyClick(view->textEdit(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_doc->text(), kConfig);
        QVERIFY(before->hasFocus());
        // Plain Tab still types.
        QTest::keyClick(view->textEdit(), Qt::Key_Tab);
        QCOMPARE(m_doc->text(), QStringLiteral("\t") + kConfig);
    }

    void ctrlZUndoesAStructuralEdit()
    {
        QVERIFY(m_doc->removeElement({ 1 }));
        QVERIFY(!edit()->toPlainText().contains(QStringLiteral("<Image")));
        QTest::keyClick(edit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(edit()->toPlainText(), kConfig);
        QCOMPARE(m_doc->text(), kConfig);
    }

    void structuralEditShowsKeepingCursorAndScroll()
    {
        // Long enough to scroll.
        QString config = QStringLiteral(
            "<View>\n  <Text name=\"txt\" value=\"$text\"/>\n  <Labels name=\"l\" toName=\"txt\">\n");
        for (int i = 0; i < 200; ++i)
            config += QStringLiteral("    <Label value=\"L%1\"/>\n").arg(i);
        config += QStringLiteral("  </Labels>\n</View>\n");
        m_doc->load(config);
        QCOMPARE(edit()->toPlainText(), config);
        const int at = offsetOf(config, QStringLiteral("\"L150\""));
        setCursor(at);
        edit()->centerCursor();
        const int scroll = edit()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // An attribute set above the cursor, from elsewhere: the text shows it, cursor offset and
        // scroll stay, and it is one step (no typing step pushed by the view).
        QVERIFY(m_doc->setAttribute({ 0 }, QStringLiteral("value"), QStringLiteral("$body")));
        QCOMPARE(edit()->toPlainText(), m_doc->text());
        QVERIFY(edit()->toPlainText().contains(QStringLiteral("value=\"$body\"")));
        QCOMPARE(edit()->textCursor().position(), at);
        QCOMPARE(edit()->verticalScrollBar()->value(), scroll);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        // Clamped when the text gets shorter than the offset.
        setCursor(int(edit()->toPlainText().size()));
        QVERIFY(m_doc->removeElement({ 1 }));
        QCOMPARE(edit()->toPlainText(), m_doc->text());
        QCOMPARE(edit()->textCursor().position(), int(m_doc->text().size()));
    }

    void brokenXmlIsMarked()
    {
        QString broken = kConfig;
        broken.replace(QStringLiteral("<Image name=\"img\""), QStringLiteral("<Image name=img"));
        setCursor(0);
        QTest::keyClick(edit(), Qt::Key_End); // a real keystroke before, to be sure typing works after
        m_doc->replaceText(broken);
        QVERIFY(!m_doc->config());
        QCOMPARE(m_doc->error().line, 3);
        QCOMPARE(edit()->toPlainText(), broken);

        const QString status = m_view->statusLabel()->text();
        const QString message = m_doc->error().message;
        QVERIFY2(status.startsWith(QStringLiteral("Line 3, column ")), qPrintable(status));
        QVERIFY(status.contains(m_doc->error().message));
        bool underlined = false, tinted = false;
        for (const QTextEdit::ExtraSelection &s : edit()->extraSelections()) {
            QCOMPARE(s.cursor.blockNumber(), 2);
            underlined = underlined || s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
            tinted = tinted || s.format.property(QTextFormat::FullWidthSelection).toBool();
            QVERIFY(s.format.toolTip().contains(m_doc->error().message));
        }
        QVERIFY(underlined);
        QVERIFY(tinted);
        QVERIFY(m_view->goToProblemAction()->isEnabled());
        setCursor(0);
        m_view->goToProblemAction()->trigger();
        QCOMPARE(edit()->textCursor().blockNumber(), 2);

        // Fixed by typing: the marks go.
        const int quote = offsetOf(broken, QStringLiteral("img value"));
        setCursor(quote);
        QTest::keyClicks(edit(), QStringLiteral("\""));
        setCursor(quote + 4);
        QTest::keyClicks(edit(), QStringLiteral("\""));
        QCOMPARE(m_doc->text(), kConfig);
        QVERIFY(m_doc->config());
        QVERIFY(edit()->extraSelections().isEmpty());
        QVERIFY(!m_view->statusLabel()->text().contains(message));
        QVERIFY(!m_view->goToProblemAction()->isEnabled());
    }

    void problemsAreMarked()
    {
        m_view->setProblems({ { 4, QStringLiteral("toName \"txt2\" is not an object") },
            { 6, QStringLiteral("another one") } });
        QSet<int> lines;
        for (const QTextEdit::ExtraSelection &s : edit()->extraSelections())
            lines << s.cursor.blockNumber() + 1;
        QCOMPARE(lines, QSet<int>({ 4, 6 }));
        QVERIFY(m_view->statusLabel()->text().startsWith(QStringLiteral("Line 4: toName")));
        QVERIFY(m_view->statusLabel()->text().contains(QStringLiteral("1 more")));
        m_view->setProblems({});
        QVERIFY(edit()->extraSelections().isEmpty());
    }

    void revealAndFollowTheCursor()
    {
        QSignalSpy path(m_view.get(), &XmlView::pathAtCursorChanged);
        setCursor(0);
        m_view->revealPath({ 4, 1 });
        QCOMPARE(edit()->textCursor().blockNumber() + 1, 12);
        QCOMPARE(edit()->textCursor().positionInBlock(), 4); // at its '<'
        QVERIFY(!path.isEmpty());
        QCOMPARE(path.last().at(0).value<ElementPath>(), ElementPath({ 4, 1 }));
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 4, 1 }));

        // Moving by keyboard: one line up is the first label, one more the RectangleLabels' start tag,
        // then the comment between the controls (in the View only), then the Choices' end tag.
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 4, 0 }));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 4 }));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({}));
        QCOMPARE(path.last().at(0).value<ElementPath>(), ElementPath({}));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 3 }));
        // Right after a self-closing tag is still in it; the start of the next line (before its
        // indentation) is in the parent.
        m_view->revealLine(6);
        QTest::keyClick(edit(), Qt::Key_End);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 3, 0 }));
        QTest::keyClick(edit(), Qt::Key_Right);
        QCOMPARE(m_view->pathAtCursor(), ElementPath({ 3 }));
        m_view->revealLine(8);

        // Revealing the element the cursor is in does not move it.
        QTest::keyClick(edit(), Qt::Key_End);
        const int before = edit()->textCursor().position();
        m_view->revealPath({ 3 });
        QCOMPARE(edit()->textCursor().position(), before);
        m_view->revealPath({ 1 });
        QCOMPARE(edit()->textCursor().blockNumber() + 1, 3);
        m_view->revealLine(9);
        QCOMPARE(edit()->textCursor().blockNumber() + 1, 9);
        QCOMPARE(edit()->textCursor().positionInBlock(), 0);
        m_view->revealPath({ 7 }); // none: nothing happens
        QCOMPARE(edit()->textCursor().blockNumber() + 1, 9);
    }

    void highlighterTellsTokensApart()
    {
        const QTextBlock image
            = edit()->document()->findBlockByNumber(2); // <Image name="img" value="$image"/>
        const QString line = image.text();
        const QTextCharFormat tag = formatAt(image, int(line.indexOf(QStringLiteral("Image"))));
        const QTextCharFormat attribute = formatAt(image, int(line.indexOf(QStringLiteral("name"))));
        const QTextCharFormat value = formatAt(image, int(line.indexOf(QStringLiteral("$image"))));
        QVERIFY(tag.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(value.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(tag.foreground().color() != value.foreground().color());
        QVERIFY(tag.foreground().color() != attribute.foreground().color());
        QVERIFY(attribute.foreground().color() != value.foreground().color());
        QCOMPARE(tag, m_view->highlighter()->format(XmlHighlighter::Token::Tag));

        const QTextBlock header = edit()->document()->findBlockByNumber(1);
        const QTextCharFormat entity = formatAt(header, int(header.text().indexOf(QStringLiteral("&amp;"))));
        QCOMPARE(entity, m_view->highlighter()->format(XmlHighlighter::Token::Entity));
        const QTextBlock comment = edit()->document()->findBlockByNumber(8);
        QVERIFY(formatAt(comment, int(comment.text().indexOf(QStringLiteral("boxes")))).fontItalic());

        // A multi-line start tag: the attribute on the next line is still an attribute.
        m_doc->replaceText(QStringLiteral("<View>\n  <Text\n    name=\"t\" value=\"$x\"/>\n</View>\n"));
        const QTextBlock attrLine = edit()->document()->findBlockByNumber(2);
        QCOMPARE(formatAt(attrLine, 4), m_view->highlighter()->format(XmlHighlighter::Token::AttributeName));
        QCOMPARE(formatAt(attrLine, int(attrLine.text().indexOf(QStringLiteral("$x")))),
            m_view->highlighter()->format(XmlHighlighter::Token::AttributeValue));
    }

    void coloursFollowThePalette()
    {
        QPalette light = m_view->palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        light.setColor(QPalette::WindowText, Qt::black);
        m_view->setPalette(light);
        const QColor onLight = m_view->highlighter()->format(XmlHighlighter::Token::Tag).foreground().color();
        QVERIFY(onLight.lightnessF() < 0.5f);

        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Window, QColor(45, 45, 45));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        m_view->setPalette(dark);
        const QColor onDark = m_view->highlighter()->format(XmlHighlighter::Token::Tag).foreground().color();
        QVERIFY(onDark.lightnessF() > 0.5f);
        // The blocks were rehighlighted with it.
        const QTextBlock image = edit()->document()->findBlockByNumber(2);
        QCOMPARE(formatAt(image, 3).foreground().color(), onDark);
        // The error colour too, in the status line.
        m_view->setProblems({ { 2, QStringLiteral("bad") } });
        QCOMPARE(
            m_view->statusLabel()->palette().color(QPalette::WindowText), XmlHighlighter::errorColor(dark));
        QVERIFY(XmlHighlighter::errorColor(dark).lightnessF() > 0.5f);
    }

    void coloursFollowTheApplicationPalette()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(20, 20, 24));
        dark.setColor(QPalette::Text, QColor(235, 235, 235));
        // The application's palette reaches the widgets through posted events.
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QColor onDark
            = m_view->highlighter()->format(XmlHighlighter::Token::AttributeValue).foreground().color();
        QPalette light = original;
        light.setColor(QPalette::Base, QColor(255, 255, 250));
        light.setColor(QPalette::Text, QColor(10, 10, 10));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        const QColor onLight
            = m_view->highlighter()->format(XmlHighlighter::Token::AttributeValue).foreground().color();
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        QVERIFY(onDark.lightnessF() > 0.5f);
        QVERIFY(onLight.lightnessF() < 0.5f);
    }

    void lineEndingsAndNoBreakSpacesSurviveTyping()
    {
        QString config = kConfig;
        config.replace(QStringLiteral("Look &amp; see"),
            QStringLiteral("Look") + QChar(0x00A0) + QStringLiteral("here"));
        config.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        m_doc->load(config);
        QCOMPARE(edit()->document()->blockCount(), 15);
        const QString shown = edit()->toPlainText();
        const int at = offsetOf(shown, QStringLiteral("$text")) + 5;
        setCursor(at);
        QTest::keyClicks(edit(), QStringLiteral("X"));
        QString expected = config;
        expected.replace(QStringLiteral("$text"), QStringLiteral("$textX"));
        QCOMPARE(m_doc->text(), expected);
    }
};

QTEST_MAIN(TestXmlView)
#include "tst_xmlview.moc"
