// Cloud storage against the real server (fixture ls_manage, LOCAL_FILES_DOCUMENT_ROOT = server.json
// "local_files_root"): a new project filled from a local-files storage from the dialog (a path outside
// the root refused with the server's message, then a valid one validated, saved and synced), through the
// API (media files as one task each, and a sync that fails with the server's traceback), and from
// lsdesk-cli (storage validate/add/list/sync). Every test makes its own project and directory.
#include "../../integration/testserver.h"
#include "api/annotationsapi.h"
#include "api/client.h"
#include "api/projectsapi.h"
#include "api/storagesapi.h"
#include "api/tasksapi.h"
#include "projects/storagesdialog.h"
#include "projects/storagesform.h"
#include "projects/storagesmodel.h"

#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const char *kTextConfig = R"(<View><Text name="text" value="$text"/>
<Choices name="c" toName="text"><Choice value="a"/></Choices></View>)";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestStoragesServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogFillsAProject();
    void mediaFilesThroughTheApi();
    void failedSyncHasTheServersMessage();
    void cliFillsAProject();
    void cleanupTestCase();

private:
    int createProject(const QString &title)
    {
        const auto r = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"), title },
                            { QStringLiteral("label_config"), QString::fromUtf8(kTextConfig) } },
                    this, cb);
        });
        return r.ok() ? r->id : 0;
    }
    // A fresh directory under the server's document root with the given files.
    QString makeDir(const QString &name, const QHash<QString, QByteArray> &files)
    {
        const QString dir = QDir(m_root).filePath(
            name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8));
        QDir().mkpath(dir);
        for (auto it = files.begin(); it != files.end(); ++it) {
            QFile f(QDir(dir).filePath(it.key()));
            if (f.open(QIODevice::WriteOnly))
                f.write(it.value());
        }
        m_dirs.append(dir);
        return dir;
    }
    QList<Task> tasks(int project)
    {
        TaskQuery q;
        q.project = project;
        q.fields = TaskQuery::Fields::TaskOnly;
        const auto r = await<Page<Task>>([&](auto cb) { TasksApi(m_client.get()).listPage(q, 1, this, cb); });
        return r.ok() ? r->items : QList<Task> {};
    }
    QStringList texts(int project, const QString &key)
    {
        QStringList out;
        for (const Task &t : tasks(project))
            out.append(t.data.value(key).toString());
        out.sort();
        return out;
    }
    CliRun cli(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
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

    TestServer m_server;
    QString m_root;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Client> m_client;
    QStringList m_dirs;
};

void TestStoragesServer::initTestCase()
{
    m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
    QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
    const QJsonObject info
        = QJsonDocument::fromJson(fileContent(qEnvironmentVariable("LSDESK_TEST_SERVER_LS_MANAGE"))).object();
    m_root = info.value(QLatin1String("local_files_root")).toString();
    QVERIFY2(!m_root.isEmpty() && QDir(m_root).exists(), "server.json has no local_files_root");
    m_client
        = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
}

void TestStoragesServer::cleanupTestCase()
{
    for (const QString &d : std::as_const(m_dirs))
        QDir(d).removeRecursively();
}

