// The label list of the config editor: pasting many labels adds the new ones once (duplicates skipped,
// one undo step, indented like their siblings, coloured for *Labels controls only); renaming through the
// model; reordering by Alt+Up / Alt+Down and by drag and drop (mimeData / dropMimeData); deleting a
// multi-selection; colour and hotkey; undo and redo of each; the selection kept by row; the model under
// QAbstractItemModelTester; disabled for controls without labels and read-only while the XML is broken.

#include "configeditor/configdocument.h"
#include "configeditor/labellisteditor.h"
#include "configeditor/labellistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace lsdesk;

namespace {

// Root children: 0 Image, 1 RectangleLabels (Bike, Truck, Boat), 2 Choices (Yes), 3 Rating.
const QString kConfig = QStringLiteral("<View>\n"
                                       "  <Image name=\"image\" value=\"$image\"/>\n"
                                       "  <RectangleLabels name=\"box\" toName=\"image\">\n"
                                       "    <Label value=\"Bike\" background=\"#FF6B6B\"/>\n"
                                       "    <Label value=\"Truck\" hotkey=\"t\"/>\n"
                                       "    <Label value=\"Boat\"/>\n"
                                       "  </RectangleLabels>\n"
                                       "  <Choices name=\"ok\" toName=\"image\">\n"
                                       "    <Choice value=\"Yes\"/>\n"
                                       "  </Choices>\n"
                                       "  <Rating name=\"stars\" toName=\"image\"/>\n"
                                       "</View>\n");

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

// kConfig with the labels of the RectangleLabels replaced.
QString withLabels(const QString &labels)
{
    QString text = kConfig;
    const QString old = QStringLiteral("    <Label value=\"Bike\" background=\"#FF6B6B\"/>\n"
                                       "    <Label value=\"Truck\" hotkey=\"t\"/>\n"
                                       "    <Label value=\"Boat\"/>\n");
    return text.replace(old, labels);
}

const QString kBike = QStringLiteral("    <Label value=\"Bike\" background=\"#FF6B6B\"/>\n");
const QString kTruck = QStringLiteral("    <Label value=\"Truck\" hotkey=\"t\"/>\n");
const QString kBoat = QStringLiteral("    <Label value=\"Boat\"/>\n");

struct Fixture
{
    ConfigDocument doc;
    LabelListEditor editor;

    explicit Fixture(const ElementPath &control = { 1 })
    {
        doc.load(kConfig);
        editor.setDocument(&doc);
        editor.setControlPath(control);
        editor.resize(400, 500);
    }
    // Shortcuts need an active window with the focus in the list.
    bool showAndFocusList()
    {
        editor.show();
        QApplication::setActiveWindow(&editor);
        if (!QTest::qWaitForWindowActive(&editor))
            return false;
        editor.view()->setFocus();
        return editor.view()->hasFocus();
    }
    QStringList values() const { return editor.model()->values(); }
};

} // namespace

class TestLabelListEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pasteAddsNewLabelsOnceInOneStep();
    void pasteIntoChoicesAddsUncolouredChoices();
    void pasteOfOnlyDuplicatesChangesNothing();
    void renameThroughModel();
    void renameInlineWithF2();
    void altUpAndAltDownReorder();
    void deleteTwoSelected();
    void colourForSelection();
    void hotkeyField();
    void dragAndDropThroughMime();
    void dropOntoTheView();
    void selectionKeptByRowAcrossUndo();
    void controlWithoutLabelsIsDisabled();
    void readOnlyWhileBroken();
    void modelUnderTester();
    void nextColourSkipsUsedOnes();
};

void TestLabelListEditor::pasteAddsNewLabelsOnceInOneStep()
{
    Fixture f;
    f.editor.pasteBox()->setPlainText(QStringLiteral("Car\nBike\nCar\n\n Person \nBike"));
    auto *add = f.editor.findChild<QPushButton *>(QStringLiteral("add"));
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    // Bike's red is taken: Car gets the palette's second colour, Person the third.
    const QString expected = withLabels(kBike + kTruck + kBoat
        + QStringLiteral("    <Label value=\"Car\" background=\"#4D96FF\"/>\n"
                         "    <Label value=\"Person\" background=\"#6BCB77\"/>\n"));
    QCOMPARE(f.doc.text(), expected);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.values(), strings({ "Bike", "Truck", "Boat", "Car", "Person" }));
    QCOMPARE(f.editor.statusText(), QStringLiteral("Added 2 label(s), skipped 3 duplicate(s)."));
    QVERIFY(f.editor.pasteBox()->toPlainText().isEmpty());
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 3, 4 }));

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(f.values(), strings({ "Bike", "Truck", "Boat" }));
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.text(), expected);
}

