// The property panel of the config editor, driven through its widgets offscreen: the toName combo lists
// the config's objects and writes the choice as one undo step; the name editor renames and warns about a
// duplicate but refuses an empty name; a colour typed as text; the maxRating spin box (its default
// removes the attribute); key/value rows add, rename and remove other attributes; unchecking showInline
// removes it; the value field's "$" handling; a value a typed editor cannot show goes to the rows; a
// refresh keeps a half-typed entry; every editor is reachable by Tab; read-only while the text is broken.

#include "configeditor/configdocument.h"
#include "configeditor/propertypanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace lsdesk;

namespace {

// Root children: 0 Image, 1 Image (zoom="yes"), 2 RectangleLabels (Label Car), 3 Choices (Choice Good),
// 4 Rating.
const QString kConfig = QStringLiteral("<View>\n"
                                       "  <Image name=\"image\" value=\"$image\"/>\n"
                                       "  <Image name=\"thumb\" value=\"$thumb\" zoom=\"yes\"/>\n"
                                       "  <RectangleLabels name=\"label\" toName=\"image\">\n"
                                       "    <Label value=\"Car\" background=\"green\"/>\n"
                                       "  </RectangleLabels>\n"
                                       "  <Choices name=\"quality\" toName=\"image\" showInline=\"true\">\n"
                                       "    <Choice value=\"Good\"/>\n"
                                       "  </Choices>\n"
                                       "  <Rating name=\"rating\" toName=\"image\"/>\n"
                                       "</View>\n");

QString replaced(const QString &from, const QString &to)
{
    QString text = kConfig;
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

struct Fixture
{
    ConfigDocument doc;
    PropertyPanel panel;

    explicit Fixture(const ElementPath &path)
    {
        doc.load(kConfig);
        panel.setDocument(&doc);
        panel.setPath(path);
        panel.resize(500, 800);
        // Laid out, so that mouse clicks land where a user's would.
        panel.show();
    }
    bool showActive()
    {
        panel.show();
        QApplication::setActiveWindow(&panel);
        return QTest::qWaitForWindowActive(&panel);
    }
    template <class W> W *editor(const char *attribute)
    {
        return qobject_cast<W *>(panel.editorFor(QString::fromLatin1(attribute)));
    }
    int steps() const { return doc.undoStack()->count(); }
};

// Types `text` over the whole content of a line edit and presses Return.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Opens the cell editor of the other-attributes table and types `text` + Return into it.
bool editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QLineEdit *edit = nullptr;
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>()) {
        if (!e->isHidden())
            edit = e;
    }
    if (!edit)
        return false;
    retype(edit, text);
    // The delegate commits a Return on the next pass of the event loop.
    QTest::qWait(0);
    return true;
}

} // namespace

class TestPropertyPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toNameComboListsObjectsAndWrites();
    void nameEditorRenamesAndWarns();
    void emptyNameIsRefused();
    void colourTypedOnLabel();
    void maxRatingSpin();
    void keyValueRows();
    void clearingShowInlineRemovesIt();
    void valueDollarHandling();
    void unshowableValueGoesToRows();
    void refreshKeepsTypedText();
    void everyEditorReachableByTab();
    void readOnlyWhileTextBroken();
};

void TestPropertyPanel::toNameComboListsObjectsAndWrites()
{
    Fixture f({ 2 });
    QCOMPARE(f.panel.shownTag(), QStringLiteral("RectangleLabels"));
    auto *combo = f.editor<QComboBox>("toName");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("image"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("thumb"));
    QCOMPARE(combo->currentIndex(), 0);

    QTest::keyClick(combo, Qt::Key_Down); // the keyboard choice is an activation
    const QString expected = replaced(QStringLiteral("<RectangleLabels name=\"label\" toName=\"image\">"),
        QStringLiteral("<RectangleLabels name=\"label\" toName=\"thumb\">"));
    QCOMPARE(f.doc.text(), expected);
    QCOMPARE(f.steps(), 1);

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(combo->currentIndex(), 0);
    f.doc.undoStack()->redo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("thumb"));
}

void TestPropertyPanel::nameEditorRenamesAndWarns()
{
    Fixture f({ 2 });
    auto *name = f.editor<QLineEdit>("name");
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("label"));
    retype(name, QStringLiteral("boxes"));
    // Only the attribute: the labels' toName elsewhere is not rewritten.
    QCOMPARE(f.doc.text(),
        replaced(QStringLiteral("<RectangleLabels name=\"label\""),
            QStringLiteral("<RectangleLabels name=\"boxes\"")));
    QCOMPARE(f.steps(), 1);

    // Typing another element's name warns, before anything is written.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("thumb"));
    QLabel *note = nullptr;
    for (QLabel *l : name->parentWidget()->findChildren<QLabel *>()) {
        if (!l->isHidden())
            note = l;
    }
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("Another element is also named “thumb”: names must be unique."));
    QCOMPARE(f.steps(), 1);
}

