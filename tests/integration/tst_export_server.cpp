// Exports against the real server (issue #5, point 4, first part): for JSON, JSON_MIN, CSV and TSV our
// file is byte for byte what the Python SDK downloads (projects.exports.download_sync) for the same
// project and options; lsdesk-cli writes the same file and fails cleanly on a bad destination.

#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "export/batchedexport.h"
#include "export/exportjob.h"
#include "export/snapshotexport.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const char *kSdkDownload = R"(
import sys
from label_studio_sdk import LabelStudio
url, key, pid, fmt, out = sys.argv[1:6]
ls = LabelStudio(base_url=url, api_key=key)
with open(out, "wb") as f:
    for chunk in ls.projects.exports.download_sync(int(pid), export_type=fmt, download_all_tasks=True):
        f.write(chunk)
)";

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExportServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_dir;
    int m_project = 0;

    ApiError exportTo(const QString &format, const QString &target)
    {
        ExportRequest r;
        r.project = m_project;
        r.format = format;
        r.allTasks = true;
        r.target = target;
        ExportJob job(m_client.get(), r);
        QSignalSpy done(&job, &ExportJob::finished);
        job.start();
        if (done.isEmpty() && !done.wait(120000))
            return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no finish"));
        return done.first().first().value<ApiError>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
        const QJsonObject fields { { QStringLiteral("title"), QStringLiteral("Export test") },
            { QStringLiteral("label_config"),
                QStringLiteral(
                    "<View><Text name=\"text\" value=\"$text\"/><Choices name=\"sentiment\" "
                    "toName=\"text\"><Choice value=\"Positive\"/><Choice value=\"Negative\"/></Choices>"
                    "<Labels name=\"ner\" toName=\"text\"><Label value=\"PER\"/></Labels></View>") } };
        const auto project
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).create(fields, this, cb); });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = project->id;
        QJsonArray tasks;
        for (int i = 0; i < 60; ++i) {
            QJsonObject task { { QStringLiteral("data"),
                QJsonObject { { QStringLiteral("text"),
                    QStringLiteral("Text %1, with \"quotes\", commas and ünïcödé").arg(i) } } } };
            if (i % 2 == 0) {
                const QJsonObject choice { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
                    { QStringLiteral("to_name"), QStringLiteral("text") },
                    { QStringLiteral("type"), QStringLiteral("choices") },
                    { QStringLiteral("value"),
                        QJsonObject { { QStringLiteral("choices"),
                            QJsonArray {
                                i % 4 ? QStringLiteral("Positive") : QStringLiteral("Negative") } } } } };
                task.insert(QStringLiteral("annotations"),
                    QJsonArray { QJsonObject { { QStringLiteral("result"), QJsonArray { choice } } } });
            }
            tasks.append(task);
        }
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_project, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported->taskCount, 60);
    }

    void sameBytesAsTheSdk_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "JSON", "JSON_MIN", "CSV", "TSV" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void sameBytesAsTheSdk()
    {
        QFETCH(QString, format);
        const QString ours = m_dir.filePath(QStringLiteral("ours.") + format);
        const ApiError e = exportTo(format, ours);
        QVERIFY2(e.ok(), qPrintable(e.message));

        const QString theirs = m_dir.filePath(QStringLiteral("sdk.") + format);
        QProcess sdk;
        sdk.start(qEnvironmentVariable("LSDESK_TEST_VENV_PYTHON"),
            { QStringLiteral("-c"), QString::fromUtf8(kSdkDownload), m_server.url, m_server.pat,
                QString::number(m_project), format, theirs });
        QVERIFY(sdk.waitForFinished(120000));
        QVERIFY2(sdk.exitCode() == 0, sdk.readAllStandardError().constData());
        const QByteArray a = fileContent(ours);
        const QByteArray b = fileContent(theirs);
        QVERIFY(a.size() > 1000);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b); // byte for byte: the server's conversion, untouched by either client
        // Nothing but the finished files in the folder.
        const QStringList parts
            = QDir(m_dir.path()).entryList({ QStringLiteral("*.part") }, QDir::Files | QDir::Hidden);
        QVERIFY2(parts.isEmpty(), qPrintable(parts.join(QLatin1Char(' '))));
    }

    void cliWritesTheSameFileAndRefusesABadDestination()
    {
        const QString target = m_dir.filePath(QStringLiteral("cli.json"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("export"), QStringLiteral("--project"), QString::number(m_project),
                QStringLiteral("--format"), QStringLiteral("JSON"), QStringLiteral("--all-tasks"),
                QStringLiteral("-o"), target });
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(fileContent(target), fileContent(m_dir.filePath(QStringLiteral("ours.JSON"))));

        // In batches of 25 tasks: the same bytes.
        QProcess batched;
        batched.setProcessEnvironment(env);
        batched.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("export"), QStringLiteral("--batch-size"), QStringLiteral("25"),
                QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--format"),
                QStringLiteral("JSON"), QStringLiteral("--all-tasks"), QStringLiteral("-o"),
                m_dir.filePath(QStringLiteral("cli-batched.json")) });
        QVERIFY(batched.waitForFinished(120000));
        QVERIFY2(batched.exitCode() == 0, batched.readAllStandardError().constData());
        QCOMPARE(fileContent(m_dir.filePath(QStringLiteral("cli-batched.json"))), fileContent(target));

        // Through a snapshot (what an Enterprise server gets by default): the same CSV table.
        QProcess snap;
        snap.setProcessEnvironment(env);
        snap.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("export"), QStringLiteral("--snapshot"), QStringLiteral("--project"),
                QString::number(m_project), QStringLiteral("--format"), QStringLiteral("CSV"),
                QStringLiteral("--all-tasks"), QStringLiteral("-o"),
                m_dir.filePath(QStringLiteral("cli-snapshot.csv")) });
        QVERIFY(snap.waitForFinished(120000));
        QVERIFY2(snap.exitCode() == 0, snap.readAllStandardError().constData());
        QCOMPARE(fileContent(m_dir.filePath(QStringLiteral("cli-snapshot.csv"))),
            fileContent(m_dir.filePath(QStringLiteral("ours.CSV"))));

        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("export"), QStringLiteral("--project"), QString::number(m_project),
                QStringLiteral("--format"), QStringLiteral("JSON"), QStringLiteral("-o"),
                m_dir.filePath(QStringLiteral("missing/dir/x.json")) });
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 6); // a local file error
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QLatin1String("does not exist")));
    }

    // The server's connection dies mid-download (a proxy that cuts the first answer after 2,000 bytes):
    // the export is fetched again and lands complete; when every answer is cut, the error is clear and
    // nothing is written.
    void droppedConnection_data()
    {
        QTest::addColumn<int>("cuts");
        QTest::addColumn<bool>("ok");
        QTest::newRow("first answer cut") << 1 << true;
        QTest::newRow("every answer cut") << 1000 << false;
    }

    void droppedConnection()
    {
        QFETCH(int, cuts);
        QFETCH(bool, ok);
        QProcess proxy;
        proxy.start(qEnvironmentVariable("LSDESK_TEST_VENV_PYTHON"),
            { QStringLiteral(LSDESK_CUTPROXY), QStringLiteral("--target"),
                QString::number(QUrl(m_server.url).port()), QStringLiteral("--cut-bytes"),
                QStringLiteral("2000"), QStringLiteral("--cut-connections"), QString::number(cuts) });
        QVERIFY(proxy.waitForReadyRead(30000));
        const int port = proxy.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        // A legacy token: no token exchange goes through the proxy before the export itself.
        Client viaProxy(ServerUrl::parse(QStringLiteral("http://127.0.0.1:%1").arg(port)),
            ApiKey::classify(m_server.legacyToken));
        ExportRequest r;
        r.project = m_project;
        r.format = QStringLiteral("JSON");
        r.allTasks = true;
        r.target = m_dir.filePath(QStringLiteral("cut-%1.json").arg(cuts));
        ExportJob job(&viaProxy, r);
        QSignalSpy done(&job, &ExportJob::finished);
        job.start();
        QVERIFY(done.wait(120000));
        const ApiError e = done.first().first().value<ApiError>();
        proxy.kill();
        proxy.waitForFinished();
        if (ok) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            QCOMPARE(fileContent(r.target), fileContent(m_dir.filePath(QStringLiteral("ours.JSON"))));
        } else {
            QVERIFY(!e.ok());
            QVERIFY2(!e.message.isEmpty(), "an error people can read");
            QVERIFY(!QFile::exists(r.target));
        }
        const QStringList parts
            = QDir(m_dir.path()).entryList({ QStringLiteral("*.part") }, QDir::Files | QDir::Hidden);
        QVERIFY2(parts.isEmpty(), qPrintable(parts.join(QLatin1Char(' '))));
    }

    // Batches of 7 task ids joined into one file equal the one-shot export byte for byte.
    void batchedEqualsOneShot_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "JSON", "JSON_MIN", "CSV", "TSV" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void batchedEqualsOneShot()
    {
        QFETCH(QString, format);
        ExportRequest r;
        r.project = m_project;
        r.format = format;
        r.allTasks = true;
        r.target = m_dir.filePath(QStringLiteral("batched.") + format);
        BatchedExportJob job(m_client.get(), r, 7);
        QSignalSpy progress(&job, &BatchedExportJob::progress);
        QSignalSpy done(&job, &BatchedExportJob::finished);
        job.start();
        QVERIFY(done.wait(120000));
        const ApiError e = done.first().first().value<ApiError>();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(progress.size(), 9); // 60 tasks by 7
        QCOMPARE(fileContent(r.target), fileContent(m_dir.filePath(QStringLiteral("ours.") + format)));
        const QStringList leftovers
            = QDir(m_dir.path()).entryList({ QStringLiteral(".*") }, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    // Snapshots on a Community server (built inside the create request): JSON directly, CSV converted;
    // both land complete; the snapshot is listed and can be deleted.
    void snapshots_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("JSON") << QStringLiteral("JSON");
        QTest::newRow("CSV") << QStringLiteral("CSV");
    }

    void snapshots()
    {
        QFETCH(QString, format);
        ExportRequest r;
        r.project = m_project;
        r.format = format;
        r.allTasks = true;
        r.target = m_dir.filePath(QStringLiteral("snapshot.") + format);
        SnapshotExportJob job(m_client.get(), r);
        job.setPolling(200, 120000);
        QSignalSpy done(&job, &SnapshotExportJob::finished);
        job.start();
        QVERIFY(done.wait(120000));
        const ApiError e = done.first().first().value<ApiError>();
        QVERIFY2(e.ok(), qPrintable(e.message));
        const QByteArray content = fileContent(r.target);
        if (format == QLatin1String("JSON")) {
            const QJsonArray tasks = QJsonDocument::fromJson(content).array();
            QCOMPARE(tasks.size(), 60);
        } else {
            // The same table as the direct export of the same tasks (the CSV has no export timestamps).
            QCOMPARE(content, fileContent(m_dir.filePath(QStringLiteral("ours.CSV"))));
        }
        const auto listed = await<QList<ExportSnapshot>>(
            [&](auto cb) { SnapshotExportJob::list(m_client.get(), m_project, this, cb); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY(std::any_of(listed->begin(), listed->end(),
            [&](const ExportSnapshot &s) { return s.id == job.snapshotId(); }));
        const auto removed = await<Empty>([&](auto cb) {
            SnapshotExportJob::remove(m_client.get(), m_project, job.snapshotId(), this, cb);
        });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
    }

    void onlySomeTasks()
    {
        const auto page = await<Page<Task>>([&](auto cb) {
            TaskQuery q;
            q.project = m_project;
            q.fields = TaskQuery::Fields::TaskOnly;
            TasksApi(m_client.get()).listPage(q, 1, this, cb);
        });
        QVERIFY(page.ok());
        ExportRequest r;
        r.project = m_project;
        r.format = QStringLiteral("JSON");
        r.allTasks = true;
        r.ids = { page->items.at(0).id, page->items.at(5).id };
        r.target = m_dir.filePath(QStringLiteral("two.json"));
        ExportJob job(m_client.get(), r);
        QSignalSpy done(&job, &ExportJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().value<ApiError>().ok(),
            qPrintable(done.first().first().value<ApiError>().message));
        const QJsonArray two = QJsonDocument::fromJson(fileContent(r.target)).array();
        QCOMPARE(two.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExportServer)
#include "tst_export_server.moc"
