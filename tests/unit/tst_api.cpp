// The typed endpoints (ProjectsApi, TasksApi, AnnotationsApi, SessionApi) on the fake network: the requests
// they build (verb, path, query, body) and how they read replies.
#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/session.h"
#include "api/tasksapi.h"
#include "fakenam.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
struct Fixture
{
    FakeNam nam;
    Client client;
    explicit Fixture(const QString &key = legacyKey())
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(key), &nam,
            fastOptions())
    { }
};

// Collects the one callback of a typed call.
template <class T> struct Got
{
    int calls = 0;
    Result<T> result;
    Callback<T> cb()
    {
        return [this](const Result<T> &r) {
            ++calls;
            result = r;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return calls > 0; }, 5000);
    }
};

// The query string decoded the way Django decodes request.GET: '+' is a space, then %XX.
QString djangoQueryValue(const QUrl &url, const QString &key)
{
    const QByteArray raw = url.query(QUrl::FullyEncoded).toLatin1();
    const QList<QByteArray> pairs = raw.split('&');
    for (QByteArray pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray k = QByteArray::fromPercentEncoding(pair.left(eq).replace('+', ' '));
        if (QString::fromUtf8(k) == key)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1).replace('+', ' ')));
    }
    return {};
}

QString str(const ApiError &e)
{
    return QStringLiteral("kind %1 status %2: %3").arg(int(e.kind)).arg(e.httpStatus).arg(e.message);
}
} // namespace

class TestApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectsList();
    void projectsCreateUpdateRemove();
    void validateLabelConfig();
    void exportFormats();
    void tasksListQueryEncoding();
    void tasksListSpec();
    void importTasks();
    void annotationsAndPredictions();
    void connectToServer();
    void connectRefusesOldServer();
    void connectToSomethingElse_data();
    void connectToSomethingElse();
    void connectWithBadKey();
};

