// Task import in core (issue #8): scanning files into task byte ranges (JSON, JSON lines, CSV, TSV, text),
// cutting them into requests, the multipart bodies, and ImportJob on the fake network (several requests,
// a 413 halving, a failure mid-way, Enterprise's background import, cancel).
#include "fakenam.h"
#include "import/importjob.h"
#include "labelconfig/labelinterface.h"
#include "testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <utility>

using namespace lsdesk;
using namespace lsdesk::import;
using namespace lsdesk::test;

namespace {

struct Part
{
    QString name;
    QString filename;
    QByteArray content;
};

// Splits a multipart/form-data body the way Django does (enough for our own bodies).
QList<Part> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    QList<Part> parts;
    const QByteArray boundary = "--" + contentType.mid(contentType.indexOf("boundary=") + 9);
    qsizetype pos = body.indexOf(boundary);
    while (pos >= 0) {
        pos += boundary.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // \r\n
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const QByteArray head = body.mid(pos, headEnd - pos);
        const QByteArray delimiter = "\r\n" + boundary;
        const qsizetype next = body.indexOf(delimiter, headEnd);
        Part p;
        p.content = body.mid(headEnd + 4, next - headEnd - 4);
        const qsizetype n = head.indexOf("name=\"");
        p.name = QString::fromUtf8(head.mid(n + 6, head.indexOf('"', n + 6) - n - 6));
        const qsizetype f = head.indexOf("filename=\"");
        p.filename = QString::fromUtf8(head.mid(f + 10, head.indexOf('"', f + 10) - f - 10));
        parts << p;
        pos = next + 2;
    }
    return parts;
}

QByteArray headerOf(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject importReply(int tasks, int annotations = 0, int predictions = 0)
{
    return { { QStringLiteral("task_count"), tasks }, { QStringLiteral("annotation_count"), annotations },
        { QStringLiteral("prediction_count"), predictions }, { QStringLiteral("duration"), 0.1 },
        { QStringLiteral("file_upload_ids"), QJsonArray { 1 } },
        { QStringLiteral("found_formats"), QJsonArray {} },
        { QStringLiteral("data_columns"), QJsonArray {} } };
}

QString dataOf(const QJsonObject &task, const char *key)
{
    return task.value(QLatin1String("data")).toObject().value(QLatin1String(key)).toString();
}

struct Fixture
{
    FakeNam nam;
    Client client;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
    { }
};

} // namespace