void TestLabelListEditor::pasteIntoChoicesAddsUncolouredChoices()
{
    Fixture f({ 2 });
    f.editor.pasteBox()->setPlainText(QStringLiteral("No\nYes\nMaybe\n"));
    // Ctrl+Return in the paste box is the Add action.
    f.editor.addLabelsAction()->trigger();
    QString expected = kConfig;
    expected.replace(QStringLiteral("    <Choice value=\"Yes\"/>\n"),
        QStringLiteral("    <Choice value=\"Yes\"/>\n"
                       "    <Choice value=\"No\"/>\n"
                       "    <Choice value=\"Maybe\"/>\n"));
    QCOMPARE(f.doc.text(), expected);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.editor.statusText(), QStringLiteral("Added 2 label(s), skipped 1 duplicate(s)."));
}

void TestLabelListEditor::pasteOfOnlyDuplicatesChangesNothing()
{
    Fixture f;
    const LabelListModel::AddResult r = f.editor.addLabels(QStringLiteral("Bike\n  Boat\n\n"));
    QCOMPARE(r.added, 0);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(f.doc.undoStack()->count(), 0);
    QCOMPARE(f.editor.statusText(), QStringLiteral("Added 0 label(s), skipped 2 duplicate(s)."));
}

void TestLabelListEditor::renameThroughModel()
{
    Fixture f;
    LabelListModel *m = f.editor.model();
    QVERIFY(m->setData(m->index(1), QStringLiteral(" Lorry ")));
    const QString renamed
        = withLabels(kBike + QStringLiteral("    <Label value=\"Lorry\" hotkey=\"t\"/>\n") + kBoat);
    QCOMPARE(f.doc.text(), renamed);
    QCOMPARE(m->index(1).data().toString(), QStringLiteral("Lorry"));
    QCOMPARE(f.doc.undoStack()->count(), 1);

    // A duplicate or an empty value is refused, with the reason in the status line.
    QVERIFY(!m->setData(m->index(1), QStringLiteral("Bike")));
    QCOMPARE(f.editor.statusText(), QStringLiteral("There is a label “Bike” already."));
    QVERIFY(!m->setData(m->index(1), QStringLiteral("  ")));
    QCOMPARE(f.doc.text(), renamed);

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.text(), renamed);
}

void TestLabelListEditor::renameInlineWithF2()
{
    Fixture f;
    QVERIFY(f.showAndFocusList());
    f.editor.selectRows({ 2 });
    QTest::keyClick(f.editor.view(), Qt::Key_F2);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit && f.editor.view()->viewport()->isAncestorOf(edit));
    QCOMPARE(edit->text(), QStringLiteral("Boat"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Ship"));
    QCOMPARE(f.doc.undoStack()->count(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(f.doc.text(), withLabels(kBike + kTruck + QStringLiteral("    <Label value=\"Ship\"/>\n")));
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 2 }));
}

void TestLabelListEditor::altUpAndAltDownReorder()
{
    Fixture f;
    QVERIFY(f.showAndFocusList());
    f.editor.selectRows({ 2 });
    QTest::keyClick(f.editor.view(), Qt::Key_Up, Qt::AltModifier);
    const QString up = withLabels(kBike + kBoat + kTruck);
    QCOMPARE(f.doc.text(), up);
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 1 }));
    QCOMPARE(f.editor.view()->currentIndex().row(), 1);
    QTest::keyClick(f.editor.view(), Qt::Key_Up, Qt::AltModifier);
    const QString top = withLabels(kBoat + kBike + kTruck);
    QCOMPARE(f.doc.text(), top);
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 0 }));
    // At the top: nothing to do, no undo step.
    QVERIFY(!f.editor.moveUpAction()->isEnabled());
    QTest::keyClick(f.editor.view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.doc.undoStack()->count(), 2);

    QTest::keyClick(f.editor.view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(f.doc.text(), withLabels(kBike + kBoat + kTruck));
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 1 }));

    // Two non-adjacent labels move down together.
    f.editor.selectRows({ 0, 1 });
    QTest::keyClick(f.editor.view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(f.doc.text(), withLabels(kTruck + kBike + kBoat));
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 1, 2 }));
    QCOMPARE(f.doc.undoStack()->count(), 4);

    for (int i = 0; i < 4; ++i)
        f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.text(), withLabels(kBike + kBoat + kTruck));
}