void TestApi::projectsList()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/projects/"),
        ReplyScript::json(200, R"({"count": 31, "next": "https://ls.example.com/api/projects/?page=3",
                    "previous": null, "results": [{"id": 4, "title": "A"}, {"id": 5, "title": "B"}]})"));
    ProjectsApi api(&f.client);
    ProjectQuery q;
    q.page = 2;
    q.pageSize = 2;
    q.search = QStringLiteral("cars & bikes");
    q.ordering = QStringLiteral("-created_at");
    Got<Page<Project>> got;
    api.list(q, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(str(got.result.error)));
    QCOMPARE(got.result->items.size(), 2);
    QCOMPARE(got.result->items.at(1).title, QStringLiteral("B"));
    QCOMPARE(got.result->total, 31);
    QCOMPARE(got.result->page, 2);
    QCOMPARE(got.result->pageCount(), 16);
    QVERIFY(got.result->hasNext());

    const QUrl url = f.nam.requests().first().url;
    QCOMPARE(djangoQueryValue(url, QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(djangoQueryValue(url, QStringLiteral("page_size")), QStringLiteral("2"));
    QCOMPARE(djangoQueryValue(url, QStringLiteral("search")), QStringLiteral("cars & bikes"));
    QCOMPARE(djangoQueryValue(url, QStringLiteral("ordering")), QStringLiteral("-created_at"));
    QVERIFY(djangoQueryValue(url, QStringLiteral("title")).isEmpty());
}

void TestApi::projectsCreateUpdateRemove()
{
    Fixture f;
    f.nam.always(
        "POST", QStringLiteral("/api/projects/"), ReplyScript::json(201, R"({"id": 9, "title": "New"})"));
    f.nam.always("PATCH", QStringLiteral("/api/projects/9/"),
        ReplyScript::json(200, R"({"id": 9, "title": "Renamed"})"));
    f.nam.always("DELETE", QStringLiteral("/api/projects/9/"), ReplyScript::noContent());
    ProjectsApi api(&f.client);
    Got<Project> created, updated;
    Got<Empty> removed;
    const QJsonObject fields { { QStringLiteral("title"), QStringLiteral("New") },
        { QStringLiteral("label_config"), QStringLiteral("<View/>") } };
    api.create(fields, this, created.cb());
    api.update(9, QJsonObject { { QStringLiteral("title"), QStringLiteral("Renamed") } }, this, updated.cb());
    api.remove(9, this, removed.cb());
    QVERIFY(created.wait() && updated.wait() && removed.wait());
    QVERIFY2(created.result.ok(), qPrintable(str(created.result.error)));
    QCOMPARE(created.result->id, 9);
    QCOMPARE(updated.result->title, QStringLiteral("Renamed"));
    QVERIFY2(removed.result.ok(), qPrintable(str(removed.result.error)));
    QCOMPARE(f.nam.requests("POST", QStringLiteral("/api/projects/")).first().json().object(), fields);
    QCOMPARE(f.nam.requests("PATCH", QStringLiteral("/api/projects/9/")).first().json().object(),
        (QJsonObject { { QStringLiteral("title"), QStringLiteral("Renamed") } }));
    QVERIFY(f.nam.requests("DELETE", QStringLiteral("/api/projects/9/")).first().body.isEmpty());
}

void TestApi::validateLabelConfig()
{
    Fixture f;
    // Project-less validation answers 204; a rejected config 400 with validation_errors.label_config.
    f.nam.always("POST", QStringLiteral("/api/projects/validate/"), ReplyScript::noContent());
    f.nam.once("POST", QStringLiteral("/api/projects/3/validate/"), ReplyScript::text(503, "restarting"));
    f.nam.always("POST", QStringLiteral("/api/projects/3/validate/"),
        ReplyScript::json(400, R"({"detail": "Validation error", "validation_errors": {"label_config":
                    ["These labels still exist in annotations: Car"]}})"));
    ProjectsApi api(&f.client);
    Got<Empty> ok, rejected;
    api.validateLabelConfig(0, QStringLiteral("<View/>"), this, ok.cb());
    api.validateLabelConfig(3, QStringLiteral("<View><Labels/></View>"), this, rejected.cb());
    QVERIFY(ok.wait() && rejected.wait());
    QVERIFY2(ok.result.ok(), qPrintable(str(ok.result.error)));
    QCOMPARE(f.nam.requests().first().json().object(),
        (QJsonObject { { QStringLiteral("label_config"), QStringLiteral("<View/>") } }));
    QCOMPARE(rejected.result.error.httpStatus, 400);
    QVERIFY(
        rejected.result.error.validationText().contains(QLatin1String("still exist in annotations: Car")));
    QVERIFY(rejected.result.error.message.contains(QLatin1String("still exist in annotations: Car")));
    // Validation changes nothing: the 503 was retried although it is a POST.
    QCOMPARE(f.nam.count("POST", QStringLiteral("/api/projects/3/validate/")), 2);
}

void TestApi::exportFormats()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/projects/3/export/formats"),
        ReplyScript::json(200, R"([{"name": "JSON", "title": "JSON"}, {"name": "YOLO", "disabled": true}])"));
    ProjectsApi api(&f.client);
    Got<QList<ExportFormat>> got;
    api.exportFormats(3, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(str(got.result.error)));
    QCOMPARE(got.result->size(), 2);
    QVERIFY(got.result->at(1).disabled);
    QCOMPARE(f.nam.unmatched(), 0);
}

void TestApi::tasksListQueryEncoding()
{
    // The Data Manager query travels as JSON in one query parameter: '+', '&', '=', '#', spaces and
    // non-ASCII in filter values must arrive intact (QUrlQuery alone would leave '+', read as a space).
    Fixture f;
    f.nam.always(
        "GET", QStringLiteral("/api/tasks/"), ReplyScript::json(200, R"({"tasks": [], "total": 0})"));
    TasksApi api(&f.client);
    TaskQuery q;
    q.project = 7;
    q.query = QJsonObject {
        { QStringLiteral("filters"),
            QJsonObject { { QStringLiteral("conjunction"), QStringLiteral("and") },
                { QStringLiteral("items"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("filter"), QStringLiteral("filter:tasks:data.text") },
                            { QStringLiteral("operator"), QStringLiteral("contains") },
                            { QStringLiteral("type"), QStringLiteral("String") },
                            { QStringLiteral("value"), QStringLiteral("C++ & a=b #1 Zürich") } } } } } },
        { QStringLiteral("ordering"), QJsonArray { QStringLiteral("-tasks:created_at") } }
    };
    Got<Page<Task>> got;
    api.listPage(q, 1, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(str(got.result.error)));
    const QUrl url = f.nam.requests().first().url;
    const QString sent = djangoQueryValue(url, QStringLiteral("query"));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(sent.toUtf8(), &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(sent));
    QCOMPARE(doc.object(), q.query);
    QCOMPARE(djangoQueryValue(url, QStringLiteral("project")), QStringLiteral("7"));
}

