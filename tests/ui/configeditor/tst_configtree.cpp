// The config editor's structure tree: the model shows every element with its kind, name and details,
// stays consistent (QAbstractItemModelTester) across loads, typing, edits, moves and undo, keeps the
// last good structure read-only while the XML is broken; the view moves and deletes by keyboard as
// undoable document edits with the selection following the element, and reorders by drag and drop.

#include "configeditor/configdocument.h"
#include "configeditor/configtreemodel.h"
#include "configeditor/configtreeview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace lsdesk;
using Column = ConfigTreeModel::Column;

namespace {

// Root children: 0 Header, 1 Image, 2 Text, 3 Choices (2 Choice), 4 RectangleLabels (2 Label).
const QString kConfig = QStringLiteral("<View>\n"
                                       "  <Header value=\"Look at it\"/>\n"
                                       "  <Image name=\"img\" value=\"$image\"/>\n"
                                       "  <Text name=\"txt\" value=\"$text\"/>\n"
                                       "  <Choices name=\"sentiment\" toName=\"txt\">\n"
                                       "    <Choice value=\"Positive\"/>\n"
                                       "    <Choice value=\"Negative\"/>\n"
                                       "  </Choices>\n"
                                       "  <!-- boxes -->\n"
                                       "  <RectangleLabels name=\"box\" toName=\"img\">\n"
                                       "    <Label value=\"Car\" background=\"#ff0000\"/>\n"
                                       "    <Label value=\"Person\" background=\"rgba(0, 0, 255, 0.5)\"/>\n"
                                       "  </RectangleLabels>\n"
                                       "</View>\n");

const QString kChoices = QStringLiteral("  <Choices name=\"sentiment\" toName=\"txt\">\n"
                                        "    <Choice value=\"Positive\"/>\n"
                                        "    <Choice value=\"Negative\"/>\n"
                                        "  </Choices>\n");

ElementKind kindAt(const ConfigTreeModel &m, const ElementPath &p)
{
    return m.indexForPath(p).data(ConfigTreeModel::KindRole).value<ElementKind>();
}

QString textAt(const ConfigTreeModel &m, const ElementPath &p, Column c)
{
    return m.indexForPath(p, int(c)).data().toString();
}

QStringList rootTags(const ConfigTreeModel &m)
{
    QStringList out;
    const QModelIndex root = m.indexForPath({});
    for (int r = 0; r < m.rowCount(root); ++r)
        out << m.index(r, 0, root).data().toString();
    return out;
}

ElementPath selectedPath(const ConfigTreeView &view)
{
    return view.model()->pathForIndex(view.treeView()->currentIndex());
}

} // namespace

