// The config editor's window offscreen, driven through its views as a user would: add an object and a
// control from the palette, paste labels, rename one inline, reorder by keyboard, recolour, undo and
// redo - the XML must be what the SDK's LabelInterface.create (ConfigBuilder) writes for the same
// structure. Then the views following one selection, and the guard against losing unsaved changes.

#include "configeditor/configdocument.h"
#include "configeditor/configeditorwindow.h"
#include "configeditor/configtreeview.h"
#include "configeditor/labellisteditor.h"
#include "configeditor/labellistmodel.h"
#include "configeditor/propertypanel.h"
#include "configeditor/tagpalette.h"
#include "configeditor/templatecatalog.h"
#include "configeditor/xmlview.h"
#include "labelconfig/configbuilder.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace lsdesk;

namespace {

void addFromPalette(ConfigEditorWindow &w, const QString &tag)
{
    QLineEdit *filter = w.palette()->filterEdit();
    filter->setFocus();
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_Delete);
    QTest::keyClicks(filter, tag);
    QTest::keyClick(filter, Qt::Key_Return);
}

// create()'s spec for an Image and a RectangleLabels control with these labels (value, background).
QString builderText(const QList<QPair<QString, QString>> &labels)
{
    QJsonArray children;
    for (const auto &l : labels) {
        QJsonArray attrs { QJsonArray { QStringLiteral("value"), l.first } };
        if (!l.second.isEmpty())
            attrs.append(QJsonArray { QStringLiteral("background"), l.second });
        children.append(QJsonObject {
            { QStringLiteral("tag"), QStringLiteral("Label") }, { QStringLiteral("attrs"), attrs } });
    }
    const QJsonObject spec { { QStringLiteral("tags"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("image") },
                         { QStringLiteral("tag"), QStringLiteral("Image") } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("label") },
                { QStringLiteral("tag"), QStringLiteral("RectangleLabels") },
                { QStringLiteral("children"), children } } } } };
    const ConfigBuildResult built = ConfigBuilder::createFromJson(QJsonDocument(spec).toJson());
    if (!built.ok())
        qWarning("builder: %s", qPrintable(built.error->message));
    return built.text;
}

QList<QPair<QString, QString>> labelsOf(const ConfigDocument &doc, const ElementPath &control)
{
    QList<QPair<QString, QString>> out;
    const XmlNode *c = doc.element(control);
    for (const XmlNode *l : c->childElements())
        out.append({ l->attribute(QStringLiteral("value")), l->attribute(QStringLiteral("background")) });
    return out;
}

} // namespace

class TestConfigEditorWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildThroughTheViewsMatchesTheBuilder()
    {
        ConfigEditorWindow w(nullptr, TemplateCatalog::blankXml());
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ConfigDocument *doc = w.document();

        addFromPalette(w, QStringLiteral("Image"));
        addFromPalette(w, QStringLiteral("RectangleLabels"));
        // The new control is selected everywhere: tree, properties, label editor.
        QCOMPARE(w.tree()->currentPath(), (ElementPath { 1 }));
        QCOMPARE(w.properties()->shownTag(), QStringLiteral("RectangleLabels"));
        QCOMPARE(doc->element({ 1 })->attribute(QStringLiteral("toName")), QStringLiteral("image"));
        QVERIFY(w.labels()->model()->isEditable());

        // Paste three labels (and a duplicate, skipped).
        w.labels()->pasteBox()->setFocus();
        w.labels()->pasteBox()->insertPlainText(QStringLiteral("Car\nPerson\nBike\nCar")); // as Ctrl+V does
        w.labels()->addLabelsAction()->trigger();
        QCOMPARE(w.labels()->model()->values(),
            (QStringList { QStringLiteral("Car"), QStringLiteral("Person"), QStringLiteral("Bike") }));

        // Rename Bike inline (F2), as a user types it.
        QListView *list = w.labels()->view();
        list->setFocus();
        list->setCurrentIndex(w.labels()->model()->index(2));
        QTest::keyClick(list, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Bicycle"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.labels()->model()->valueAt(2), QStringLiteral("Bicycle"));

        // Person first, by keyboard.
        list->setFocus();
        w.labels()->selectRows({ 1 });
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w.labels()->model()->values(),
            (QStringList { QStringLiteral("Person"), QStringLiteral("Car"), QStringLiteral("Bicycle") }));

        // Recolour Person (the colour dialog's answer).
        w.labels()->selectRows({ 0 });
        w.labels()->setColourForSelection(QColor(QStringLiteral("#123456")));

        const QString built = doc->text();
        const auto labels = labelsOf(*doc, { 1 });
        QCOMPARE(labels.first(),
            (QPair<QString, QString> { QStringLiteral("Person"), QStringLiteral("#123456") }));
        QCOMPARE(built, builderText(labels));
        // The three views show it: the XML view's text, the tree's rows.
        QCOMPARE(w.xmlView()->textEdit()->toPlainText(), built);
        QTreeView *tree = w.tree()->treeView();
        QCOMPARE(tree->model()->rowCount(tree->model()->index(1, 0, tree->model()->index(0, 0))), 3);

        // Undo everything, one step at a time, back to the blank config; redo it all.
        const int steps = doc->undoStack()->count();
        QCOMPARE(steps, 6); // Image, RectangleLabels, paste, rename, move, colour
        for (int i = 0; i < steps; ++i)
            w.undoAction()->trigger();
        QCOMPARE(doc->text(), TemplateCatalog::blankXml());
        QCOMPARE(w.xmlView()->textEdit()->toPlainText(), TemplateCatalog::blankXml());
        for (int i = 0; i < steps; ++i)
            w.redoAction()->trigger();
        QCOMPARE(doc->text(), built);
        // Ctrl+Z from the XML view goes to the same stack.
        w.xmlView()->textEdit()->setFocus();
        QTest::keyClick(w.xmlView()->textEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->undoStack()->index(), steps - 1);
    }

    void viewsFollowOneSelection()
    {
        const QString config
            = QStringLiteral("<View>\n  <Text name=\"text\" value=\"$text\"/>\n"
                             "  <Choices name=\"mood\" toName=\"text\">\n    <Choice value=\"Up\"/>\n"
                             "    <Choice value=\"Down\"/>\n  </Choices>\n</View>\n");
        ConfigEditorWindow w(nullptr, config);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A label chosen in the tree: the properties show it, the label editor its control, the XML
        // cursor goes to its line.
        w.tree()->setCurrentPath({ 1, 1 });
        QCOMPARE(w.properties()->shownTag(), QStringLiteral("Choice"));
        QCOMPARE(w.labels()->controlPath(), (ElementPath { 1 }));
        QCOMPARE(w.xmlView()->textEdit()->textCursor().blockNumber() + 1, 5);
        // The cursor moved in the XML by the user: the tree follows.
        w.xmlView()->textEdit()->setFocus();
        QTRY_VERIFY(w.xmlView()->textEdit()->hasFocus());
        QTextCursor c = w.xmlView()->textEdit()->textCursor();
        c.setPosition(config.indexOf(QStringLiteral("<Text")) + 2);
        w.xmlView()->textEdit()->setTextCursor(c);
        QTRY_COMPARE(w.tree()->currentPath(), (ElementPath { 0 }));
        QCOMPARE(w.properties()->shownTag(), QStringLiteral("Text"));
        // Typing in the XML shows in the tree at once.
        c.setPosition(config.indexOf(QStringLiteral("</View>")));
        w.xmlView()->textEdit()->setTextCursor(c);
        w.xmlView()->textEdit()->setFocus();
        QTest::keyClicks(w.xmlView()->textEdit(), QStringLiteral("<Header value=\"Hi\"/>"));
        QCOMPARE(w.document()->config()->document().root()->childElements().size(), 3);
        QCOMPARE(w.tree()->treeView()->model()->rowCount(w.tree()->treeView()->model()->index(0, 0)), 3);
        QVERIFY(w.isWindowModified());

        // Ctrl+Up on a control longer than the element above it: the moved control stays selected in
        // every view (the XML view reports its cursor before the tree has the new structure).
        w.tree()->setCurrentPath({ 1 });
        w.tree()->treeView()->setFocus();
        QTest::keyClick(w.tree()->treeView(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(w.document()->element({ 0 })->name(), QStringLiteral("Choices"));
        QTest::qWait(50); // the queued cursor report
        QCOMPARE(w.tree()->currentPath(), (ElementPath { 0 }));
        QCOMPARE(w.properties()->shownTag(), QStringLiteral("Choices"));
    }

    void unsavedChangesAreAskedAbout()
    {
        const QString config = TemplateCatalog::blankXml();
        auto *w = new ConfigEditorWindow(nullptr, config);
        QPointer<ConfigEditorWindow> alive(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy accepted(w, &ConfigEditorWindow::configAccepted);
        QStringList asked;
        auto answer = ConfigEditorWindow::CloseAnswer::Cancel;
        w->setCloseQuestion([&](const QString &q) {
            asked << q;
            return answer;
        });
        // Unmodified: closes without a question.
        addFromPalette(*w, QStringLiteral("Text"));
        QVERIFY(w->document()->isModified());
        // Cancel keeps the window and the edit.
        QVERIFY(!w->close());
        QCOMPARE(asked.size(), 1);
        QVERIFY(alive && w->isVisible());
        QVERIFY(w->document()->isModified());
        // Save (the new-project mode's "Use this config") hands the text over and closes.
        answer = ConfigEditorWindow::CloseAnswer::Save;
        const QString text = w->document()->text();
        w->close();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().toString(), text);
        QTRY_VERIFY(!alive); // WA_DeleteOnClose

        // A name still being typed in the property panel (not yet applied) counts as a change.
        auto *w3 = new ConfigEditorWindow(
            nullptr, QStringLiteral("<View>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n"));
        QPointer<ConfigEditorWindow> alive3(w3);
        w3->show();
        QVERIFY(QTest::qWaitForWindowExposed(w3));
        w3->tree()->setCurrentPath({ 0 });
        auto *name = qobject_cast<QLineEdit *>(w3->properties()->editorFor(QStringLiteral("name")));
        QVERIFY(name);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("body"));
        QVERIFY(!w3->document()->isModified()); // applies on editingFinished
        QStringList asked3;
        w3->setCloseQuestion([&](const QString &q) {
            asked3 << q;
            return ConfigEditorWindow::CloseAnswer::Cancel;
        });
        QVERIFY(!w3->close());
        QCOMPARE(asked3.size(), 1);
        QVERIFY(w3->document()->text().contains(QStringLiteral("name=\"body\"")));
        w3->setCloseQuestion([](const QString &) { return ConfigEditorWindow::CloseAnswer::Discard; });
        w3->close();
        QTRY_VERIFY(!alive3);

        auto *w2 = new ConfigEditorWindow(nullptr, config);
        QPointer<ConfigEditorWindow> alive2(w2);
        w2->show();
        int questions = 0;
        w2->setCloseQuestion([&](const QString &) {
            ++questions;
            return ConfigEditorWindow::CloseAnswer::Discard;
        });
        w2->close(); // nothing to ask
        QCOMPARE(questions, 0);
        QTRY_VERIFY(!alive2);
    }
};

QTEST_MAIN(TestConfigEditorWindow)
#include "tst_configeditorwindow.moc"