void TestApi::tasksListSpec()
{
    TaskQuery q;
    q.project = 3;
    q.view = 12;
    q.pageSize = 50;
    q.fields = TaskQuery::Fields::TaskOnly;
    const RequestSpec s = TasksApi::listSpec(q, 4);
    QCOMPARE(s.verb, QByteArray("GET"));
    QCOMPARE(s.path, QStringLiteral("api/tasks/"));
    QCOMPARE(s.query.queryItemValue(QStringLiteral("project")), QStringLiteral("3"));
    QCOMPARE(s.query.queryItemValue(QStringLiteral("view")), QStringLiteral("12"));
    QCOMPARE(s.query.queryItemValue(QStringLiteral("page")), QStringLiteral("4"));
    QCOMPARE(s.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("50"));
    QCOMPARE(s.query.queryItemValue(QStringLiteral("fields")), QStringLiteral("task_only"));
    QVERIFY(!s.query.hasQueryItem(QStringLiteral("query")));
}

void TestApi::importTasks()
{
    Fixture f;
    f.nam.always("POST", QStringLiteral("/api/projects/5/import"),
        ReplyScript::json(201, R"({"task_count": 2, "annotation_count": 0, "prediction_count": 1,
                    "duration": 0.02, "file_upload_ids": [], "task_ids": [100, 101]})"));
    TasksApi api(&f.client);
    const QJsonArray tasks { QJsonObject { { QStringLiteral("data"),
                                 QJsonObject { { QStringLiteral("text"), QStringLiteral("a") } } } },
        QJsonObject { { QStringLiteral("text"), QStringLiteral("b") } } };
    Got<ImportResult> got;
    api.importTasks(5, tasks, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(str(got.result.error)));
    QCOMPARE(got.result->taskCount, 2);
    QCOMPARE(got.result->predictionCount, 1);
    QCOMPARE(got.result->taskIds, (QList<int> { 100, 101 }));
    const RecordedRequest &r = f.nam.requests().first();
    QCOMPARE(r.query().queryItemValue(QStringLiteral("return_task_ids")), QStringLiteral("true"));
    QCOMPARE(r.json().array(), tasks);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void TestApi::annotationsAndPredictions()
{
    Fixture f;
    f.nam.always("POST", QStringLiteral("/api/tasks/8/annotations/"),
        ReplyScript::json(201, R"({"id": 30, "task": 8, "completed_by": {"id": 2}, "result": []})"));
    f.nam.always("GET", QStringLiteral("/api/tasks/8/annotations/"),
        ReplyScript::json(200, R"([{"id": 30}, {"id": 31}])"));
    f.nam.always("POST", QStringLiteral("/api/predictions/"),
        ReplyScript::json(201, R"({"id": 40, "task": 8, "score": 0.5})"));
    f.nam.always(
        "GET", QStringLiteral("/api/predictions/"), ReplyScript::json(200, R"([{"id": 40, "task": 8}])"));
    f.nam.always("DELETE", QStringLiteral("/api/annotations/30/"), ReplyScript::noContent());
    AnnotationsApi api(&f.client);
    Got<Annotation> created;
    Got<QList<Annotation>> listed;
    Got<Prediction> predicted;
    Got<QList<Prediction>> predictions;
    Got<Empty> removed;
    const QJsonObject annotation { { QStringLiteral("result"), QJsonArray {} },
        { QStringLiteral("lead_time"), 1.5 } };
    api.create(8, annotation, this, created.cb());
    api.list(8, this, listed.cb());
    api.createPrediction(8,
        QJsonObject { { QStringLiteral("result"), QJsonArray {} }, { QStringLiteral("score"), 0.5 } }, this,
        predicted.cb());
    api.listPredictions(8, this, predictions.cb());
    api.remove(30, this, removed.cb());
    QVERIFY(created.wait() && listed.wait() && predicted.wait() && predictions.wait() && removed.wait());
    QCOMPARE(created.result->completedBy, 2);
    QCOMPARE(listed.result->size(), 2);
    QCOMPARE(predicted.result->score, std::optional<double>(0.5));
    QCOMPARE(predictions.result->size(), 1);
    QVERIFY(removed.result.ok());
    QCOMPARE(f.nam.requests("POST", QStringLiteral("/api/tasks/8/annotations/")).first().json().object(),
        annotation);
    // The task id goes into the prediction's body, and into the list's query.
    QCOMPARE(f.nam.requests("POST", QStringLiteral("/api/predictions/"))
                 .first()
                 .json()
                 .object()
                 .value(QLatin1String("task"))
                 .toInt(),
        8);
    QCOMPARE(f.nam.requests("GET", QStringLiteral("/api/predictions/"))
                 .first()
                 .query()
                 .queryItemValue(QStringLiteral("task")),
        QStringLiteral("8"));
}

void TestApi::connectToServer()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/version/"),
        ReplyScript::json(200, R"({"release": "1.23.2", "label-studio-os-package": {"version": "1.23.2"}})"));
    f.nam.always("GET", QStringLiteral("/api/current-user/whoami"),
        ReplyScript::json(200, R"({"id": 1, "email": "admin@example.com", "username": "admin"})"));
    SessionApi api(&f.client);
    Got<ServerInfo> got;
    api.connectToServer(this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(str(got.result.error)));
    QCOMPARE(got.result->version.release, QStringLiteral("1.23.2"));
    QCOMPARE(got.result->user.email, QStringLiteral("admin@example.com"));
    QCOMPARE(f.nam.requests().size(), 2);
    // The version needs no key; whoami checks it.
    QVERIFY(!f.nam.requests().at(0).hasHeader("Authorization"));
    QVERIFY(f.nam.requests().at(1).hasHeader("Authorization"));
    QTest::qWait(50);
    QCOMPARE(got.calls, 1);
}

