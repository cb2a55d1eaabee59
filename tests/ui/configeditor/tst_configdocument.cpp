// ConfigDocument: the one text the editor's three views share - edits keep unchanged text exact, every
// edit is one undo step, typing merges into one, and a text that is not well-formed refuses structural
// edits while the last good parse stays available.

#include "configeditor/configdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace lsdesk;

namespace {
// Odd formatting on purpose: comments, single quotes, extra spaces, an entity. Edits elsewhere must
// leave all of it alone.
const QString kConfig = QStringLiteral("<View>\n"
                                       "  <!-- boxes on photos -->\n"
                                       "  <Image name='image'   value=\"$image\" zoom=\"true\"/>\n"
                                       "  <RectangleLabels name=\"label\" toName=\"image\">\n"
                                       "    <Label value=\"Car &amp; van\" background=\"red\"/>\n"
                                       "    <Label value=\"Person\"/>\n"
                                       "  </RectangleLabels>\n"
                                       "  <Choices name=\"time\" toName=\"image\">\n"
                                       "    <Choice value=\"Day\"/>\n"
                                       "  </Choices>\n"
                                       "</View>\n");
} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadIsCleanAndParsed()
    {
        ConfigDocument doc;
        QSignalSpy changed(&doc, &ConfigDocument::changed);
        doc.load(kConfig);
        QCOMPARE(doc.text(), kConfig);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.config());
        QCOMPARE(doc.config()->controls().size(), 2);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc.element({ 1, 0 })->attribute(QStringLiteral("value")), QStringLiteral("Car & van"));
        QCOMPARE(ConfigDocument::pathOf(doc.element({ 1, 1 })), (ElementPath { 1, 1 }));
        QVERIFY(!doc.element({ 5 }));
        QVERIFY(!doc.element({ 1, -1 }));
    }

    void setAttributeTouchesOnlyItsTag()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        QSignalSpy modified(&doc, &ConfigDocument::modifiedChanged);
        QVERIFY(doc.setAttribute({ 1, 1 }, QStringLiteral("background"), QStringLiteral("#00ff00")));
        QString expected = kConfig;
        expected.replace(QStringLiteral("<Label value=\"Person\"/>"),
            QStringLiteral("<Label value=\"Person\" background=\"#00ff00\"/>"));
        QCOMPARE(doc.text(), expected);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        // Setting the same value again changes nothing and adds no step.
        QVERIFY(!doc.setAttribute({ 1, 1 }, QStringLiteral("background"), QStringLiteral("#00ff00")));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.size(), 2);
        doc.undoStack()->redo();
        QCOMPARE(doc.text(), expected);
    }

    void insertFollowsIndentation()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        ElementSpec choices { QStringLiteral("Choices"),
            { { QStringLiteral("name"), QStringLiteral("weather") },
                { QStringLiteral("toName"), QStringLiteral("image") } },
            { ElementSpec {
                  QStringLiteral("Choice"), { { QStringLiteral("value"), QStringLiteral("Sun") } }, {} },
                ElementSpec { QStringLiteral("Choice"),
                    { { QStringLiteral("value"), QStringLiteral("Rain") } }, {} } } };
        QVERIFY(doc.insertElement({}, -1, choices));
        QString expected = kConfig;
        expected.replace(QStringLiteral("  </Choices>\n</View>"),
            QStringLiteral(
                "  </Choices>\n  <Choices name=\"weather\" toName=\"image\">\n    <Choice value=\"Sun\"/>\n"
                "    <Choice value=\"Rain\"/>\n  </Choices>\n</View>"));
        QCOMPARE(doc.text(), expected);
        QCOMPARE(doc.config()->controls().size(), 3);
        QCOMPARE(doc.undoStack()->count(), 1); // the children came with it, in one step

        // Into an element that had no children yet, and in the middle of a list.
        QVERIFY(doc.insertElement({ 1 }, 1,
            ElementSpec {
                QStringLiteral("Label"), { { QStringLiteral("value"), QStringLiteral("Bike") } }, {} }));
        QCOMPARE(doc.config()->control(QStringLiteral("label"))->labels,
            (QStringList { QStringLiteral("Car & van"), QStringLiteral("Bike"), QStringLiteral("Person") }));
        QVERIFY(doc.text().contains(
            QStringLiteral("    <Label value=\"Bike\"/>\n    <Label value=\"Person\"/>")));
    }

    void removeAndMove()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        QVERIFY(!doc.removeElement({})); // never the root
        QVERIFY(doc.removeElement({ 2 }));
        QString expected = kConfig;
        expected.remove(QStringLiteral(
            "  <Choices name=\"time\" toName=\"image\">\n    <Choice value=\"Day\"/>\n  </Choices>\n"));
        QCOMPARE(doc.text(), expected);
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig);

        // Person before Car: the moved element keeps its exact text.
        QVERIFY(doc.moveElement({ 1, 1 }, 0));
        QVERIFY(doc.text().contains(QStringLiteral(
            "    <Label value=\"Person\"/>\n    <Label value=\"Car &amp; van\" background=\"red\"/>\n")));
        QVERIFY(!doc.moveElement({ 1, 0 }, 5)); // out of range: nothing
        QVERIFY(!doc.moveElement({ 1, 0 }, 0)); // in place: nothing
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig);
        // The Choices control to the top, above the comment's element.
        QVERIFY(doc.moveElement({ 2 }, 0));
        QCOMPARE(doc.element({ 0 })->name(), QStringLiteral("Choices"));
        QCOMPARE(doc.element({ 1 })->name(), QStringLiteral("Image"));
        QVERIFY(doc.config());
    }

    void renameKeepsChildren()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        QVERIFY(doc.renameElement({ 2 }, QStringLiteral("Taxonomy")));
        QVERIFY(doc.text().contains(QStringLiteral(
            "  <Taxonomy name=\"time\" toName=\"image\">\n    <Choice value=\"Day\"/>\n  </Taxonomy>\n")));
        QVERIFY(!doc.renameElement({}, QStringLiteral("Div")));
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig);
    }

    void typingMergesAndBrokenTextRefusesEdits()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        QSignalSpy changed(&doc, &ConfigDocument::changed);
        QString t = kConfig;
        t.insert(t.indexOf(QStringLiteral("</View>")), QStringLiteral("<"));
        doc.replaceText(t);
        QCOMPARE(changed.last().first().toBool(), true); // from typing
        QVERIFY(!doc.config());
        QVERIFY(doc.error().isError());
        QCOMPARE(doc.error().line, 11);
        QVERIFY(doc.lastGoodConfig()); // the views keep showing the last good structure
        QCOMPARE(doc.lastGoodConfig()->controls().size(), 2);
        QVERIFY(!doc.setAttribute({ 0 }, QStringLiteral("zoom"), QStringLiteral("false")));
        QVERIFY(!doc.insertElement({}, -1, ElementSpec { QStringLiteral("Text"), {}, {} }));

        t.insert(t.indexOf(QStringLiteral("<</View>")) + 1, QStringLiteral("Header value=\"x\"/>\n"));
        doc.replaceText(t);
        QVERIFY(doc.config());
        QCOMPARE(doc.undoStack()->count(), 1); // both keystroke batches: one "Typing" step
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig);
        QCOMPARE(changed.last().first().toBool(), false); // the XML view must show it
        QVERIFY(!doc.isModified());

        // A structural edit ends the typing run: the next typing is a new step.
        doc.undoStack()->redo();
        QVERIFY(doc.setAttribute({ 0 }, QStringLiteral("zoom"), QStringLiteral("false")));
        doc.replaceText(doc.text() + QStringLiteral("\n"));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void editGroupsChangesAndMarkSaved()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        const bool ok = doc.edit(QStringLiteral("Two labels"), [](XmlDocument &d) {
            XmlNode *control = ConfigDocument::nodeAt(d, { 1 });
            ConfigDocument::insertInto(control, -1,
                ElementSpec {
                    QStringLiteral("Label"), { { QStringLiteral("value"), QStringLiteral("A") } }, {} });
            ConfigDocument::insertInto(control, -1,
                ElementSpec {
                    QStringLiteral("Label"), { { QStringLiteral("value"), QStringLiteral("B") } }, {} });
            return true;
        });
        QVERIFY(ok);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Two labels"));
        QCOMPARE(doc.config()->control(QStringLiteral("label"))->labels.size(), 4);
        QVERIFY(!doc.edit(QStringLiteral("nothing"), [](XmlDocument &) { return false; }));
        doc.markSaved();
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.baseline(), doc.text());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified()); // back to the old text, which is no longer what the server has

        // A save that went out before the last edits: the baseline moves, the document stays modified.
        QSignalSpy modified(&doc, &ConfigDocument::modifiedChanged);
        const QString current = doc.text();
        doc.markSaved(kConfig + QStringLiteral("<!-- saved -->"));
        QCOMPARE(doc.baseline(), kConfig + QStringLiteral("<!-- saved -->"));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.size(), 0);
        doc.markSaved(current);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.size(), 1);
    }

    void loadForgetsTheOldParseAndReplaceAllIsOneStep()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        doc.replaceText(QStringLiteral("<View"));
        QVERIFY(doc.lastGoodConfig());
        doc.load(QStringLiteral("<View"));
        QVERIFY(!doc.lastGoodConfig()); // not the config loaded before

        doc.load(kConfig);
        doc.replaceText(kConfig + QStringLiteral(" "));
        QVERIFY(doc.replaceAll(QStringLiteral("<View/>"), QStringLiteral("Template")));
        QVERIFY(!doc.replaceAll(QStringLiteral("<View/>"), QStringLiteral("Template")));
        doc.replaceText(QStringLiteral("<View/>\n"));
        QCOMPARE(doc.undoStack()->count(), 3); // typing, template, typing: the template ends the run
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kConfig + QStringLiteral(" "));
    }

    void typingBackToTheStartLeavesNoStep()
    {
        ConfigDocument doc;
        doc.load(kConfig);
        doc.replaceText(kConfig + QStringLiteral("a"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.replaceText(kConfig); // Backspace
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void elementSpecFromBuilderTuple()
    {
        SpecNode node;
        node.kind = SpecNode::Kind::Element;
        node.tag = QStringLiteral("Rating");
        node.attributes.set(QStringLiteral("name"), SpecValue::string(QStringLiteral("rating")));
        SpecValue five;
        five.type = SpecValue::Type::Number;
        five.text = QStringLiteral("5");
        node.attributes.set(QStringLiteral("maxRating"), five);
        SpecNode set;
        set.kind = SpecNode::Kind::SetAttributes;
        set.attributes.set(QStringLiteral("toName"), SpecValue::string(QStringLiteral("image")));
        node.children.append(set);
        const ElementSpec spec = ElementSpec::fromSpecNode(node);
        QCOMPARE(spec.tag, QStringLiteral("Rating"));
        const XmlAttributes expected { { QStringLiteral("name"), QStringLiteral("rating") },
            { QStringLiteral("maxRating"), QStringLiteral("5") },
            { QStringLiteral("toName"), QStringLiteral("image") } };
        QCOMPARE(spec.attributes, expected);
        QVERIFY(spec.children.isEmpty());
    }
};

QTEST_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