class TestImport : public QObject
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

    QByteArray bytesOf(const ImportSource &s, int i)
    {
        QFile f(s.path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        f.seek(s.records[i].offset);
        return f.read(s.records[i].length);
    }

private Q_SLOTS:
    void jsonArrayRecordsAreTheElementsBytes()
    {
        // Brackets and braces inside strings, escaped quotes, nesting, a BOM, and the flat-dict form.
        const QByteArray text
            = "\xEF\xBB\xBF[ {\"data\": {\"text\": \"a ] } [ { \\\"quoted\\\"\"}},\n"
              "  {\"text\": \"flat\", \"n\": [1, {\"x\": 2}]} ,{\"data\":{\"t\":\"\xC3\xA9\"}}]\n";
        const ImportSource s = scanFile(write(QStringLiteral("a.json"), text));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.kind, SourceKind::Json);
        QCOMPARE(s.taskCount(), 3);
        QCOMPARE(bytesOf(s, 0), QByteArray("{\"data\": {\"text\": \"a ] } [ { \\\"quoted\\\"\"}}"));
        QCOMPARE(bytesOf(s, 1), QByteArray("{\"text\": \"flat\", \"n\": [1, {\"x\": 2}]}"));
        const QList<QJsonObject> preview = previewTasks(s, 10);
        QCOMPARE(preview.size(), 3);
        QCOMPARE(dataOf(preview[0], "text"), QStringLiteral("a ] } [ { \"quoted\""));
        // A task without "data" is all data, as the server reads it.
        QCOMPARE(dataOf(preview[1], "text"), QStringLiteral("flat"));
        QCOMPARE(dataOf(preview[2], "t"), QStringLiteral("\u00e9"));
        QCOMPARE(
            dataKeys(s), (QStringList { QStringLiteral("text"), QStringLiteral("n"), QStringLiteral("t") }));
    }

    void falsyDataMakesTheWholeTaskData()
    {
        // {"data": "", "text": "x"}: the server makes the whole object the data, like a flat task.
        const ImportSource s = scanFile(write(QStringLiteral("falsy.json"),
            "[{\"data\": \"\", \"text\": \"x\"}, {\"data\": [], \"text\": \"y\"}, {\"data\": {\"nested\": "
            "{\"data\": 5}}}]"));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(dataOf(s.preview[0], "text"), QStringLiteral("x"));
        QCOMPARE(dataOf(s.preview[1], "text"), QStringLiteral("y"));
        const ImportSource lines
            = scanFile(write(QStringLiteral("d.jsonl"), "{\"data\": {\"a\": 1}}\n{\"data\": \"x\"}\n"));
        QVERIFY2(lines.error.contains(QStringLiteral("line 2: \"data\" must be")), qPrintable(lines.error));
    }

    void assetsTheServerTakes()
    {
        QVERIFY(scanFile(write(QStringLiteral("photo.JPG"), "jpegbytes")).ok());
        const ImportSource tiff = scanFile(write(QStringLiteral("scan.tiff"), "tiffbytes"));
        QVERIFY(!tiff.ok());
        QVERIFY2(tiff.error.contains(QStringLiteral("does not import .tiff files")), qPrintable(tiff.error));
    }

    void uploadNamesHaveTheExtensionTheServerReads()
    {
        // The server picks its reader by the extension as written; ours is case-blind.
        const ImportSource csv = scanFile(write(QStringLiteral("DATA.CSV"), "text\na\n"));
        const ImportSource jpg = scanFile(write(QStringLiteral("Photo.JPG"), "jpegbytes"));
        QCOMPARE(csv.kind, SourceKind::Csv);
        for (const auto &[source, expected] : { std::pair { csv, QStringLiteral("DATA.csv") },
                 std::pair { jpg, QStringLiteral("Photo.jpg") } }) {
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY(writeMultipart({ source }, planBatches({ source }, {}).first(), "B", &buf, &error));
            QCOMPARE(
                parseMultipart(buf.data(), "multipart/form-data; boundary=B").first().filename, expected);
        }
    }

    void jsonSingleObjectIsOneTask()
    {
        const ImportSource s
            = scanFile(write(QStringLiteral("one.json"), "{\"data\": {\"image\": \"x.png\"}}"));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.taskCount(), 1);
    }

    void jsonErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("[\n {\"a\": 1},\n {\"b\": }\n]")
                                << QStringLiteral("line 3, column 8");
        QTest::newRow("scalar element")
            << QByteArray("[{\"a\": 1}, 5]") << QStringLiteral("task 2 is not a JSON object");
        QTest::newRow("list element")
            << QByteArray("[{\"a\": 1}, [1]]") << QStringLiteral("task 2 is a list");
        QTest::newRow("scalar file") << QByteArray("\"text\"") << QStringLiteral("a single value");
        QTest::newRow("trailing text")
            << QByteArray("[{\"a\": 1}] x") << QStringLiteral("more text after the end");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("holds no tasks");
        QTest::newRow("truncated") << QByteArray("[{\"a\": 1}, {\"b\"") << QStringLiteral("not valid JSON");
        // The server refuses a "data" that is set but not an object ("Task item should be dict").
        QTest::newRow("data string") << QByteArray("[{\"data\": {\"a\": 1}}, {\"data\": \"x\"}]")
                                     << QStringLiteral("task 2: \"data\" must be a JSON object");
        QTest::newRow("data list") << QByteArray("[{\"data\": [1]}]")
                                   << QStringLiteral("task 1: \"data\" must be");
        QTest::newRow("data number") << QByteArray("{\"data\": 3}")
                                     << QStringLiteral("task 1: \"data\" must be");
    }
    void jsonErrorsSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ImportSource s = scanFile(write(QStringLiteral("bad.json"), text));
        QVERIFY(!s.ok());
        QVERIFY2(s.error.contains(expected), qPrintable(s.error));
        QVERIFY2(s.error.startsWith(QStringLiteral("bad.json: ")), qPrintable(s.error));
        QVERIFY(s.records.isEmpty());
    }

    void jsonLines()
    {
        const ImportSource s = scanFile(
            write(QStringLiteral("t.jsonl"), "{\"text\": \"a\"}\n\n{\"data\": {\"text\": \"b\"}}\r\n"));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.taskCount(), 2);
        const ImportSource bad = scanFile(write(QStringLiteral("bad.ndjson"), "{\"a\": 1}\n{\"a\": }\n"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("line 2")), qPrintable(bad.error));
        const ImportSource notObject = scanFile(write(QStringLiteral("arr.jsonl"), "{\"a\": 1}\n[1, 2]\n"));
        QVERIFY2(notObject.error.contains(QStringLiteral("line 2: a task is a JSON object")),
            qPrintable(notObject.error));
    }

    void csvRecordsRespectQuotes()
    {
        // A quoted field with a newline, comma and escaped quotes; CRLF line ends; a blank line; a quote in
        // the middle of an unquoted field is a plain character (pandas).
        const QByteArray text
            = "text,label\r\n\"line one\nline \"\"two\"\", still\",pos\r\n\r\nsize 5\" screen,neg\r\n";
        const ImportSource s = scanFile(write(QStringLiteral("t.csv"), text));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.taskCount(), 2);
        const QList<QJsonObject> preview = previewTasks(s, 5);
        QCOMPARE(dataOf(preview[0], "text"), QStringLiteral("line one\nline \"two\", still"));
        QCOMPARE(dataOf(preview[0], "label"), QStringLiteral("pos"));
        QCOMPARE(dataOf(preview[1], "text"), QStringLiteral("size 5\" screen"));
        QCOMPARE(dataKeys(s), (QStringList { QStringLiteral("text"), QStringLiteral("label") }));
        const ImportSource open = scanFile(write(QStringLiteral("open.csv"), "a,b\n1,\"never closed\n2,3\n"));
        QVERIFY(!open.ok());
        QVERIFY2(open.error.contains(QStringLiteral("line 2")), qPrintable(open.error));
    }

    void csvSemicolonsAndTsv()
    {
        const ImportSource semi = scanFile(write(QStringLiteral("s.csv"), "a;b\n1,5;x\n"));
        QCOMPARE(dataOf(previewTasks(semi, 1)[0], "a"), QStringLiteral("1,5"));
        const ImportSource tsv = scanFile(write(QStringLiteral("t.tsv"), "a\tb\n1,2\t\"q\tq\"\n"));
        QVERIFY2(tsv.ok(), qPrintable(tsv.error));
        QCOMPARE(dataOf(previewTasks(tsv, 1)[0], "b"), QStringLiteral("q\tq"));
    }

    void textLinesLikeSplitlines()
    {
        // Python's "a\n\nb\n".splitlines() is ['a', '', 'b']: the empty line is a task, the end is not.
        const ImportSource s = scanFile(write(QStringLiteral("t.txt"), "a\n\nb\n"));
        QCOMPARE(s.taskCount(), 3);
        QCOMPARE(dataOf(previewTasks(s, 3)[2], "$undefined$"), QStringLiteral("b"));
    }

    void keyCheck()
    {
        XmlError err;
        const auto config = LabelInterface::parse(
            QStringLiteral("<View><Image name=\"img\" value=\"$image\"/>"
                           "<Text name=\"t\" value=\"$caption\"/>"
                           "<Choices name=\"c\" toName=\"img\"><Choice value=\"a\"/></Choices></View>"),
            &err);
        QVERIFY(config);
        QCOMPARE(
            configVariables(*config), (QStringList { QStringLiteral("image"), QStringLiteral("caption") }));
        const ImportSource csv = scanFile(write(QStringLiteral("k.csv"), "image,other\nx.png,1\n"));
        KeyCheck check = checkKeys(*config, { csv });
        QCOMPARE(check.missing, QStringList { QStringLiteral("caption") });
        QCOMPARE(check.unused, QStringList { QStringLiteral("other") });
        QVERIFY(!check.ok());
        // Text lines need a config with one variable.
        check = checkKeys(*config, { scanFile(write(QStringLiteral("k.txt"), "x\n")) });
        QVERIFY(check.problem.contains(QStringLiteral("image, caption")));
    }

    void planCutsAtTaskBoundaries()
    {
        QByteArray json = "[";
        for (int i = 0; i < 100; ++i)
            json += (i ? "," : "") + QByteArray("{\"text\": \"task ")
                + QByteArray::number(i).rightJustified(3, '0') + "\"}";
        json += "]";
        const ImportSource big = scanFile(write(QStringLiteral("big.json"), json));
        const ImportSource small = scanFile(write(QStringLiteral("small.csv"), "text\nx\ny\n"));
        QVERIFY(big.ok() && small.ok());
        ImportLimits limits;
        limits.maxRequestBytes = 1000; // each record is 19 bytes + a comma
        const QList<ImportBatch> batches = planBatches({ big, small }, limits);
        int tasks = 0;
        for (const ImportBatch &b : batches) {
            QVERIFY2(b.bytes <= 1000, qPrintable(QString::number(b.bytes)));
            tasks += b.tasks;
        }
        QCOMPARE(tasks, 102);
        // 49 + 49 + 2 of big, then the CSV: nothing joins a continuation, whose first task is not the file's.
        QCOMPARE(batches.size(), 4);
        QCOMPARE(batches.last().parts.size(), 1);
        QCOMPARE(batches.last().parts.first().source, 1);
        limits = {};
        limits.maxTasksPerRequest = 30;
        QCOMPARE(planBatches({ big }, limits).size(), 4);
        // The multipart of each batch joins back into the original tasks, in order.
        QStringList texts;
        for (const ImportBatch &b : planBatches({ big }, limits)) {
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY(writeMultipart({ big }, b, "BOUNDARY", &buf, &error));
            const QList<Part> parts = parseMultipart(buf.data(), "multipart/form-data; boundary=BOUNDARY");
            QCOMPARE(parts.size(), 1);
            QCOMPARE(parts[0].filename, QStringLiteral("big.json"));
            QJsonParseError perr;
            const QJsonArray arr = QJsonDocument::fromJson(parts[0].content, &perr).array();
            QCOMPARE(perr.error, QJsonParseError::NoError);
            for (const QJsonValue &v : arr)
                texts << v.toObject().value(QLatin1String("text")).toString();
        }
        QCOMPARE(texts.size(), 100);
        QCOMPARE(texts.first(), QStringLiteral("task 000"));
        QCOMPARE(texts.last(), QStringLiteral("task 099"));
    }

    void multipartShapes()
    {
        const ImportSource csv = scanFile(write(QStringLiteral("m.csv"), "a,b\n1,2\n3,4\n"));
        const ImportSource jsonl = scanFile(write(QStringLiteral("m.jsonl"), "{\"a\": 1}\n{\"a\": 2}\n"));
        const ImportSource urls = urlTasksSource(
            { QStringLiteral("https://x/1.png"), QStringLiteral(" "), QStringLiteral("https://x/2.png") });
        QCOMPARE(urls.taskCount(), 2);
        // The CSV and the JSON lines share the key "a"; the URL tasks ("$undefined$") share none, and the
        // server refuses a request whose files share no key: they go in a request of their own.
        const QList<ImportBatch> batches = planBatches({ csv, jsonl, urls }, {});
        QCOMPARE(batches.size(), 2);
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(writeMultipart({ csv, jsonl, urls }, batches[0], "B", &buf, &error));
        const QList<Part> parts = parseMultipart(buf.data(), "multipart/form-data; boundary=B");
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].content, QByteArray("a,b\n1,2\n3,4\n"));
        QCOMPARE(parts[1].filename, QStringLiteral("m.json")); // the server reads .json, not .jsonl
        QCOMPARE(parts[1].content, QByteArray("[{\"a\": 1},{\"a\": 2}]"));
        QVERIFY(parts[0].name != parts[1].name); // Django keeps one file per field name
        QBuffer urlBuf;
        urlBuf.open(QIODevice::WriteOnly);
        QVERIFY(writeMultipart({ csv, jsonl, urls }, batches[1], "B", &urlBuf, &error));
        const QList<Part> urlParts = parseMultipart(urlBuf.data(), "multipart/form-data; boundary=B");
        QCOMPARE(urlParts.size(), 1);
        QCOMPARE(urlParts[0].content, QByteArray("https://x/1.png\nhttps://x/2.png\n"));
    }

    void jobSendsEveryRequestAndSums()
    {
        Fixture fx;
        fx.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            const QList<Part> parts = parseMultipart(r.body, headerOf(r, "Content-Type"));
            int tasks = 0;
            for (const Part &p : parts)
                tasks += int(QJsonDocument::fromJson(p.content).array().size());
            return ReplyScript::json(201, importReply(tasks, 0, tasks));
        });
        QByteArray json = "[";
        for (int i = 0; i < 10; ++i)
            json += (i ? "," : "") + QByteArray("{\"text\": \"t\"}");
        json += "]";
        ImportOptions options;
        options.limits.maxTasksPerRequest = 4;
        ImportJob job(&fx.client, 7, { scanFile(write(QStringLiteral("j.json"), json)) }, options);
        QList<int> done;
        connect(&job, &ImportJob::progress, this, [&](qint64, qint64, int d, int) { done << d; });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY2(job.error().ok(), qPrintable(job.error().message));
        QCOMPARE(job.result().tasks, 10);
        QCOMPARE(job.result().predictions, 10);
        QCOMPARE(job.result().requests, 3);
        QCOMPARE(fx.nam.count("POST", QStringLiteral("/api/projects/7/import")), 3);
        QCOMPARE(done.last(), 3);
        QVERIFY(
            headerOf(fx.nam.requests().first(), "Content-Type").startsWith("multipart/form-data; boundary="));
    }

    void jobHalvesARequestRefusedWith413()
    {
        Fixture fx;
        // A proxy that takes at most 3 tasks per request.
        fx.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            const QList<Part> parts = parseMultipart(r.body, headerOf(r, "Content-Type"));
            const int tasks = int(QJsonDocument::fromJson(parts.value(0).content).array().size());
            if (tasks > 3)
                return ReplyScript::html(413, "<html>413 Request Entity Too Large</html>");
            return ReplyScript::json(201, importReply(tasks));
        });
        QByteArray json = "[";
        for (int i = 0; i < 10; ++i)
            json += (i ? "," : "") + QByteArray("{\"text\": \"t\"}");
        json += "]";
        ImportJob job(&fx.client, 7, { scanFile(write(QStringLiteral("h.json"), json)) });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY2(job.error().ok(), qPrintable(job.error().message));
        QCOMPARE(job.result().tasks, 10);
        QVERIFY(job.result().splits >= 3);
    }

    void jobHalvesOnTheServersOwnSizeLimit()
    {
        Fixture fx;
        // Label Studio refuses an oversized request itself with a 400 naming its limit (uploader.py).
        fx.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            const QList<Part> parts = parseMultipart(r.body, headerOf(r, "Content-Type"));
            const int tasks = int(QJsonDocument::fromJson(parts.value(0).content).array().size());
            if (tasks > 2)
                return ReplyScript::json(400,
                    QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                        { QStringLiteral("validation_errors"),
                            QJsonObject { { QStringLiteral("non_field_errors"),
                                QJsonArray {
                                    QStringLiteral("Maximum total size of all files is 100 bytes, current "
                                                   "size is 120 bytes") } } } } });
            return ReplyScript::json(201, importReply(tasks));
        });
        ImportOptions options;
        options.preannotatedFromFields = { QStringLiteral("pred_a"), QStringLiteral("pred_b") };
        ImportJob job(&fx.client, 7,
            { scanFile(
                write(QStringLiteral("s.json"), "[{\"a\":1},{\"a\":2},{\"a\":3},{\"a\":4},{\"a\":5}]")) },
            options);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY2(job.error().ok(), qPrintable(job.error().message));
        QCOMPARE(job.result().tasks, 5);
        // Several prediction fields travel as one comma-separated value: the server reads one and splits it.
        const QUrl url = fx.nam.requests().first().url;
        QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("preannotated_from_fields")),
            QStringList { QStringLiteral("pred_a,pred_b") });
    }

    void jobStopsAtAFailureAndSaysWhatWasCreated()
    {
        Fixture fx;
        fx.nam.once("POST", QStringLiteral("/api/projects/7/import"), ReplyScript::json(201, importReply(4)));
        fx.nam.once("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(400,
                QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                    { QStringLiteral("validation_errors"),
                        QJsonObject { { QStringLiteral("non_field_errors"),
                            QJsonArray { QStringLiteral("Task item should be dict") } } } } }));
        QByteArray json = "[";
        for (int i = 0; i < 12; ++i)
            json += (i ? "," : "") + QByteArray("{\"text\": \"t\"}");
        json += "]";
        ImportOptions options;
        options.limits.maxTasksPerRequest = 4;
        ImportJob job(&fx.client, 7, { scanFile(write(QStringLiteral("f.json"), json)) }, options);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY(!job.error().ok());
        QVERIFY2(job.error().message.contains(QStringLiteral("Task item should be dict")),
            qPrintable(job.error().message));
        QVERIFY2(
            job.error().message.contains(QStringLiteral("request 2 of 3")), qPrintable(job.error().message));
        QVERIFY2(job.error().message.contains(QStringLiteral("created 4 task(s)")),
            qPrintable(job.error().message));
        QCOMPARE(job.result().tasks, 4);
        QCOMPARE(fx.nam.count("POST", QStringLiteral("/api/projects/7/import")), 2); // stopped there
    }

    void jobPollsEnterpriseBackgroundImports()
    {
        Fixture fx;
        fx.nam.once("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(201, QJsonObject { { QStringLiteral("import"), 55 } }));
        fx.nam.once("GET", QStringLiteral("/api/projects/7/imports/55/"),
            ReplyScript::json(
                200, QJsonObject { { QStringLiteral("status"), QStringLiteral("in_progress") } }));
        QJsonObject completed = importReply(2, 1, 0);
        completed.insert(QStringLiteral("status"), QStringLiteral("completed"));
        fx.nam.once("GET", QStringLiteral("/api/projects/7/imports/55/"), ReplyScript::json(200, completed));
        ImportOptions options;
        options.pollIntervalMs = 10;
        ImportJob job(
            &fx.client, 7, { scanFile(write(QStringLiteral("e.json"), "[{\"a\":1},{\"a\":2}]")) }, options);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY2(job.error().ok(), qPrintable(job.error().message));
        QCOMPARE(job.result().tasks, 2);
        QCOMPARE(job.result().annotations, 1);
        QCOMPARE(fx.nam.count("GET", QStringLiteral("/api/projects/7/imports/55/")), 2);

        // A failed background import: the server's error, verbatim.
        Fixture fx2;
        fx2.nam.once("POST", QStringLiteral("/api/projects/7/import"),
            ReplyScript::json(201, QJsonObject { { QStringLiteral("import"), 56 } }));
        fx2.nam.once("GET", QStringLiteral("/api/projects/7/imports/56/"),
            ReplyScript::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("failed") },
                    { QStringLiteral("error"), QStringLiteral("Data keys do not match") } }));
        ImportJob failing(
            &fx2.client, 7, { scanFile(write(QStringLiteral("e2.json"), "[{\"a\":1}]")) }, options);
        failing.start();
        QVERIFY(QTest::qWaitFor([&] { return failing.isFinished(); }, 5000));
        QVERIFY(failing.error().message.startsWith(QStringLiteral("Data keys do not match")));
    }

    void jobUrlDownloadsAreFormPosts()
    {
        Fixture fx;
        fx.nam.always(
            "POST", QStringLiteral("/api/projects/7/import"), ReplyScript::json(201, importReply(1)));
        ImportJob job(
            &fx.client, 7, { urlDownloadSource({ QStringLiteral("https://data.example/a b.csv") }) });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY(job.error().ok());
        const RecordedRequest r = fx.nam.requests().first();
        QCOMPARE(headerOf(r, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.body, QByteArray("url=https://data.example/a%20b.csv"));
    }

    void jobCancelAbortsAndSendsNothingMore()
    {
        Fixture fx;
        fx.nam.always("POST", QStringLiteral("/api/projects/7/import"), ReplyScript::hang());
        ImportJob job(&fx.client, 7, { scanFile(write(QStringLiteral("c.json"), "[{\"a\":1},{\"a\":2}]")) });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return fx.nam.outstanding() == 1; }, 5000));
        job.cancel();
        QVERIFY(job.isFinished());
        QCOMPARE(job.error().kind, ApiError::Kind::Cancelled);
        QVERIFY(job.error().message.contains(QStringLiteral("may have reached the server")));
        QCOMPARE(fx.nam.aborted(), 1);
    }

    void jobRefusesSourcesThatDoNotParse()
    {
        Fixture fx;
        ImportJob job(&fx.client, 7,
            { scanFile(write(QStringLiteral("ok.json"), "[{\"a\":1}]")),
                scanFile(write(QStringLiteral("no.json"), "[{")) });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
        QVERIFY(job.error().message.contains(QStringLiteral("no.json")));
        QCOMPARE(fx.nam.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