void TestApi::connectRefusesOldServer()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/version/"), ReplyScript::json(200, R"({"release": "1.16.0"})"));
    SessionApi api(&f.client);
    Got<ServerInfo> got;
    api.connectToServer(this, got.cb());
    QVERIFY(got.wait());
    QCOMPARE(got.result.error.kind, ApiError::Kind::Unsupported);
    QVERIFY2(
        got.result.error.message.contains(QLatin1String("1.16.0")), qPrintable(got.result.error.message));
    QVERIFY(got.result.error.message.contains(QLatin1String("1.17")));
    QCOMPARE(f.nam.requests().size(), 1); // no whoami
}

void TestApi::connectToSomethingElse_data()
{
    QTest::addColumn<ReplyScript>("reply");
    QTest::newRow("HTML 404 (wrong prefix)") << ReplyScript::html(404, "<html><h1>Not Found</h1></html>");
    QTest::newRow("HTML 200 (a web page)") << ReplyScript::html(200, "<html><body>Welcome</body></html>");
}

void TestApi::connectToSomethingElse()
{
    QFETCH(ReplyScript, reply);
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/version/"), reply);
    SessionApi api(&f.client);
    Got<ServerInfo> got;
    api.connectToServer(this, got.cb());
    QVERIFY(got.wait());
    QVERIFY(!got.result.ok());
    QVERIFY2(got.result.error.message.contains(QLatin1String("does not look like a Label Studio server")),
        qPrintable(got.result.error.message));
    QVERIFY(got.result.error.message.contains(QLatin1String("prefix")));
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestApi::connectWithBadKey()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/api/version/"), ReplyScript::json(200, R"({"release": "1.23.2"})"));
    f.nam.always("GET", QStringLiteral("/api/current-user/whoami"),
        ReplyScript::json(401,
            R"({"detail": "Authentication token no longer valid: legacy token authentication has been disabled for this organization"})"));
    SessionApi api(&f.client);
    Got<ServerInfo> got;
    api.connectToServer(this, got.cb());
    QVERIFY(got.wait());
    QCOMPARE(got.result.error.httpStatus, 401);
    QVERIFY(got.result.error.isAuthError());
    QVERIFY(got.result.error.message.contains(QLatin1String("personal access token")));
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
