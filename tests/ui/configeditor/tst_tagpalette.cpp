// The tag palette: a config built by adding tags and labels in the editor is byte for byte what
// LabelInterface.create() (ConfigBuilder) writes for the same entries; names are unique; controls
// connect to the right object; the keyboard alone adds tags; every add is one exact undo step.

#include "configeditor/configdocument.h"
#include "configeditor/tagcatalog.h"
#include "configeditor/tagpalette.h"
#include "labelconfig/configbuilder.h"
#include "labelconfig/configvalidator.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace lsdesk;

namespace {

SpecTag entry(const QString &key, const QString &tag)
{
    SpecTag t;
    t.key = key;
    t.form = SpecTag::Form::String;
    t.tag = tag;
    return t;
}

SpecValue strings(const QStringList &values)
{
    QList<SpecValue> items;
    for (const QString &v : values)
        items.append(SpecValue::string(v));
    return SpecValue::array(items);
}

SpecTag labelsEntry(const QString &key, const QString &tag, const QStringList &values)
{
    SpecTag t;
    t.key = key;
    t.form = tag == QLatin1String("Choices") ? SpecTag::Form::Choices : SpecTag::Form::Labels;
    t.tag = tag;
    t.items = strings(values);
    return t;
}

QString build(const ConfigSpec &spec)
{
    const ConfigBuildResult r = ConfigBuilder::create(spec);
    return r.ok() ? r.text : QStringLiteral("BUILD ERROR: ") + r.error->message;
}

QString blank()
{
    return ConfigBuilder::serialize({}, true).text;
}

// What the label editor does to add a label: a <Label value="..."/> (or <Choice>) appended to the control.
void addLabel(ConfigDocument &doc, const ElementPath &control, const QString &tag, const QString &value)
{
    QVERIFY(doc.insertElement(control, -1, ElementSpec { tag, { { QStringLiteral("value"), value } }, {} }));
}

// Adds through the palette and returns the new element's path (from elementAdded).
ElementPath add(TagPalette &palette, const QString &tag)
{
    QSignalSpy added(&palette, &TagPalette::elementAdded);
    if (!palette.addTag(tag) || added.size() != 1)
        return { -1 };
    const ElementPath path = added.at(0).at(0).value<ElementPath>();
    palette.setCurrentPath(path); // the window selects what was added
    return path;
}

const QString kThreeObjects = QStringLiteral("<View>\n"
                                             "  <Image name=\"a\" value=\"$a\"/>\n"
                                             "  <Text name=\"t\" value=\"$t\"/>\n"
                                             "  <Image name=\"b\" value=\"$b\"/>\n"
                                             "  <RectangleLabels name=\"boxes\" toName=\"a\">\n"
                                             "    <Label value=\"Car\"/>\n"
                                             "  </RectangleLabels>\n"
                                             "  <View>\n"
                                             "    <Header value=\"Inner\"/>\n"
                                             "  </View>\n"
                                             "</View>\n");

} // namespace

class TestTagPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blankIsTheBuildersEmptyConfig()
    {
        // What "blank" starts from: create() with an empty tags dict.
        QCOMPARE(blank(), QStringLiteral("<View/>\n"));
        QCOMPARE(build(ConfigSpec {}), blank());
        ConfigDocument doc;
        doc.load(blank());
        QVERIFY(doc.config());
    }

    void parityObjectControlLabels()
    {
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        QCOMPARE(add(palette, QStringLiteral("Image")), (ElementPath { 0 }));
        const ElementPath box = add(palette, QStringLiteral("RectangleLabels"));
        QCOMPARE(box, (ElementPath { 1 }));
        addLabel(doc, box, QStringLiteral("Label"), QStringLiteral("Car"));
        addLabel(doc, box, QStringLiteral("Label"), QStringLiteral("Person"));

        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("image"), QStringLiteral("Image")),
            labelsEntry(QStringLiteral("label"), QStringLiteral("RectangleLabels"),
                { QStringLiteral("Car"), QStringLiteral("Person") }) };
        const QString expected = build(spec);
        QCOMPARE(doc.text(), expected);
        QCOMPARE(expected,
            QStringLiteral("<View>\n"
                           "  <Image name=\"image\" value=\"$image\"/>\n"
                           "  <RectangleLabels name=\"label\" toName=\"image\">\n"
                           "    <Label value=\"Car\"/>\n"
                           "    <Label value=\"Person\"/>\n"
                           "  </RectangleLabels>\n"
                           "</View>\n"));
        QVERIFY(ConfigValidator::validateConfig(doc.text()).isEmpty());
        // Four steps: two adds from the palette, two labels.
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void parityColouredLabels()
    {
        // The label editor gives each new Label a background colour (value, then background). The same
        // structure in create() is the (tag, attrs, children) form with those children.
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        add(palette, QStringLiteral("Text"));
        const ElementPath span = add(palette, QStringLiteral("HyperTextLabels"));
        QCOMPARE(doc.element(span)->attribute(QStringLiteral("toName")), QString()); // no HyperText yet
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();
        const ElementPath labels = add(palette, QStringLiteral("Labels"));
        // The placeholders renamed and coloured, as the label editor does.
        const QStringList values { QStringLiteral("PER"), QStringLiteral("ORG") };
        const QStringList colours { QStringLiteral("#f44336"), QStringLiteral("#2196f3") };
        for (int i = 0; i < 2; ++i) {
            QVERIFY(doc.setAttribute(labels + ElementPath { i }, QStringLiteral("value"), values[i]));
            QVERIFY(doc.setAttribute(labels + ElementPath { i }, QStringLiteral("background"), colours[i]));
        }

        const auto label = [](const QString &value, const QString &colour) {
            SpecNode n;
            n.kind = SpecNode::Kind::Element;
            n.tag = QStringLiteral("Label");
            n.attributes = SpecAttributes { { QStringLiteral("value"), SpecValue::string(value) },
                { QStringLiteral("background"), SpecValue::string(colour) } };
            return n;
        };
        SpecTag labelsTag;
        labelsTag.key = QStringLiteral("label");
        labelsTag.form = SpecTag::Form::Triple;
        labelsTag.tag = QStringLiteral("Labels");
        labelsTag.children = { label(QStringLiteral("PER"), QStringLiteral("#f44336")),
            label(QStringLiteral("ORG"), QStringLiteral("#2196f3")) };
        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("text"), QStringLiteral("Text")), labelsTag };
        QCOMPARE(doc.text(), build(spec));
    }

    void removingEveryLabelThenAddingKeepsTheLayout()
    {
        // A control emptied and refilled must not keep the emptied one's indentation as blank lines
        // (XmlNode::insertElementIndented drops whitespace-only children before a first child).
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        add(palette, QStringLiteral("Text"));
        const ElementPath labels = add(palette, QStringLiteral("Labels"));
        QVERIFY(doc.removeElement(labels + ElementPath { 1 }));
        QVERIFY(doc.removeElement(labels + ElementPath { 0 }));
        addLabel(doc, labels, QStringLiteral("Label"), QStringLiteral("PER"));
        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("text"), QStringLiteral("Text")),
            labelsEntry(QStringLiteral("label"), QStringLiteral("Labels"), { QStringLiteral("PER") }) };
        QCOMPARE(doc.text(), build(spec));
    }

    void parityChoicesDefaults()
    {
        // Choices comes with the placeholders the builder's choices() helper writes for the same list.
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        add(palette, QStringLiteral("Text"));
        add(palette, QStringLiteral("Choices"));
        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("text"), QStringLiteral("Text")),
            labelsEntry(QStringLiteral("choice"), QStringLiteral("Choices"),
                TagCatalog::find(QStringLiteral("Choices"))->defaultItems) };
        QCOMPARE(doc.text(), build(spec));
        QVERIFY(doc.text().contains(QStringLiteral("<Choice value=\"Choice 1\"/>")));
        QVERIFY(ConfigValidator::validateConfig(doc.text()).isEmpty());
    }

    void parityTwoObjectsWithMapping()
    {
        // Image, Text, then Labels with the text selected and RectangleLabels with the image selected:
        // create() with the same order and a mapping for the controls that do not go to the first object.
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        const ElementPath image = add(palette, QStringLiteral("Image"));
        const ElementPath text = add(palette, QStringLiteral("Text"));
        palette.setCurrentPath(text);
        const ElementPath span = add(palette, QStringLiteral("Labels"));
        palette.setCurrentPath(image);
        const ElementPath box = add(palette, QStringLiteral("RectangleLabels"));
        addLabel(doc, box, QStringLiteral("Label"), QStringLiteral("Car"));
        add(palette, QStringLiteral("TextArea")); // the box selected: its image
        palette.setCurrentPath(span);
        add(palette, QStringLiteral("Rating")); // the span labels selected: their text

        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("image"), QStringLiteral("Image")),
            entry(QStringLiteral("text"), QStringLiteral("Text")),
            labelsEntry(QStringLiteral("label"), QStringLiteral("Labels"),
                TagCatalog::find(QStringLiteral("Labels"))->defaultItems),
            labelsEntry(
                QStringLiteral("label_2"), QStringLiteral("RectangleLabels"), { QStringLiteral("Car") }),
            entry(QStringLiteral("textarea"), QStringLiteral("TextArea")),
            entry(QStringLiteral("rating"), QStringLiteral("Rating")) };
        spec.mapping
            = SpecAttributes { { QStringLiteral("label"), SpecValue::string(QStringLiteral("text")) },
                  { QStringLiteral("rating"), SpecValue::string(QStringLiteral("text")) } };
        QCOMPARE(doc.text(), build(spec));
        QVERIFY(ConfigValidator::validateConfig(doc.text()).isEmpty());
    }

    void channelGoesInsideATimeSeries()
    {
        // A TimeSeries plots nothing without a Channel: the palette puts Channels inside the selected
        // (or last) TimeSeries and refuses while there is none, so the time-series family is built
        // without touching the XML.
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        QVERIFY(!palette.addTag(QStringLiteral("Channel")));
        QVERIFY(palette.statusText().contains(QStringLiteral("TimeSeries")));
        QCOMPARE(doc.text(), blank());
        const ElementPath ts = add(palette, QStringLiteral("TimeSeries"));
        add(palette, QStringLiteral("TimeSeriesLabels"));
        palette.setCurrentPath(ts);
        QVERIFY(palette.addTag(QStringLiteral("Channel")));
        palette.setCurrentPath({}); // nothing selected: the last TimeSeries
        QVERIFY(palette.addTag(QStringLiteral("Channel")));
        const XmlNode *series = doc.element(ts);
        QCOMPARE(series->childElements().size(), 2);
        QCOMPARE(series->childElements().first()->name(), QStringLiteral("Channel"));
        QCOMPARE(
            series->childElements().first()->attribute(QStringLiteral("column")), QStringLiteral("value"));
        QVERIFY(doc.text().contains(
            QStringLiteral("  <TimeSeries name=\"ts\" value=\"$ts\">\n    <Channel column=\"value\"/>\n")));
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void parityTitleAndStyle()
    {
        // create()'s title (a <Header> before the tag) and style (a <View style> around it), built in the
        // editor: Header added and its text set, a View added and styled, the Image added into it.
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        const ElementPath header = add(palette, QStringLiteral("Header"));
        QVERIFY(doc.setAttribute(header, QStringLiteral("value"), QStringLiteral("Look closely")));
        palette.setCurrentPath({});
        const ElementPath view = add(palette, QStringLiteral("View"));
        QVERIFY(doc.setAttribute(view, QStringLiteral("style"), QStringLiteral("width: 50%")));
        QCOMPARE(add(palette, QStringLiteral("Image")), (ElementPath { 1, 0 })); // the View is selected
        palette.setCurrentPath({});
        add(palette, QStringLiteral("Choices"));

        ConfigSpec spec;
        spec.tags = { entry(QStringLiteral("image"), QStringLiteral("Image")),
            labelsEntry(QStringLiteral("choice"), QStringLiteral("Choices"),
                TagCatalog::find(QStringLiteral("Choices"))->defaultItems) };
        spec.title = SpecValue {};
        spec.title.type = SpecValue::Type::Object;
        spec.title.members
            = { { QStringLiteral("image"), SpecValue::string(QStringLiteral("Look closely")) } };
        spec.style
            = SpecAttributes { { QStringLiteral("image"), SpecValue::string(QStringLiteral("width: 50%")) } };
        QCOMPARE(doc.text(), build(spec));
        QVERIFY(
            doc.text().contains(QStringLiteral("  <View style=\"width: 50%\">\n    <Image name=\"image\"")));
    }

    void uniqueNames()
    {
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        for (int i = 0; i < 3; ++i)
            add(palette, QStringLiteral("Image"));
        QCOMPARE(doc.element({ 0 })->attribute(QStringLiteral("name")), QStringLiteral("image"));
        QCOMPARE(doc.element({ 1 })->attribute(QStringLiteral("name")), QStringLiteral("image_2"));
        QCOMPARE(doc.element({ 2 })->attribute(QStringLiteral("name")), QStringLiteral("image_3"));
        QCOMPARE(doc.element({ 2 })->attribute(QStringLiteral("value")), QStringLiteral("$image_3"));

        // Names are one namespace: a control called "text" makes the next Text object "text_2", and a
        // gap is filled first.
        ConfigDocument other;
        other.load(QStringLiteral("<View><Image name=\"img\" value=\"$img\"/><Choices name=\"text\" "
                                  "toName=\"img\"><Choice value=\"x\"/></Choices><Text name=\"text_3\" "
                                  "value=\"$t\"/></View>"));
        QCOMPARE(TagCatalog::uniqueName(other.config(), QStringLiteral("text")), QStringLiteral("text_2"));
        QCOMPARE(TagCatalog::uniqueName(other.config(), QStringLiteral("label")), QStringLiteral("label"));
        palette.setDocument(&other);
        add(palette, QStringLiteral("Text"));
        QCOMPARE(other.element({ 3 })->attribute(QStringLiteral("name")), QStringLiteral("text_2"));
    }

    void toNameRules_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<ElementPath>("selected");
        QTest::addColumn<QString>("toName");
        // Nothing selected: the last compatible object.
        QTest::newRow("last image") << QStringLiteral("RectangleLabels") << ElementPath {}
                                    << QStringLiteral("b");
        QTest::newRow("last text") << QStringLiteral("HyperTextLabels") << ElementPath {} << QString();
        // The selected object when compatible, else the last compatible one.
        QTest::newRow("selected image")
            << QStringLiteral("PolygonLabels") << ElementPath { 0 } << QStringLiteral("a");
        QTest::newRow("selected text, image control")
            << QStringLiteral("KeyPointLabels") << ElementPath { 1 } << QStringLiteral("b");
        QTest::newRow("selected text, any control")
            << QStringLiteral("Choices") << ElementPath { 1 } << QStringLiteral("t");
        QTest::newRow("labels on selected text")
            << QStringLiteral("Labels") << ElementPath { 1 } << QStringLiteral("t");
        // A selected control (or a label in it) stands for its object.
        QTest::newRow("selected control")
            << QStringLiteral("TextArea") << ElementPath { 3 } << QStringLiteral("a");
        QTest::newRow("selected label")
            << QStringLiteral("BrushLabels") << ElementPath { 3, 0 } << QStringLiteral("a");
        // A layout element is no hint.
        QTest::newRow("selected header")
            << QStringLiteral("Number") << ElementPath { 4, 0 } << QStringLiteral("b");
        // No compatible object at all.
        QTest::newRow("no list") << QStringLiteral("Ranker") << ElementPath {} << QString();
        QTest::newRow("no video") << QStringLiteral("VideoRectangle") << ElementPath { 0 } << QString();
        // Pairwise compares two: the choice and the nearest other, in document order.
        QTest::newRow("pairwise") << QStringLiteral("Pairwise") << ElementPath {} << QStringLiteral("t,b");
        QTest::newRow("pairwise selected")
            << QStringLiteral("Pairwise") << ElementPath { 0 } << QStringLiteral("a,b");
        // Relations has no toName.
        QTest::newRow("relations") << QStringLiteral("Relations") << ElementPath { 0 } << QString();
    }

    void toNameRules()
    {
        QFETCH(QString, tag);
        QFETCH(ElementPath, selected);
        QFETCH(QString, toName);
        ConfigDocument doc;
        doc.load(kThreeObjects);
        TagPalette palette;
        palette.setDocument(&doc);
        palette.setCurrentPath(selected);
        const ElementPath path = add(palette, tag);
        QVERIFY(path != ElementPath { -1 });
        const XmlNode *added = doc.element(path);
        QVERIFY(added);
        QCOMPARE(added->name(), tag);
        QCOMPARE(added->attribute(QStringLiteral("toName")), toName);
        QCOMPARE(added->hasAttribute(QStringLiteral("toName")), !toName.isEmpty());
    }

    void addsIntoTheSelectedView()
    {
        ConfigDocument doc;
        doc.load(kThreeObjects);
        TagPalette palette;
        palette.setDocument(&doc);
        palette.setCurrentPath({ 4, 0 }); // the Header inside the nested View
        QCOMPARE(add(palette, QStringLiteral("Header")), (ElementPath { 4, 1 }));
        QCOMPARE(doc.element({ 4, 1 })->attribute(QStringLiteral("value")), QStringLiteral("Header"));
        QVERIFY(doc.text().contains(QStringLiteral("    <Header value=\"Inner\"/>\n"
                                                   "    <Header value=\"Header\"/>\n"
                                                   "  </View>")));
        // A control selected at the top level: the root.
        palette.setCurrentPath({ 3 });
        QCOMPARE(add(palette, QStringLiteral("View")), (ElementPath { 5 }));
        QCOMPARE(TagPalette::containerFor(doc.config(), { 3, 0 }), ElementPath {});
        QCOMPARE(TagPalette::containerFor(doc.config(), { 4, 0 }), (ElementPath { 4 }));
        QCOMPARE(TagPalette::containerFor(doc.config(), { 9, 9 }), ElementPath {});
    }

    void keyboardFilterAndEnter()
    {
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        QSignalSpy added(&palette, &TagPalette::elementAdded);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        palette.focusFilter();
        QTest::keyClicks(palette.filterEdit(), QStringLiteral("imag"));
        QCOMPARE(palette.currentTag(), QStringLiteral("Image"));
        QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
        QCOMPARE(added.size(), 1);
        QCOMPARE(doc.element({ 0 })->name(), QStringLiteral("Image"));

        // A keyword ("bounding box") finds RectangleLabels first; Down moves to the next match.
        palette.filterEdit()->selectAll();
        QTest::keyClicks(palette.filterEdit(), QStringLiteral("bounding box"));
        QCOMPARE(palette.currentTag(), QStringLiteral("RectangleLabels"));
        QTest::keyClick(palette.filterEdit(), Qt::Key_Down);
        QCOMPARE(palette.currentTag(), QStringLiteral("VideoRectangle"));
        QTest::keyClick(palette.filterEdit(), Qt::Key_Up);
        QTest::keyClick(palette.filterEdit(), Qt::Key_Enter);
        QCOMPARE(added.size(), 2);
        QCOMPARE(doc.element({ 1 })->name(), QStringLiteral("RectangleLabels"));
        QCOMPARE(doc.element({ 1 })->attribute(QStringLiteral("toName")), QStringLiteral("image"));

        // Enter in the list adds too; printable keys there go on in the filter.
        palette.setFilterText(QString());
        palette.view()->setFocus();
        QTest::keyClicks(palette.view(), QStringLiteral("head"));
        QCOMPARE(palette.filterText(), QStringLiteral("head"));
        QVERIFY(palette.filterEdit()->hasFocus());
        palette.view()->setFocus();
        QCOMPARE(palette.currentTag(), QStringLiteral("Header"));
        QTest::keyClick(palette.view(), Qt::Key_Return);
        QCOMPARE(added.size(), 3);
        QCOMPARE(doc.element({ 2 })->name(), QStringLiteral("Header"));

        // Nothing matches: Enter adds nothing and says so.
        palette.setFilterText(QStringLiteral("zzz"));
        QCOMPARE(palette.currentTag(), QString());
        QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
        QCOMPARE(added.size(), 3);
        QVERIFY(palette.statusText().contains(QStringLiteral("zzz")));
    }

    void doubleClickAndButtonAdd()
    {
        ConfigDocument doc;
        doc.load(blank());
        TagPalette palette;
        palette.setDocument(&doc);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        palette.setFilterText(QStringLiteral("Audio"));
        QVERIFY(palette.setCurrentTag(QStringLiteral("Audio")));
        const QRect rect = palette.view()->visualRect(palette.view()->currentIndex());
        // A double click is a press before it (QAbstractItemView checks the pressed index).
        QTest::mouseClick(palette.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(doc.undoStack()->count(), 0); // one click only highlights
        QTest::mouseDClick(palette.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(doc.element({ 0 }));
        QCOMPARE(doc.element({ 0 })->name(), QStringLiteral("Audio"));
        palette.setFilterText(QStringLiteral("TextArea"));
        palette.findChild<QPushButton *>()->click();
        QVERIFY(doc.element({ 1 }));
        QCOMPARE(doc.element({ 1 })->name(), QStringLiteral("TextArea"));
        QCOMPARE(doc.element({ 1 })->attribute(QStringLiteral("toName")), QStringLiteral("audio"));
    }

    void undoRestoresExactText()
    {
        ConfigDocument doc;
        doc.load(kThreeObjects);
        TagPalette palette;
        palette.setDocument(&doc);
        palette.setCurrentPath({ 2 });
        QVERIFY(palette.addTag(QStringLiteral("PolygonLabels")));
        const QString after = doc.text();
        QVERIFY(after != kThreeObjects);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), kThreeObjects);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.text(), after);
    }

    void refusesWithoutAParse()
    {
        ConfigDocument doc;
        doc.load(QStringLiteral("<View><Image name=\"i\" value=\"$i\"></View>"));
        TagPalette palette;
        QVERIFY(!palette.addTag(QStringLiteral("Image"))); // no document
        palette.setDocument(&doc);
        QSignalSpy added(&palette, &TagPalette::elementAdded);
        QVERIFY(!palette.addTag(QStringLiteral("Image")));
        QVERIFY(!palette.addTag(QStringLiteral("NoSuchTag")));
        QCOMPARE(added.size(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!palette.findChild<QPushButton *>()->isEnabled());
        QVERIFY(palette.statusText().contains(QStringLiteral("well-formed")));
        // Fixed by typing: adding works again.
        doc.replaceText(QStringLiteral("<View><Image name=\"i\" value=\"$i\"/></View>"));
        QVERIFY(palette.findChild<QPushButton *>()->isEnabled());
        QVERIFY(palette.addTag(QStringLiteral("Image")));
    }

    void everyTagAddsAValidElement()
    {
        // Each offered tag, added to a config holding one object of every kind, leaves a config the SDK
        // accepts (Pairwise needs its two objects, Choices/Labels their placeholders).
        QString objects;
        for (const TagInfo &o : TagCatalog::tags()) {
            if (o.isObject())
                objects += QStringLiteral("  <%1 name=\"%2\" value=\"$%2\"/>\n").arg(o.tag, o.baseName);
        }
        for (const TagInfo &info : TagCatalog::tags()) {
            ConfigDocument doc;
            doc.load(QStringLiteral("<View>\n") + objects + QStringLiteral("</View>\n"));
            TagPalette palette;
            palette.setDocument(&doc);
            QVERIFY2(palette.addTag(info.tag), qPrintable(info.tag));
            const QStringList errors = ConfigValidator::validateConfig(doc.text());
            QVERIFY2(errors.isEmpty(),
                qPrintable(info.tag + QLatin1String(": ") + errors.join(QLatin1Char('\n'))));
            QVERIFY(!info.descriptionText().isEmpty());
        }
    }

    void modelIsConsistent()
    {
        TagPalette palette;
        QAbstractItemModelTester tester(
            palette.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        palette.setFilterText(QStringLiteral("label"));
        palette.setFilterText(QStringLiteral("controls")); // a group title keeps all of its tags
        QCOMPARE(palette.view()->model()->rowCount(), 1);
        int controls = 0;
        for (const TagInfo &t : TagCatalog::tags())
            controls += t.isControl() ? 1 : 0;
        QCOMPARE(palette.view()->model()->rowCount(palette.view()->model()->index(0, 0)), controls);
        palette.setFilterText(QString());
        QCOMPARE(palette.view()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestTagPalette)
#include "tst_tagpalette.moc"
