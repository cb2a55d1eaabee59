// The export dialog on the fake network: formats with the reason a disabled one is disabled, the default
// file name, the overwrite question, progress to a finished file, a failure with Retry, and Cancel; the
// snapshot options and the exact create body they make, batches with their progress; and the launcher
// that opens the dialog for the panes' requests.

#include "api/client.h"
#include "export/exportdialog.h"
#include "export/exportlauncher.h"
#include "export/exportoptions.h"
#include "fakenam.h"
#include "projects/projectspane.h"
#include "tasks/taskspane.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    return fileContent(path);
}

template <class W = QPushButton> W *button(QWidget *w, const QString &text)
{
    for (W *b : w->findChildren<W *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

QComboBox *combo(QWidget *w, const QString &accessibleName)
{
    for (QComboBox *c : w->findChildren<QComboBox *>()) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}

// Runs one snapshot export from `d` and returns the create body it sent.
QJsonObject snapshotBody(Fixture &f, ExportDialog &d, const QString &target)
{
    f.nam.always("POST", QStringLiteral("/api/projects/4/exports/"),
        ReplyScript::json(201, QByteArray(R"({"id": 12, "status": "completed", "converted_formats": []})")));
    f.nam.always("GET", QStringLiteral("/api/projects/4/exports/12/download"),
        ReplyScript::json(200, QByteArray("[]")));
    d.setDestination(target);
    QSignalSpy finished(&d, &ExportDialog::exportFinished);
    d.startExport();
    if (!finished.wait(5000) || !finished.first().first().toBool())
        return {};
    for (const RecordedRequest &r : f.nam.requests()) {
        if (r.verb == "POST" && r.url.path() == QLatin1String("/api/projects/4/exports/")) {
            QJsonObject body = QJsonDocument::fromJson(r.body).object();
            body.remove(QStringLiteral("title"));
            return body;
        }
    }
    return {};
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

    // Community: the direct export by default; "Export through a snapshot" shows the snapshot options,
    // and what is chosen there is exactly what the create request carries.
    void snapshotOptionsMakeTheCreateBody()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, { 11, 12 });
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        ExportOptions *o = d.options();
        QVERIFY(o->throughSnapshot()->isVisibleTo(&d));
        QVERIFY(!o->snapshotGroup()->isVisibleTo(&d));
        QCOMPARE(o->path(), ExportOptions::Path::Direct);
        QCheckBox *onlySelected = button<QCheckBox>(&d, QStringLiteral("Only the 2 selected task(s)"));
        QVERIFY(onlySelected && onlySelected->isEnabled() && onlySelected->isChecked());

        o->throughSnapshot()->setChecked(true);
        QVERIFY(o->snapshotGroup()->isVisibleTo(&d));
        QCOMPARE(o->path(), ExportOptions::Path::Snapshot);
        QVERIFY(!onlySelected->isEnabled()); // a snapshot is of the whole project
        QVERIFY(!o->batches()->isEnabled());
        // The server's defaults, spelt out: every annotation, as in the direct export.
        QCOMPARE(snapshotBody(f, d, f.dir.filePath(QStringLiteral("a.json"))),
            QJsonDocument::fromJson(
                R"({"annotation_filter_options":{"ground_truth":true,"skipped":true,"usual":true},
                "serialization_options":{"annotations__completed_by":{"only_id":true},"drafts":{"only_id":true},
                "include_annotation_history":false,"predictions":{"only_id":true}},
                "task_filter_options":{"only_with_annotations":true}})")
                .object());

        for (const char *text : { "Only ground-truth annotations", "Include drafts", "Include predictions",
                 "Include annotation history", "Interpolate video key frames" })
            button<QCheckBox>(o->snapshotGroup(), QString::fromUtf8(text))->setChecked(true);
        QCheckBox *skipped
            = button<QCheckBox>(o->snapshotGroup(), QStringLiteral("Include skipped annotations"));
        QVERIFY(skipped->isChecked()); // like the direct export
        skipped->setChecked(false);
        combo(o->snapshotGroup(), QStringLiteral("Finished tasks"))->setCurrentIndex(1); // only
        combo(o->snapshotGroup(), QStringLiteral("Tasks with skipped annotations"))->setCurrentIndex(2);
        button<QRadioButton>(&d, QStringLiteral("All tasks"))->setChecked(true);
        f.nam.clearRecords();
        QCOMPARE(snapshotBody(f, d, f.dir.filePath(QStringLiteral("b.json"))),
            QJsonDocument::fromJson(
                R"({"annotation_filter_options":{"ground_truth":true,"skipped":false,"usual":false},
                "serialization_options":{"annotations__completed_by":{"only_id":true},"drafts":{"only_id":false},
                "include_annotation_history":true,"interpolate_key_frames":true,"predictions":{"only_id":false}},
                "task_filter_options":{"finished":"only","only_with_annotations":false,"skipped":"exclude"}})")
                .object());
        // Back to the direct export: no snapshot options there, and the selection applies again.
        o->throughSnapshot()->setChecked(false);
        QVERIFY(!o->snapshotGroup()->isVisibleTo(&d));
        QVERIFY(onlySelected->isEnabled());
        ExportRequest r;
        o->apply(&r);
        QVERIFY(r.snapshot == SnapshotOptions {});
        QVERIFY(r.allTasks);
    }

    // Enterprise: snapshots only, so no choice is offered and the options are always there. Saves a
    // screenshot when LSDESK_EXPORT_SCREENSHOT names a file.
    void enterpriseAlwaysShowsTheSnapshotOptions()
    {
        Fixture f;
        ExportDialog d(&f.client, f.project, {});
        d.setUseSnapshots(true);
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.options()->throughSnapshot()->isVisible());
        QVERIFY(d.options()->snapshotGroup()->isVisible());
        QVERIFY(!d.options()->batches()->isEnabled());
        // Every option is reachable with the keyboard.
        for (QWidget *w : d.options()->snapshotGroup()->findChildren<QWidget *>()) {
            if (qobject_cast<QCheckBox *>(w) || qobject_cast<QComboBox *>(w))
                QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
        }
        const QPixmap shot = d.grab();
        QVERIFY(!shot.isNull());
        if (const QString path = qEnvironmentVariable("LSDESK_EXPORT_SCREENSHOT"); !path.isEmpty())
            QVERIFY(shot.save(path));
    }

    // Batches of the selected tasks: one ids[] request per batch, "batch n of m", one joined file.
    void batchesWithProgress()
    {
        Fixture f;
        QList<int> ids;
        for (int i = 1; i <= 25; ++i)
            ids << 100 + i;
        ExportDialog d(&f.client, f.project, ids);
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        ExportOptions *o = d.options();
        QVERIFY(o->batches()->isEnabled()); // JSON
        QVERIFY(!o->batchSizeBox()->isEnabled());
        o->batches()->setChecked(true);
        QVERIFY(o->batchSizeBox()->isEnabled());
        o->batchSizeBox()->setValue(10);
        QCOMPARE(o->path(), ExportOptions::Path::Batched);
        f.nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.url.path() != QLatin1String("/api/projects/4/export"))
                return std::nullopt;
            QByteArray body = "[";
            for (const QString &id : QUrlQuery(r.url).allQueryItemValues(QStringLiteral("ids[]")))
                body += (body.size() > 1 ? "," : "") + QByteArray(R"({"id":)") + id.toLatin1() + '}';
            return ReplyScript::json(200, body + ']').withDelay(20);
        });
        QStringList statuses;
        connect(&d, &ExportDialog::exportFinished, this, [] {});
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (statuses.isEmpty() || statuses.last() != d.statusText())
                statuses << d.statusText();
        });
        poll.start(1);
        const QString target = f.dir.filePath(QStringLiteral("batched.json"));
        d.setDestination(target);
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(finished.wait(5000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(d.statusText()));
        QVERIFY2(
            statuses.contains(QStringLiteral("Downloaded batch 1 of 3")), qPrintable(statuses.join(u'|')));
        QVERIFY(statuses.contains(QStringLiteral("Downloaded batch 2 of 3")));
        QCOMPARE(f.nam.count("GET", QStringLiteral("/api/projects/4/export")), 3);
        const QJsonArray merged = QJsonDocument::fromJson(content(target)).array();
        QCOMPARE(merged.size(), 25);
        QCOMPARE(merged.first().toObject().value(QLatin1String("id")).toInt(), 101);
        QCOMPARE(merged.last().toObject().value(QLatin1String("id")).toInt(), 125);

        // Not for the converter's formats, nor with a snapshot.
        QVERIFY(d.selectFormat(QStringLiteral("YOLO")));
        QVERIFY(!o->batches()->isEnabled());
        QCOMPARE(o->path(), ExportOptions::Path::Direct);
        QVERIFY(d.selectFormat(QStringLiteral("CSV")));
        QVERIFY(o->batches()->isEnabled());
        o->throughSnapshot()->setChecked(true);
        QVERIFY(!o->batches()->isEnabled());
    }

    // A project from the list comes without its label config: the dialog fetches it for the reasons.
    void fetchesTheLabelConfigWhenMissing()
    {
        Fixture f;
        Project bare;
        bare.id = 4;
        bare.title = f.project.title;
        QJsonObject full { { QStringLiteral("id"), 4 }, { QStringLiteral("title"), f.project.title },
            { QStringLiteral("label_config"), kTextConfig } };
        f.nam.always("GET", QStringLiteral("/api/projects/4/"), ReplyScript::json(200, full));
        ExportDialog d(&f.client, bare, {});
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        QVERIFY(d.selectFormat(QStringLiteral("YOLO")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel *l : d.findChildren<QLabel *>()) {
                    if (l->text().contains(QLatin1String("rectanglelabels")))
                        return true;
                }
                return false;
            }(),
            5000);
    }

    // The panes ask, the launcher opens: the projects pane's project; the tasks pane's project with
    // "only the selected tasks" checked; Enterprise makes every dialog a snapshot one.
    void launcherOpensTheDialogThePanesAskFor()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/projects/4/"),
            ReplyScript::json(200,
                QJsonObject { { QStringLiteral("id"), 4 },
                    { QStringLiteral("title"), QStringLiteral("Four") },
                    { QStringLiteral("label_config"), kTextConfig } }));
        f.nam.always("GET", QStringLiteral("/api/dm/columns/"),
            ReplyScript::json(200, QByteArray(R"({"columns": []})")));
        f.nam.always("GET", QStringLiteral("/api/dm/views/"), ReplyScript::json(200, QByteArray("[]")));
        f.nam.always("GET", QStringLiteral("/api/tasks/"),
            ReplyScript::json(200, QByteArray(R"({"total": 0, "tasks": []})")));
        QWidget window;
        ExportLauncher launcher(&window, nullptr);
        QSignalSpy errors(&launcher, &ExportLauncher::errorOccurred);
        launcher.exportFromMenu();
        QCOMPARE(errors.size(), 1); // nothing connected, nothing chosen: said, not silently ignored

        ProjectsPane projects(nullptr);
        TasksPane tasks(&f.client);
        launcher.attach(&f.client, true, &projects, &tasks);
        Q_EMIT projects.exportRequested(f.project);
        auto dialogs = window.findChildren<ExportDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->windowTitle(), QStringLiteral("Export “Reviews: batch/2”"));
        QCOMPARE(dialogs.first()->options()->path(), ExportOptions::Path::Snapshot);

        launcher.attach(&f.client, false, &projects, &tasks);
        tasks.setProject(4);
        launcher.setOpenProject(4, QStringLiteral("Four"));
        Q_EMIT tasks.exportSelectedRequested({ 7, 8, 9 });
        QTRY_COMPARE(window.findChildren<ExportDialog *>().size(), 2);
        ExportDialog *fromTasks = nullptr;
        for (ExportDialog *d : window.findChildren<ExportDialog *>()) {
            if (d != dialogs.first())
                fromTasks = d;
        }
        QCOMPARE(fromTasks->windowTitle(), QStringLiteral("Export “Four”"));
        QVERIFY(fromTasks->options()->onlySelected());
        QVERIFY(button<QCheckBox>(fromTasks, QStringLiteral("Only the 3 selected task(s)"))->isChecked());
        QCOMPARE(fromTasks->options()->path(), ExportOptions::Path::Direct);

        // A new connection: the old dialogs go (their client is about to).
        launcher.closeDialogs();
        QCOMPARE(window.findChildren<ExportDialog *>().size(), 0);
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
