// ExportJob on the fake network: the body streamed into a temporary file beside the target and renamed
// into place only when complete and checked; a dropped connection resumed with Range (or restarted when the
// server ignores it); truncated, cancelled and unwritable exports leave nothing behind and the old target
// untouched.

#include "api/client.h"
#include "export/batchedexport.h"
#include "export/exportjob.h"
#include "export/snapshotexport.h"
#include "fakenam.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace lsdesk;
using namespace lsdesk::test;

Q_DECLARE_METATYPE(lsdesk::SnapshotOptions)

namespace {
struct Fixture
{
    FakeNam nam;
    Client client;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com/ls")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
    { }
};

QByteArray bigJson(int tasks)
{
    QByteArray out = "[";
    for (int i = 0; i < tasks; ++i) {
        if (i)
            out += ',';
        out += R"({"id": )" + QByteArray::number(i + 1) + R"(, "data": {"text": "task )"
            + QByteArray::number(i) + R"( with some words to make it longer"}, "annotations": []})";
    }
    return out + ']';
}

// What is left in the folder besides `keep`: no temporary ".part" files may remain.
QStringList leftovers(const QTemporaryDir &dir, const QString &keep = {})
{
    return filesIn(dir.path(), keep);
}

ApiError runExport(Fixture &f, ExportRequest request)
{
    ExportJob job(&f.client, std::move(request));
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    if (done.isEmpty())
        done.wait(10000);
    return done.isEmpty() ? ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no finish"))
                          : done.first().first().value<ApiError>();
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsToTheTargetWithTheRightRequest()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray body = bigJson(2000);
        f.nam.enqueue(ReplyScript::json(200, body).withChunks(4096));
        ExportRequest r;
        r.project = 7;
        r.format = QStringLiteral("JSON");
        r.allTasks = true;
        r.ids = { 3, 5 };
        r.target = dir.filePath(QStringLiteral("out.json"));
        const ApiError e = runExport(f, r);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(fileContent(r.target), body);
        QCOMPARE(leftovers(dir, QStringLiteral("out.json")), QStringList());
        const RecordedRequest &req = f.nam.requests().first();
        QCOMPARE(req.url.path(), QStringLiteral("/ls/api/projects/7/export"));
        // A range from byte 0 even on the first attempt: a server streaming without a length then states one.
        QCOMPARE(req.header("Range"), QByteArray("bytes=0-"));
        const QUrlQuery q(req.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("exportType")), QStringLiteral("JSON"));
        QCOMPARE(q.queryItemValue(QStringLiteral("download_all_tasks")), QStringLiteral("true"));
        QCOMPARE(q.allQueryItemValues(QStringLiteral("ids[]")),
            (QStringList { QStringLiteral("3"), QStringLiteral("5") }));
    }

    // The download is private while it runs (0600); the export gets a new file's usual mode (0666 minus
    // the umask), or keeps the mode of the file it replaces.
    void exportGetsTheUsualPermissions()
    {
        const mode_t before = ::umask(022);
        Fixture f;
        QTemporaryDir dir;
        f.nam.enqueue(ReplyScript::json(200, bigJson(3)));
        f.nam.enqueue(ReplyScript::json(200, bigJson(4)));
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("new.json"));
        QVERIFY(runExport(f, r).ok());
        const auto rw_r_r = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
        QCOMPARE(QFileInfo(r.target).permissions()
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
            rw_r_r);
        QVERIFY(QFile::setPermissions(
            r.target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(runExport(f, r).ok());
        QCOMPARE(fileContent(r.target), bigJson(4));
        QCOMPARE(QFileInfo(r.target).permissions()
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        ::umask(before);
    }

    // A body nested a million levels deep is checked without recursion: the recursive parser would
    // overflow the pool thread's stack (a crash, not an error).
    void deeplyNestedJsonIsCheckedWithoutCrashing()
    {
        Fixture f;
        QTemporaryDir dir;
        const int depth = 1000000;
        f.nam.enqueue(ReplyScript::json(200, QByteArray(depth, '[') + QByteArray(depth, ']')));
        f.nam.enqueue(ReplyScript::json(200, QByteArray(depth, '[') + QByteArray(depth - 1, ']')));
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("deep.json"));
        QVERIFY(runExport(f, r).ok()); // deep, but valid JSON
        QCOMPARE(QFileInfo(r.target).size(), qint64(2 * depth));
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("not complete JSON")), qPrintable(e.message));
        QCOMPARE(QFileInfo(r.target).size(), qint64(2 * depth)); // the previous export stays
    }

    void truncatedJsonLeavesTheOldFileAlone()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[\"the export of yesterday\"]");
        old.close();
        const QByteArray body = bigJson(500);
        f.nam.enqueue(ReplyScript::truncated(200, body, int(body.size() / 2)));
        ExportRequest r;
        r.project = 1;
        r.target = target;
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("not complete JSON")), qPrintable(e.message));
        QCOMPARE(fileContent(target), QByteArray("[\"the export of yesterday\"]"));
        QCOMPARE(leftovers(dir, QStringLiteral("out.json")), QStringList());
    }

    void resumesWithRangeAfterAReset()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray body = bigJson(3000);
        const int cut = int(body.size() / 3);
        int calls = 0;
        QByteArray rangeAsked;
        f.nam.setHandler([&](const RecordedRequest &req) -> std::optional<ReplyScript> {
            if (++calls == 1)
                return ReplyScript::resetMidBody(200, body.left(cut));
            for (const auto &h : req.headers) {
                if (h.first.compare("Range", Qt::CaseInsensitive) == 0)
                    rangeAsked = h.second;
            }
            return ReplyScript::json(206, body.mid(cut))
                .withHeader("Content-Range",
                    "bytes " + QByteArray::number(cut) + '-' + QByteArray::number(body.size() - 1) + '/'
                        + QByteArray::number(body.size()));
        });
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("resumed.json"));
        const ApiError e = runExport(f, r);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(rangeAsked, "bytes=" + QByteArray::number(cut) + '-');
        QCOMPARE(fileContent(r.target), body);
        QCOMPARE(leftovers(dir, QStringLiteral("resumed.json")), QStringList());
    }

    void restartsWhenTheServerIgnoresRange()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray body = bigJson(1000);
        int calls = 0;
        f.nam.setHandler([&](const RecordedRequest &) -> std::optional<ReplyScript> {
            if (++calls == 1)
                return ReplyScript::resetMidBody(200, body.left(body.size() / 2));
            return ReplyScript::json(200, body); // the whole export again, as the direct export does
        });
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("restarted.json"));
        const ApiError e = runExport(f, r);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(fileContent(r.target), body); // not the first half twice
    }

    void cancelLeavesNothing()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray body = bigJson(5000);
        f.nam.enqueue(ReplyScript::json(200, body).withChunks(1024, 20));
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("cancelled.json"));
        ExportJob job(&f.client, r);
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy done(&job, &ExportJob::finished);
        job.start();
        QVERIFY(progress.wait(5000));
        job.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!QFile::exists(r.target));
        QCOMPARE(leftovers(dir), QStringList());
    }

    void unwritableDestinationFailsBeforeDownloading_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder")
            << QStringLiteral("no/such/folder/out.json") << QStringLiteral("does not exist");
        QTest::newRow("empty") << QString() << QStringLiteral("No file");
    }

    void unwritableDestinationFailsBeforeDownloading()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        Fixture f;
        QTemporaryDir dir;
        ExportRequest r;
        r.project = 1;
        r.target = target.isEmpty() ? QString() : dir.filePath(target);
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(f.nam.requests().size(), 0); // nothing was downloaded
    }

    // A "folder" that is a file cannot take the export (root-proof, unlike permission bits).
    void folderThatIsAFileFailsBeforeDownloading()
    {
        Fixture f;
        QTemporaryDir dir;
        QFile notADir(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notADir.open(QIODevice::WriteOnly));
        notADir.close();
        ExportRequest r;
        r.project = 1;
        r.target = dir.filePath(QStringLiteral("notes.txt/out.json"));
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("cannot be written")), qPrintable(e.message));
        QCOMPARE(f.nam.requests().size(), 0);
    }

    void serverErrorKeepsItsMessage()
    {
        Fixture f;
        QTemporaryDir dir;
        f.nam.enqueue(ReplyScript::json(400,
            QByteArray(
                R"({"detail": "Validation error", "validation_errors": {"exportType": ["Unknown format"]}})")));
        ExportRequest r;
        r.project = 1;
        r.format = QStringLiteral("NOPE");
        r.target = dir.filePath(QStringLiteral("x.json"));
        const ApiError e = runExport(f, r);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY2(e.message.contains(QLatin1String("Unknown format"))
                || e.validationText().contains(QLatin1String("Unknown format")),
            qPrintable(e.message));
        QCOMPARE(leftovers(dir), QStringList());
    }

    // How batches join (the server's layouts): empty batches vanish, CSV tables with other columns are
    // refused.
    void batchesJoin()
    {
        auto merge = [](const QString &format, const QList<QByteArray> &batches, QString *why) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QByteArray header;
            bool rows = false;
            for (const QByteArray &b : batches) {
                *why = BatchedExportJob::appendBatch(format, b, &header, &out, &rows);
                if (!why->isEmpty())
                    return QByteArray();
            }
            BatchedExportJob::finishMerge(format, header, rows, &out);
            return out.data();
        };
        QString why;
        QCOMPARE(merge(QStringLiteral("JSON"), { "[{\"id\":1}]", "[]", "[{\"id\":2},{\"id\":3}]" }, &why),
            QByteArray("[{\"id\":1},{\"id\":2},{\"id\":3}]"));
        QCOMPARE(merge(QStringLiteral("JSON"), { "[]", "[]" }, &why), QByteArray("[]"));
        QCOMPARE(merge(QStringLiteral("JSON_MIN"),
                     { "[\n{\n  \"a\": 1\n}\n]", "[\n\n]", "[\n{\n  \"a\": 2\n}\n]" }, &why),
            QByteArray("[\n{\n  \"a\": 1\n},\n{\n  \"a\": 2\n}\n]"));
        QCOMPARE(merge(QStringLiteral("JSON_MIN"), { "[\n\n]" }, &why), QByteArray("[\n\n]"));
        QCOMPARE(merge(QStringLiteral("CSV"),
                     { "\"id\",\"t\"\r\n1,\"a\"\r\n", "\"id\",\"t\"\r\n2,\"b\"\r\n" }, &why),
            QByteArray("\"id\",\"t\"\r\n1,\"a\"\r\n2,\"b\"\r\n"));
        QCOMPARE(merge(QStringLiteral("CSV"), { "\"id\"\r\n" }, &why), QByteArray("\"id\"\r\n"));
        merge(QStringLiteral("CSV"), { "\"id\",\"t\"\r\n1,\"a\"\r\n", "\"id\",\"x\"\r\n2,\"b\"\r\n" }, &why);
        QVERIFY2(why.contains(QLatin1String("different columns")), qPrintable(why));
        merge(QStringLiteral("JSON"), { "{\"not\": \"an array\"}" }, &why);
        QVERIFY(why.contains(QLatin1String("not a JSON array")));
        QVERIFY(!BatchedExportJob::supports(QStringLiteral("COCO")));
    }

    // The Enterprise flow on the fake network: create, wait, convert, wait, download - resumed with Range
    // after the connection drops mid-file.
    void snapshotConvertedAndResumed()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray csv = QByteArray("\"id\",\"text\"\r\n") + QByteArray(20000, 'x') + "\r\n";
        int gets = 0;
        int downloads = 0;
        QByteArray range;
        QByteArray createBody;
        QByteArray convertBody;
        f.nam.setHandler([&](const RecordedRequest &r) -> std::optional<ReplyScript> {
            const QString path = r.url.path();
            if (r.verb == "POST" && path.endsWith(QLatin1String("/api/projects/3/exports/"))) {
                createBody = r.body;
                return ReplyScript::json(
                    201, QByteArray(R"({"id": 9, "status": "in_progress", "converted_formats": []})"));
            }
            if (r.verb == "POST" && path.endsWith(QLatin1String("/exports/9/convert"))) {
                convertBody = r.body;
                return ReplyScript::json(200, QByteArray(R"({"export_type": "CSV", "converted_format": 4})"));
            }
            if (r.verb == "GET" && path.endsWith(QLatin1String("/exports/9"))) {
                ++gets;
                if (gets == 1)
                    return ReplyScript::json(
                        200, QByteArray(R"({"id": 9, "status": "in_progress", "converted_formats": []})"));
                if (gets == 2)
                    return ReplyScript::json(
                        200, QByteArray(R"({"id": 9, "status": "completed", "converted_formats": []})"));
                if (gets == 3)
                    return ReplyScript::json(200,
                        QByteArray(
                            R"({"id": 9, "status": "completed", "converted_formats": [{"id": 4, "export_type": "CSV", "status": "in_progress"}]})"));
                return ReplyScript::json(200,
                    QByteArray(
                        R"({"id": 9, "status": "completed", "converted_formats": [{"id": 4, "export_type": "CSV", "status": "completed"}]})"));
            }
            if (r.verb == "GET" && path.endsWith(QLatin1String("/exports/9/download"))) {
                if (++downloads == 1)
                    return ReplyScript::resetMidBody(200, csv.left(5000));
                for (const auto &h : r.headers) {
                    if (h.first.compare("Range", Qt::CaseInsensitive) == 0)
                        range = h.second;
                }
                return ReplyScript::json(206, csv.mid(5000))
                    .withHeader("Content-Range",
                        "bytes 5000-" + QByteArray::number(csv.size() - 1) + '/'
                            + QByteArray::number(csv.size()));
            }
            return std::nullopt;
        });
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("CSV");
        r.target = dir.filePath(QStringLiteral("snap.csv"));
        SnapshotExportJob job(&f.client, r);
        job.setPolling(10, 10000);
        QStringList stages;
        connect(&job, &SnapshotExportJob::stage, this, [&](const QString &s) { stages << s; });
        QSignalSpy done(&job, &SnapshotExportJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const ApiError e = done.first().first().value<ApiError>();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(stages,
            (QStringList {
                QStringLiteral("creating"), QStringLiteral("converting"), QStringLiteral("downloading") }));
        QVERIFY(createBody.contains("\"only_with_annotations\":true"));
        QVERIFY(convertBody.contains("\"export_type\":\"CSV\""));
        QCOMPARE(range, QByteArray("bytes=5000-"));
        QCOMPARE(fileContent(r.target), csv);
        QCOMPARE(job.snapshotId(), 9);
    }

    // The create body for several option combinations, exactly as sent on the wire.
    void snapshotCreateBody_data()
    {
        QTest::addColumn<bool>("allTasks");
        QTest::addColumn<SnapshotOptions>("options");
        QTest::addColumn<QByteArray>("expected");
        using F = SnapshotOptions::TaskFilter;
        const QByteArray title = R"("title":"t")";
        QTest::newRow("defaults")
            << false << SnapshotOptions {}
            << QByteArray(
                   R"({"annotation_filter_options":{"ground_truth":true,"skipped":true,"usual":true},)"
                   R"("serialization_options":{"annotations__completed_by":{"only_id":true},"drafts":{"only_id":true},"include_annotation_history":false,"predictions":{"only_id":true}},)"
                   R"("task_filter_options":{"only_with_annotations":true},)")
                + title + '}';
        SnapshotOptions full;
        full.drafts = true;
        full.predictions = true;
        full.annotationHistory = true;
        full.skippedAnnotations = true; // the default
        full.interpolateKeyFrames = true;
        QTest::newRow("drafts, predictions, history, skipped, key frames")
            << true << full
            << QByteArray(
                   R"({"annotation_filter_options":{"ground_truth":true,"skipped":true,"usual":true},)"
                   R"("serialization_options":{"annotations__completed_by":{"only_id":true},"drafts":{"only_id":false},"include_annotation_history":true,"interpolate_key_frames":true,"predictions":{"only_id":false}},)"
                   R"("task_filter_options":{"only_with_annotations":false},)")
                + title + '}';
        SnapshotOptions gt;
        gt.groundTruthOnly = true;
        gt.skippedAnnotations = false;
        gt.finished = F::Only;
        gt.skipped = F::Exclude;
        gt.annotated = F::Only;
        gt.view = 7;
        gt.completedBy = true;
        gt.interpolateKeyFrames = false;
        QTest::newRow("ground truth only, finished, no skipped tasks, a tab")
            << false << gt
            << QByteArray(
                   R"({"annotation_filter_options":{"ground_truth":true,"skipped":false,"usual":false},)"
                   R"("serialization_options":{"annotations__completed_by":{"only_id":false},"drafts":{"only_id":true},"include_annotation_history":false,"interpolate_key_frames":false,"predictions":{"only_id":true}},)"
                   R"("task_filter_options":{"annotated":"only","finished":"only","only_with_annotations":true,"skipped":"exclude","view":7},)")
                + title + '}';
    }

    void snapshotCreateBody()
    {
        QFETCH(bool, allTasks);
        QFETCH(SnapshotOptions, options);
        QFETCH(QByteArray, expected);
        QCOMPARE(QJsonDocument(SnapshotExportJob::createBody(
                                   [&] {
                                       ExportRequest r;
                                       r.allTasks = allTasks;
                                       r.snapshot = options;
                                       return r;
                                   }(),
                                   QStringLiteral("t")))
                     .toJson(QJsonDocument::Compact),
            expected);

        // And on the wire: the POST that creates the snapshot carries exactly that (with today's title).
        Fixture f;
        QTemporaryDir dir;
        f.nam.always("POST", QStringLiteral("/ls/api/projects/5/exports/"),
            ReplyScript::json(
                201, QByteArray(R"({"id": 3, "status": "completed", "converted_formats": []})")));
        f.nam.always("GET", QStringLiteral("/ls/api/projects/5/exports/3/download"),
            ReplyScript::json(200, QByteArray("[]")));
        ExportRequest r;
        r.project = 5;
        r.allTasks = allTasks;
        r.snapshot = options;
        r.target = dir.filePath(QStringLiteral("s.json"));
        SnapshotExportJob job(&f.client, r);
        QSignalSpy done(&job, &SnapshotExportJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().value<ApiError>().ok());
        const auto posts = f.nam.requests();
        const auto create = std::find_if(posts.begin(), posts.end(), [](const RecordedRequest &q) {
            return q.verb == "POST" && q.url.path().endsWith(QLatin1String("/exports/"));
        });
        QVERIFY(create != posts.end());
        QJsonObject sent = QJsonDocument::fromJson(create->body).object();
        QCOMPARE(sent.take(QStringLiteral("title")).toString(),
            QStringLiteral("lsdesk ") + QDate::currentDate().toString(Qt::ISODate));
        QJsonObject want = QJsonDocument::fromJson(expected).object();
        want.remove(QStringLiteral("title"));
        QCOMPARE(sent, want);
    }

    void snapshotConversionFailureSaysWhy()
    {
        Fixture f;
        QTemporaryDir dir;
        f.nam.always("POST", QStringLiteral("/ls/api/projects/3/exports/"),
            ReplyScript::json(
                201, QByteArray(R"({"id": 2, "status": "completed", "converted_formats": []})")));
        f.nam.always("POST", QStringLiteral("/ls/api/projects/3/exports/2/convert"),
            ReplyScript::json(200, QByteArray(R"({"export_type": "YOLO", "converted_format": 1})")));
        f.nam.always("GET", QStringLiteral("/ls/api/projects/3/exports/2"),
            ReplyScript::json(200,
                QByteArray(
                    R"({"id": 2, "status": "completed", "converted_formats": [{"export_type": "YOLO", "status": "failed", "traceback": "Traceback...\nValueError: no RectangleLabels in the config"}]})")));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("YOLO");
        r.target = dir.filePath(QStringLiteral("y.zip"));
        SnapshotExportJob job(&f.client, r);
        job.setPolling(10, 10000);
        QSignalSpy done(&job, &SnapshotExportJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const ApiError e = done.first().first().value<ApiError>();
        QVERIFY(!e.ok());
        QVERIFY2(
            e.message.contains(QLatin1String("no RectangleLabels in the config")), qPrintable(e.message));
        QVERIFY(!QFile::exists(r.target));
        QCOMPARE(leftovers(dir), QStringList());
    }

    void lengthMismatchIsCaughtForNonJson()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray csv = "id,text\n1,a\n2,b\n";
        f.nam.enqueue(ReplyScript::truncated(200, csv, 10)
                          .withHeader("Content-Length", QByteArray::number(csv.size())));
        ExportRequest r;
        r.project = 1;
        r.format = QStringLiteral("CSV");
        r.target = dir.filePath(QStringLiteral("x.csv"));
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("ended early")), qPrintable(e.message));
        QVERIFY(!QFile::exists(r.target));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
