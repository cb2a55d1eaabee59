// Task import against the real Community server (ls_manage): every file type the dialog and the CLI take
// (JSON with annotations and predictions, JSON lines, CSV with quoted newlines, TSV, text lines, a URL
// list), one import cut into several requests, the dialog end to end, lsdesk-cli import, a file that does
// not parse (nothing sent), and creating and editing a single task's data. Each time the tasks the server
// holds are read back and compared with the files.
#include "../../integration/testserver.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "import/importjob.h"
#include "tasks/importdialog.h"
#include "tasks/importmodels.h"
#include "tasks/taskdatadialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::import;
using namespace lsdesk::test;

namespace {
const QString kConfig = QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"label\" "
                                       "toName=\"text\"><Choice value=\"pos\"/><Choice value=\"neg\"/>"
                                       "</Choices></View>");

QJsonArray choiceResult(const QString &value)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("label") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } } };
}
} // namespace

class TestImportServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int newProject(const QString &title)
    {
        const auto p = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"), title },
                            { QStringLiteral("label_config"), kConfig } },
                    this, cb);
        });
        if (!p.ok())
            qWarning() << p.error.message;
        return p.ok() ? p->id : 0;
    }

    // Every task of the project, in id order (pages of 100).
    QList<Task> tasks(int project)
    {
        QList<Task> all;
        for (int page = 1;; ++page) {
            TaskQuery q;
            q.project = project;
            const auto r
                = await<Page<Task>>([&](auto cb) { TasksApi(m_client.get()).listPage(q, page, this, cb); });
            if (!r.ok()) {
                qWarning() << r.error.message;
                return {};
            }
            all += r->items;
            if (r->items.isEmpty() || all.size() >= r->total)
                break;
        }
        std::sort(all.begin(), all.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
        return all;
    }

    QStringList texts(int project)
    {
        QStringList out;
        for (const Task &t : tasks(project))
            out << t.data.value(QLatin1String("text")).toString();
        return out;
    }

    ImportJob *run(int project, const QList<ImportSource> &sources, ImportOptions options = {})
    {
        auto *job = new ImportJob(m_client.get(), project, sources, options, this);
        job->start();
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 120000))
            qWarning() << "import did not finish";
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
    }

    void eachFileTypeLandsAsWritten()
    {
        const int project = newProject(QStringLiteral("import types"));
        QVERIFY(project);
        // JSON: a full task with an annotation and a prediction, and a flat one (all data).
        const QJsonArray json {
            QJsonObject {
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), QStringLiteral("j1") } } },
                { QStringLiteral("annotations"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("result"), choiceResult(QStringLiteral("pos")) } } } },
                { QStringLiteral("predictions"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("result"), choiceResult(QStringLiteral("neg")) },
                            { QStringLiteral("model_version"), QStringLiteral("m1") } } } } },
            QJsonObject { { QStringLiteral("text"), QStringLiteral("j2 ] } \"quoted\"") },
                { QStringLiteral("extra"), 5 } },
        };
        const QList<ImportSource> sources {
            scanFile(write(QStringLiteral("t.json"), QJsonDocument(json).toJson())),
            scanFile(
                write(QStringLiteral("t.jsonl"), "{\"text\": \"l1\"}\n\n{\"data\": {\"text\": \"l2\"}}\n")),
            scanFile(write(QStringLiteral("t.csv"), "text,score\n\"c1 line\nand \"\"more\"\"\",1\nc2,2\n")),
            scanFile(write(QStringLiteral("t.tsv"), "text\tscore\nt1\t3\n")),
            scanFile(write(QStringLiteral("t.txt"), "x1\nx2\n")),
            urlTasksSource({ QStringLiteral("https://example.com/u1.txt") }),
        };
        for (const ImportSource &s : sources)
            QVERIFY2(s.ok(), qPrintable(s.error));
        ImportJob *job = run(project, sources);
        QVERIFY2(job->error().ok(), qPrintable(job->error().message));
        QCOMPARE(job->result().tasks, 10);
        QCOMPARE(job->result().annotations, 1);
        QCOMPARE(job->result().predictions, 1);
        // Keyed files share a request; text lines and URL tasks (under "$undefined$") cannot join them.
        QCOMPARE(job->result().requests, 2);
        QStringList got = texts(project);
        QStringList expected { QStringLiteral("j1"), QStringLiteral("j2 ] } \"quoted\""),
            QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("c1 line\nand \"more\""),
            QStringLiteral("c2"), QStringLiteral("t1"), QStringLiteral("x1"), QStringLiteral("x2"),
            QStringLiteral("https://example.com/u1.txt") };
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        // What the server holds beyond the text: the flat task's other key, CSV numbers, the annotation.
        for (const Task &t : tasks(project)) {
            const QString text = t.data.value(QLatin1String("text")).toString();
            if (text.startsWith(QLatin1String("j2")))
                QCOMPARE(t.data.value(QLatin1String("extra")).toInt(), 5);
            if (text == QLatin1String("c2"))
                QCOMPARE(t.data.value(QLatin1String("score")).toVariant().toInt(), 2);
            if (text == QLatin1String("j1")) {
                QCOMPARE(t.totalAnnotations, 1);
                QCOMPARE(t.totalPredictions, 1);
            }
        }
    }

    void largeFileIsSplitAndArrivesWhole()
    {
        const int project = newProject(QStringLiteral("import split"));
        QVERIFY(project);
        QByteArray json = "[";
        for (int i = 0; i < 250; ++i)
            json += (i ? ",\n" : "") + QByteArray("{\"text\": \"task ")
                + QByteArray::number(i).rightJustified(3, '0') + "\", \"pad\": \"" + QByteArray(200, 'x')
                + "\"}";
        json += "]";
        QByteArray csv = "text\n";
        for (int i = 0; i < 120; ++i)
            csv += "\"row " + QByteArray::number(i).rightJustified(3, '0') + ",\nsecond line\"\n";
        ImportOptions options;
        options.limits.maxRequestBytes = 16 * 1024; // ~70 JSON tasks per request
        options.returnTaskIds = true;
        const QList<ImportSource> sources { scanFile(write(QStringLiteral("big.json"), json)),
            scanFile(write(QStringLiteral("big.csv"), csv)) };
        // 57 KB of JSON in requests of 16 KB, then the CSV (a continuation takes no other file).
        const int planned = int(planBatches(sources, options.limits).size());
        QVERIFY2(planned >= 5, qPrintable(QString::number(planned)));
        ImportJob *job = run(project, sources, options);
        QVERIFY2(job->error().ok(), qPrintable(job->error().message));
        QCOMPARE(job->result().tasks, 370);
        QCOMPARE(job->result().requests, planned);
        QCOMPARE(job->result().taskIds.size(), 370);
        const QStringList got = texts(project);
        QCOMPARE(got.size(), 370);
        // Every task once, in file order (ids grow with each request).
        QCOMPARE(got.first(), QStringLiteral("task 000"));
        QCOMPARE(got.at(249), QStringLiteral("task 249"));
        QCOMPARE(got.at(250), QStringLiteral("row 000,\nsecond line"));
        QCOMPARE(got.last(), QStringLiteral("row 119,\nsecond line"));
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), 370);
    }

    void serverErrorIsVerbatimAndNothingAfterIt()
    {
        const int project = newProject(QStringLiteral("import error"));
        QVERIFY(project);
        // The server refuses a task whose annotations are not a list (a "data" that is not an object is
        // caught before anything is sent: see tst_import).
        ImportOptions options;
        options.limits.maxTasksPerRequest = 1;
        ImportJob *job = run(project,
            { scanFile(write(QStringLiteral("e.json"),
                "[{\"text\": \"ok\"}, {\"data\": {\"text\": \"bad\"}, \"annotations\": 5}, {\"text\": "
                "\"never\"}]")) },
            options);
        QVERIFY(!job->error().ok());
        QVERIFY2(job->error().message.contains(QStringLiteral("request 2 of 3")),
            qPrintable(job->error().message));
        QCOMPARE(job->result().tasks, 1);
        QCOMPARE(texts(project), QStringList { QStringLiteral("ok") });
    }

    void dialogImportsFiles()
    {
        const int project = newProject(QStringLiteral("import dialog"));
        QVERIFY(project);
        ImportDialog dialog(m_client.get(), project);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isConfigLoaded(); }, 60000));
        dialog.addFiles({ write(QStringLiteral("d.csv"), "text,other\nd1,a\nd2,b\n"),
            write(QStringLiteral("bad.json"), "[{\"text\": }]") });
        QVERIFY(QTest::qWaitFor([&] { return !dialog.sourcesModel()->isScanning(); }, 30000));
        QVERIFY(dialog.sourcesModel()->hasErrors());
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.sourcesView()->selectRow(1);
        QPushButton *remove = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Remove"))
                remove = b;
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.sourcesModel()->rowCount(), 1);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY2(dialog.keyCheckText().contains(QStringLiteral("Every variable is provided")),
            qPrintable(dialog.keyCheckText()));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 120000));
        QCOMPARE(imported.first().first().toInt(), 2);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Imported 2 task(s)")),
            qPrintable(dialog.statusText()));
        QVERIFY(!dialog.importButton()->isEnabled()); // a second press would duplicate the tasks
        QCOMPARE(texts(project), (QStringList { QStringLiteral("d1"), QStringLiteral("d2") }));
    }

    void predictionsFromColumns()
    {
        // A CSV column named after the config's control becomes a prediction (preannotated_from_fields).
        const int project = newProject(QStringLiteral("import predictions"));
        QVERIFY(project);
        ImportDialog dialog(m_client.get(), project);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isConfigLoaded(); }, 60000));
        dialog.addFiles({ write(QStringLiteral("p.csv"), "text,label\nhello,pos\nbye,neg\n") });
        QVERIFY(QTest::qWaitFor([&] { return !dialog.sourcesModel()->isScanning(); }, 30000));
        dialog.predictionColumnsEdit()->setText(QStringLiteral(" label "));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 120000));
        QVERIFY2(
            dialog.statusText().contains(QStringLiteral("2 prediction(s)")), qPrintable(dialog.statusText()));
        const QList<Task> all = tasks(project);
        QCOMPARE(all.size(), 2);
        for (const Task &t : all)
            QCOMPARE(t.totalPredictions, 1);
    }

    void cliImports()
    {
        const int project = newProject(QStringLiteral("import cli"));
        QVERIFY(project);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        const auto cli = [&](const QStringList &args, QByteArray *out, QByteArray *err) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("LSDESK_CLI"), args);
            p.waitForFinished(120000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        // A file that does not parse: nothing is sent, exit 6.
        const QString bad = write(QStringLiteral("cli-bad.jsonl"), "{\"text\": \"a\"}\n{oops}\n");
        const QString good = write(QStringLiteral("cli.tsv"), "text\nk1\nk2\nk3\nk4\nk5\n");
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--project"), QString::number(project), good,
                         bad },
                     &out, &err),
            6);
        QVERIFY2(err.contains("cli-bad.jsonl: line 2"), err.constData());
        QCOMPARE(texts(project).size(), 0);
        // Missing variables with --require-keys: exit 1, nothing sent.
        const QString wrongKeys = write(QStringLiteral("cli-keys.csv"), "body\nz\n");
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--project"), QString::number(project),
                         wrongKeys, QStringLiteral("--require-keys") },
                     &out, &err),
            1);
        QVERIFY2(err.contains("no data for text"), err.constData());
        QCOMPARE(texts(project).size(), 0);
        // Five tasks, two per request.
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--project"), QString::number(project), good,
                         QStringLiteral("--max-tasks"), QStringLiteral("2"), QStringLiteral("--json") },
                     &out, &err),
            0);
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QLatin1String("task_count")).toInt(), 5);
        QCOMPARE(result.value(QLatin1String("requests")).toInt(), 3);
        QCOMPARE(texts(project),
            (QStringList { QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3"),
                QStringLiteral("k4"), QStringLiteral("k5") }));
        // Usage errors.
        QCOMPARE(cli({ QStringLiteral("import"), good }, &out, &err), 2);
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--project"), QString::number(project) },
                     &out, &err),
            2);
    }

    void createAndEditOneTask()
    {
        const int project = newProject(QStringLiteral("task data"));
        QVERIFY(project);
        int id = 0;
        {
            TaskDataDialog dialog(m_client.get(), project, 0);
            QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 60000));
            QVERIFY(dialog.editorFor(QStringLiteral("text")));
            dialog.editorFor(QStringLiteral("text"))->setPlainText(QStringLiteral("hello"));
            // Invalid JSON in "other data": nothing is sent, the edits stay.
            dialog.otherDataEditor()->setPlainText(QStringLiteral("{\"meta_key\": "));
            dialog.save();
            QVERIFY(dialog.errorText().contains(QStringLiteral("not valid JSON")));
            QCOMPARE(texts(project).size(), 0);
            dialog.otherDataEditor()->setPlainText(QStringLiteral("{\"source\": \"desk\"}"));
            connect(&dialog, &TaskDataDialog::saved, this, [&id](const Task &t) { id = t.id; });
            dialog.save();
            QVERIFY(QTest::qWaitFor([&] { return id > 0; }, 60000));
        }
        QVERIFY(id > 0);
        QList<Task> all = tasks(project);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().data.value(QLatin1String("text")).toString(), QStringLiteral("hello"));
        QCOMPARE(all.first().data.value(QLatin1String("source")).toString(), QStringLiteral("desk"));
        {
            TaskDataDialog dialog(m_client.get(), project, id);
            QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 60000));
            QCOMPARE(dialog.editorFor(QStringLiteral("text"))->toPlainText(), QStringLiteral("hello"));
            QVERIFY(dialog.otherDataEditor()->toPlainText().contains(QStringLiteral("desk")));
            dialog.editorFor(QStringLiteral("text"))->setPlainText(QStringLiteral("hello again"));
            bool saved = false;
            connect(&dialog, &TaskDataDialog::saved, this, [&saved] { saved = true; });
            dialog.save();
            QVERIFY(QTest::qWaitFor([&] { return saved; }, 60000));
        }
        all = tasks(project);
        QCOMPARE(all.first().data.value(QLatin1String("text")).toString(), QStringLiteral("hello again"));
        QCOMPARE(all.first().data.value(QLatin1String("source")).toString(), QStringLiteral("desk"));
    }
};

QTEST_MAIN(TestImportServer)
#include "tst_import_server.moc"
