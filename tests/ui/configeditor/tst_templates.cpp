// The built-in templates: each loads into the editor unchanged, round-trips through the XML parser byte
// for byte, passes the SDK's validation and parses into objects and controls; together they cover the
// web UI's template families. The catalog merges the server's gallery (GET api/templates/) into the same
// groups; the chooser filters, shows the XML read-only and emits the chosen template.

#include "api/templatesapi.h"
#include "configeditor/configdocument.h"
#include "configeditor/templatecatalog.h"
#include "configeditor/templatechooser.h"
#include "labelconfig/configbuilder.h"
#include "labelconfig/configvalidator.h"
#include "labelconfig/labelinterface.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace lsdesk;

namespace {
QSet<QString> tagsOf(const LabelInterface &li)
{
    QSet<QString> out;
    li.document().root()->forEachElement([&](XmlNode *n) { out.insert(n->name()); });
    return out;
}

// A reply of GET api/templates/ as Label Studio 1.23 sends it (projects/api.py), two templates and the
// groups list.
QJsonObject serverTemplate(const QString &title, const QString &type, const QString &group, int order,
    const QString &details, const QString &config)
{
    QJsonObject o { { QStringLiteral("title"), title }, { QStringLiteral("type"), type },
        { QStringLiteral("group"), group }, { QStringLiteral("order"), order },
        { QStringLiteral("image"), QStringLiteral("/static/templates/x.png") },
        { QStringLiteral("details"), details } };
    if (!config.isNull())
        o.insert(QStringLiteral("config"), config);
    return o;
}

const QByteArray kServerReply = QJsonDocument(
    QJsonObject {
        { QStringLiteral("templates"),
            QJsonArray {
                serverTemplate(QStringLiteral("Server Boxes"), QStringLiteral("community"),
                    QStringLiteral("Computer Vision"), 3,
                    QStringLiteral("<h1>Draw boxes</h1><p>around things</p>"),
                    QStringLiteral(
                        "<View>\n  <Image name=\"img\" value=\"$img\"/>\n  <RectangleLabels name=\"b\" "
                        "toName=\"img\"><Label value=\"A\"/></RectangleLabels>\n</View>\n")),
                serverTemplate(QStringLiteral("Server Chat"), QStringLiteral("enterprise"),
                    QStringLiteral("Chat"), 1, QString(),
                    QStringLiteral("<View><Chat name=\"chat\" value=\"$chat\"/></View>")),
                serverTemplate(QStringLiteral("No config"), QStringLiteral("community"),
                    QStringLiteral("Chat"), 2, QString(), QString()) } },
        { QStringLiteral("groups"),
            QJsonArray { QStringLiteral("Computer Vision"), QStringLiteral("Natural Language Processing"),
                QStringLiteral("Chat"), QStringLiteral("Videos") } } })
                                    .toJson();
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBuiltInIsClean_data()
    {
        QTest::addColumn<QString>("id");
        for (const ConfigTemplate &t : TemplateCatalog::builtIns())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void everyBuiltInIsClean()
    {
        QFETCH(QString, id);
        const TemplateCatalog catalog;
        const ConfigTemplate *t = catalog.find(id);
        QVERIFY(t);
        QVERIFY(!t->title.isEmpty());
        QVERIFY(!t->description.isEmpty());
        QVERIFY(!t->group.isEmpty());
        QVERIFY2(!t->xml.isEmpty(), "not in the resources");
        QVERIFY(t->xml.endsWith(QLatin1Char('\n')));

        // The editor takes it as it is.
        ConfigDocument doc;
        doc.load(t->xml);
        QCOMPARE(doc.text(), t->xml);
        QVERIFY2(doc.config(), qPrintable(doc.error().toString()));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);

        // The XML layer writes it back byte for byte.
        XmlError error;
        const auto xml = XmlDocument::parse(t->xml, &error);
        QVERIFY2(xml, qPrintable(error.toString()));
        QCOMPARE(xml->toString(), t->xml);

        // The SDK accepts it.
        const QStringList errors = ConfigValidator::validateConfig(t->xml);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // LabelInterface reads what the template is for: every control points at an object, and every
        // object but the blank's is labelled by some control.
        const auto li = LabelInterface::parse(t->xml, &error);
        QVERIFY(li);
        if (id == QLatin1String("builtin/blank")) {
            QVERIFY(li->controls().isEmpty());
            QVERIFY(li->objects().isEmpty());
            return;
        }
        QVERIFY(!li->controls().isEmpty());
        for (const ControlTagInfo &c : li->controls()) {
            if (c.tag == QLatin1String("Relations"))
                continue;
            QVERIFY2(!c.objects.isEmpty(), qPrintable(c.name));
        }
        QString parseError;
        QVERIFY2(li->parsedLabelConfig(&parseError), qPrintable(parseError));
    }

