// The export dialog on the fake network: formats with the reason a disabled one is disabled, the default
// file name, the overwrite question, progress to a finished file, a failure with Retry, and Cancel.

#include "api/client.h"
#include "export/exportdialog.h"
#include "fakenam.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kTextConfig = QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"c\" "
                                           "toName=\"text\"><Choice value=\"a\"/></Choices></View>");

QJsonArray formats()
{
    return QJsonArray {
        QJsonObject { { QStringLiteral("name"), QStringLiteral("JSON") },
            { QStringLiteral("title"), QStringLiteral("JSON") },
            { QStringLiteral("description"), QStringLiteral("List of items in raw JSON format.") },
            { QStringLiteral("disabled"), false } },
        QJsonObject { { QStringLiteral("name"), QStringLiteral("CSV") },
            { QStringLiteral("title"), QStringLiteral("CSV") }, { QStringLiteral("disabled"), false } },
        QJsonObject { { QStringLiteral("name"), QStringLiteral("YOLO") },
            { QStringLiteral("title"), QStringLiteral("YOLO") },
            { QStringLiteral("description"), QStringLiteral("Popular TXT format.") },
            { QStringLiteral("disabled"), true } },
    };
}

struct Fixture
{
    FakeNam nam;
    Client client;
    QTemporaryDir dir;
    Project project;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
    {
        project.id = 4;
        project.title = QStringLiteral("Reviews: batch/2");
        project.labelConfig = kTextConfig;
        nam.always(
            "GET", QStringLiteral("/api/projects/4/export/formats"), ReplyScript::json(200, formats()));
    }
};

QByteArray content(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QPushButton *button(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultNamesAndRequirements()
    {
        QCOMPARE(ExportDialog::defaultFileName(
                     QStringLiteral("Reviews: batch/2"), QStringLiteral("JSON"), QDate(2026, 11, 29)),
            QStringLiteral("Reviews_ batch_2-2026-11-29.json"));
        QCOMPARE(
            ExportDialog::defaultFileName(QStringLiteral("Boxes"), QStringLiteral("COCO"), QDate(2026, 1, 2)),
            QStringLiteral("Boxes-2026-01-02.zip"));
        QCOMPARE(ExportDialog::defaultFileName(QString(), QStringLiteral("CSV"), QDate(2026, 1, 2)),
            QStringLiteral("export-2026-01-02.csv"));
        const QString yolo = ExportDialog::missingFor(QStringLiteral("YOLO"), kTextConfig);
        QVERIFY2(yolo.contains(QLatin1String("<image>")) && yolo.contains(QLatin1String("rectanglelabels")),
            qPrintable(yolo));
        QVERIFY(ExportDialog::missingFor(QStringLiteral("YOLO"),
            QStringLiteral("<View><Image name=\"i\" value=\"$img\"/><RectangleLabels name=\"b\" toName=\"i\">"
                           "<Label value=\"car\"/></RectangleLabels></View>"))
                    .isEmpty());
        QVERIFY(ExportDialog::missingFor(QStringLiteral("JSON"), kTextConfig).isEmpty());
        QVERIFY(!ExportDialog::missingFor(QStringLiteral("CONLL2003"), kTextConfig).isEmpty());
    }

    void disabledFormatSaysWhy()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, {});
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(d.findChild<QListWidget *>()->count(), 3);
        QCOMPARE(d.selectedFormat(), QStringLiteral("JSON"));
        QVERIFY(d.destination().endsWith(
            QLatin1String("-") + QDate::currentDate().toString(Qt::ISODate) + QLatin1String(".json")));
        QVERIFY(d.selectFormat(QStringLiteral("YOLO")));
        bool saysWhy = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            saysWhy = saysWhy || l->text().contains(QLatin1String("rectanglelabels"));
        QVERIFY(saysWhy);
        QVERIFY(!button(&d, QStringLiteral("Export"))->isEnabled());
        QVERIFY(d.selectFormat(QStringLiteral("CSV")));
        QVERIFY(d.destination().endsWith(QLatin1String(".csv"))); // the default name follows the format
        QVERIFY(button(&d, QStringLiteral("Export"))->isEnabled());
    }

    void exportsWithProgressAndReplacesOnlyWhenConfirmed()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, { 11, 12 });
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        const QString target = f.dir.filePath(QStringLiteral("out.json"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[\"old\"]");
        old.close();
        d.setDestination(target);
        QStringList asked;
        d.setOverwriteConfirmer([&](const QString &path) {
            asked << path;
            return false;
        });
        d.startExport();
        QCOMPARE(asked, QStringList { target });
        QVERIFY(!d.isExporting()); // declined: nothing started
        QCOMPARE(content(target), QByteArray("[\"old\"]"));

        QByteArray body = "[";
        for (int i = 0; i < 3000; ++i)
            body += (i ? "," : "") + QByteArray(R"({"id": 1, "data": {"text": "some text"}})");
        body += "]";
        f.nam.once("GET", QStringLiteral("/api/projects/4/export"),
            ReplyScript::json(200, body).withChunks(8192, 5));
        d.setOverwriteConfirmer([](const QString &) { return true; });
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(d.isExporting());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(content(target), body);
        QVERIFY2(d.statusText().contains(QLatin1String("Exported to")), qPrintable(d.statusText()));
        QVERIFY(button(&d, QStringLiteral("Open folder"))->isVisibleTo(&d));
        // Only the selected tasks were asked for (the option is on by default with a selection).
        const RecordedRequest &req = f.nam.requests().last();
        QCOMPARE(QUrlQuery(req.url).allQueryItemValues(QStringLiteral("ids[]")),
            (QStringList { QStringLiteral("11"), QStringLiteral("12") }));
    }

    void failureSaysWhyAndRetries()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, {});
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        d.setDestination(f.dir.filePath(QStringLiteral("x.json")));
        f.nam.enqueue(
            ReplyScript::json(400, QByteArray(R"({"detail": "Export failed: the converter crashed"})")));
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(d.statusText().contains(QLatin1String("the converter crashed")), qPrintable(d.statusText()));
        QVERIFY(button(&d, QStringLiteral("Retry")));
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("x.json"))));
        f.nam.enqueue(ReplyScript::json(200, QByteArray("[]")));
        button(&d, QStringLiteral("Retry"))->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(content(f.dir.filePath(QStringLiteral("x.json"))), QByteArray("[]"));
    }

    // On an Enterprise server every export is a snapshot: create, then download (JSON needs no conversion).
    void enterpriseGoesThroughASnapshot()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, {});
        d.setUseSnapshots(true);
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        f.nam.always("POST", QStringLiteral("/api/projects/4/exports/"),
            ReplyScript::json(
                201, QByteArray(R"({"id": 12, "status": "completed", "converted_formats": []})")));
        f.nam.always("GET", QStringLiteral("/api/projects/4/exports/12/download"),
            ReplyScript::json(200, QByteArray("[{\"id\": 1}]")));
        const QString target = f.dir.filePath(QStringLiteral("snap.json"));
        d.setDestination(target);
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(content(target), QByteArray("[{\"id\": 1}]"));
        QCOMPARE(f.nam.count("GET", QStringLiteral("/api/projects/4/export")), 0); // no direct export asked
    }

    void cancelLeavesNothing()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, {});
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        const QString target = f.dir.filePath(QStringLiteral("c.json"));
        d.setDestination(target);
        f.nam.enqueue(ReplyScript::json(200, QByteArray(200000, ' ') + "[]").withChunks(1000, 20));
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QTest::qWait(100);
        d.cancelExport();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(d.statusText().contains(QLatin1String("Cancelled")));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(
            QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
