// The config editor's validation as the user types: local problems (the parser's, the SDK's texts) at
// the element they are about; the server check debounced, only for locally valid text, with stale
// replies cancelled or ignored (a fake network); and the Problems panel (model under
// QAbstractItemModelTester, status line, activation by keyboard and by double click).

#include "configeditor/configchecker.h"
#include "configeditor/configdocument.h"
#include "configeditor/problemsmodel.h"
#include "configeditor/problemspanel.h"
#include "fakenam.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {

QString lines(const QStringList &l)
{
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const QString kValid = lines({
    QStringLiteral("<View>"),
    QStringLiteral("  <Text name=\"text\" value=\"$text\"/>"),
    QStringLiteral("  <Choices name=\"sentiment\" toName=\"text\">"),
    QStringLiteral("    <Choice value=\"Positive\"/>"),
    QStringLiteral("    <Choice value=\"Negative\"/>"),
    QStringLiteral("  </Choices>"),
    QStringLiteral("</View>"),
});

QByteArray refusal(const QString &text)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                             { QStringLiteral("validation_errors"),
                                 QJsonObject { { QStringLiteral("label_config"), QJsonArray { text } } } } })
        .toJson();
}

QString labelConfigOf(const RecordedRequest &r)
{
    return r.json().object().value(QLatin1String("label_config")).toString();
}

struct FakeServer
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
};
} // namespace

class TestConfigChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenXmlIsLocatedWhereTheParserStopped()
    {
        ConfigDocument doc;
        doc.load(lines({ QStringLiteral("<View>"), QStringLiteral("  <Text name=\"text\" value=\"$text\">"),
            QStringLiteral("  <Choices name=\"c\" toName=\"text\"/>"), QStringLiteral("</View>") }));
        ConfigChecker checker(&doc);
        const QList<ConfigProblem> problems = checker.problems();
        QCOMPARE(problems.size(), 1);
        const ConfigProblem &p = problems.first();
        QCOMPARE(p.source, ConfigProblem::Source::Xml);
        QCOMPARE(p.severity, ConfigProblem::Severity::Error);
        QCOMPARE(p.message, doc.error().message);
        QVERIFY(!p.message.isEmpty());
        // </View> closes the open <Text>: the parser stops on line 4.
        QCOMPARE(p.line, 4);
        QCOMPARE(p.column, int(doc.error().column));
        QVERIFY(p.column > 0);
        QCOMPARE(p.path, ElementPath {});
        QVERIFY(checker.hasErrors());
    }

    void localProblemsAreLocated_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::addColumn<ElementPath>("path");
        QTest::addColumn<int>("line");

        QTest::newRow("duplicate names")
            << lines({ QStringLiteral("<View>"), QStringLiteral("  <Text name=\"t\" value=\"$t\"/>"),
                   QStringLiteral("  <Choices name=\"c\" toName=\"t\">"),
                   QStringLiteral("    <Choice value=\"a\"/>"), QStringLiteral("  </Choices>"),
                   QStringLiteral("  <Choices name=\"c\" toName=\"t\">"),
                   QStringLiteral("    <Choice value=\"b\"/>"), QStringLiteral("  </Choices>"),
                   QStringLiteral("</View>") })
            << QStringLiteral("Label config contains non-unique names: t, c, c") << ElementPath { 2 } << 6;
        QTest::newRow("toName pointing nowhere")
            << lines({ QStringLiteral("<View>"), QStringLiteral("  <Text name=\"t\" value=\"$t\"/>"),
                   QStringLiteral("  <View>"), QStringLiteral("    <Choices name=\"c\" toName=\"nowhere\">"),
                   QStringLiteral("      <Choice value=\"a\"/>"), QStringLiteral("    </Choices>"),
                   QStringLiteral("  </View>"), QStringLiteral("</View>") })
            << QStringLiteral("toName=\"nowhere\" not found in names: ['c', 't']") << ElementPath { 1, 0 }
            << 4;
        QTest::newRow("schema path inside an anyOf branch")
            << lines({ QStringLiteral("<View>"), QStringLiteral("  <Text name=\"t\" value=\"$t\"/>"),
                   QStringLiteral("  <Choices name=\"c\" toName=\"t\">"),
                   QStringLiteral("    <Choice value=\"a\"/>"), QStringLiteral("    <Choice/>"),
                   QStringLiteral("  </Choices>"), QStringLiteral("</View>") })
            << QStringLiteral("Validation failed on Choice/1: 'value' is a required property")
            << ElementPath { 1, 1 } << 5;
        QTest::newRow("tag attribute, by name")
            << lines({ QStringLiteral("<View>"), QStringLiteral("  <Text name=\"t\" value=\"$t\"/>"),
                   QStringLiteral("  <Choices name=\"c\" toName=\"t\">"),
                   QStringLiteral("    <Choice value=\"a\"/>"), QStringLiteral("  </Choices>"),
                   QStringLiteral("  <Video name=\"v\" value=\"$v\" defaultPlaybackSpeed=\"abc\"/>"),
                   QStringLiteral("</View>") })
            << QStringLiteral("Video tag \"v\": defaultPlaybackSpeed must be a number, got \"abc\"")
            << ElementPath { 2 } << 6;
        QTest::newRow("unlocated") << lines(
            { QStringLiteral("<View>"), QStringLiteral("  <Text value=\"$t\"/>"), QStringLiteral("</View>") })
                                   << QStringLiteral(
                                          "Validation failed on : 'valueList' is a required property")
                                   << ElementPath {} << 0;
    }

    void localProblemsAreLocated()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QFETCH(ElementPath, path);
        QFETCH(int, line);
        ConfigDocument doc;
        doc.load(config);
        QVERIFY(doc.config());
        ConfigChecker checker(&doc);
        const QList<ConfigProblem> problems = checker.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().source, ConfigProblem::Source::Local);
        QCOMPARE(problems.first().message, message);
        QCOMPARE(problems.first().path, path);
        QCOMPARE(problems.first().line, line);
        if (line > 0)
            QCOMPARE(int(doc.element(path)->line()), line);
    }

    // The server's texts name controls the same ways: located where the control still is, unlocated
    // when it is gone.
    void serverMessagesAreLocated()
    {
        ConfigDocument doc;
        doc.load(kValid);
        const LabelInterface *config = doc.config();
        const ProblemLocation labels = locateProblem(
            QStringLiteral(
                "These labels still exist in annotations or drafts:\nNeutral (1 annotation)\nPlease add "
                "labels to tag with name=\"sentiment\"."),
            config);
        QCOMPARE(labels.path, ElementPath { 1 });
        QCOMPARE(labels.line, 3);
        const ProblemLocation incompatible = locateProblem(
            QStringLiteral(
                "Created annotations are incompatible with provided labeling schema, we found:\n2 with "
                "from_name=sentiment, to_name=text, type=choices"),
            config);
        QCOMPARE(incompatible.path, ElementPath { 1 });
        const ProblemLocation gone = locateProblem(
            QStringLiteral("There are 3 annotation(s) created with tag \"mood\", you can't remove it"),
            config);
        QCOMPARE(gone.path, ElementPath {});
        QCOMPARE(gone.line, 0);
        QCOMPARE(locateProblem(QStringLiteral("toName=\"x\" not found"), nullptr).line, 0);
    }

    void serverTextsAreVerbatim()
    {
        const QString text = QStringLiteral("These labels still exist in annotations or drafts:\nNeutral (1 "
                                            "annotation)\nPlease add labels to tag with name=\"sentiment\".");
        ApiError e = ApiError::fromHttp(400, refusal(text), QStringLiteral("application/json"));
        QCOMPARE(serverErrorTexts(e), QStringList { text });
        e = ApiError::fromHttp(400,
            R"({"validation_errors": {"non_field_errors": ["one", "two"], "title": ["too long"]}})",
            QStringLiteral("application/json"));
        QCOMPARE(serverErrorTexts(e),
            (QStringList {
                QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("title: too long") }));
        e = ApiError::fromHttp(404, R"({"detail": "Not found."})", QStringLiteral("application/json"));
        QCOMPARE(serverErrorTexts(e), QStringList { QStringLiteral("Not found.") });
    }

    void problemsFollowEditsAndUndo()
    {
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        QVERIFY(checker.problems().isEmpty());
        QSignalSpy changed(&checker, &ConfigChecker::problemsChanged);
        doc.replaceText(
            QString(kValid).replace(QStringLiteral("toName=\"text\""), QStringLiteral("toName=\"txt\"")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(checker.problems().size(), 1);
        QCOMPARE(checker.problems().first().line, 3);
        // A change that keeps the same problem is no news.
        doc.replaceText(doc.text() + QStringLiteral(" "));
        QCOMPARE(changed.size(), 1);
        doc.replaceText(QStringLiteral("<View>"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(checker.problems().first().source, ConfigProblem::Source::Xml);
        doc.undoStack()->undo(); // the typing merged into one step: back to the valid text
        QCOMPARE(doc.text(), kValid);
        QCOMPARE(changed.size(), 3);
        QVERIFY(checker.problems().isEmpty());
        QVERIFY(!checker.hasErrors());
    }

    void serverCheckIsDebounced()
    {
        FakeServer server;
        server.nam.always("POST", QStringLiteral("/api/projects/5/validate/"),
            ReplyScript::json(
                200, QJsonObject { { QStringLiteral("config_essential_data_has_changed"), false } }));
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        QCOMPARE(checker.serverDelay(), 800);
        checker.setServerDelay(400); // far above the 30 ms between the edits, even on a busy machine
        checker.setServer(&server.client, 5);
        QString last;
        for (int i = 0; i < 5; ++i) {
            last = QString(kValid).replace(QStringLiteral("Negative"), QStringLiteral("Negative%1").arg(i));
            doc.replaceText(last);
            QTest::qWait(30);
        }
        QCOMPARE(server.nam.requests().size(), 0); // still typing
        QVERIFY(checker.isServerCheckPending());
        QTRY_COMPARE_WITH_TIMEOUT(server.nam.requests().size(), 1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isServerCheckPending(), 3000);
        QTest::qWait(300);
        QCOMPARE(server.nam.requests().size(), 1);
        QCOMPARE(labelConfigOf(server.nam.requests().first()), last);
        QVERIFY(checker.problems().isEmpty());

        // recheck() asks at once, whatever the delay (after a save, say).
        checker.setServerDelay(60000);
        checker.recheck();
        QTRY_COMPARE_WITH_TIMEOUT(server.nam.requests().size(), 2, 3000);
    }

    void newProjectIsCheckedWithoutAProject()
    {
        FakeServer server;
        server.nam.always("POST", QStringLiteral("/api/projects/validate/"), ReplyScript::noContent());
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        checker.setServerDelay(0);
        checker.setServer(&server.client, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            server.nam.count("POST", QStringLiteral("/api/projects/validate/")), 1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isServerCheckRunning(), 3000);
        QCOMPARE(server.nam.unmatched(), 0);
        QVERIFY(checker.problems().isEmpty());
    }

    void noServerCheckWhileLocallyInvalid()
    {
        FakeServer server;
        server.nam.always(
            "POST", QStringLiteral("/api/projects/5/validate/"), ReplyScript::json(200, QJsonObject {}));
        ConfigDocument doc;
        doc.load(
            QStringLiteral("<View><Text name=\"t\" value=\"$t\"/><Choices name=\"c\" toName=\"x\"/></View>"));
        ConfigChecker checker(&doc);
        checker.setServerDelay(0);
        checker.setServer(&server.client, 5);
        doc.replaceText(QStringLiteral("<View"));
        QTest::qWait(200);
        QCOMPARE(server.nam.requests().size(), 0);
        QVERIFY(!checker.isServerCheckPending());
        // Fixed: now the server is asked.
        doc.replaceText(kValid);
        QTRY_COMPARE_WITH_TIMEOUT(server.nam.requests().size(), 1, 3000);
    }

    void refusalIsVerbatimAndLocated()
    {
        const QString text = QStringLiteral("These labels still exist in annotations or drafts:\nNeutral (1 "
                                            "annotation)\nPlease add labels to tag with name=\"sentiment\".");
        FakeServer server;
        server.nam.always("POST", QStringLiteral("/api/projects/5/validate/"),
            ReplyScript::json(400, refusal(text)).withDelay(50));
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        QSignalSpy running(&checker, &ConfigChecker::serverCheckRunning);
        QSignalSpy changed(&checker, &ConfigChecker::problemsChanged);
        checker.setServerDelay(0);
        checker.setServer(&server.client, 5);
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 2, 3000);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        QCOMPARE(changed.size(), 1);
        const QList<ConfigProblem> problems = checker.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().source, ConfigProblem::Source::Server);
        QCOMPARE(problems.first().severity, ConfigProblem::Severity::Error);
        QCOMPARE(problems.first().message, text);
        QCOMPARE(problems.first().path, ElementPath { 1 });
        QCOMPARE(problems.first().line, 3);
        QVERIFY(checker.hasErrors());
        // The next change clears what the server said about the previous text.
        doc.replaceText(kValid + QStringLiteral("\n"));
        QVERIFY(checker.problems().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void networkFailureIsOnlyAWarning()
    {
        FakeServer server;
        server.nam.always(
            "POST", QStringLiteral("/api/projects/5/validate/"), ReplyScript::connectionError());
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        checker.setServerDelay(0);
        checker.setServer(&server.client, 5);
        QTRY_COMPARE_WITH_TIMEOUT(checker.problems().size(), 1, 5000);
        QCOMPARE(checker.problems().first().severity, ConfigProblem::Severity::Warning);
        QCOMPARE(checker.problems().first().source, ConfigProblem::Source::Server);
        QVERIFY(checker.problems().first().message.startsWith(QStringLiteral("Could not check")));
        QVERIFY(!checker.hasErrors());
    }

    // A newer text supersedes the request in flight: it is aborted (it would never answer), the reply
    // handler ignores its Cancelled end (older generation), and the newer text's reply counts.
    void staleReplyIsIgnored()
    {
        FakeServer server;
        server.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (labelConfigOf(r).contains(QLatin1String("Old")))
                return ReplyScript::hang(); // answered only by an abort
            return ReplyScript::json(200, QJsonObject {}).withDelay(50);
        });
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        checker.setServerDelay(0);
        bool sawWarning = false; // the aborted request ends with a Cancelled error: that must not show
        connect(&checker, &ConfigChecker::problemsChanged, this, [&] {
            for (const ConfigProblem &p : checker.problems())
                sawWarning |= p.severity == ConfigProblem::Severity::Warning;
        });
        checker.setServer(&server.client, 5);
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isServerCheckPending(), 3000);
        server.nam.clearRecords();

        doc.replaceText(QString(kValid).replace(QStringLiteral("Positive"), QStringLiteral("Old")));
        QTRY_COMPARE_WITH_TIMEOUT(server.nam.requests().size(), 1, 3000);
        QVERIFY(checker.isServerCheckRunning());
        doc.replaceText(QString(kValid).replace(QStringLiteral("Positive"), QStringLiteral("New")));
        QTRY_COMPARE_WITH_TIMEOUT(server.nam.requests().size(), 2, 3000);
        QVERIFY(server.nam.requests().at(0).wasAborted());
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isServerCheckPending(), 3000);
        QVERIFY(!sawWarning);
        QVERIFY(checker.problems().isEmpty());
        QVERIFY(labelConfigOf(server.nam.requests().at(1)).contains(QLatin1String("New")));
    }

    void modelShowsProblems()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(int(ProblemsModel::Column::Location), Qt::Horizontal).toString(),
            QStringLiteral("Location"));
        ConfigProblem xml { ConfigProblem::Source::Xml, ConfigProblem::Severity::Error, QStringLiteral("bad"),
            {}, 3, 7 };
        ConfigProblem server { ConfigProblem::Source::Server, ConfigProblem::Severity::Warning,
            QStringLiteral("first\nsecond"), { 1, 2 }, 9, 0 };
        ConfigProblem nowhere { ConfigProblem::Source::Local, ConfigProblem::Severity::Error,
            QStringLiteral("somewhere"), {}, 0, 0 };
        model.setProblems({ xml, server, nowhere });
        QCOMPARE(model.rowCount(), 3);
        const auto at = [&](int row, ProblemsModel::Column c, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(c)), role);
        };
        QCOMPARE(at(0, ProblemsModel::Column::Severity).toString(), QStringLiteral("Error"));
        QCOMPARE(at(0, ProblemsModel::Column::Location).toString(), QStringLiteral("line 3, column 7"));
        QCOMPARE(at(1, ProblemsModel::Column::Severity).toString(), QStringLiteral("Warning"));
        QCOMPARE(at(1, ProblemsModel::Column::Message).toString(), QStringLiteral("first second"));
        QCOMPARE(at(1, ProblemsModel::Column::Message, ProblemsModel::MessageRole).toString(),
            QStringLiteral("first\nsecond"));
        QCOMPARE(at(1, ProblemsModel::Column::Message, Qt::ToolTipRole).toString(),
            QStringLiteral("first\nsecond"));
        QCOMPARE(at(1, ProblemsModel::Column::Location).toString(), QStringLiteral("line 9"));
        QCOMPARE(at(1, ProblemsModel::Column::Location, ProblemsModel::PathRole).value<QList<int>>(),
            (QList<int> { 1, 2 }));
        QCOMPARE(at(1, ProblemsModel::Column::Severity, ProblemsModel::SourceRole).toInt(),
            int(ConfigProblem::Source::Server));
        QVERIFY(at(2, ProblemsModel::Column::Location).toString().isEmpty());
        QVERIFY(!at(0, ProblemsModel::Column::Severity, Qt::DecorationRole).isNull());
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void panelStatusAndActivation()
    {
        FakeServer server;
        server.nam.always("POST", QStringLiteral("/api/projects/5/validate/"),
            ReplyScript::json(200, QJsonObject {}).withDelay(200));
        ConfigDocument doc;
        doc.load(kValid);
        ConfigChecker checker(&doc);
        checker.setServerDelay(0);
        ProblemsPanel panel;
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setChecker(&checker);
        panel.resize(600, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.statusText(), QStringLiteral("No problems"));

        checker.setServer(&server.client, 5);
        QTRY_COMPARE_WITH_TIMEOUT(panel.statusText(), QStringLiteral("checking with the server…"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.statusText(), QStringLiteral("No problems"), 3000);

        // A located problem: toName pointing nowhere, on line 3.
        doc.replaceText(
            QString(kValid).replace(QStringLiteral("toName=\"text\""), QStringLiteral("toName=\"txt\"")));
        QCOMPARE(panel.statusText(), QStringLiteral("1 problem"));
        QCOMPARE(panel.model()->rowCount(), 1);

        QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);
        panel.setFocus();
        QVERIFY(panel.view()->hasFocus());
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<ElementPath>(), ElementPath { 1 });
        QCOMPARE(activated.at(0).at(1).toInt(), 3);

        const QRect cell
            = panel.view()->visualRect(panel.model()->index(0, int(ProblemsModel::Column::Message)));
        // A double click comes after a press (QAbstractItemView checks the pressed index); one click
        // only selects.
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(1).toInt(), 3);

        // While typing, the table keeps the keyboard user's row.
        doc.replaceText(QStringLiteral("<View>\n<Text"));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.view()->currentIndex().row(), 0);
        QCOMPARE(panel.model()->data(panel.model()->index(0, 0), ProblemsModel::SourceRole).toInt(),
            int(ConfigProblem::Source::Xml));

        panel.setChecker(nullptr);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.statusText(), QStringLiteral("No problems"));
    }
};

QTEST_MAIN(TestConfigChecker)
#include "tst_configchecker.moc"