class TestConfigTree : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConfigDocument> m_doc;

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<ConfigDocument>();
        m_doc->load(kConfig);
        QVERIFY(m_doc->config());
    }

    void rowsColumnsAndKinds()
    {
        ConfigTreeModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(textAt(model, {}, Column::Tag), QStringLiteral("View"));
        QCOMPARE(model.rowCount(model.indexForPath({})), 5); // the comment is not an element
        QCOMPARE(rootTags(model), QStringLiteral("Header,Image,Text,Choices,RectangleLabels").split(u','));
        QCOMPARE(model.rowCount(model.indexForPath({ 3 })), 2);
        QCOMPARE(model.rowCount(model.indexForPath({ 4 })), 2);
        QCOMPARE(model.rowCount(model.indexForPath({ 4, 0 })), 0);

        QCOMPARE(kindAt(model, {}), ElementKind::Layout);
        QCOMPARE(kindAt(model, { 0 }), ElementKind::Layout);
        QCOMPARE(kindAt(model, { 1 }), ElementKind::Object);
        QCOMPARE(kindAt(model, { 2 }), ElementKind::Object);
        QCOMPARE(kindAt(model, { 3 }), ElementKind::Control);
        QCOMPARE(kindAt(model, { 4 }), ElementKind::Control);
        QCOMPARE(kindAt(model, { 3, 1 }), ElementKind::Label);
        QCOMPARE(kindAt(model, { 4, 0 }), ElementKind::Label);
        // The kind on every column, not only the tag's.
        QCOMPARE(model.indexForPath({ 3 }, int(Column::Details))
                     .data(ConfigTreeModel::KindRole)
                     .value<ElementKind>(),
            ElementKind::Control);

        // Name: name attribute, a label's value, a header's text.
        QCOMPARE(textAt(model, { 0 }, Column::Name), QStringLiteral("Look at it"));
        QCOMPARE(textAt(model, { 1 }, Column::Name), QStringLiteral("img"));
        QCOMPARE(textAt(model, { 3 }, Column::Name), QStringLiteral("sentiment"));
        QCOMPARE(textAt(model, { 3, 1 }, Column::Name), QStringLiteral("Negative"));
        QCOMPARE(textAt(model, { 4, 1 }, Column::Name), QStringLiteral("Person"));
        // Details: toName for controls, value for objects, background for labels.
        QCOMPARE(textAt(model, { 1 }, Column::Details), QStringLiteral("$image"));
        QCOMPARE(textAt(model, { 3 }, Column::Details), QStringLiteral("txt"));
        QCOMPARE(textAt(model, { 4 }, Column::Details), QStringLiteral("img"));
        QCOMPARE(textAt(model, { 4, 0 }, Column::Details), QStringLiteral("#ff0000"));
        QCOMPARE(textAt(model, { 3, 0 }, Column::Details), QString());
        // A swatch for labels with a background, none for the rest.
        const QVariant red = model.indexForPath({ 4, 0 }, int(Column::Details)).data(Qt::DecorationRole);
        QCOMPARE(red.value<QColor>(), QColor(255, 0, 0));
        const QColor blue
            = model.indexForPath({ 4, 1 }, int(Column::Details)).data(Qt::DecorationRole).value<QColor>();
        QCOMPARE(blue.blue(), 255);
        QCOMPARE(blue.red(), 0);
        QCOMPARE(blue.alpha(), 128);
        QVERIFY(!model.indexForPath({ 3, 0 }, int(Column::Details)).data(Qt::DecorationRole).isValid());
        QVERIFY(!model.indexForPath({ 4, 0 }, int(Column::Name)).data(Qt::DecorationRole).isValid());

        QCOMPARE(model.headerData(int(Column::Tag), Qt::Horizontal).toString(), QStringLiteral("Tag"));
        QCOMPARE(
            model.headerData(int(Column::Details), Qt::Horizontal).toString(), QStringLiteral("Details"));
        QCOMPARE(model.indexForPath({ 4, 1 }).data(ConfigTreeModel::PathRole).value<ElementPath>(),
            ElementPath({ 4, 1 }));
        QVERIFY(!model.isReadOnly());
    }

    void pathRoundTrip()
    {
        ConfigTreeModel model(m_doc.get());
        int seen = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                for (int c = 0; c < model.columnCount(parent); ++c) {
                    const QModelIndex i = model.index(r, c, parent);
                    const ElementPath p = model.pathForIndex(i);
                    QCOMPARE(model.indexForPath(p, c), i);
                    QCOMPARE(i.data(ConfigTreeModel::PathRole).value<ElementPath>(), p);
                    // The path addresses the same element in the document.
                    QCOMPARE(m_doc->element(p)->name(), model.indexForPath(p).data().toString());
                }
                ++seen;
                walk(model.index(r, 0, parent));
            }
        };
        walk({});
        QCOMPARE(seen, 10);
        QVERIFY(!model.indexForPath({ 5 }).isValid());
        QVERIFY(!model.indexForPath({ 4, 2 }).isValid());
        QVERIFY(!model.indexForPath({ -1 }).isValid());
        QCOMPARE(model.childCountAt({ 4 }), 2);
        QCOMPARE(model.childCountAt({ 9 }), -1);
    }

    void consistentAcrossLoadsAndEdits()
    {
        ConfigTreeModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // An attribute: same shape, only texts change - no reset.
        QVERIFY(m_doc->setAttribute({ 3 }, QStringLiteral("name"), QStringLiteral("mood")));
        QCOMPARE(textAt(model, { 3 }, Column::Name), QStringLiteral("mood"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(dataChanged.count() > 0);

        // Typing that does not change what the tree shows: nothing at all.
        dataChanged.clear();
        QString typed = m_doc->text();
        typed.replace(QStringLiteral("<!-- boxes -->"), QStringLiteral("<!-- the boxes -->"));
        m_doc->replaceText(typed);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(dataChanged.count(), 0);

        // A new element: a reset with the new row.
        ElementSpec label { QStringLiteral("Label"), { { QStringLiteral("value"), QStringLiteral("Bike") } },
            {} };
        QVERIFY(m_doc->insertElement({ 4 }, -1, label));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.indexForPath({ 4 })), 3);
        QCOMPARE(textAt(model, { 4, 2 }, Column::Name), QStringLiteral("Bike"));

        // A move through the model: rows moved, not reset.
        QVERIFY(model.moveElement({ 4, 2 }, 0));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(textAt(model, { 4, 0 }, Column::Name), QStringLiteral("Bike"));
        QCOMPARE(textAt(model, { 4, 1 }, Column::Name), QStringLiteral("Car"));
        QCOMPARE(m_doc->element({ 4, 0 })->attribute(QStringLiteral("value")), QStringLiteral("Bike"));
        QVERIFY(!model.moveElement({ 4, 0 }, 0)); // nowhere
        QVERIFY(!model.moveElement({ 4, 0 }, 3)); // past the end
        QVERIFY(!model.moveElement({}, 0)); // the root

        QVERIFY(m_doc->removeElement({ 1 }));
        QCOMPARE(rootTags(model), QStringLiteral("Header,Text,Choices,RectangleLabels").split(u','));

        // Undo all the way: the first structure again.
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->text(), kConfig);
        QCOMPARE(rootTags(model), QStringLiteral("Header,Image,Text,Choices,RectangleLabels").split(u','));
        QCOMPARE(textAt(model, { 3 }, Column::Name), QStringLiteral("sentiment"));

        // Another config, then one that is empty: no rows.
        m_doc->load(QStringLiteral("<View><Audio name=\"a\" value=\"$audio\"/></View>"));
        QCOMPARE(rootTags(model), QStringLiteral("Audio").split(u','));
        QCOMPARE(kindAt(model, { 0 }), ElementKind::Object);
        ConfigDocument empty;
        model.setDocument(&empty);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isReadOnly());
        model.setDocument(m_doc.get());
        QCOMPARE(model.rowCount(), 1);
    }

    void keyboardMovesAndDeletes()
    {
        ConfigTreeView view;
        view.setDocument(m_doc.get());
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTreeView *tree = view.treeView();
        tree->setFocus();
        QVERIFY(tree->hasFocus());
        QVERIFY(!tree->tabKeyNavigation());
        // Expanded by default.
        QVERIFY(tree->isExpanded(view.model()->indexForPath({})));
        QVERIFY(tree->isExpanded(view.model()->indexForPath({ 3 })));
        QVERIFY(tree->isExpanded(view.model()->indexForPath({ 4 })));

        QSignalSpy current(&view, &ConfigTreeView::currentPathChanged);
        view.setCurrentPath({ 3 });
        QCOMPARE(view.currentPath(), ElementPath({ 3 }));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).value<ElementPath>(), ElementPath({ 3 }));
        // Collapse the Choices: it must stay collapsed where it goes.
        tree->collapse(view.model()->indexForPath({ 3 }));
        QVERIFY(view.moveDownAction()->isEnabled());
        QVERIFY(view.moveUpAction()->isEnabled());

        // Ctrl+Down: Choices after RectangleLabels (with its comment staying put), one undo step.
        QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
        QString expected = kConfig;
        expected.remove(kChoices);
        expected.replace(
            QStringLiteral("  </RectangleLabels>\n"), QStringLiteral("  </RectangleLabels>\n") + kChoices);
        QCOMPARE(m_doc->text(), expected);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        // The selection followed the element to its new path.
        QCOMPARE(selectedPath(view), ElementPath({ 4 }));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Choices"));
        QCOMPARE(view.currentPath(), ElementPath({ 4 }));
        QCOMPARE(current.last().at(0).value<ElementPath>(), ElementPath({ 4 }));
        QVERIFY(!tree->isExpanded(view.model()->indexForPath({ 4 })));
        QVERIFY(tree->isExpanded(view.model()->indexForPath({ 3 })));
        // Last among its siblings: no further down.
        QVERIFY(!view.moveDownAction()->isEnabled());

        // Ctrl+Up takes it back before RectangleLabels (the comment does not travel with either: it is
        // not part of an element); undo, not a move back, restores the text exactly.
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
        QString movedBack = kConfig;
        movedBack.replace(
            kChoices + QStringLiteral("  <!-- boxes -->\n"), QStringLiteral("  <!-- boxes -->\n") + kChoices);
        QCOMPARE(m_doc->text(), movedBack);
        QCOMPARE(selectedPath(view), ElementPath({ 3 }));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Choices"));
        m_doc->undoStack()->undo(); // the move up
        QCOMPARE(m_doc->text(), expected);
        m_doc->undoStack()->undo(); // the move down
        QCOMPARE(m_doc->text(), kConfig);

        // Delete: the Image goes with its line; the next sibling is selected.
        view.setCurrentPath({ 1 });
        current.clear();
        QTest::keyClick(tree, Qt::Key_Delete);
        QString withoutImage = kConfig;
        withoutImage.remove(QStringLiteral("  <Image name=\"img\" value=\"$image\"/>\n"));
        QCOMPARE(m_doc->text(), withoutImage);
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Text"));
        QCOMPARE(view.currentPath(), ElementPath({ 1 }));
        QCOMPARE(current.count(), 1); // same path, another element: said anyway
        // The last label: the one before it is selected.
        view.setCurrentPath({ 3, 1 });
        view.deleteAction()->trigger();
        QCOMPARE(selectedPath(view), ElementPath({ 3, 0 }));
        QCOMPARE(tree->currentIndex().data(Qt::DisplayRole).toString(), QStringLiteral("Label"));
        // Undo restores the exact text.
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->text(), kConfig);

        // Never the root.
        view.setCurrentPath({});
        QVERIFY(!view.deleteAction()->isEnabled());
        QVERIFY(!view.moveUpAction()->isEnabled());
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(m_doc->text(), kConfig);

        // The context menu offers the same actions.
        std::unique_ptr<QMenu> menu(view.createContextMenu(nullptr));
        QVERIFY(menu->actions().contains(view.moveUpAction()));
        QVERIFY(menu->actions().contains(view.moveDownAction()));
        QVERIFY(menu->actions().contains(view.deleteAction()));
    }

    void selectionAndExpansionSurviveRebuilds()
    {
        ConfigTreeView view;
        view.setDocument(m_doc.get());
        QTreeView *tree = view.treeView();
        view.setCurrentPath({ 4, 1 });
        tree->collapse(view.model()->indexForPath({ 3 }));
        QSignalSpy current(&view, &ConfigTreeView::currentPathChanged);
        QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);

        // Typed in the XML view: a new control at the end. The tree is rebuilt; the selection stays on
        // its path without a signal (nothing changed for the other views), the collapsed Choices stay
        // collapsed, the new element comes in expanded like everything else.
        QString typed = kConfig;
        typed.replace(QStringLiteral("</View>"),
            QStringLiteral(
                "  <Labels name=\"ner\" toName=\"txt\">\n    <Label value=\"PER\"/>\n  </Labels>\n</View>"));
        m_doc->replaceText(typed);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(current.count(), 0);
        QCOMPARE(selectedPath(view), ElementPath({ 4, 1 }));
        QCOMPARE(tree->currentIndex().data(int(Qt::DisplayRole)).toString(), QStringLiteral("Label"));
        QVERIFY(!tree->isExpanded(view.model()->indexForPath({ 3 })));
        QVERIFY(tree->isExpanded(view.model()->indexForPath({ 4 })));
        QVERIFY(tree->isExpanded(view.model()->indexForPath({ 5 })));
        QCOMPARE(textAt(*view.model(), { 5, 0 }, Column::Name), QStringLiteral("PER"));

        // The selected element removed elsewhere: the one before it takes the selection, and says so.
        QVERIFY(m_doc->removeElement({ 4, 1 }));
        QCOMPARE(selectedPath(view), ElementPath({ 4, 0 }));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).value<ElementPath>(), ElementPath({ 4, 0 }));

        // A new document: the root is selected.
        ConfigDocument other;
        other.load(QStringLiteral("<View><Image name=\"i\" value=\"$i\"/></View>"));
        view.setDocument(&other);
        QCOMPARE(view.currentPath(), ElementPath());
        QVERIFY(view.hasCurrent());
        QCOMPARE(current.last().at(0).value<ElementPath>(), ElementPath());
    }

    void readOnlyWhileBroken()
    {
        ConfigTreeView view;
        view.setDocument(m_doc.get());
        ConfigTreeModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy readOnly(model, &ConfigTreeModel::readOnlyChanged);
        view.setCurrentPath({ 2 });
        QVERIFY(view.deleteAction()->isEnabled());
        QVERIFY(model->flags(model->indexForPath({ 2 })) & Qt::ItemIsDragEnabled);
        auto label = view.findChild<QLabel *>();
        QVERIFY(label);
        QVERIFY(!label->isVisibleTo(&view));

        // An unclosed tag: the text no longer parses.
        QString broken = kConfig;
        broken.replace(
            QStringLiteral("<Text name=\"txt\" value=\"$text\"/>"), QStringLiteral("<Text name=\"txt\""));
        m_doc->replaceText(broken);
        QVERIFY(!m_doc->config());
        QVERIFY(model->isReadOnly());
        QCOMPARE(readOnly.count(), 1);
        QCOMPARE(readOnly.last().at(0).toBool(), true);
        QVERIFY(!view.deleteAction()->isEnabled());
        QVERIFY(!view.moveUpAction()->isEnabled());
        QVERIFY(!view.moveDownAction()->isEnabled());
        QVERIFY(label->isVisibleTo(&view));
        // The last good structure is still shown, the selection with it.
        QCOMPARE(rootTags(*model), QStringLiteral("Header,Image,Text,Choices,RectangleLabels").split(u','));
        QCOMPARE(view.currentPath(), ElementPath({ 2 }));
        QVERIFY(!(model->flags(model->indexForPath({ 2 })) & Qt::ItemIsDragEnabled));
        // Nothing edits: not the actions, not a drop.
        view.deleteAction()->trigger();
        view.moveDown();
        std::unique_ptr<QMimeData> mime(model->mimeData({ model->indexForPath({ 2 }) }));
        QVERIFY(mime);
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->indexForPath({})));
        QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->indexForPath({})));
        QVERIFY(!model->moveElement({ 2 }, 0));
        QCOMPARE(m_doc->text(), broken);

        // Fixed: editable again.
        m_doc->replaceText(kConfig);
        QVERIFY(!model->isReadOnly());
        QCOMPARE(readOnly.count(), 2);
        QVERIFY(view.deleteAction()->isEnabled());
        QVERIFY(!label->isVisibleTo(&view));
    }

    void dragAndDrop()
    {
        ConfigTreeView view;
        view.setDocument(m_doc.get());
        ConfigTreeModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->supportedDropActions(), Qt::MoveAction);
        QCOMPARE(model->mimeTypes(), QStringList(ConfigTreeModel::mimeType()));
        // The root has nothing to drag.
        QVERIFY(!(model->flags(model->indexForPath({})) & Qt::ItemIsDragEnabled));
        QVERIFY(!model->mimeData({ model->indexForPath({}) }));

        view.setCurrentPath({ 1 });
        std::unique_ptr<QMimeData> image(model->mimeData({ model->indexForPath({ 1 }) }));
        QVERIFY(image);
        const QModelIndex root = model->indexForPath({});

        // Into another parent: refused.
        QVERIFY(!model->canDropMimeData(image.get(), Qt::MoveAction, 0, 0, model->indexForPath({ 3 })));
        QVERIFY(!model->dropMimeData(image.get(), Qt::MoveAction, 0, 0, model->indexForPath({ 3 })));
        QVERIFY(!model->canDropMimeData(image.get(), Qt::MoveAction, -1, -1, model->indexForPath({ 3, 0 })));
        // Beside the root, or where it is: refused.
        QVERIFY(!model->canDropMimeData(image.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model->canDropMimeData(image.get(), Qt::MoveAction, 1, 0, root));
        QVERIFY(!model->canDropMimeData(image.get(), Qt::MoveAction, 2, 0, root));
        QCOMPARE(m_doc->text(), kConfig);

        // Between Text and Choices (row 3 before the move): Image ends up at index 2.
        QVERIFY(model->canDropMimeData(image.get(), Qt::MoveAction, 3, 0, root));
        QVERIFY(model->dropMimeData(image.get(), Qt::MoveAction, 3, 0, root));
        QCOMPARE(rootTags(*model), QStringLiteral("Header,Text,Image,Choices,RectangleLabels").split(u','));
        QString expected = kConfig;
        expected.replace(
            QStringLiteral(
                "  <Image name=\"img\" value=\"$image\"/>\n  <Text name=\"txt\" value=\"$text\"/>\n"),
            QStringLiteral(
                "  <Text name=\"txt\" value=\"$text\"/>\n  <Image name=\"img\" value=\"$image\"/>\n"));
        QCOMPARE(m_doc->text(), expected);
        // The dragged element stays selected at its new place.
        QCOMPARE(view.currentPath(), ElementPath({ 2 }));
        QCOMPARE(view.treeView()->currentIndex().data().toString(), QStringLiteral("Image"));

        // Onto a sibling: its place. The Person label onto Car.
        std::unique_ptr<QMimeData> person(model->mimeData({ model->indexForPath({ 4, 1 }) }));
        QVERIFY(model->dropMimeData(person.get(), Qt::MoveAction, -1, -1, model->indexForPath({ 4, 0 })));
        QCOMPARE(textAt(*model, { 4, 0 }, Column::Name), QStringLiteral("Person"));
        QCOMPARE(m_doc->element({ 4, 0 })->attribute(QStringLiteral("value")), QStringLiteral("Person"));

        // A drag from another tree means nothing here.
        ConfigDocument other;
        other.load(kConfig);
        ConfigTreeModel otherModel(&other);
        std::unique_ptr<QMimeData> foreign(otherModel.mimeData({ otherModel.indexForPath({ 1 }) }));
        QVERIFY(!model->canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, root));

        // Each drop is one undo step.
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->text(), kConfig);
    }
};

QTEST_MAIN(TestConfigTree)
#include "tst_configtree.moc"
