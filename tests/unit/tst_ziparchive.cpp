// Zip archives from the export (COCO, YOLO, VOC...): ZipArchive reads entries and contents through libzip
// and tells a whole archive from a cut or damaged one; ExportJob puts a zip in place only when it is whole,
// even when the server sent no Content-Length (the direct export streams without one), and checks off the
// calling thread with cancel still possible.

#include "api/client.h"
#include "export/exportjob.h"
#include "export/ziparchive.h"
#include "fakenam.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
// Made with Python's zipfile: result.json (stored), labels/img0.txt (deflated, 400 bytes), classes.txt.
QByteArray sampleZip()
{
    return QByteArray::fromBase64(
        "UEsDBBQAAAAAAIMYIlynrKQZTAAAAEwAAAALAAAAcmVzdWx0Lmpzb257ImltYWdlcyI6IFtdLCAiYW5ub3RhdGlvbnMiOiBbXSwg"
        "ImNhdGVnb3JpZXMiOiBbeyJpZCI6IDAsICJuYW1lIjogIkNhdCJ9XX0KUEsDBBQAAAAIAIMYIlyEdUKaEQAAAJABAAAPAAAAbGFi"
        "ZWxzL2ltZzAudHh0M1Aw0DOFYiMIwWUwKjZgYgBQSwMEFAAAAAAAgxgiXEldZqgIAAAACAAAAAsAAABjbGFzc2VzLnR4dENhdApE"
        "b2cKUEsBAhQDFAAAAAAAgxgiXKespBlMAAAATAAAAAsAAAAAAAAAAAAAAIABAAAAAHJlc3VsdC5qc29uUEsBAhQDFAAAAAgAgxgi"
        "XIR1QpoRAAAAkAEAAA8AAAAAAAAAAAAAAIABdQAAAGxhYmVscy9pbWcwLnR4dFBLAQIUAxQAAAAAAIMYIlxJXWaoCAAAAAgAAAAL"
        "AAAAAAAAAAAAAACAAbMAAABjbGFzc2VzLnR4dFBLBQYAAAAAAwADAK8AAADkAAAAAAA=");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// What is left in the folder besides `keep`: no temporary ".part" files may remain.
QStringList leftovers(const QTemporaryDir &dir, const QString &keep = {})
{
    return filesIn(dir.path(), keep);
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

ApiError runExport(Fixture &f, const ExportRequest &r)
{
    ExportJob job(&f.client, r);
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    if (done.isEmpty())
        done.wait(10000);
    if (done.size() != 1)
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("finished %1 times").arg(done.size()));
    return done.first().first().value<ApiError>();
}

const QByteArray kDisposition = "attachment; filename=\"project-3-at-2026-11-29-14-35-0a1b2c3d.zip\"";
} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEntriesAndContents()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.zip"), sampleZip());
        QVERIFY(ZipArchive::looksLikeZip(path));
        QCOMPARE(ZipArchive::check(path), QString());
        ZipArchive zip(path);
        QVERIFY2(zip.isOpen(), qPrintable(zip.error()));
        const QList<ZipArchive::Entry> entries = zip.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).name, QStringLiteral("result.json"));
        QCOMPARE(entries.at(1).name, QStringLiteral("labels/img0.txt"));
        QCOMPARE(entries.at(1).size, 400);
        QCOMPARE(entries.at(2).name, QStringLiteral("classes.txt"));
        QCOMPARE(zip.read(QStringLiteral("classes.txt")), QByteArray("Cat\nDog\n"));
        QCOMPARE(
            zip.read(QStringLiteral("labels/img0.txt")), QByteArray("0 0.5 0.5 0.25 0.25\n").repeated(20));
        QVERIFY(zip.read(QStringLiteral("labels/img0.txt"), 100).isEmpty()); // over the limit
        QVERIFY2(zip.error().contains(QLatin1String("larger than 100")), qPrintable(zip.error()));
        QVERIFY(zip.read(QStringLiteral("nope.txt")).isEmpty());
        QVERIFY2(zip.error().contains(QLatin1String("no file nope.txt")), qPrintable(zip.error()));
    }

    // A download cut anywhere - in the data, in the central directory, in the end record - is not whole.
    void cutArchivesAreNotWhole_data()
    {
        QTest::addColumn<int>("keep");
        const int size = int(sampleZip().size());
        QTest::newRow("a quarter") << size / 4;
        QTest::newRow("half") << size / 2;
        QTest::newRow("before the central directory") << 0xe4;
        QTest::newRow("in the central directory") << 0xe4 + 50;
        QTest::newRow("in the end record") << size - 10;
        QTest::newRow("one byte short") << size - 1;
    }

    void cutArchivesAreNotWhole()
    {
        QFETCH(int, keep);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("cut.zip"), sampleZip().left(keep));
        QVERIFY(ZipArchive::looksLikeZip(path));
        const QString why = ZipArchive::check(path);
        QVERIFY2(why.contains(QLatin1String("not complete or is damaged")), qPrintable(why));
    }

    // A flipped byte inside a stored entry passes the structure check but fails its CRC when read.
    void damagedEntryFailsItsCrc()
    {
        QByteArray bytes = sampleZip();
        // result.json's local header is 30 bytes + its 11-byte name: its stored data starts at byte 41.
        bytes[45] = char(bytes[45] ^ 0x20);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.zip"), bytes);
        ZipArchive zip(path);
        QVERIFY2(zip.isOpen(), qPrintable(zip.error()));
        QVERIFY(zip.read(QStringLiteral("result.json")).isEmpty());
        QVERIFY2(zip.error().contains(QLatin1String("damaged")), qPrintable(zip.error()));
        // The other entries are untouched.
        QCOMPARE(zip.read(QStringLiteral("classes.txt")), QByteArray("Cat\nDog\n"));
    }

    void otherFilesAreNotZips()
    {
        QTemporaryDir dir;
        const QString json = writeFile(dir, QStringLiteral("a.json"), "[{\"id\": 1}]");
        QVERIFY(!ZipArchive::looksLikeZip(json));
        QVERIFY(!ZipArchive::looksLikeZip(dir.filePath(QStringLiteral("missing.zip"))));
        QVERIFY(ZipArchive::check(json).contains(QLatin1String("not complete or is damaged")));
        const QString missing = ZipArchive::check(dir.filePath(QStringLiteral("missing.zip")));
        QVERIFY2(missing.contains(QLatin1String("cannot be read back")), qPrintable(missing));
    }

    // The direct export sends a COCO/YOLO/VOC zip without a Content-Length: a whole one lands...
    void wholeZipExportLands()
    {
        Fixture f;
        QTemporaryDir dir;
        f.nam.enqueue(ReplyScript::text(200, sampleZip())
                          .withHeader("Content-Type", "application/zip")
                          .withHeader("Content-Disposition", kDisposition)
                          .withChunks(64));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("COCO");
        r.target = dir.filePath(QStringLiteral("coco.zip"));
        const ApiError e = runExport(f, r);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(fileContent(r.target), sampleZip());
        QCOMPARE(leftovers(dir, QStringLiteral("coco.zip")), QStringList());
    }

    // ...a cut one (the connection closed early, no length to compare) leaves the old file alone.
    void cutZipExportLeavesTheOldFile()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString target = writeFile(dir, QStringLiteral("yolo.zip"), "yesterday's export");
        f.nam.enqueue(ReplyScript::truncated(200, sampleZip(), 300)
                          .withHeader("Content-Type", "application/zip")
                          .withHeader("Content-Disposition", kDisposition));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("YOLO");
        r.target = target;
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("did not arrive whole")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("Try again")), qPrintable(e.message));
        QCOMPARE(fileContent(target), QByteArray("yesterday's export"));
        QCOMPARE(leftovers(dir, QStringLiteral("yolo.zip")), QStringList());
    }

    // An error page in place of the announced zip is not put in place either.
    void announcedZipThatIsNotOne()
    {
        Fixture f;
        QTemporaryDir dir;
        f.nam.enqueue(ReplyScript::html(200, "<html>Server Error</html>")
                          .withHeader("Content-Disposition", kDisposition));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("VOC");
        r.target = dir.filePath(QStringLiteral("voc.zip"));
        const ApiError e = runExport(f, r);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(QLatin1String("not one")), qPrintable(e.message));
        QCOMPARE(leftovers(dir), QStringList());
    }

    // A text format (CONLL2003) that does not look like a zip is not held to it.
    void textFormatsAreNotZipChecked()
    {
        Fixture f;
        QTemporaryDir dir;
        const QByteArray conll = "-DOCSTART- -X- O\nJohn -X- _ B-PER\n";
        f.nam.enqueue(ReplyScript::text(200, conll)
                          .withHeader("Content-Disposition", "attachment; filename=\"project-3.conll\""));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("CONLL2003");
        r.target = dir.filePath(QStringLiteral("ner.conll"));
        const ApiError e = runExport(f, r);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(fileContent(r.target), conll);
    }

    // Cancel while the downloaded file is being checked: one Cancelled finish, nothing left behind.
    void cancelWhileVerifying()
    {
        Fixture f;
        QTemporaryDir dir;
        f.nam.enqueue(ReplyScript::text(200, sampleZip()).withHeader("Content-Disposition", kDisposition));
        ExportRequest r;
        r.project = 3;
        r.format = QStringLiteral("COCO");
        r.target = dir.filePath(QStringLiteral("coco.zip"));
        ExportJob job(&f.client, r);
        QSignalSpy done(&job, &ExportJob::finished);
        QSignalSpy verifying(&job, &ExportJob::verifying);
        connect(&job, &ExportJob::verifying, &job, &ExportJob::cancel);
        job.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(verifying.size(), 1);
        QCOMPARE(done.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(100); // a late check result must not finish again
        QCOMPARE(done.size(), 1);
        QCOMPARE(leftovers(dir), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
