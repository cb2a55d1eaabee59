// ConfigDiff without a server: the structural changes it reports, and the server rules it applies to a
// summary in the cases the live test cannot create easily (drafts, Repeater names, dynamic labels).

#include "labelconfig/configdiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace lsdesk;

namespace {
std::unique_ptr<LabelInterface> li(const QString &xml)
{
    XmlError e;
    auto r = LabelInterface::parse(xml, &e);
    if (!r)
        qFatal("bad test config: %s", qPrintable(e.toString()));
    return r;
}

QStringList texts(const QList<ConfigChange> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out << c.text();
    return out;
}

ProjectSummary summary(const char *json)
{
    return ProjectSummary::fromJson(QJsonDocument::fromJson(json).object());
}
} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structuralChanges()
    {
        const auto a = li(QStringLiteral(
            "<View><Image name=\"img\" value=\"$image\"/>"
            "<RectangleLabels name=\"box\" toName=\"img\"><Label value=\"Car\" background=\"red\"/>"
            "<Label value=\"Bus\"/><Label value=\"Tram\"/></RectangleLabels>"
            "<Choices name=\"q\" toName=\"img\"><Choice value=\"ok\"/></Choices></View>"));
        const auto b = li(QStringLiteral(
            "<View><Image name=\"photo\" value=\"$image\"/>"
            "<RectangleLabels name=\"boxes\" toName=\"photo\"><Label value=\"Car\" background=\"green\"/>"
            "<Label value=\"Coach\"/><Label value=\"Bike\"/><Label value=\"Tram\"/></RectangleLabels>"
            "<TextArea name=\"note\" toName=\"photo\"/></View>"));
        const QStringList t = texts(ConfigDiff::compare(*a, *b));
        // toName changed too, so "box" -> "boxes" is not a rename: it is removed and added.
        QVERIFY2(t.contains(QStringLiteral("RectangleLabels \"box\" removed")),
            qPrintable(t.join(QLatin1String(" | "))));
        QVERIFY(t.contains(QStringLiteral("RectangleLabels \"boxes\" added")));
        QVERIFY(t.contains(QStringLiteral("Choices \"q\" removed")));
        QVERIFY(t.contains(QStringLiteral("TextArea \"note\" added")));
        QVERIFY(t.contains(QStringLiteral("Image \"img\" renamed to \"photo\"")));

        const auto c = li(QStringLiteral(
            "<View><Image name=\"img\" value=\"$image\"/>"
            "<RectangleLabels name=\"boxes\" toName=\"img\"><Label value=\"Car\" background=\"green\"/>"
            "<Label value=\"Coach\"/><Label value=\"Tram\"/><Label value=\"Bike\"/></RectangleLabels>"
            "<Choices name=\"q\" toName=\"img\" choice=\"multiple\"><Choice "
            "value=\"ok\"/></Choices></View>"));
        const QStringList u = texts(ConfigDiff::compare(*a, *c));
        QCOMPARE(u,
            (QStringList { QStringLiteral("RectangleLabels \"box\" renamed to \"boxes\""),
                QStringLiteral("label \"Bus\" of \"boxes\" renamed to \"Coach\""),
                QStringLiteral("label \"Bike\" added to \"boxes\""),
                QStringLiteral("label \"Car\" of \"boxes\" recoloured from red to green") }));
        QVERIFY(ConfigDiff::compare(*a, *a).isEmpty());
    }

    void draftsCountAndAreNamed()
    {
        const auto cfg = li(QStringLiteral("<View><Text name=\"t\" value=\"$t\"/><Choices name=\"c\" "
                                           "toName=\"t\"><Choice value=\"A\"/></Choices></View>"));
        const ServerVerdict v
            = ConfigDiff::predict(*cfg, summary(R"({"created_annotations": {"c|t|choices": 3},
            "created_labels": {"c": {"A": 1, "B": 2}}, "created_labels_drafts": {"c": {"B": 1, "Z": 1}}})"));
        QVERIFY(v.refusedOnSave.isEmpty()); // saving does not check labels
        QCOMPARE(v.refusedOnValidate.size(), 1);
        QCOMPARE(v.refusedOnValidate.first(),
            QStringLiteral("These labels still exist in annotations or drafts:\nB (2 annotations, 1 "
                           "draft)\nZ (1 draft)\n"
                           "Please add labels to tag with name=\"c\"."));
        QVERIFY(!v.notes.isEmpty());
    }

    void repeaterNamesMatchByRegex()
    {
        const auto cfg = li(QStringLiteral("<View><Repeater on=\"$pages\" indexFlag=\"{{idx}}\"><Image "
                                           "name=\"page_{{idx}}\" value=\"$pages[{{idx}}].url\"/>"
                                           "<RectangleLabels name=\"box_{{idx}}\" "
                                           "toName=\"page_{{idx}}\"><Label value=\"A\"/></RectangleLabels>"
                                           "</Repeater></View>"));
        const ServerVerdict ok = ConfigDiff::predict(
            *cfg, summary(R"({"created_annotations": {"box_0|page_0|rectanglelabels": 2},
            "created_labels": {"box_0": {"A": 2}}})"));
        QVERIFY2(ok.accepted(), qPrintable(ok.refusedOnValidate.join(QLatin1Char('\n'))));
        const ServerVerdict bad = ConfigDiff::predict(
            *cfg, summary(R"({"created_annotations": {"box_0|page_0|rectanglelabels": 2},
            "created_labels": {"box_0": {"B": 2}}})"));
        QCOMPARE(bad.refusedOnValidate.size(), 1);
        QVERIFY(bad.refusedOnValidate.first().contains(QLatin1String("name=\"box_0\"")));
    }

    void dynamicLabelsAreNotRefused()
    {
        const auto cfg = li(QStringLiteral("<View><Text name=\"t\" value=\"$t\"/><Choices name=\"c\" "
                                           "toName=\"t\" value=\"$options\"/></View>"));
        const ServerVerdict v = ConfigDiff::predict(*cfg,
            summary(R"({"created_annotations": {"c|t|choices": 1}, "created_labels": {"c": {"X": 1}}})"));
        QVERIFY(v.accepted());
    }

    void emptySummaryAcceptsAnything()
    {
        const auto cfg = li(QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>"));
        QVERIFY(ConfigDiff::predict(*cfg, ProjectSummary {}).accepted());
    }
};

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"