    void blankIsTheBuildersEmptyConfig()
    {
        QCOMPARE(TemplateCatalog::blankXml(), ConfigBuilder::serialize({}, true).text);
        QCOMPARE(TemplateCatalog::builtIns().first().id, QStringLiteral("builtin/blank"));
    }

    void familiesAreCovered()
    {
        // The families of the web UI's gallery the issue names, by the tags that make them.
        const QList<QPair<QString, QStringList>> families {
            { QStringLiteral("image bounding boxes"),
                { QStringLiteral("Image"), QStringLiteral("RectangleLabels") } },
            { QStringLiteral("image polygons"),
                { QStringLiteral("Image"), QStringLiteral("PolygonLabels") } },
            { QStringLiteral("image classification"),
                { QStringLiteral("Image"), QStringLiteral("Choices") } },
            { QStringLiteral("text classification"), { QStringLiteral("Text"), QStringLiteral("Choices") } },
            { QStringLiteral("named entity recognition"),
                { QStringLiteral("Text"), QStringLiteral("Labels") } },
            { QStringLiteral("relation extraction"),
                { QStringLiteral("Text"), QStringLiteral("Labels"), QStringLiteral("Relations") } },
            { QStringLiteral("audio transcription"),
                { QStringLiteral("Audio"), QStringLiteral("TextArea") } },
            { QStringLiteral("video rectangles"),
                { QStringLiteral("Video"), QStringLiteral("VideoRectangle") } },
            { QStringLiteral("video timeline"),
                { QStringLiteral("Video"), QStringLiteral("TimelineLabels") } },
            { QStringLiteral("time series"),
                { QStringLiteral("TimeSeries"), QStringLiteral("TimeSeriesLabels") } },
            { QStringLiteral("pairwise"), { QStringLiteral("Pairwise") } },
            { QStringLiteral("ranking"), { QStringLiteral("List"), QStringLiteral("Ranker") } },
            { QStringLiteral("dialogue"),
                { QStringLiteral("Paragraphs"), QStringLiteral("ParagraphLabels") } },
        };
        const QList<ConfigTemplate> all = TemplateCatalog::builtIns();
        for (const auto &family : families) {
            bool found = false;
            for (const ConfigTemplate &t : all) {
                XmlError error;
                const auto li = LabelInterface::parse(t.xml, &error);
                QVERIFY(li);
                const QSet<QString> tags = tagsOf(*li);
                if (std::all_of(family.second.cbegin(), family.second.cend(),
                        [&](const QString &tag) { return tags.contains(tag); }))
                    found = true;
            }
            QVERIFY2(found, qPrintable(family.first));
        }
        // And the groups are the web UI's, Custom (the blank one) first.
        QCOMPARE(TemplateCatalog::builtInGroups(),
            (QStringList { QStringLiteral("Custom"), QStringLiteral("Computer Vision"),
                QStringLiteral("Natural Language Processing"), QStringLiteral("Audio/Speech Processing"),
                QStringLiteral("Conversational AI"), QStringLiteral("Ranking & Scoring"),
                QStringLiteral("Time Series Analysis"), QStringLiteral("Videos") }));
        QSet<QString> ids;
        for (const ConfigTemplate &t : all)
            ids.insert(t.id);
        QCOMPARE(ids.size(), all.size());
    }

    void serverTemplatesMerge()
    {
        QString error;
        const auto server = ServerTemplates::parse(kServerReply, &error);
        QVERIFY2(server, qPrintable(error));
        QCOMPARE(server->templates.size(), 2); // the one without a config is dropped
        QCOMPARE(server->groups.size(), 4);
        QVERIFY(!ServerTemplates::parse("[]", &error));
        QVERIFY(!error.isEmpty());

        TemplateCatalog catalog;
        const int builtIns = int(catalog.templates().size());
        QCOMPARE(catalog.mergeServer(*server), 2);
        QCOMPARE(catalog.serverCount(), 2);
        QCOMPARE(catalog.templates().size(), builtIns + 2);
        const ConfigTemplate *boxes = catalog.find(QStringLiteral("server/Computer Vision/Server Boxes"));
        QVERIFY(boxes);
        QCOMPARE(boxes->source, ConfigTemplate::Source::Server);
        QCOMPARE(boxes->description, QStringLiteral("Draw boxes\naround things"));
        QVERIFY(boxes->xml.startsWith(QStringLiteral("<View>\n  <Image name=\"img\"")));
        QVERIFY(catalog.find(QStringLiteral("server/Chat/Server Chat"))->enterprise);

        // The server's group order; Custom stays first; groups only we know come after.
        const QStringList groups = catalog.groups();
        QCOMPARE(groups.mid(0, 4),
            (QStringList { QStringLiteral("Custom"), QStringLiteral("Computer Vision"),
                QStringLiteral("Natural Language Processing"), QStringLiteral("Chat") }));
        QVERIFY(
            groups.indexOf(QStringLiteral("Videos")) < groups.indexOf(QStringLiteral("Ranking & Scoring")));
        // Within a group ours come first, then the server's; every template's group is in the list.
        int lastGroup = 0;
        for (const ConfigTemplate &t : catalog.templates()) {
            const int g = int(groups.indexOf(t.group));
            QVERIFY(g >= lastGroup);
            lastGroup = g;
        }
        // Merging again replaces, it does not add twice.
        QCOMPARE(catalog.mergeServer(*server), 2);
        QCOMPARE(catalog.templates().size(), builtIns + 2);
    }

