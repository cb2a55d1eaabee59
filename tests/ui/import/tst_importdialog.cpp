// The import dialog and the task data editor on the fake network: the models under
// QAbstractItemModelTester, the preview and the data-key check against the config, the question before
// importing tasks that lack a variable, cancel, the server's error shown verbatim, and a refused task
// save that keeps the edits.
#include "fakenam.h"
#include "tasks/importdialog.h"
#include "tasks/importmodels.h"
#include "tasks/taskdatadialog.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace lsdesk;
using namespace lsdesk::import;
using namespace lsdesk::test;

namespace {
QJsonObject project()
{
    return { { QStringLiteral("id"), 7 }, { QStringLiteral("title"), QStringLiteral("P") },
        { QStringLiteral("label_config"),
            QStringLiteral("<View><Image name=\"img\" value=\"$image\"/><Text name=\"t\" value=\"$caption\"/>"
                           "<Choices name=\"c\" toName=\"img\"><Choice value=\"a\"/></Choices></View>") } };
}

struct Fixture
{
    FakeNam nam;
    Client client;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
    {
        nam.always("GET", QStringLiteral("/api/projects/7/"), ReplyScript::json(200, project()));
    }
};
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void waitReady(ImportDialog &d)
    {
        QVERIFY(
            QTest::qWaitFor([&] { return d.isConfigLoaded() && !d.sourcesModel()->isScanning(); }, 10000));
    }

private Q_SLOTS:
    void modelsPassTheTester()
    {
        ImportSourcesModel sources;
        QAbstractItemModelTester t1(&sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = write(QStringLiteral("m.csv"), "image,caption\na.png,x\n");
        sources.addPending(path);
        QVERIFY(sources.isScanning());
        QCOMPARE(sources.index(0, int(ImportSourcesModel::Column::Status)).data().toString(),
            QStringLiteral("Reading…"));
        sources.setScanned(path, scanFile(path));
        QVERIFY(!sources.isScanning());
        QCOMPARE(
            sources.index(0, int(ImportSourcesModel::Column::Tasks)).data().toString(), QStringLiteral("1"));
        sources.addSource(urlTasksSource({ QStringLiteral("https://x/1.png") }));
        QCOMPARE(sources.taskCount(), 2);
        sources.removeRows({ 0 });
        QCOMPARE(sources.rowCount(), 1);

        ImportPreviewModel preview;
        QAbstractItemModelTester t2(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setSources({ scanFile(path) },
            { QStringLiteral("image"), QStringLiteral("caption"), QStringLiteral("extra") });
        QCOMPARE(preview.rowCount(), 1);
        QCOMPARE(preview.keys(),
            (QStringList { QStringLiteral("image"), QStringLiteral("caption"), QStringLiteral("extra") }));
        QCOMPARE(preview.headerData(3, Qt::Horizontal).toString(), QStringLiteral("extra (missing)"));
        QCOMPARE(preview.index(0, 1).data().toString(), QStringLiteral("a.png"));
        // Text lines land under the only variable.
        preview.setSources(
            { scanFile(write(QStringLiteral("l.txt"), "one\ntwo\n")) }, { QStringLiteral("text") });
        QCOMPARE(preview.keys(), QStringList { QStringLiteral("text") });
        QCOMPARE(preview.index(1, 1).data().toString(), QStringLiteral("two"));
    }

    void missingVariableIsWarnedAndAsked()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(201, QJsonObject { { QStringLiteral("task_count"), 1 } }));
        ImportDialog dialog(&fx.client, 7);
        QStringList asked;
        bool answer = false;
        dialog.setConfirmer([&](QWidget *, const QString &q) {
            asked << q;
            return answer;
        });
        dialog.addFiles({ write(QStringLiteral("k.csv"), "image\na.png\n") });
        waitReady(dialog);
        QVERIFY2(dialog.keyCheckText().contains(QStringLiteral("No task provides caption")),
            qPrintable(dialog.keyCheckText()));
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.startImport();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("caption")));
        QCOMPARE(fx.nam.count("POST", QStringLiteral("/api/projects/7/import")), 0); // declined: nothing sent
        answer = true;
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 10000));
        QCOMPARE(fx.nam.count("POST", QStringLiteral("/api/projects/7/import")), 1);
        QVERIFY(!fx.nam.requests().last().url.query().contains(QStringLiteral("preannotated")));
    }

    void predictionColumnsReachTheRequest()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(201, QJsonObject { { QStringLiteral("task_count"), 1 } }));
        ImportDialog dialog(&fx.client, 7);
        dialog.addFiles({ write(QStringLiteral("p.csv"), "image,caption,c\na.png,x,a\n") });
        waitReady(dialog);
        dialog.predictionColumnsEdit()->setText(QStringLiteral("c, other"));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 10000));
        const QUrlQuery query(fx.nam.requests("POST", QStringLiteral("/api/projects/7/import")).first().url);
        QCOMPARE(query.queryItemValue(QStringLiteral("preannotated_from_fields")), QStringLiteral("c,other"));
    }

    void badFileBlocksImport()
    {
        Fixture fx;
        ImportDialog dialog(&fx.client, 7);
        dialog.addFiles({ write(QStringLiteral("b.json"), "[{\"image\": 1},") });
        waitReady(dialog);
        QVERIFY(dialog.sourcesModel()->hasErrors());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.sourcesModel()
                    ->index(0, int(ImportSourcesModel::Column::Status))
                    .data()
                    .toString()
                    .contains(QStringLiteral("not valid JSON")));
        dialog.startImport();
        QCOMPARE(fx.nam.requests("POST", QStringLiteral("/api/projects/7/import")).size(), 0);
    }

    void cancelStopsTheUploadAndKeepsTheDialog()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/projects/7/import"), ReplyScript::hang());
        ImportDialog dialog(&fx.client, 7);
        dialog.setConfirmer([](QWidget *, const QString &) { return true; });
        dialog.show();
        dialog.addFiles({ write(QStringLiteral("c.json"), "[{\"image\": \"a\", \"caption\": \"b\"}]") });
        waitReady(dialog);
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        QVERIFY(QTest::qWaitFor([&] { return fx.nam.outstanding() == 1; }, 10000));
        QTest::keyClick(&dialog, Qt::Key_Escape); // Esc cancels the import, not the dialog
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Import cancelled")),
            qPrintable(dialog.statusText()));
        QCOMPARE(fx.nam.aborted(), 1);
        QVERIFY(dialog.importButton()->isEnabled()); // nothing was created: trying again is safe
    }

    void serverErrorIsShownVerbatim()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(400,
                QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                    { QStringLiteral("validation_errors"),
                        QJsonObject { { QStringLiteral("non_field_errors"),
                            QJsonArray { QStringLiteral("Can't import: data keys do not match") } } } } }));
        ImportDialog dialog(&fx.client, 7);
        dialog.addFiles({ write(QStringLiteral("s.json"), "[{\"image\": \"a\", \"caption\": \"b\"}]") });
        waitReady(dialog);
        dialog.startImport();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isImporting(); }, 10000));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("data keys do not match")),
            qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Nothing was imported")));
    }

    void refusedTaskKeepsTheEdits()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/tasks/"),
            ReplyScript::json(
                400, QJsonObject { { QStringLiteral("detail"), QStringLiteral("data: too large") } }));
        TaskDataDialog dialog(&fx.client, 7, 0);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
        QVERIFY(dialog.editorFor(QStringLiteral("image")));
        QVERIFY(dialog.editorFor(QStringLiteral("caption")));
        dialog.editorFor(QStringLiteral("image"))->setPlainText(QStringLiteral("https://x/a.png"));
        dialog.editorFor(QStringLiteral("caption"))->setPlainText(QStringLiteral("[1, 2]"));
        dialog.save();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 10000));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("too large")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.editorFor(QStringLiteral("image"))->toPlainText(), QStringLiteral("https://x/a.png"));
        const QJsonObject body
            = fx.nam.requests("POST", QStringLiteral("/api/tasks/")).first().json().object();
        QCOMPARE(body.value(QLatin1String("project")).toInt(), 7);
        // JSON-looking values go as JSON (Paragraphs, Table read structures).
        QCOMPARE(
            body.value(QLatin1String("data")).toObject().value(QLatin1String("caption")).toArray().size(), 2);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
