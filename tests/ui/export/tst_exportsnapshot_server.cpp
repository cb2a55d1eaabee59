// Snapshot options against the real Community server (ls_main): the export dialog, with "Export through a
// snapshot" and Include drafts / Include predictions checked, sends a create body the server accepts; the
// file lands, and in it drafts and predictions are whole objects - where a snapshot without those options
// has only their ids. lsdesk-cli's snapshot flags do the same, and are refused without --snapshot.
#include "../../integration/testserver.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "export/exportdialog.h"
#include "export/exportoptions.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
QJsonArray choice(const QString &value)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } } };
}

QJsonArray readTasks(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).array() : QJsonArray();
}

QJsonObject taskWithId(const QJsonArray &tasks, int id)
{
    for (const QJsonValue &t : tasks) {
        if (t.toObject().value(QLatin1String("id")).toInt() == id)
            return t.toObject();
    }
    return {};
}

QCheckBox *checkBox(QWidget *in, const QString &text)
{
    for (QCheckBox *b : in->findChildren<QCheckBox *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestExportSnapshotServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;
    Project m_project;
    QList<int> m_taskIds;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
        const QJsonObject fields { { QStringLiteral("title"), QStringLiteral("Snapshot options test") },
            { QStringLiteral("label_config"),
                QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"sentiment\" "
                               "toName=\"text\"><Choice value=\"Positive\"/><Choice value=\"Negative\"/>"
                               "</Choices></View>") } };
        const auto project
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).create(fields, this, cb); });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = *project;
        // One annotated task with a prediction, one with a prediction only (it gets a draft below).
        const QJsonArray tasks {
            QJsonObject { { QStringLiteral("data"),
                              QJsonObject { { QStringLiteral("text"), QStringLiteral("good") } } },
                { QStringLiteral("annotations"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Positive")) } } } },
                { QStringLiteral("predictions"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Positive")) },
                            { QStringLiteral("model_version"), QStringLiteral("m1") } } } } },
            QJsonObject {
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), QStringLiteral("bad") } } },
                { QStringLiteral("predictions"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Negative")) },
                            { QStringLiteral("model_version"), QStringLiteral("m1") } } } } },
        };
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_project.id, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        m_taskIds = imported->taskIds;
        QCOMPARE(m_taskIds.size(), 2);
        RequestSpec draft;
        draft.verb = QByteArrayLiteral("POST");
        draft.path = QStringLiteral("api/tasks/%1/drafts").arg(m_taskIds.at(1));
        draft.body
            = QJsonDocument(QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Negative")) },
                                { QStringLiteral("lead_time"), 1.5 } })
                  .toJson(QJsonDocument::Compact);
        const auto drafted
            = await<Empty>([&](auto cb) { return m_client->call<Empty>(draft, this, cb, parseEmpty); });
        QVERIFY2(drafted.ok(), qPrintable(drafted.error.message));
    }

    void cleanupTestCase()
    {
        if (m_client && m_project.id > 0)
            await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(m_project.id, this, cb); });
    }

    void dialogSnapshotWithDraftsAndPredictions()
    {
        ExportDialog d(m_client.get(), m_project, {});
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(60000));
        QVERIFY(!d.options()->snapshotGroup()->isVisibleTo(&d)); // Community: direct by default
        d.options()->throughSnapshot()->setChecked(true);
        QVERIFY(d.options()->snapshotGroup()->isVisibleTo(&d));
        QVERIFY(!d.options()->batches()->isEnabled());
        checkBox(&d, QStringLiteral("Include drafts"))->setChecked(true);
        checkBox(&d, QStringLiteral("Include predictions"))->setChecked(true);
        for (QRadioButton *r : d.findChildren<QRadioButton *>()) {
            if (r->text().remove(QLatin1Char('&')) == QLatin1String("All tasks"))
                r->setChecked(true);
        }
        const QString target = m_dir.filePath(QStringLiteral("full.json"));
        d.setDestination(target);
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(d.statusText()));

        const QJsonArray tasks = readTasks(target);
        QCOMPARE(tasks.size(), 2);
        const QJsonObject annotated = taskWithId(tasks, m_taskIds.at(0));
        const QJsonObject drafted = taskWithId(tasks, m_taskIds.at(1));
        QVERIFY(annotated.value(QLatin1String("predictions")).toArray().first().isObject());
        QCOMPARE(annotated.value(QLatin1String("predictions"))[0][QLatin1String("model_version")].toString(),
            QStringLiteral("m1"));
        QVERIFY(drafted.value(QLatin1String("drafts")).toArray().first().isObject());
        QVERIFY(drafted.value(QLatin1String("drafts"))[0][QLatin1String("result")].isArray());

        // The snapshot is on the server, completed (the create body was accepted).
        const auto listed = await<QList<ExportSnapshot>>(
            [&](auto cb) { SnapshotExportJob::list(m_client.get(), m_project.id, this, cb); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY(!listed->isEmpty());
        QCOMPARE(listed->first().status, QStringLiteral("completed"));
    }

    // The control: without the options the server writes ids, so the options above are what changed it.
    void withoutOptionsOnlyIds()
    {
        ExportRequest r;
        r.project = m_project.id;
        r.allTasks = true;
        r.target = m_dir.filePath(QStringLiteral("ids.json"));
        SnapshotExportJob job(m_client.get(), r);
        QSignalSpy done(&job, &SnapshotExportJob::finished);
        job.start();
        QVERIFY(done.wait(120000));
        const ApiError e = done.first().first().value<ApiError>();
        QVERIFY2(e.ok(), qPrintable(e.message));
        const QJsonArray tasks = readTasks(r.target);
        QCOMPARE(tasks.size(), 2);
        QVERIFY(taskWithId(tasks, m_taskIds.at(0)).value(QLatin1String("predictions"))[0].isDouble());
        QVERIFY(taskWithId(tasks, m_taskIds.at(1)).value(QLatin1String("drafts"))[0].isDouble());
    }

    void cliSnapshotFlags()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        const auto run = [&](const QStringList &extra, const QString &file) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(qEnvironmentVariable("LSDESK_CLI"),
                QStringList { QStringLiteral("export"), QStringLiteral("--project"),
                    QString::number(m_project.id), QStringLiteral("--format"), QStringLiteral("JSON"),
                    QStringLiteral("--all-tasks"), QStringLiteral("-o"), m_dir.filePath(file) }
                    + extra);
            p->waitForFinished(120000);
            return p;
        };
        const auto ok = run({ QStringLiteral("--snapshot"), QStringLiteral("--with-predictions") },
            QStringLiteral("cli.json"));
        QVERIFY2(ok->exitCode() == 0, ok->readAllStandardError().constData());
        const QJsonArray tasks = readTasks(m_dir.filePath(QStringLiteral("cli.json")));
        QCOMPARE(tasks.size(), 2);
        QVERIFY(taskWithId(tasks, m_taskIds.at(0)).value(QLatin1String("predictions"))[0].isObject());
        QVERIFY(taskWithId(tasks, m_taskIds.at(1)).value(QLatin1String("drafts"))[0].isDouble()); // not asked

        // A Community server exports directly unless told otherwise: a snapshot flag alone is a usage error.
        const auto refused = run({ QStringLiteral("--with-drafts") }, QStringLiteral("refused.json"));
        QCOMPARE(refused->exitCode(), 2);
        QVERIFY(QString::fromUtf8(refused->readAllStandardError()).contains(QLatin1String("add --snapshot")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.json"))));
    }
};

QTEST_MAIN(TestExportSnapshotServer)
#include "tst_exportsnapshot_server.moc"