void TestPropertyPanel::emptyNameIsRefused()
{
    Fixture f({ 0 });
    auto *name = f.editor<QLineEdit>("name");
    retype(name, QString());
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(f.steps(), 0);
    QCOMPARE(name->text(), QStringLiteral("image"));
    QCOMPARE(f.panel.message(), QStringLiteral("“name” is required: it cannot be empty."));
}

void TestPropertyPanel::colourTypedOnLabel()
{
    Fixture f({ 2, 0 });
    QCOMPARE(f.panel.shownTag(), QStringLiteral("Label"));
    auto *background = f.editor<QLineEdit>("background");
    QVERIFY(background);
    QCOMPARE(background->text(), QStringLiteral("green"));
    QTest::keyClicks(background, QStringLiteral("yellow")); // not per keystroke
    QCOMPARE(f.steps(), 0);
    retype(background, QStringLiteral("#FFA39E"));
    const QString coloured
        = replaced(QStringLiteral("background=\"green\""), QStringLiteral("background=\"#FFA39E\""));
    QCOMPARE(f.doc.text(), coloured);
    QCOMPARE(f.steps(), 1);
    auto *selected = f.editor<QLineEdit>("selectedColor");
    retype(selected, QStringLiteral("white"));
    QCOMPARE(f.doc.text(),
        replaced(QStringLiteral("background=\"green\"/>"),
            QStringLiteral("background=\"#FFA39E\" selectedColor=\"white\"/>")));
    // Emptied: removed, not written empty.
    retype(background, QString());
    QCOMPARE(f.doc.text(),
        replaced(QStringLiteral("<Label value=\"Car\" background=\"green\"/>"),
            QStringLiteral("<Label value=\"Car\" selectedColor=\"white\"/>")));
    QCOMPARE(f.steps(), 3);
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), coloured);
    QCOMPARE(background->text(), QStringLiteral("#FFA39E"));
}

void TestPropertyPanel::maxRatingSpin()
{
    Fixture f({ 4 });
    auto *spin = f.editor<QSpinBox>("maxRating");
    QVERIFY(spin);
    QCOMPARE(spin->value(), 5); // the default, shown while absent
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("10"));
    QCOMPARE(f.steps(), 0);
    QTest::keyClick(spin, Qt::Key_Return);
    const QString ten = replaced(QStringLiteral("<Rating name=\"rating\" toName=\"image\"/>"),
        QStringLiteral("<Rating name=\"rating\" toName=\"image\" maxRating=\"10\"/>"));
    QCOMPARE(f.doc.text(), ten);
    QCOMPARE(f.steps(), 1);
    QTest::keyClick(spin, Qt::Key_Up); // an arrow step applies at once
    QCOMPARE(f.doc.text(), QString(ten).replace(QStringLiteral("\"10\""), QStringLiteral("\"11\"")));
    // Back to the default: the attribute goes.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("5"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(f.steps(), 3);
    f.doc.undoStack()->undo();
    QCOMPARE(spin->value(), 11);
}

