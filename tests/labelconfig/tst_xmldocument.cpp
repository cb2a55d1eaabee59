// The round-trip XML tree under label configs: unchanged text comes back byte for byte, an edit
// changes only what was edited, and hostile or broken input gets a positioned error.

#include "labelconfig/labelinterface.h"
#include "labelconfig/xmldocument.h"

#include <QTest>
#include <thread>

using namespace lsdesk;

class TestXmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("plain") << QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>");
        QTest::newRow("pretty+newline")
            << QStringLiteral("<View>\n  <Text name=\"t\" value=\"$t\"/>\n</View>\n");
        QTest::newRow("crlf") << QStringLiteral(
            "<View>\r\n\t<Text name='t'   value=\"$t\" />\r\n</View>\r\n");
        QTest::newRow("declaration+comments")
            << QStringLiteral("<?xml version=\"1.0\"?>\n<!-- top -->\n<View><!-- in --><Header value=\"a "
                              "&amp; b\"/></View>\n<!-- end -->");
        QTest::newRow("entities in text")
            << QStringLiteral("<View><Header>1 &lt; 2 &amp;&amp; &#x41;&#66;</Header></View>");
        QTest::newRow("cdata+pi") << QStringLiteral(
            "<View><Style><![CDATA[.a > .b {}]]></Style><?pi data?></View>");
        QTest::newRow("gt in attribute")
            << QStringLiteral("<View><Header value=\"a > b\" style='x>y'/></View>");
        QTest::newRow("unicode") << QStringLiteral("<View><Label value=\"😀 עברית é\"/></View>");
        QTest::newRow("empty element pair")
            << QStringLiteral("<View><Text name=\"t\" value=\"$t\"></Text></View>");
    }

    void roundTrip()
    {
        QFETCH(QString, xml);
        XmlError error;
        const auto doc = XmlDocument::parse(xml, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->toString(), xml);
    }

    void decodedValues()
    {
        XmlError error;
        auto doc = XmlDocument::parse(QStringLiteral("<View a=\"x\r\ny\">t\r\nu<!--c\r\n--></View>"), &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->root()->attribute(QStringLiteral("a")),
            QStringLiteral("x y")); // attribute-value normalisation
        QCOMPARE(doc->root()->child(0)->value(), QStringLiteral("t\nu"));
        QCOMPARE(doc->root()->child(1)->value(), QStringLiteral("c\n"));
        QCOMPARE(doc->toString(), QStringLiteral("<View a=\"x\r\ny\">t\r\nu<!--c\r\n--></View>"));

        doc = XmlDocument::parse(
            QStringLiteral("<View a=\"&#10;&#x41;&lt;&amp;\">&#x1F600;&apos;</View>"), &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->root()->attribute(QStringLiteral("a")), QStringLiteral("\nA<&"));
        QCOMPARE(doc->root()->child(0)->value(), QStringLiteral("😀'"));

        doc = XmlDocument::parse(QStringLiteral("<View a = '\"q\"' b=\"\" ></View >"), &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->root()->attribute(QStringLiteral("a")), QStringLiteral("\"q\""));
        QVERIFY(doc->root()->hasAttribute(QStringLiteral("b")));
        QCOMPARE(doc->root()->attribute(QStringLiteral("b")), QString());
        QCOMPARE(doc->toString(), QStringLiteral("<View a = '\"q\"' b=\"\" ></View >"));

        doc = XmlDocument::parse(QStringLiteral("<View><?pi  data?><![CDATA[<x>&]]]></View>"), &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->root()->child(0)->value(), QStringLiteral("pi data"));
        QCOMPARE(doc->root()->child(1)->value(), QStringLiteral("<x>&]"));

        doc = XmlDocument::parse(QStringLiteral("<View>\n  <Text/></View>"), &error);
        QVERIFY(doc);
        QCOMPARE(doc->root()->childElements().first()->line(), qint64(2));
        QCOMPARE(doc->root()->childElements().first()->column(), qint64(3));
    }

    void editChangesOnlyTheEditedTag()
    {
        const QString xml
            = QStringLiteral("<View>\n  <!-- keep me -->\n  <Text name='t' value=\"$t\"/>\n"
                             "  <Choices name=\"c\" toName=\"t\">\n    <Choice value=\"a&amp;b\"/>\n"
                             "  </Choices>\n</View>\n");
        XmlError error;
        auto doc = XmlDocument::parse(xml, &error);
        QVERIFY(doc);
        XmlNode *choices = doc->root()->childElements().at(1);
        QCOMPARE(choices->name(), QStringLiteral("Choices"));
        choices->setAttribute(QStringLiteral("choice"), QStringLiteral("multiple"));
        QCOMPARE(doc->toString(),
            QStringLiteral(
                "<View>\n  <!-- keep me -->\n  <Text name='t' value=\"$t\"/>\n"
                "  <Choices name=\"c\" toName=\"t\" choice=\"multiple\">\n    <Choice value=\"a&amp;b\"/>\n"
                "  </Choices>\n</View>\n"));
        // Setting the same value again is not an edit.
        auto doc2 = XmlDocument::parse(xml, &error);
        doc2->root()->childElements().at(0)->setAttribute(QStringLiteral("name"), QStringLiteral("t"));
        QCOMPARE(doc2->toString(), xml);
    }

    void insertAndRemoveKeepIndentation()
    {
        const QString xml
            = QStringLiteral("<View>\n  <Labels name=\"l\" toName=\"t\">\n    <Label value=\"A\"/>\n"
                             "    <Label value=\"B\"/>\n  </Labels>\n</View>\n");
        XmlError error;
        auto doc = XmlDocument::parse(xml, &error);
        XmlNode *labels = doc->root()->childElements().at(0);
        labels->insertElementIndented(2,
            XmlNode::element(
                QStringLiteral("Label"), { { QStringLiteral("value"), QStringLiteral("C \"q\" <&>") } }));
        QCOMPARE(doc->toString(),
            QStringLiteral("<View>\n  <Labels name=\"l\" toName=\"t\">\n    <Label value=\"A\"/>\n"
                           "    <Label value=\"B\"/>\n    <Label value=\"C &quot;q&quot; &lt;&amp;&gt;\"/>\n"
                           "  </Labels>\n</View>\n"));
        labels->removeElementIndented(labels->childElements().at(0));
        QCOMPARE(doc->toString(),
            QStringLiteral("<View>\n  <Labels name=\"l\" toName=\"t\">\n"
                           "    <Label value=\"B\"/>\n    <Label value=\"C &quot;q&quot; &lt;&amp;&gt;\"/>\n"
                           "  </Labels>\n</View>\n"));
        // The edit is visible to a fresh parse: the labels are what the document now says.
        auto li = LabelInterface::parse(doc->toString(), &error);
        QVERIFY(li);
        QCOMPARE(li->control(QStringLiteral("l"))->labels,
            (QStringList { QStringLiteral("B"), QStringLiteral("C \"q\" <&>") }));
    }

    void selfClosingElementGainsChildren()
    {
        XmlError error;
        auto doc = XmlDocument::parse(
            QStringLiteral("<View>\n  <Choices name=\"c\" toName=\"t\" />\n</View>"), &error);
        XmlNode *choices = doc->root()->childElements().at(0);
        choices->insertElementIndented(0,
            XmlNode::element(QStringLiteral("Choice"), { { QStringLiteral("value"), QStringLiteral("x") } }));
        QCOMPARE(doc->toString(),
            QStringLiteral("<View>\n  <Choices name=\"c\" toName=\"t\">\n    <Choice value=\"x\"/>\n  "
                           "</Choices>\n</View>"));
    }

    // Attribute values share per-parse buffers (xmltokenizer.h ValueArena): copies must stay valid,
    // NUL-terminated and independent after the document is gone.
    void valuesOutliveTheirDocument()
    {
        QString first;
        QString second;
        QString controlName;
        {
            XmlError error;
            auto li = LabelInterface::parse(QStringLiteral("<View><Text name=\"txt\" value=\"$text\"/>"
                                                           "<Choices name=\"sentiment\" toName=\"txt\">"
                                                           "<Choice value=\"a &amp; b\"/></Choices></View>"),
                &error);
            QVERIFY2(li, qPrintable(error.toString()));
            first = li->document().root()->child(0)->attribute(QStringLiteral("value"));
            second = li->document().root()->child(0)->attribute(QStringLiteral("name"));
            controlName = li->controls().at(0).name;
            QCOMPARE(li->controls().at(0).labels, QStringList { QStringLiteral("a & b") });
        }
        QCOMPARE(first, QStringLiteral("$text"));
        QCOMPARE(second, QStringLiteral("txt"));
        QCOMPARE(controlName, QStringLiteral("sentiment"));
        QCOMPARE(first.utf16()[first.size()], u'\0');
        // Both share one buffer: growing one must not overwrite the other.
        first += QStringLiteral("_and_more_text_than_fits");
        QCOMPARE(first, QStringLiteral("$text_and_more_text_than_fits"));
        QCOMPARE(second, QStringLiteral("txt"));
        second.prepend(QLatin1Char('<'));
        QCOMPARE(second, QStringLiteral("<txt"));
        QCOMPARE(controlName, QStringLiteral("sentiment"));
    }

    // Nodes come from a per-thread pool: one taken out of a document lives on after it, and nodes made
    // on one thread can be freed on another.
    void nodesOutliveTheirDocument()
    {
        std::unique_ptr<XmlNode> taken;
        {
            XmlError error;
            auto doc
                = XmlDocument::parse(QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>"), &error);
            QVERIFY(doc);
            taken = doc->root()->takeChild(0);
        }
        QCOMPARE(taken->name(), QStringLiteral("Text"));
        QCOMPARE(taken->attribute(QStringLiteral("value")), QStringLiteral("$t"));
        std::unique_ptr<XmlDocument> made;
        std::thread worker([&made] {
            XmlError error;
            made = XmlDocument::parse(QStringLiteral("<View><Label value=\"x\"/></View>"), &error);
        });
        worker.join();
        QVERIFY(made);
        QCOMPARE(made->root()->child(0)->attribute(QStringLiteral("value")), QStringLiteral("x"));
        made.reset(); // freed here, on the main thread
        XmlError error;
        QVERIFY(XmlDocument::parse(QStringLiteral("<View/>"), &error));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QString() << QStringLiteral("empty") << 1;
        QTest::newRow("mismatch") << QStringLiteral("<View>\n  <Text name=\"t\">\n</View>") << QString() << 3;
        QTest::newRow("unclosed attribute")
            << QStringLiteral("<View>\n<Text name=\"t/>\n</View>") << QString() << 3;
        QTest::newRow("two roots") << QStringLiteral("<View/><View/>") << QString() << 1;
        QTest::newRow("xxe file") << QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE v [<!ENTITY x SYSTEM "
                                                    "\"file:///etc/passwd\">]>\n<View>&x;</View>")
                                  << QStringLiteral("DOCTYPE") << 2;
        QTest::newRow("billion laughs")
            << QStringLiteral("<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                              "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><View>&b;</View>")
            << QStringLiteral("DOCTYPE") << 1;
        QTest::newRow("undeclared entity") << QStringLiteral("<View>&nope;</View>") << QString() << 1;
        QTest::newRow("undeclared entity in attribute")
            << QStringLiteral("<View a=\"&nope;\"/>") << QStringLiteral("not declared") << 1;
        QTest::newRow("char ref 0") << QStringLiteral("<View>&#0;</View>") << QStringLiteral("&#0;") << 1;
        QTest::newRow("char ref surrogate")
            << QStringLiteral("<View>&#xD800;</View>") << QStringLiteral("&#xD800;") << 1;
        QTest::newRow("char ref out of range")
            << QStringLiteral("<View>&#x110000;</View>") << QStringLiteral("out of range") << 1;
        QTest::newRow("double dash in comment")
            << QStringLiteral("<View>\n<!-- a -- b --></View>") << QStringLiteral("'--'") << 2;
        QTest::newRow("]]> in text") << QStringLiteral("<View>a]]>b</View>") << QStringLiteral("]]>") << 1;
        QTest::newRow("duplicate attribute")
            << QStringLiteral("<View a=\"1\" a=\"2\"/>") << QStringLiteral("redefined") << 1;
        QTest::newRow("< in attribute") << QStringLiteral("<View a=\"<\"/>") << QStringLiteral("'<'") << 1;
        QTest::newRow("late declaration")
            << QStringLiteral("\n<?xml version=\"1.0\"?><View/>") << QStringLiteral("XML declaration") << 2;
        QTest::newRow("content after root")
            << QStringLiteral("<View/>x") << QStringLiteral("Extra content") << 1;
        QTest::newRow("unclosed comment")
            << QStringLiteral("<View>\n<!-- x\n</View>") << QStringLiteral("comment at line 2") << 3;
        QTest::newRow("name starts with digit") << QStringLiteral("<View><1a/></View>") << QString() << 1;
        QTest::newRow("two colons") << QStringLiteral("<View a:b:c=\"1\"/>") << QStringLiteral("a:b:c") << 1;
        QTest::newRow("lower-case doctype")
            << QStringLiteral("<!doctype x><View/>") << QStringLiteral("DOCTYPE") << 1;
        QTest::newRow("xml version 2")
            << QStringLiteral("<?xml version=\"2.0\"?><View/>") << QStringLiteral("version") << 1;
        QTest::newRow("control character")
            << QStringLiteral("<View>\x01</View>") << QStringLiteral("Invalid XML character") << 1;
        QTest::newRow("attributes without space")
            << QStringLiteral("<View a=\"1\"b=\"2\"/>") << QStringLiteral("white space") << 1;
        QTest::newRow("truncated start tag")
            << QStringLiteral("<View>\n<Text") << QStringLiteral("start tag at line 2") << 2;
    }

    void errors()
    {
        QFETCH(QString, xml);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        XmlError error;
        const auto doc = XmlDocument::parse(xml, &error);
        QVERIFY(!doc);
        QVERIFY(error.isError());
        if (!fragment.isEmpty())
            QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QCOMPARE(error.line, qint64(line));
        QVERIFY(error.toString().contains(QString::number(line)));
    }
};

QTEST_GUILESS_MAIN(TestXmlDocument)
#include "tst_xmldocument.moc"