void TestLabelListEditor::deleteTwoSelected()
{
    Fixture f;
    QVERIFY(f.showAndFocusList());
    f.editor.selectRows({ 0, 2 });
    QTest::keyClick(f.editor.view(), Qt::Key_Delete);
    const QString expected = withLabels(kTruck);
    QCOMPARE(f.doc.text(), expected);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.values(), strings({ "Truck" }));
    // The row that remains is selected, so Delete can go on.
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 0 }));

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.text(), expected);
}

void TestLabelListEditor::colourForSelection()
{
    Fixture f;
    f.editor.selectRows({ 0, 2 });
    QVERIFY(f.editor.colourAction()->isEnabled());
    f.editor.setColourForSelection(QColor(0x12, 0x34, 0xab));
    const QString expected = withLabels(QStringLiteral("    <Label value=\"Bike\" background=\"#1234AB\"/>\n")
        + kTruck + QStringLiteral("    <Label value=\"Boat\" background=\"#1234AB\"/>\n"));
    QCOMPARE(f.doc.text(), expected);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.editor.model()->index(2).data(Qt::DecorationRole).value<QColor>(), QColor(0x12, 0x34, 0xab));
    QCOMPARE(f.editor.model()->index(2).data(LabelListModel::BackgroundRole).toString(),
        QStringLiteral("#1234AB"));

    // An invalid colour removes the attribute.
    f.editor.selectRows({ 0 });
    f.editor.setColourForSelection(QColor());
    QCOMPARE(f.doc.text(),
        withLabels(QStringLiteral("    <Label value=\"Bike\"/>\n") + kTruck
            + QStringLiteral("    <Label value=\"Boat\" background=\"#1234AB\"/>\n")));
    QVERIFY(!f.editor.model()->index(0).data(LabelListModel::ColourRole).isValid());
    QCOMPARE(f.editor.model()->index(0).data(Qt::DecorationRole).value<QColor>().alpha(), 0);

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), expected);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.text(), expected);
}

void TestLabelListEditor::hotkeyField()
{
    Fixture f;
    f.editor.selectRows({ 1 });
    QLineEdit *hotkey = f.editor.hotkeyEdit();
    QVERIFY(hotkey->isEnabled());
    QCOMPARE(hotkey->text(), QStringLiteral("t"));
    hotkey->selectAll();
    QTest::keyClicks(hotkey, QStringLiteral("ctrl+t"));
    QCOMPARE(f.doc.text(), kConfig); // not per keystroke
    QTest::keyClick(hotkey, Qt::Key_Return);
    QCOMPARE(f.doc.text(),
        withLabels(kBike + QStringLiteral("    <Label value=\"Truck\" hotkey=\"ctrl+t\"/>\n") + kBoat));
    QCOMPARE(f.doc.undoStack()->count(), 1);

    // Emptied: removed.
    hotkey->selectAll();
    QTest::keyClick(hotkey, Qt::Key_Backspace);
    QTest::keyClick(hotkey, Qt::Key_Return);
    QCOMPARE(f.doc.text(), withLabels(kBike + QStringLiteral("    <Label value=\"Truck\"/>\n") + kBoat));
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
    QCOMPARE(hotkey->text(), QStringLiteral("t"));
}