    void chooserFilterAndSelection()
    {
        TemplateChooser chooser;
        QSignalSpy chosen(&chooser, &TemplateChooser::templateChosen);
        QSignalSpy activated(&chooser, &TemplateChooser::templateActivated);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        // The first template (blank) is highlighted and shown.
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/blank"));
        QCOMPARE(chooser.xmlView()->toPlainText(), TemplateCatalog::blankXml());
        QVERIFY(chooser.xmlView()->isReadOnly());

        chooser.focusFilter();
        QTest::keyClicks(chooser.filterEdit(), QStringLiteral("entity"));
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/named-entity-recognition"));
        QVERIFY(!chosen.isEmpty()); // once per keystroke that moved the highlight
        const QString ner = TemplateCatalog().find(QStringLiteral("builtin/named-entity-recognition"))->xml;
        QCOMPARE(chosen.last().at(0).toString(), ner);
        QCOMPARE(chooser.xmlView()->toPlainText(), ner);

        // A tag name finds the templates that use it; Down moves through them.
        chooser.setFilterText(QStringLiteral("RectangleLabels"));
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/image-bounding-boxes"));
        QTest::keyClick(chooser.filterEdit(), Qt::Key_Down);
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/image-bounding-boxes")); // the only one
        chooser.setFilterText(QStringLiteral("video"));
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/video-object-tracking"));
        QTest::keyClick(chooser.filterEdit(), Qt::Key_Down);
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/video-timeline-segmentation"));
        QCOMPARE(chosen.last().at(0).toString(), chooser.currentXml());
        const int before = int(chosen.size());
        QTest::keyClick(chooser.filterEdit(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().at(0).toString(), chooser.currentXml());
        QCOMPARE(chosen.size(), before); // Enter does not choose again

        // A family name lists the whole family.
        chooser.setFilterText(QStringLiteral("computer vision"));
        QCOMPARE(chooser.view()->model()->rowCount(), 1);
        QCOMPARE(chooser.view()->model()->rowCount(chooser.view()->model()->index(0, 0)), 3);

        // Nothing matches: no template, nothing shown, nothing chosen.
        chooser.setFilterText(QStringLiteral("no such template"));
        QCOMPARE(chooser.currentId(), QString());
        QVERIFY(chooser.xmlView()->toPlainText().isEmpty());
        QCOMPARE(chosen.size(), before + 1); // "computer vision" moved to the first image template

        // Server templates join their group; the highlight survives the merge without a new choice.
        chooser.setFilterText(QString());
        QVERIFY(chooser.selectTemplate(QStringLiteral("builtin/text-classification")));
        const int beforeMerge = int(chosen.size());
        QCOMPARE(chooser.mergeServerTemplates(*ServerTemplates::parse(kServerReply, nullptr)), 2);
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/text-classification"));
        QCOMPARE(chosen.size(), beforeMerge);
        chooser.setFilterText(QStringLiteral("Server Boxes"));
        QCOMPARE(chooser.currentId(), QStringLiteral("server/Computer Vision/Server Boxes"));
        QVERIFY(chooser.view()->currentIndex().data().toString().contains(QStringLiteral("server")));
    }

    void chooserModelIsConsistent()
    {
        TemplateChooser chooser;
        QAbstractItemModelTester tester(
            chooser.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooser.setFilterText(QStringLiteral("image"));
        chooser.setFilterText(QStringLiteral("zzz"));
        QCOMPARE(chooser.view()->model()->rowCount(), 0);
        chooser.setFilterText(QString());
        QCOMPARE(chooser.view()->model()->rowCount(), TemplateCatalog::builtInGroups().size());
        chooser.mergeServerTemplates(*ServerTemplates::parse(kServerReply, nullptr));
        QCOMPARE(chooser.view()->model()->rowCount(), TemplateCatalog::builtInGroups().size() + 1); // + Chat
    }

    void chooserMouseSelection()
    {
        TemplateChooser chooser;
        QSignalSpy chosen(&chooser, &TemplateChooser::templateChosen);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        chooser.setFilterText(QStringLiteral("polygons"));
        const QModelIndex index = chooser.view()->currentIndex();
        QVERIFY(index.isValid());
        chooser.view()->setCurrentIndex(QModelIndex());
        QTest::mouseClick(
            chooser.view()->viewport(), Qt::LeftButton, {}, chooser.view()->visualRect(index).center());
        QCOMPARE(chooser.currentId(), QStringLiteral("builtin/image-polygons"));
        QVERIFY(chosen.last().at(0).toString().contains(QStringLiteral("PolygonLabels")));
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
