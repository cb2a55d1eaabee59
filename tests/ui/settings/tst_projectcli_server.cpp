// lsdesk-cli's projects create / update / delete and actions list / run against the real server
// (ls_manage), run as a process: a project is created with a config, configured and read back from the
// server, filled through the REST import, cleaned with Data Manager actions (delete_tasks on two ids, and
// delete_tasks_annotations with its annotator form) and deleted; bad command lines exit 2.
#include "../../integration/testserver.h"
#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/session.h"
#include "api/tasksapi.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const char *kConfig = R"(<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
</View>)";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonArray choice(const QString &value)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } } };
}
} // namespace

class TestProjectCliServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Client> m_client;
    int m_project = 0;

    Run cli(const QStringList &args, const QString &key = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), key.isEmpty() ? m_server.pat : key);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LSDESK_CLI"), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject project()
    {
        const auto r = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_project, this, cb); });
        return r.ok() ? r->raw : QJsonObject {};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("LSDESK_CLI").isEmpty(), "LSDESK_CLI is not set: run through ctest");
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(
            ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
    }

    void cleanupTestCase()
    {
        // A failed run leaves nothing behind.
        if (m_project > 0)
            await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(m_project, this, cb); });
    }

    void usageErrorsExit2()
    {
        const QList<QStringList> bad {
            { QStringLiteral("projects"), QStringLiteral("create") }, // no --title
            { QStringLiteral("projects"), QStringLiteral("update"), QStringLiteral("--project"),
                QStringLiteral("1") },
            { QStringLiteral("projects"), QStringLiteral("update"), QStringLiteral("--project"),
                QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("novalue") },
            { QStringLiteral("projects"), QStringLiteral("delete"), QStringLiteral("--project"),
                QStringLiteral("1") },
            { QStringLiteral("actions"), QStringLiteral("list") },
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("--project"),
                QStringLiteral("1"), QStringLiteral("--all") }, // no action id
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
                QStringLiteral("--project"), QStringLiteral("1") }, // no selection
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
                QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--all"),
                QStringLiteral("--ids"), QStringLiteral("3") },
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
                QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--ids"),
                QStringLiteral("3,x") },
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
                QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--query"),
                QStringLiteral("[1]") },
            // deleting from every task needs --yes
            { QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
                QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--all") },
        };
        for (const QStringList &args : bad) {
            const Run r = cli(args);
            QVERIFY2(r.code == 2,
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> %1 ").arg(r.code) + r.err));
            QVERIFY(!r.err.isEmpty());
        }
    }

    void createConfigureFillCleanDelete()
    {
        // create, with a config and a description
        const QString configPath = write(QStringLiteral("config.xml"), kConfig);
        const QString title = QStringLiteral("cli %1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        Run r = cli({ QStringLiteral("projects"), QStringLiteral("create"), QStringLiteral("--title"), title,
            QStringLiteral("--description"), QStringLiteral("made by the CLI"), QStringLiteral("--config"),
            configPath });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        bool ok = false;
        m_project = r.out.trimmed().toInt(&ok);
        QVERIFY2(ok && m_project > 0, qPrintable(r.out));
        QJsonObject p = project();
        QCOMPARE(p.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("made by the CLI"));
        QVERIFY(p.value(QStringLiteral("label_config")).toString().contains(QStringLiteral("sentiment")));
        const QString color = p.value(QStringLiteral("color")).toString();

        // update: --set (JSON values and text) and a settings file; only those keys change
        const QString settingsPath = write(QStringLiteral("settings.json"),
            R"({"show_instruction": true, "expert_instruction": "<p>Read me</p>"})");
        r = cli({ QStringLiteral("projects"), QStringLiteral("update"), QStringLiteral("--project"),
            QString::number(m_project), QStringLiteral("--set"), QStringLiteral("maximum_annotations=3"),
            QStringLiteral("--set"), QStringLiteral("show_skip_button=false"), QStringLiteral("--set"),
            QStringLiteral("description=Cleaned up by the CLI"), QStringLiteral("--settings"),
            settingsPath });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("maximum_annotations\t3")));
        p = project();
        QCOMPARE(p.value(QStringLiteral("maximum_annotations")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("show_skip_button")).toBool(true), false);
        QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("Cleaned up by the CLI"));
        QCOMPARE(p.value(QStringLiteral("show_instruction")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("expert_instruction")).toString(), QStringLiteral("<p>Read me</p>"));
        QCOMPARE(p.value(QStringLiteral("title")).toString(), title); // untouched
        QCOMPARE(p.value(QStringLiteral("color")).toString(), color);

        // a refused value: the server's message per field, exit 1, nothing changed
        r = cli({ QStringLiteral("projects"), QStringLiteral("update"), QStringLiteral("--project"),
            QString::number(m_project), QStringLiteral("--set"),
            QStringLiteral("maximum_annotations=many") });
        QVERIFY2(r.code == 1, qPrintable(QString::number(r.code) + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("maximum_annotations: ")), qPrintable(r.err));
        QCOMPARE(project().value(QStringLiteral("maximum_annotations")).toInt(), 3);

        // fill: four tasks through the REST import
        QJsonArray tasks;
        for (int i = 0; i < 4; ++i)
            tasks.append(QJsonObject { { QStringLiteral("text"), QStringLiteral("task %1").arg(i) } });
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_project, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported->taskIds.size(), 4);
        const QList<int> ids = imported->taskIds;
        QCOMPARE(project().value(QStringLiteral("task_number")).toInt(), 4);

        // actions list
        r = cli({ QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--project"),
            QString::number(m_project), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray actions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QJsonObject deleteAnnotations;
        QStringList actionIds;
        for (const QJsonValue &v : actions) {
            actionIds << v.toObject().value(QStringLiteral("id")).toString();
            if (actionIds.last() == QLatin1String("delete_tasks_annotations"))
                deleteAnnotations = v.toObject();
        }
        QVERIFY2(
            actionIds.contains(QStringLiteral("delete_tasks")), qPrintable(actionIds.join(QLatin1Char(','))));
        r = cli({ QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--project"),
            QString::number(m_project) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("delete_tasks\tDelete Tasks")));

        // delete_tasks on two ids
        r = cli({ QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("delete_tasks"),
            QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--ids"),
            QStringLiteral("%1,%2").arg(ids.at(0)).arg(ids.at(1)) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(project().value(QStringLiteral("task_number")).toInt(), 2);
        const auto left = await<Task>([&](auto cb) { TasksApi(m_client.get()).get(ids.at(2), this, cb); });
        QVERIFY(left.ok());
        const auto gone = await<Task>([&](auto cb) { TasksApi(m_client.get()).get(ids.at(0), this, cb); });
        QVERIFY(!gone.ok());

        // an unknown action: not found
        r = cli({ QStringLiteral("actions"), QStringLiteral("run"), QStringLiteral("no_such_action"),
            QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--all") });
        QCOMPARE(r.code, 4);

        // an action with a form: delete_tasks_annotations for one annotator only
        if (deleteAnnotations.isEmpty())
            QSKIP("the server lists no delete_tasks_annotations action");
        const QJsonArray form = deleteAnnotations.value(QStringLiteral("dialog"))
                                    .toObject()
                                    .value(QStringLiteral("form"))
                                    .toArray();
        QVERIFY2(!form.isEmpty(), "actions list --json gives the on-demand form");
        QCOMPARE(
            form.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("annotator"));
        const auto me = await<User>([&](auto cb) { SessionApi(m_client.get()).whoami(this, cb); });
        QVERIFY(me.ok());
        std::unique_ptr<Client> other;
        if (!m_server.annotators.isEmpty() && !m_server.annotators.first().pat.isEmpty())
            other = std::make_unique<Client>(
                ServerUrl::parse(m_server.url), ApiKey::classify(m_server.annotators.first().pat), &m_nam);
        qInfo("delete_tasks_annotations: %s",
            other ? "with a second annotator's annotations kept" : "admin only");
        for (int i = 2; i < 4; ++i) {
            const auto a = await<Annotation>([&](auto cb) {
                AnnotationsApi(m_client.get())
                    .create(ids.at(i),
                        QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Positive")) } },
                        this, cb);
            });
            QVERIFY2(a.ok(), qPrintable(a.error.message));
            if (other) {
                const auto b = await<Annotation>([&](auto cb) {
                    AnnotationsApi(other.get())
                        .create(ids.at(i),
                            QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Negative")) } },
                            this, cb);
                });
                QVERIFY2(b.ok(), qPrintable(b.error.message));
            }
        }
        r = cli({ QStringLiteral("actions"), QStringLiteral("run"),
            QStringLiteral("delete_tasks_annotations"), QStringLiteral("--project"),
            QString::number(m_project), QStringLiteral("--all"), QStringLiteral("--yes"),
            QStringLiteral("--set"), QStringLiteral("annotator=%1").arg(me->id) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 items processed")), qPrintable(r.out));
        for (int i = 2; i < 4; ++i) {
            const auto left = await<QList<Annotation>>(
                [&](auto cb) { AnnotationsApi(m_client.get()).list(ids.at(i), this, cb); });
            QVERIFY(left.ok());
            QCOMPARE(left->size(), other ? 1 : 0); // the other annotator's stays
            for (const Annotation &a : *left)
                QVERIFY(a.completedBy != me->id);
        }

        // delete
        r = cli({ QStringLiteral("projects"), QStringLiteral("delete"), QStringLiteral("--project"),
            QString::number(m_project), QStringLiteral("--yes") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto deleted
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_project, this, cb); });
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error.httpStatus, 404);
        m_project = 0;
    }
};

QTEST_MAIN(TestProjectCliServer)
#include "tst_projectcli_server.moc"