void TestStoragesServer::dialogFillsAProject()
{
    const int project = createProject(QStringLiteral("Storages dialog"));
    QVERIFY(project > 0);
    const QString dir = makeDir(QStringLiteral("dialog"),
        { { QStringLiteral("a.json"), R"({"text": "alpha"})" },
            { QStringLiteral("b.json"), R"([{"text": "beta"}, {"text": "gamma"}])" },
            { QStringLiteral("notes.txt"), "not a task" }, { QStringLiteral("pic.png"), "\x89PNG\r\n" } });
    QPointer<StoragesDialog> d
        = new StoragesDialog(m_client.get(), project, QStringLiteral("Storages dialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setPollInterval(200);
    QSignalSpy loaded(d.data(), &StoragesDialog::loaded);
    d->show();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(d->model()->rowCount(), 0);

    d->addStorage();
    QPointer<StorageFormDialog> form = d->form();
    QVERIFY(form);
    auto *path = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("path")));
    auto *regex = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("regex_filter")));
    QVERIFY(path && regex);
    // Outside the document root: the server refuses and says why, at the form.
    QTest::keyClicks(path, QStringLiteral("/usr"));
    QSignalSpy validated(form.data(), &StorageFormDialog::validated);
    form->validate();
    QVERIFY(validated.wait(60000));
    QCOMPARE(validated.last().first().toBool(), false);
    QVERIFY2(form->errorText().contains(QStringLiteral("LOCAL_FILES_DOCUMENT_ROOT")),
        qPrintable(form->errorText()));
    path->clear();
    QTest::keyClicks(path, dir);
    QTest::keyClicks(regex, QStringLiteral(".*\\.json"));
    form->validate();
    QVERIFY(validated.wait(60000));
    QVERIFY2(validated.last().first().toBool(), qPrintable(form->errorText()));
    QVERIFY(form->errorText().isEmpty());
    QSignalSpy saved(form.data(), &StorageFormDialog::saved);
    form->save();
    QVERIFY(saved.wait(60000));
    QTRY_VERIFY(!form);
    QCOMPARE(d->model()->rowCount(), 1);
    const Storage created = d->model()->at(0);
    QCOMPARE(created.type, QStringLiteral("localfiles"));
    QCOMPARE(created.settings.value(QLatin1String("path")).toString(), dir);

    QVERIFY(d->select(StorageDirection::Import, created.id));
    QSignalSpy finished(d.data(), &StoragesDialog::syncFinished);
    d->syncCurrent();
    QVERIFY(finished.wait(120000));
    const auto st = finished.first().first().value<Storage>();
    QVERIFY2(finished.first().at(1).value<ApiError>().ok(),
        qPrintable(finished.first().at(1).value<ApiError>().message));
    QVERIFY2(
        st.status == Storage::Status::Completed, qPrintable(st.statusName + QLatin1Char(' ') + st.traceback));
    QCOMPARE(st.lastSyncCount, 3);
    QVERIFY2(d->statusText().contains(QStringLiteral("3 task(s)")), qPrintable(d->statusText()));
    QCOMPARE(texts(project, QStringLiteral("text")),
        (QStringList { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") }));

    // The list from the server agrees after a refresh.
    d->refresh();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(d->model()->at(0).status, Storage::Status::Completed);
    QCOMPARE(d->model()->at(0).lastSyncCount, 3);
    // The stored storage validates as it is (the server checks it by id).
    QVERIFY(d->select(StorageDirection::Import, created.id));
    QSignalSpy listedValid(d.data(), &StoragesDialog::validated);
    d->validateCurrent();
    QVERIFY(listedValid.wait(60000));
    QVERIFY2(listedValid.first().first().toBool(), qPrintable(d->detailsText()));
    d->close();
}

void TestStoragesServer::mediaFilesThroughTheApi()
{
    const int project = createProject(QStringLiteral("Storages media"));
    QVERIFY(project > 0);
    const QString dir = makeDir(QStringLiteral("media"),
        { { QStringLiteral("one.txt"), "first" }, { QStringLiteral("two.png"), "\x89PNG\r\n" } });
    const QJsonObject form { { QStringLiteral("project"), project }, { QStringLiteral("path"), dir },
        { QStringLiteral("use_blob_urls"), true }, { QStringLiteral("title"), QStringLiteral("Media") } };
    const auto ok = await<Empty>([&](auto cb) {
        StoragesApi(m_client.get())
            .validate(QStringLiteral("localfiles"), StorageDirection::Import, form, 0, this, cb);
    });
    QVERIFY2(ok.ok(), qPrintable(ok.error.message));
    const auto created = await<Storage>([&](auto cb) {
        StoragesApi(m_client.get())
            .create(QStringLiteral("localfiles"), StorageDirection::Import, form, this, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(created->status, Storage::Status::Initialized);
    StorageSync sync(m_client.get(), *created);
    QSignalSpy finished(&sync, &StorageSync::finished);
    sync.start();
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.first().at(1).value<ApiError>().ok());
    QCOMPARE(sync.storage().status, Storage::Status::Completed);
    QCOMPARE(sync.storage().lastSyncCount, 2);
    const QList<Task> all = tasks(project);
    QCOMPARE(all.size(), 2);
    QStringList urls;
    for (const Task &t : all)
        for (const QJsonValue &v : t.data)
            urls.append(v.toString());
    urls.sort();
    QCOMPARE(urls.size(), 2);
    QVERIFY2(urls.at(0).contains(QStringLiteral("/data/local-files/?d="))
            && urls.at(0).contains(QStringLiteral("one.txt")),
        qPrintable(urls.at(0)));
    QVERIFY2(urls.at(1).contains(QStringLiteral("two.png")), qPrintable(urls.at(1)));

    // The project's list has it; a second sync finds nothing new; delete removes it.
    const auto listed = await<QList<Storage>>(
        [&](auto cb) { StoragesApi(m_client.get()).list(project, StorageDirection::Import, this, cb); });
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, created->id);
    StorageSync again(m_client.get(), listed->first());
    QSignalSpy again2(&again, &StorageSync::finished);
    again.start();
    QVERIFY(again2.wait(120000));
    QCOMPARE(again.storage().lastSyncCount, 0);
    QCOMPARE(tasks(project).size(), 2);
    const auto removed = await<Empty>([&](auto cb) {
        StoragesApi(m_client.get())
            .remove(QStringLiteral("localfiles"), StorageDirection::Import, created->id, this, cb);
    });
    QVERIFY(removed.ok());
    const auto gone = await<Storage>([&](auto cb) {
        StoragesApi(m_client.get())
            .get(QStringLiteral("localfiles"), StorageDirection::Import, created->id, this, cb);
    });
    QVERIFY(gone.error.isNotFound());
}

void TestStoragesServer::failedSyncHasTheServersMessage()
{
    const int project = createProject(QStringLiteral("Storages failure"));
    QVERIFY(project > 0);
    // Not JSON, and not imported as media: the server's sync fails on it.
    const QString dir = makeDir(QStringLiteral("bad"), { { QStringLiteral("bad.txt"), "this is not json" } });
    const auto created = await<Storage>([&](auto cb) {
        StoragesApi(m_client.get())
            .create(QStringLiteral("localfiles"), StorageDirection::Import,
                { { QStringLiteral("project"), project }, { QStringLiteral("path"), dir } }, this, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QPointer<StoragesDialog> d
        = new StoragesDialog(m_client.get(), project, QStringLiteral("Storages failure"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy loaded(d.data(), &StoragesDialog::loaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(d->select(StorageDirection::Import, created->id));
    QSignalSpy finished(d.data(), &StoragesDialog::syncFinished);
    d->syncCurrent();
    QVERIFY(finished.wait(120000));
    const auto st = finished.first().first().value<Storage>();
    QCOMPARE(st.status, Storage::Status::Failed);
    QVERIFY2(st.traceback.contains(QStringLiteral("bad.txt")), qPrintable(st.traceback));
    QVERIFY2(d->detailsText().contains(QStringLiteral("bad.txt")), qPrintable(d->detailsText()));
    QCOMPARE(tasks(project).size(), 0);
    d->close();
}

void TestStoragesServer::cliFillsAProject()
{
    const int project = createProject(QStringLiteral("Storages CLI"));
    QVERIFY(project > 0);
    const QString p = QString::number(project);
    const QString dir = makeDir(QStringLiteral("cli"),
        { { QStringLiteral("t1.json"), R"({"text": "one"})" },
            { QStringLiteral("t2.json"), R"({"text": "two"})" },
            { QStringLiteral("skip.txt"), "skipped by the regex" } });

    CliRun r = cli({ QStringLiteral("storage"), QStringLiteral("validate"), QStringLiteral("--project"), p,
        QStringLiteral("--path"), QStringLiteral("/usr") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("LOCAL_FILES_DOCUMENT_ROOT"), r.err.constData());

    // A secret on the command line is refused before anything is sent, and not echoed.
    r = cli({ QStringLiteral("storage"), QStringLiteral("add"), QStringLiteral("--project"), p,
        QStringLiteral("--type"), QStringLiteral("s3"), QStringLiteral("--set"), QStringLiteral("bucket=b"),
        QStringLiteral("--set"), QStringLiteral("aws_secret_access_key=SeCrEt-On-ArGv") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("LSDESK_STORAGE_AWS_SECRET_ACCESS_KEY"), r.err.constData());
    QVERIFY(!r.err.contains("SeCrEt-On-ArGv"));

    // Secrets from standard input and from the environment are read and the request goes to the server,
    // which refuses it (its SSRF protection blocks 127.0.0.1 with a 403; without it, a 400 for a Redis that
    // is not there): never a usage error, and the secret is never echoed.
    const QStringList redis { QStringLiteral("storage"), QStringLiteral("validate"),
        QStringLiteral("--project"), p, QStringLiteral("--type"), QStringLiteral("redis"),
        QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--set"),
        QStringLiteral("port=1") };
    r = cli(redis + QStringList { QStringLiteral("--secret-stdin"), QStringLiteral("password") },
        "Pw-From-Stdin\n");
    QVERIFY2(r.exitCode == 1 || r.exitCode == 3, r.err.constData());
    QVERIFY2(r.err.contains("Redis") || r.err.contains("127.0.0.0/8"), r.err.constData());
    QVERIFY(!r.err.contains("Pw-From-Stdin") && !r.out.contains("Pw-From-Stdin"));
    r = cli(redis, {}, { QStringLiteral("LSDESK_STORAGE_PASSWORD=Pw-From-Env") });
    QVERIFY2(r.exitCode == 1 || r.exitCode == 3, r.err.constData());
    QVERIFY(!r.err.contains("Pw-From-Env") && !r.out.contains("Pw-From-Env"));
    // --secret-stdin with nothing on standard input is a usage error, before anything is sent.
    r = cli(redis + QStringList { QStringLiteral("--secret-stdin"), QStringLiteral("password") });
    QCOMPARE(r.exitCode, 2);

    r = cli({ QStringLiteral("storage"), QStringLiteral("validate"), QStringLiteral("--project"), p,
        QStringLiteral("--path"), dir, QStringLiteral("--regex"), QStringLiteral(".*\\.json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({ QStringLiteral("storage"), QStringLiteral("add"), QStringLiteral("--project"), p,
        QStringLiteral("--type"), QStringLiteral("localfiles"), QStringLiteral("--path"), dir,
        QStringLiteral("--regex"), QStringLiteral(".*\\.json"), QStringLiteral("--title"),
        QStringLiteral("From the CLI") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int id = r.out.trimmed().toInt();
    QVERIFY2(id > 0, r.out.constData());

    r = cli({ QStringLiteral("storage"), QStringLiteral("list"), QStringLiteral("--project"), p,
        QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("id")).toInt(), id);
    QCOMPARE(
        listed.first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("import"));
    QCOMPARE(
        listed.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("From the CLI"));

    // Without --type the id is looked up in the project's list.
    r = cli({ QStringLiteral("storage"), QStringLiteral("sync"), QStringLiteral("--project"), p,
        QStringLiteral("--storage"), QString::number(id) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    QCOMPARE(texts(project, QStringLiteral("text")),
        (QStringList { QStringLiteral("one"), QStringLiteral("two") }));

    r = cli({ QStringLiteral("storage"), QStringLiteral("list"), QStringLiteral("--project"), p });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(QByteArray(QByteArray("\tcompleted\t2\t") + dir.toUtf8())), r.out.constData());

    // An export (target) storage: one annotation made on a synced task lands in its directory.
    const QList<Task> synced = tasks(project);
    QVERIFY(!synced.isEmpty());
    const QJsonObject result { { QStringLiteral("from_name"), QStringLiteral("c") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("choices"), QJsonArray { QStringLiteral("a") } } } } };
    const auto annotated = await<Annotation>([&](auto cb) {
        AnnotationsApi(m_client.get())
            .create(synced.first().id, { { QStringLiteral("result"), QJsonArray { result } } }, this, cb);
    });
    QVERIFY2(annotated.ok(), qPrintable(annotated.error.message));
    const QString out = makeDir(QStringLiteral("cli-export"), {});
    r = cli({ QStringLiteral("storage"), QStringLiteral("add"), QStringLiteral("--project"), p,
        QStringLiteral("--path"), out, QStringLiteral("--export") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int exportId = r.out.trimmed().toInt();
    QVERIFY(exportId > 0);
    r = cli({ QStringLiteral("storage"), QStringLiteral("sync"), QStringLiteral("--project"), p,
        QStringLiteral("--storage"), QString::number(exportId), QStringLiteral("--type"),
        QStringLiteral("localfiles"), QStringLiteral("--export") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
    r = cli({ QStringLiteral("storage"), QStringLiteral("list"), QStringLiteral("--project"), p });
    QVERIFY2(r.out.contains("\texport\tlocalfiles\t") && r.out.contains(out.toUtf8()), r.out.constData());

    // A storage id the project does not have.
    r = cli({ QStringLiteral("storage"), QStringLiteral("sync"), QStringLiteral("--project"), p,
        QStringLiteral("--storage"), QString::number(id + 100000) });
    QCOMPARE(r.exitCode, 4);
}

QTEST_MAIN(TestStoragesServer)
#include "tst_storages_server.moc"