void TestPropertyPanel::keyValueRows()
{
    Fixture f({ 2 });
    QVERIFY(f.showActive());
    QTableWidget *table = f.panel.otherAttributesTable();
    QCOMPARE(table->rowCount(), 0); // name and toName have typed editors

    auto *add = f.panel.findChild<QPushButton *>(QStringLiteral("addAttribute"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QLineEdit *keyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(keyEditor && table->viewport()->isAncestorOf(keyEditor));
    retype(keyEditor, QStringLiteral("smart"));
    QTest::qWait(0);
    QCOMPARE(f.doc.text(), kConfig); // a name without a value is not written yet
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("smart"));
    QCOMPARE(table->rowCount(), 1);

    QVERIFY(editCell(table, 0, 1, QStringLiteral("true")));
    const QString smart = replaced(QStringLiteral("<RectangleLabels name=\"label\" toName=\"image\">"),
        QStringLiteral("<RectangleLabels name=\"label\" toName=\"image\" smart=\"true\">"));
    QCOMPARE(f.doc.text(), smart);
    QCOMPARE(f.steps(), 1);
    QTRY_COMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("smart"));

    // Renaming the key: one step.
    QVERIFY(editCell(table, 0, 0, QStringLiteral("smartOnly")));
    const QString renamed = replaced(QStringLiteral("<RectangleLabels name=\"label\" toName=\"image\">"),
        QStringLiteral("<RectangleLabels name=\"label\" toName=\"image\" smartOnly=\"true\">"));
    QCOMPARE(f.doc.text(), renamed);
    QCOMPARE(f.steps(), 2);
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("smartOnly"));
    // Onto an existing attribute: refused.
    QVERIFY(editCell(table, 0, 0, QStringLiteral("toName")));
    QCOMPARE(f.doc.text(), renamed);
    QCOMPARE(f.panel.message(), QStringLiteral("The element already has an attribute “toName”."));
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("smartOnly"));

    // Removing the row.
    table->selectRow(0);
    QTest::mouseClick(f.panel.findChild<QPushButton *>(QStringLiteral("removeAttribute")), Qt::LeftButton);
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(f.steps(), 3);
    QTRY_COMPARE(table->rowCount(), 0);

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), renamed);
    QTRY_COMPARE(table->rowCount(), 1);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), smart);
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("smart"));

    // Delete in the table removes the selected row's attribute too.
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(f.doc.text(), kConfig);
    QTRY_COMPARE(table->rowCount(), 0);
}

void TestPropertyPanel::clearingShowInlineRemovesIt()
{
    Fixture f({ 3 });
    auto *inlineBox = f.editor<QCheckBox>("showInline");
    QVERIFY(inlineBox);
    QVERIFY(inlineBox->isChecked());
    // On its box: the field is as wide as the form, the centre may be past the caption.
    QTest::mouseClick(inlineBox, Qt::LeftButton, {}, QPoint(6, inlineBox->height() / 2));
    const QString cleared
        = replaced(QStringLiteral("<Choices name=\"quality\" toName=\"image\" showInline=\"true\">"),
            QStringLiteral("<Choices name=\"quality\" toName=\"image\">"));
    QCOMPARE(f.doc.text(), cleared);
    QCOMPARE(f.steps(), 1);
    QVERIFY(!inlineBox->isChecked());
    // The choice combo offers single-radio for Choices; the default removes, another value is written.
    auto *choice = f.editor<QComboBox>("choice");
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->currentData().toString(), QStringLiteral("single"));
    QTest::keyClick(choice, Qt::Key_End);
    QCOMPARE(f.doc.text(),
        QString(cleared).replace(QStringLiteral("\"quality\" toName=\"image\">"),
            QStringLiteral("\"quality\" toName=\"image\" choice=\"multiple\">")));
    QTest::keyClick(choice, Qt::Key_Home);
    QCOMPARE(f.doc.text(), cleared);
    QCOMPARE(f.steps(), 3);
}

void TestPropertyPanel::valueDollarHandling()
{
    Fixture f({ 0 });
    auto *value = f.editor<QLineEdit>("value");
    auto *variable = f.panel.findChild<QCheckBox *>(QStringLiteral("value_variable"));
    QVERIFY(value && variable);
    QCOMPARE(value->text(), QStringLiteral("image"));
    QVERIFY(variable->isChecked());
    retype(value, QStringLiteral("picture"));
    QVERIFY(f.doc.text().contains(QStringLiteral("<Image name=\"image\" value=\"$picture\"/>")));
    retype(value, QStringLiteral("$photo")); // a typed $ is not doubled
    QVERIFY(f.doc.text().contains(QStringLiteral("<Image name=\"image\" value=\"$photo\"/>")));
    QTest::mouseClick(variable, Qt::LeftButton); // literal text now
    QVERIFY(f.doc.text().contains(QStringLiteral("<Image name=\"image\" value=\"photo\"/>")));
    QVERIFY(!variable->isChecked());
    retype(value, QStringLiteral("https://example.com/a.jpg"));
    QVERIFY(
        f.doc.text().contains(QStringLiteral("<Image name=\"image\" value=\"https://example.com/a.jpg\"/>")));
    QCOMPARE(f.steps(), 4);
    // A required value is not removed.
    retype(value, QString());
    QCOMPARE(f.steps(), 4);
    QCOMPARE(value->text(), QStringLiteral("https://example.com/a.jpg"));
}

