// Exports against the real server (issue #5, point 4): for JSON, JSON_MIN, CSV and TSV our file is byte
// for byte what the Python SDK downloads (projects.exports.download_sync) for the same project and
// options; for the archive formats (COCO, YOLO, YOLO_OBB, Pascal VOC) the zip holds the same files with
// the same bytes, and CONLL2003 is byte for byte; lsdesk-cli writes the same file and fails cleanly on a
// bad destination; batched and snapshot exports equal the one-shot export; a cut connection is retried.

#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "export/batchedexport.h"
#include "export/exportjob.h"
#include "export/snapshotexport.h"
#include "export/ziparchive.h"
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
    for chunk in ls.projects.exports.download_sync(int(pid), export_type=fmt, download_all_tasks=True,
                                                   download_resources=False):
        f.write(chunk)
)";

// What the server itself varies between two exports of the same archive: COCO's result.json records
// when it was made (info.date_created, and the year in info.year). Everything else must be equal.
QByteArray normalisedEntry(const QString &format, const QString &name, const QByteArray &bytes)
{
    if (format.startsWith(QLatin1String("COCO")) && name == QLatin1String("result.json")) {
        QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QJsonObject info = doc.value(QLatin1String("info")).toObject();
        info.remove(QLatin1String("date_created"));
        info.remove(QLatin1String("year"));
        doc.insert(QLatin1String("info"), info);
        return QJsonDocument(doc).toJson();
    }
    return bytes;
}

// Empty when the two zips hold the same files (names, in any order) with the same normalised bytes.
QString compareArchives(const QString &format, const QString &ours, const QString &theirs)
{
    ZipArchive a(ours), b(theirs);
    if (!a.isOpen() || !b.isOpen())
        return QStringLiteral("not a zip: %1 / %2").arg(a.error(), b.error());
    QStringList names, theirNames;
    for (const auto &e : a.entries())
        names.append(e.name);
    for (const auto &e : b.entries())
        theirNames.append(e.name);
    names.sort();
    theirNames.sort();
    // The server lists the folders in filesystem order, which may differ between two exports.
    if (names != theirNames)
        return QStringLiteral("files differ: %1 vs %2").arg(names.join(u','), theirNames.join(u','));
    for (const QString &name : std::as_const(names)) {
        if (name.endsWith(u'/'))
            continue;
        const QByteArray x = a.read(name), y = b.read(name);
        if (!a.error().isEmpty() || !b.error().isEmpty())
            return a.error() + b.error();
        if (normalisedEntry(format, name, x) != normalisedEntry(format, name, y))
            return QStringLiteral("%1 differs:\n%2\n---\n%3")
                .arg(name, QString::fromUtf8(x.left(400)), QString::fromUtf8(y.left(400)));
    }
    return names.isEmpty() ? QStringLiteral("empty archive") : QString();
}

} // namespace

class TestExportServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_dir;
    int m_project = 0;

    int m_imageProject = 0; // Image + RectangleLabels: COCO, YOLO, VOC
    int m_nerProject = 0; // Text + Labels: CONLL2003

    ApiError exportTo(const QString &format, const QString &target, int project = 0)
    {
        ExportRequest r;
        r.project = project ? project : m_project;
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

    // A detection project: 12 images, every other one with one or two boxes (sizes given, so the
    // converter never fetches an image), and a NER project: 8 texts, 6 with PER/ORG spans.
    void createArchiveProjects()
    {
        const auto image = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"), QStringLiteral("Export boxes") },
                            { QStringLiteral("label_config"),
                                QStringLiteral("<View><Image name=\"image\" value=\"$image\"/>"
                                               "<RectangleLabels name=\"label\" toName=\"image\">"
                                               "<Label value=\"Cat\"/><Label value=\"Dog\"/>"
                                               "</RectangleLabels></View>") } },
                    this, cb);
        });
        QVERIFY2(image.ok(), qPrintable(image.error.message));
        m_imageProject = image->id;
        QJsonArray tasks;
        for (int i = 0; i < 12; ++i) {
            QJsonObject task { { QStringLiteral("data"),
                QJsonObject { { QStringLiteral("image"),
                    QStringLiteral("http://127.0.0.1:9/images/photo%1.jpg").arg(i) } } } };
            if (i % 2 == 0) {
                QJsonArray result;
                for (int b = 0; b < 1 + (i % 4) / 2; ++b) {
                    result.append(QJsonObject {
                        { QStringLiteral("id"), QStringLiteral("r%1_%2").arg(i).arg(b) },
                        { QStringLiteral("from_name"), QStringLiteral("label") },
                        { QStringLiteral("to_name"), QStringLiteral("image") },
                        { QStringLiteral("type"), QStringLiteral("rectanglelabels") },
                        { QStringLiteral("original_width"), 640 }, { QStringLiteral("original_height"), 480 },
                        { QStringLiteral("image_rotation"), 0 },
                        { QStringLiteral("value"),
                            QJsonObject { { QStringLiteral("x"), 10.5 + i },
                                { QStringLiteral("y"), 20 + 30 * b }, { QStringLiteral("width"), 30.25 },
                                { QStringLiteral("height"), 25 }, { QStringLiteral("rotation"), b ? 15 : 0 },
                                { QStringLiteral("rectanglelabels"),
                                    QJsonArray { b ? QStringLiteral("Cat") : QStringLiteral("Dog") } } } } });
                }
                task.insert(QStringLiteral("annotations"),
                    QJsonArray { QJsonObject { { QStringLiteral("result"), result } } });
            }
            tasks.append(task);
        }
        auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_imageProject, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));

        const auto ner = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"), QStringLiteral("Export NER") },
                            { QStringLiteral("label_config"),
                                QStringLiteral("<View><Text name=\"text\" value=\"$text\"/>"
                                               "<Labels name=\"ner\" toName=\"text\"><Label value=\"PER\"/>"
                                               "<Label value=\"ORG\"/></Labels></View>") } },
                    this, cb);
        });
        QVERIFY2(ner.ok(), qPrintable(ner.error.message));
        m_nerProject = ner->id;
        tasks = {};
        for (int i = 0; i < 8; ++i) {
            const QString text = QStringLiteral("Jane Doe met the board of Acme Corp on day %1.").arg(i);
            QJsonObject task { { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), text } } } };
            if (i < 6) {
                auto span = [&](int start, int end, const char *label) {
                    return QJsonObject { { QStringLiteral("id"), QStringLiteral("s%1_%2").arg(i).arg(start) },
                        { QStringLiteral("from_name"), QStringLiteral("ner") },
                        { QStringLiteral("to_name"), QStringLiteral("text") },
                        { QStringLiteral("type"), QStringLiteral("labels") },
                        { QStringLiteral("value"),
                            QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                                { QStringLiteral("text"), text.mid(start, end - start) },
                                { QStringLiteral("labels"), QJsonArray { QString::fromLatin1(label) } } } } };
                };
                task.insert(QStringLiteral("annotations"),
                    QJsonArray { QJsonObject { { QStringLiteral("result"),
                        QJsonArray { span(0, 8, "PER"), span(26, 35, "ORG") } } } });
            }
            tasks.append(task);
        }
        imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_nerProject, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
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
        createArchiveProjects();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_imageProject > 0 && m_nerProject > 0);
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

    // The converter's formats: the server says each is enabled for its project, and our file holds
    // what the SDK's holds (zips: the same files, byte for byte but for COCO's creation time; CONLL2003:
    // byte for byte).
    void archivesSameAsTheSdk_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("image");
        QTest::addColumn<bool>("zip");
        QTest::newRow("COCO") << QStringLiteral("COCO") << true << true;
        QTest::newRow("YOLO") << QStringLiteral("YOLO") << true << true;
        QTest::newRow("YOLO_OBB") << QStringLiteral("YOLO_OBB") << true << true;
        QTest::newRow("VOC") << QStringLiteral("VOC") << true << true;
        QTest::newRow("CONLL2003") << QStringLiteral("CONLL2003") << false << false;
    }

    void archivesSameAsTheSdk()
    {
        QFETCH(QString, format);
        QFETCH(bool, image);
        QFETCH(bool, zip);
        const int project = image ? m_imageProject : m_nerProject;
        const auto formats = await<QList<ExportFormat>>(
            [&](auto cb) { ProjectsApi(m_client.get()).exportFormats(project, this, cb); });
        QVERIFY2(formats.ok(), qPrintable(formats.error.message));
        const auto it = std::find_if(
            formats->begin(), formats->end(), [&](const ExportFormat &f) { return f.name == format; });
        QVERIFY2(it != formats->end(), qPrintable(format));
        QVERIFY2(!it->disabled, "the config must enable the format");

        const QString ours = m_dir.filePath(QStringLiteral("ours.") + format);
        const ApiError e = exportTo(format, ours, project);
        QVERIFY2(e.ok(), qPrintable(e.message));
        const QString theirs = m_dir.filePath(QStringLiteral("sdk.") + format);
        QProcess sdk;
        sdk.start(qEnvironmentVariable("LSDESK_TEST_VENV_PYTHON"),
            { QStringLiteral("-c"), QString::fromUtf8(kSdkDownload), m_server.url, m_server.pat,
                QString::number(project), format, theirs });
        QVERIFY(sdk.waitForFinished(120000));
        QVERIFY2(sdk.exitCode() == 0, sdk.readAllStandardError().constData());
        QCOMPARE(ZipArchive::looksLikeZip(ours), zip);
        if (zip) {
            const QString diff = compareArchives(format, ours, theirs);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            ZipArchive archive(ours);
            int files = 0;
            for (const auto &entry : archive.entries())
                files += entry.name.endsWith(u'/') ? 0 : 1;
            QVERIFY(files >= 1); // COCO: result.json; YOLO: classes, notes, 12 label files; VOC: 6 XML files
            if (format == QLatin1String("VOC"))
                QCOMPARE(files, 6);
            if (format.startsWith(QLatin1String("YOLO")))
                QCOMPARE(files, 14);
        } else {
            const QByteArray a = fileContent(ours);
            QVERIFY(a.contains("Jane -X- _ B-PER"));
            QCOMPARE(a, fileContent(theirs));
        }
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