void TestLabelListEditor::dragAndDropThroughMime()
{
    Fixture f;
    LabelListModel *m = f.editor.model();
    QVERIFY(m->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(m->flags(m->index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(m->flags(m->index(0)) & Qt::ItemIsDropEnabled));

    // Bike dragged below Boat (row 3 = the end).
    std::unique_ptr<QMimeData> data(m->mimeData({ m->index(0) }));
    QVERIFY(data);
    QVERIFY(m->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(m->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    const QString once = withLabels(kTruck + kBoat + kBike);
    QCOMPARE(f.doc.text(), once);
    QCOMPARE(f.doc.undoStack()->count(), 1);

    // Two rows dropped onto the first label: before it, in their order.
    data.reset(m->mimeData({ m->index(2), m->index(1) }));
    QVERIFY(m->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m->index(0)));
    QCOMPARE(f.doc.text(), withLabels(kBoat + kBike + kTruck));
    QCOMPARE(f.doc.undoStack()->count(), 2);

    // Rows of another list (another control, another model) are refused.
    LabelListModel other;
    other.setDocument(&f.doc);
    other.setControlPath({ 2 });
    std::unique_ptr<QMimeData> foreign(other.mimeData({ other.index(0) }));
    QVERIFY(!m->canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!m->dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!m->dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), once);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.text(), kConfig);
}

void TestLabelListEditor::dropOntoTheView()
{
    Fixture f;
    QVERIFY(f.showAndFocusList());
    QListView *view = f.editor.view();
    LabelListModel *m = f.editor.model();
    // Boat dropped on the upper edge of Bike: before it. The drop event is what a drag delivers.
    std::unique_ptr<QMimeData> data(m->mimeData({ m->index(2) }));
    const QRect bike = view->visualRect(m->index(0));
    const QPointF at(bike.center().x(), bike.top() + 1);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    QCOMPARE(f.doc.text(), withLabels(kBoat + kBike + kTruck));
    QCOMPARE(f.doc.undoStack()->count(), 1);

    // Rows of another control's list are not accepted.
    LabelListModel other;
    other.setDocument(&f.doc);
    other.setControlPath({ 2 });
    std::unique_ptr<QMimeData> foreign(other.mimeData({ other.index(0) }));
    QDragEnterEvent refused(at.toPoint(), Qt::MoveAction, foreign.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &refused);
    QDropEvent drop2(at, Qt::MoveAction, foreign.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop2);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(m->values(), strings({ "Boat", "Bike", "Truck" }));
}

void TestLabelListEditor::selectionKeptByRowAcrossUndo()
{
    Fixture f;
    QVERIFY(f.editor.model()->setData(f.editor.model()->index(0), QStringLiteral("Bicycle")));
    f.editor.selectRows({ 1, 2 });
    f.doc.undoStack()->undo(); // same row count: rows update in place
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 1, 2 }));
    f.editor.addLabels(QStringLiteral("Van"));
    f.editor.selectRows({ 1, 3 });
    f.doc.undoStack()->undo(); // a reset: row 3 is gone, row 1 stays
    QCOMPARE(f.editor.selectedRows(), QList<int>({ 1 }));
    QCOMPARE(f.editor.view()->currentIndex().row(), 1);
}

void TestLabelListEditor::controlWithoutLabelsIsDisabled()
{
    Fixture f({ 3 });
    QCOMPARE(f.editor.model()->rowCount(), 0);
    QVERIFY(!f.editor.model()->hasLabels());
    QVERIFY(!f.editor.view()->isEnabled());
    QVERIFY(!f.editor.pasteBox()->isEnabled());
    auto *hint = f.editor.findChild<QLabel *>(QStringLiteral("hint"));
    QVERIFY(hint && !hint->isHidden());
    QVERIFY(hint->text().contains(QStringLiteral("<Rating> has no labels")));
    QCOMPARE(f.editor.addLabels(QStringLiteral("A")).added, 0);
    QCOMPARE(f.doc.text(), kConfig);

    f.editor.setControlPath({});
    QCOMPARE(hint->text(), QStringLiteral("Select a control to edit its labels."));
    f.editor.setControlPath({ 1 });
    QVERIFY(f.editor.view()->isEnabled());
    QVERIFY(f.editor.pasteBox()->isEnabled());
    QVERIFY(hint->isHidden());
    QCOMPARE(f.editor.model()->rowCount(), 3);
}

void TestLabelListEditor::readOnlyWhileBroken()
{
    Fixture f;
    f.editor.selectRows({ 0 });
    QVERIFY(f.editor.deleteAction()->isEnabled());
    QString broken = kConfig;
    broken.replace(QStringLiteral("</Choices>"), QStringLiteral("</Choices"));
    f.doc.replaceText(broken);
    // The last good labels stay visible; nothing can change them.
    QCOMPARE(f.values(), strings({ "Bike", "Truck", "Boat" }));
    QVERIFY(!f.editor.model()->isEditable());
    QVERIFY(!(f.editor.model()->flags(f.editor.model()->index(0)) & Qt::ItemIsEditable));
    QVERIFY(!f.editor.deleteAction()->isEnabled());
    QVERIFY(!f.editor.pasteBox()->isEnabled());
    QVERIFY(!f.editor.model()->setData(f.editor.model()->index(0), QStringLiteral("X")));
    f.editor.deleteSelection();
    f.editor.setColourForSelection(Qt::red);
    QCOMPARE(f.doc.text(), broken);
    auto *hint = f.editor.findChild<QLabel *>(QStringLiteral("hint"));
    QVERIFY(hint->text().startsWith(QStringLiteral("Read-only")));

    f.doc.undoStack()->undo();
    QVERIFY(f.editor.model()->isEditable());
    QVERIFY(f.editor.deleteAction()->isEnabled());
}