void TestPropertyPanel::unshowableValueGoesToRows()
{
    Fixture f({ 1 });
    auto *zoom = f.editor<QCheckBox>("zoom");
    QVERIFY(zoom);
    QVERIFY(!zoom->isEnabled()); // "yes" is no boolean Label Studio reads
    QTableWidget *table = f.panel.otherAttributesTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("zoom"));
    QVERIFY(editCell(table, 0, 1, QStringLiteral("true")));
    QVERIFY(f.doc.text().contains(QStringLiteral("<Image name=\"thumb\" value=\"$thumb\" zoom=\"true\"/>")));
    QVERIFY(zoom->isEnabled());
    QVERIFY(zoom->isChecked());
    QTRY_COMPARE(table->rowCount(), 0);
    // Emptying a value in the rows removes the attribute.
    f.doc.undoStack()->undo();
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(editCell(table, 0, 1, QString()));
    QVERIFY(f.doc.text().contains(QStringLiteral("<Image name=\"thumb\" value=\"$thumb\"/>")));
}

void TestPropertyPanel::refreshKeepsTypedText()
{
    Fixture f({ 2 });
    QVERIFY(f.showActive());
    auto *name = f.editor<QLineEdit>("name");
    name->setFocus();
    QVERIFY(name->hasFocus());
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("_v2"));
    // Another view changes the element: the combo follows, the field being typed in keeps its text.
    QVERIFY(f.doc.setAttribute({ 2 }, QStringLiteral("toName"), QStringLiteral("thumb")));
    QCOMPARE(f.editor<QComboBox>("toName")->currentData().toString(), QStringLiteral("thumb"));
    QCOMPARE(name->text(), QStringLiteral("label_v2"));
    QVERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(f.doc.text().contains(QStringLiteral("<RectangleLabels name=\"label_v2\" toName=\"thumb\">")));
}

void TestPropertyPanel::everyEditorReachableByTab()
{
    Fixture f({ 2 });
    QVERIFY(f.showActive());
    QWidget *first = f.panel.editorFor(QStringLiteral("name"));
    first->setFocus();
    QVERIFY(first->hasFocus());
    QList<QWidget *> visited { first };
    for (int i = 0; i < 40 && QApplication::focusWidget() != f.panel.otherAttributesTable(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    QCOMPARE(visited.last(), f.panel.otherAttributesTable());
    int last = -1;
    for (const char *a : { "name", "toName", "value", "maxUsages", "choice", "showInline", "opacity",
             "fillColor", "strokeColor", "strokeWidth", "visibleWhen" }) {
        QWidget *w = f.panel.editorFor(QString::fromLatin1(a));
        QVERIFY2(w, a);
        const int at = int(visited.indexOf(w));
        QVERIFY2(at > last, a); // reached, in the form's order
        last = at;
        // Every caption is the buddy of its field (check boxes carry their own mnemonic).
        if (!qobject_cast<QCheckBox *>(w)) {
            bool hasBuddy = false;
            for (QLabel *l : f.panel.findChildren<QLabel *>())
                hasBuddy = hasBuddy || (l->buddy() == w && l->text().contains(QLatin1Char('&')));
            QVERIFY2(hasBuddy, a);
        }
    }
}

void TestPropertyPanel::readOnlyWhileTextBroken()
{
    Fixture f({ 2 });
    QVERIFY(!f.panel.isReadOnly());
    QVERIFY(f.panel.editorFor(QStringLiteral("name"))->isEnabled());
    f.doc.replaceText(QString(kConfig).replace(QStringLiteral("</Choices>"), QStringLiteral("</Choices")));
    QVERIFY(f.panel.isReadOnly());
    // The last good element stays shown, every editor disabled.
    QCOMPARE(f.panel.shownTag(), QStringLiteral("RectangleLabels"));
    QCOMPARE(f.editor<QLineEdit>("name")->text(), QStringLiteral("label"));
    for (const char *a :
        { "name", "toName", "value", "choice", "showInline", "fillColor", "opacity", "strokeWidth" })
        QVERIFY2(!f.panel.editorFor(QString::fromLatin1(a))->isEnabledTo(&f.panel), a);
    QVERIFY(!f.panel.otherAttributesTable()->isEnabled());
    QVERIFY(!f.panel.findChild<QPushButton *>(QStringLiteral("addAttribute"))->isEnabled());
    f.panel.addAttributeRow();
    QCOMPARE(f.panel.otherAttributesTable()->rowCount(), 0);

    f.doc.undoStack()->undo();
    QVERIFY(!f.panel.isReadOnly());
    QVERIFY(f.panel.editorFor(QStringLiteral("name"))->isEnabledTo(&f.panel));
    QVERIFY(f.panel.otherAttributesTable()->isEnabled());
}

QTEST_MAIN(TestPropertyPanel)
#include "tst_propertypanel.moc"
