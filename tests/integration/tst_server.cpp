// The client core and lsdesk-cli against a real Label Studio server (started by the CTest fixture).
// The same binary runs three times: with a personal access token, with a legacy token, and with a PAT
// through nginx under the /ls/ path prefix (LSDESK_AUTH, LSDESK_VIA_PREFIX).

#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/session.h"
#include "api/tasksapi.h"
#include "api/taskstream.h"
#include "testserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <sys/types.h>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kConfig
    = QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"sentiment\" toName=\"text\">"
                     "<Choice value=\"yes\"/><Choice value=\"no\"/></Choices></View>");

QJsonArray choiceResult(const QString &choice)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { choice } } } } } };
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_url;
    QString m_key;
    QString m_mode;
    std::unique_ptr<Client> m_client;
    int m_projectId = 0;
    QList<int> m_taskIds;

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_config; // QSettings of the CLI runs: profiles must not touch the real config

    CliRun cli(const QStringList &args, const QByteArray &stdinData = {}, bool keyInEnv = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_url);
        if (keyInEnv)
            env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_key);
        else
            env.remove(QStringLiteral("LABEL_STUDIO_API_KEY"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LSDESK_CLI"), args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        CliRun r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_mode = qEnvironmentVariable("LSDESK_AUTH", QStringLiteral("pat"));
        m_key = m_mode == QLatin1String("legacy") ? m_server.legacyToken : m_server.pat;
        m_url = m_server.url;
        if (qEnvironmentVariableIntValue("LSDESK_VIA_PREFIX")) {
            QVERIFY2(!m_server.prefixUrl.isEmpty(), "the fixture started no prefix proxy");
            m_url = m_server.prefixUrl;
        }
        const ApiKey key = ApiKey::classify(m_key);
        QCOMPARE(key.kind(),
            m_mode == QLatin1String("legacy") ? ApiKey::Kind::Legacy : ApiKey::Kind::PersonalAccessToken);
        m_client = std::make_unique<Client>(ServerUrl::parse(m_url), key);
    }

    void connectReportsVersionAndUser()
    {
        const auto info
            = await<ServerInfo>([&](auto cb) { SessionApi(m_client.get()).connectToServer(this, cb); });
        QVERIFY2(info.ok(), qPrintable(info.error.message));
        QCOMPARE(info->version.release, QStringLiteral("1.23.2"));
        QCOMPARE(info->version.edition, QStringLiteral("Community"));
        QVERIFY(!info->version.isEnterprise());
        QCOMPARE(info->user.email, m_server.username);
        QVERIFY(info->user.id > 0);
        if (m_mode == QLatin1String("pat"))
            QCOMPARE(m_client->tokens()->refreshCount(), 1); // exchanged once, then reused
    }

    void createProjectAndImport()
    {
        const QString title
            = QStringLiteral("it-%1-%2").arg(m_mode, QUuid::createUuid().toString(QUuid::Id128).left(8));
        const auto project = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create({ { QStringLiteral("title"), title }, { QStringLiteral("label_config"), kConfig } },
                    this, cb);
        });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        QCOMPARE(project->title, title);
        QVERIFY(project->labelConfig.contains(QLatin1String("sentiment")));
        m_projectId = project->id;

        QJsonArray tasks;
        for (int i = 0; i < 1000; ++i)
            tasks.append(QJsonObject { { QStringLiteral("data"),
                QJsonObject { { QStringLiteral("text"), QStringLiteral("task number %1 ✓").arg(i) },
                    { QStringLiteral("n"), i } } } });
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_projectId, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported->taskCount, 1000);
        QCOMPARE(imported->taskIds.size(), 1000);
        m_taskIds = imported->taskIds;
        std::sort(m_taskIds.begin(), m_taskIds.end());

        const auto got
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_projectId, this, cb); });
        QVERIFY2(got.ok(), qPrintable(got.error.message));
        QCOMPARE(got->taskNumber, 1000);
    }

    void listTasksInPages()
    {
        QVERIFY(m_projectId > 0);
        TaskQuery q;
        q.project = m_projectId;
        q.pageSize = 100;
        const auto first
            = await<Page<Task>>([&](auto cb) { TasksApi(m_client.get()).listPage(q, 1, this, cb); });
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first->total, 1000);
        QCOMPARE(first->pageCount(), 10);
        QCOMPARE(first->items.size(), 100);

        TaskStream stream(m_client.get(), q, 3);
        QList<int> ids;
        QSet<QString> texts;
        connect(&stream, &TaskStream::pageReady, this, [&](const QList<Task> &tasks) {
            for (const Task &t : tasks) {
                ids << t.id;
                texts << t.data.value(QLatin1String("text")).toString();
            }
        });
        QSignalSpy done(&stream, &TaskStream::finished);
        stream.start();
        QVERIFY(done.wait(120000));
        const auto error = done.first().first().value<ApiError>();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(ids, m_taskIds); // every task once, in order
        QVERIFY(texts.contains(QStringLiteral("task number 999 ✓")));
    }

    void listWithQueryAndTaskOnly()
    {
        TaskQuery q;
        q.project = m_projectId;
        q.fields = TaskQuery::Fields::TaskOnly;
        q.query
            = QJsonObject { { QStringLiteral("filters"),
                                QJsonObject { { QStringLiteral("conjunction"), QStringLiteral("and") },
                                    { QStringLiteral("items"),
                                        QJsonArray { QJsonObject {
                                            { QStringLiteral("filter"), QStringLiteral("filter:tasks:id") },
                                            { QStringLiteral("operator"), QStringLiteral("less_or_equal") },
                                            { QStringLiteral("type"), QStringLiteral("Number") },
                                            { QStringLiteral("value"), m_taskIds.value(9) } } } } } },
                  { QStringLiteral("ordering"), QJsonArray { QStringLiteral("-tasks:id") } } };
        const auto page
            = await<Page<Task>>([&](auto cb) { TasksApi(m_client.get()).listPage(q, 1, this, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page->total, 10);
        QCOMPARE(page->items.size(), 10);
        QCOMPARE(page->items.first().id, m_taskIds.value(9)); // ordering honoured: descending
        QVERIFY(!page->items.first().raw.contains(QLatin1String("annotations")));
    }

    void annotationsLifecycle()
    {
        const int taskId = m_taskIds.value(0);
        AnnotationsApi api(m_client.get());
        const auto created = await<Annotation>([&](auto cb) {
            api.create(taskId,
                { { QStringLiteral("result"), choiceResult(QStringLiteral("yes")) },
                    { QStringLiteral("lead_time"), 1.5 } },
                this, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created->task, taskId);
        QCOMPARE(created->result.first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toObject()
                     .value(QLatin1String("choices"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("yes"));

        const auto updated = await<Annotation>([&](auto cb) {
            api.update(
                created->id, { { QStringLiteral("result"), choiceResult(QStringLiteral("no")) } }, this, cb);
        });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        const auto fetched = await<Annotation>([&](auto cb) { api.get(created->id, this, cb); });
        QVERIFY2(fetched.ok(), qPrintable(fetched.error.message));
        QCOMPARE(fetched->result.first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toObject()
                     .value(QLatin1String("choices"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("no"));

        const auto listed = await<QList<Annotation>>([&](auto cb) { api.list(taskId, this, cb); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed->size(), 1);

        // fields=all brings annotations with the task
        const auto task = await<Task>([&](auto cb) { TasksApi(m_client.get()).get(taskId, this, cb); });
        QVERIFY2(task.ok(), qPrintable(task.error.message));
        QCOMPARE(task->annotations.size(), 1);
        QCOMPARE(task->annotations.first().id, created->id);

        const auto removed = await<Empty>([&](auto cb) { api.remove(created->id, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        const auto gone = await<Annotation>([&](auto cb) { api.get(created->id, this, cb); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error.httpStatus, 404);
        QCOMPARE(gone.error.exitCode(), 4);
    }

    void predictionsLifecycle()
    {
        const int taskId = m_taskIds.value(1);
        AnnotationsApi api(m_client.get());
        const auto created = await<Prediction>([&](auto cb) {
            api.createPrediction(taskId,
                { { QStringLiteral("result"), choiceResult(QStringLiteral("no")) },
                    { QStringLiteral("score"), 0.75 },
                    { QStringLiteral("model_version"), QStringLiteral("it-model-1") } },
                this, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created->modelVersion, QStringLiteral("it-model-1"));
        QVERIFY(created->score.has_value());
        QCOMPARE(*created->score, 0.75);
        const auto listed = await<QList<Prediction>>([&](auto cb) { api.listPredictions(taskId, this, cb); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, created->id);
        const auto removed = await<Empty>([&](auto cb) { api.removePrediction(created->id, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        const auto after = await<QList<Prediction>>([&](auto cb) { api.listPredictions(taskId, this, cb); });
        QVERIFY2(after.ok(), qPrintable(after.error.message));
        QCOMPARE(after->size(), 0);
    }

    void taskUpdateAndDelete()
    {
        TasksApi api(m_client.get());
        const auto created = await<Task>([&](auto cb) {
            api.create(m_projectId, { { QStringLiteral("text"), QStringLiteral("one more") } }, {}, this, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const auto updated = await<Task>([&](auto cb) {
            api.update(created->id,
                { { QStringLiteral("data"),
                    QJsonObject { { QStringLiteral("text"), QStringLiteral("changed") } } } },
                this, cb);
        });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated->data.value(QLatin1String("text")).toString(), QStringLiteral("changed"));
        const auto removed = await<Empty>([&](auto cb) { api.remove(created->id, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        const auto gone = await<Task>([&](auto cb) { api.get(created->id, this, cb); });
        QCOMPARE(gone.error.httpStatus, 404);
    }

    void errorPaths()
    {
        // A wrong key of each shape.
        for (const QString &badKey : { QStringLiteral("0000000000000000000000000000000000000000") }) {
            Client bad(ServerUrl::parse(m_url), ApiKey::classify(badKey));
            const auto who = await<User>([&](auto cb) { SessionApi(&bad).whoami(this, cb); });
            QVERIFY(!who.ok());
            QCOMPARE(who.error.httpStatus, 401);
            QCOMPARE(who.error.exitCode(), 3);
            QVERIFY(!who.error.message.contains(badKey));
        }
        // A missing project.
        const auto missing
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(987654321, this, cb); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(missing.error.isNotFound());
        // An invalid label config: the server's validation text reaches the caller.
        const QString broken = QStringLiteral(
            "<View><Choices name=\"c\" toName=\"nowhere\"><Choice value=\"a\"/></Choices></View>");
        const auto invalid = await<Empty>(
            [&](auto cb) { ProjectsApi(m_client.get()).validateLabelConfig(m_projectId, broken, this, cb); });
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error.httpStatus, 400);
        QVERIFY2(invalid.error.validationText().contains(QLatin1String("nowhere")),
            qPrintable(invalid.error.validationText()));
        QVERIFY(invalid.error.message.contains(QLatin1String("nowhere")));
        QCOMPARE(invalid.error.exitCode(), 1);
        const auto notXml = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .update(m_projectId, { { QStringLiteral("label_config"), QStringLiteral("<View><Text") } },
                    this, cb);
        });
        QCOMPARE(notXml.error.httpStatus, 400);
        QVERIFY(!notXml.error.message.isEmpty());
        // A valid config passes.
        const auto valid = await<Empty>([&](auto cb) {
            ProjectsApi(m_client.get()).validateLabelConfig(m_projectId, kConfig, this, cb);
        });
        QVERIFY2(valid.ok(), qPrintable(valid.error.message));
        // Export formats of a Community server (used by the export dialog later).
        const auto formats = await<QList<ExportFormat>>(
            [&](auto cb) { ProjectsApi(m_client.get()).exportFormats(m_projectId, this, cb); });
        QVERIFY2(formats.ok(), qPrintable(formats.error.message));
        QVERIFY(std::any_of(formats->begin(), formats->end(),
            [](const ExportFormat &f) { return f.name == QLatin1String("JSON") && !f.disabled; }));
        // An Enterprise-only route answers with Django's HTML 404: "not available on this server".
        RequestSpec iaa;
        iaa.path = QStringLiteral("api/projects/%1/stats/IAA").arg(m_projectId);
        const auto enterprise
            = await<Empty>([&](auto cb) { m_client->call<Empty>(iaa, this, cb, parseEmpty); });
        QCOMPARE(enterprise.error.httpStatus, 404);
        QCOMPARE(enterprise.error.kind, ApiError::Kind::NotAvailable);
    }

    void cliCommands()
    {
        const CliRun version = cli({ QStringLiteral("version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains("Label Studio 1.23.2 (Community)"), version.out.constData());

        const CliRun who = cli({ QStringLiteral("whoami") });
        QCOMPARE(who.exitCode, 0);
        QVERIFY2(who.out.contains(m_server.username.toUtf8()), who.out.constData());

        const CliRun projects
            = cli({ QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(projects.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(projects.out).array();
        QVERIFY(std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("id")).toInt() == m_projectId;
        }));

        const CliRun ndjson
            = cli({ QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--project"),
                QString::number(m_projectId), QStringLiteral("--page-size"), QStringLiteral("150") });
        QCOMPARE(ndjson.exitCode, 0);
        const QList<QByteArray> lines = ndjson.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1000);
        QList<int> ids;
        for (const QByteArray &line : lines) {
            const QJsonObject t = QJsonDocument::fromJson(line).object();
            QVERIFY(t.contains(QLatin1String("annotations"))); // fields=all by default
            ids << t.value(QLatin1String("id")).toInt();
        }
        QCOMPARE(ids, m_taskIds);

        const CliRun json = cli({ QStringLiteral("tasks"), QStringLiteral("list"),
            QStringLiteral("--project"), QString::number(m_projectId), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--fields"), QStringLiteral("task-only") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(arr.size(), 1000);
        QVERIFY(!arr.first().toObject().contains(QLatin1String("annotations")));

        // The key on stdin instead of the environment or the process list.
        const CliRun stdinKey = cli(
            { QStringLiteral("whoami"), QStringLiteral("--api-key-stdin") }, m_key.toUtf8() + '\n', false);
        QCOMPARE(stdinKey.exitCode, 0);
        QVERIFY(stdinKey.out.contains(m_server.username.toUtf8()));
    }

    void cliProfiles()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: run under dbus-run-session -- bash .ci/with-keyring.sh (as the "
                  "test command does)");
        const QString name
            = QStringLiteral("it-%1-%2").arg(m_mode, QUuid::createUuid().toString(QUuid::Id128).left(8));
        const CliRun save = cli(
            { QStringLiteral("profile"), QStringLiteral("save"), name, QStringLiteral("--api-key-stdin") },
            m_key.toUtf8() + '\n', false);
        QVERIFY2(save.exitCode == 0, save.err.constData());
        const CliRun list = cli({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains((name + QLatin1Char('\t') + m_url).toUtf8()));
        // The key is in the keychain, not in the settings file.
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_key.toUtf8()), "the API key leaked into a settings file");
            ++files;
        }
        QVERIFY(files > 0);
        // URL and key both come from the profile.
        const CliRun who = cli({ QStringLiteral("whoami"), QStringLiteral("--profile"), name }, {}, false);
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QVERIFY(who.out.contains(m_server.username.toUtf8()));
        // Logout deletes profile and key.
        const CliRun removed = cli({ QStringLiteral("profile"), QStringLiteral("remove"), name });
        QCOMPARE(removed.exitCode, 0);
        const CliRun after = cli({ QStringLiteral("whoami"), QStringLiteral("--profile"), name }, {}, false);
        QCOMPARE(after.exitCode, 2);
    }

    void cliInterrupted()
    {
        // Ctrl+C (or SIGTERM) mid-stream: the requests are cancelled and the exit code is 130.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_key);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--project"),
                QString::number(m_projectId), QStringLiteral("--page-size"), QStringLiteral("5"),
                QStringLiteral("--concurrency"), QStringLiteral("1") });
        QVERIFY(p.waitForReadyRead(60000)); // the first page arrived: we are mid-stream (200 pages to go)
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.count('\n') < 1000);
        QVERIFY(p.readAllStandardError().contains("Interrupted"));
    }

    void cliErrors()
    {
        const CliRun wrongKey = cli({ QStringLiteral("whoami"), QStringLiteral("--api-key"),
            QStringLiteral("1111111111111111111111111111111111111111") });
        QCOMPARE(wrongKey.exitCode, 3);
        QCOMPARE(wrongKey.err.count('\n'), 1); // one clear line
        QVERIFY(!wrongKey.err.contains("1111111111111111111111111111111111111111"));

        const CliRun missing = cli({ QStringLiteral("tasks"), QStringLiteral("list"),
            QStringLiteral("--project"), QStringLiteral("987654321") });
        QCOMPARE(missing.exitCode, 4);
        QCOMPARE(missing.err.count('\n'), 1);

        const CliRun usage = cli({ QStringLiteral("tasks"), QStringLiteral("list") });
        QCOMPARE(usage.exitCode, 2);
        const CliRun badQuery
            = cli({ QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--project"),
                QString::number(m_projectId), QStringLiteral("--query"), QStringLiteral("{oops") });
        QCOMPARE(badQuery.exitCode, 2);

        const CliRun refused = cli(
            { QStringLiteral("version"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9") });
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(refused.err.contains("connection refused"));
    }

    void cleanupTestCase()
    {
        if (m_projectId > 0 && m_client) {
            const auto removed
                = await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(m_projectId, this, cb); });
            QVERIFY2(removed.ok(), qPrintable(removed.error.message));
            const auto gone
                = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_projectId, this, cb); });
            QCOMPARE(gone.error.httpStatus, 404);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server.moc"