void TestLabelListEditor::modelUnderTester()
{
    ConfigDocument doc;
    doc.load(kConfig);
    LabelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&doc);
    model.setControlPath({ 1 });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LabelListModel::ColourRole).value<QColor>(), QColor(0xFF, 0x6B, 0x6B));
    QCOMPARE(model.index(1).data(LabelListModel::HotkeyRole).toString(), QStringLiteral("t"));
    QCOMPARE(model.index(1).data(LabelListModel::TagRole).toString(), QStringLiteral("Label"));
    QCOMPARE(model.index(2).data(LabelListModel::PathRole).value<ElementPath>(), ElementPath({ 1, 2 }));
    QVERIFY(!model.index(2).data(LabelListModel::ColourRole).isValid());
    QCOMPARE(model.index(2).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::transparent));

    QCOMPARE(model.addLabels(strings({ "Van", "Bike" })).added, 1);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.setData(model.index(3), QStringLiteral("Bus")));
    QVERIFY(model.setData(model.index(3), QStringLiteral("v"), LabelListModel::HotkeyRole));
    QVERIFY(model.setData(model.index(3), QStringLiteral("Omnibus"), LabelListModel::AliasRole));
    QCOMPARE(model.index(3).data(LabelListModel::AliasRole).toString(), QStringLiteral("Omnibus"));
    QVERIFY(model.moveLabels({ 3 }, 0));
    QCOMPARE(model.values(), strings({ "Bus", "Bike", "Truck", "Boat" }));
    QVERIFY(model.removeRows(1, 2));
    QCOMPARE(model.values(), strings({ "Bus", "Boat" }));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(model.values(), strings({ "Bike", "Truck", "Boat" }));
    model.setControlPath({ 2 });
    QCOMPARE(model.values(), strings({ "Yes" }));
    QCOMPARE(model.labelTag(), QStringLiteral("Choice"));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid()); // choices have no colour
    doc.replaceText(
        QStringLiteral("<View><Choices name=\"a\" toName=\"b\"><Choice value=\"x\"/></Choices></View>"));
    doc.replaceText(QStringLiteral("<View"));
    model.setControlPath({ 0 });
    QCOMPARE(model.values(), strings({ "x" })); // the last good parse
    doc.load(QStringLiteral("<View/>"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.controlTag(), QString());
    QCOMPARE(LabelListModel::labelTagFor(QStringLiteral("taxonomy")), QStringLiteral("Choice"));
    QCOMPARE(LabelListModel::labelTagFor(QStringLiteral("Relations")), QStringLiteral("Relation"));
    QCOMPARE(LabelListModel::labelTagFor(QStringLiteral("PolygonLabels")), QStringLiteral("Label"));
    QCOMPARE(LabelListModel::labelTagFor(QStringLiteral("TextArea")), QString());
}

void TestLabelListEditor::nextColourSkipsUsedOnes()
{
    const QList<QColor> &p = LabelListModel::palette();
    QCOMPARE(LabelListModel::nextColour({}), p[0]);
    QCOMPARE(LabelListModel::nextColour(
                 { LabelListModel::colourText(p[0]).toLower(), QStringLiteral("nonsense") }),
        p[1]);
    QStringList all;
    for (const QColor &c : p)
        all << LabelListModel::colourText(c);
    all << LabelListModel::colourText(p[0]);
    // All taken: the one taken least often, the earliest of those.
    QCOMPARE(LabelListModel::nextColour(all), p[1]);
    // Well separated: no two palette colours are close.
    for (int i = 0; i < p.size(); ++i) {
        for (int j = i + 1; j < p.size(); ++j) {
            const int d = std::abs(p[i].red() - p[j].red()) + std::abs(p[i].green() - p[j].green())
                + std::abs(p[i].blue() - p[j].blue());
            QVERIFY2(d > 90, qPrintable(QStringLiteral("%1 and %2").arg(p[i].name(), p[j].name())));
        }
    }
}

QTEST_MAIN(TestLabelListEditor)
#include "tst_labellisteditor.moc"
