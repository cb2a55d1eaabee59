// DataManagerApi on the fake network: the requests it builds for views, columns and actions, how it reads
// the replies (shapes taken from Label Studio 1.23.2), and the filter helpers.
#include "api/datamanagerapi.h"
#include "fakenam.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
struct Fixture
{
    FakeNam nam;
    Client client;
    DataManagerApi api;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com/ls")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
        , api(&client)
    { }
};

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

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// A view as the server returns it, with data the web UI stored that we do not model.
const char *kView = R"({"id": 4, "project": 7, "order": 2, "user": 1, "data": {"title": "Long texts",
    "filters": {"conjunction": "or", "items": [{"filter": "filter:tasks:data.text", "operator": "contains",
    "type": "String", "value": "long"}]}, "ordering": ["-tasks:id"],
    "hiddenColumns": {"explore": ["tasks:inner_id"], "labeling": []}, "columnsWidth": {"tasks:id": 80}}})";
} // namespace

class TestDataManagerApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listViews();
    void createUpdateDeleteView();
    void columns();
    void columnsRejectsOtherShapes();
    void runAction();
    void actionFailure();
    void queryHelpers();
    void operatorsFitTypes();
};

void TestDataManagerApi::listViews()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/ls/api/dm/views/"),
        ReplyScript::json(200, QByteArray("[") + kView + R"(, {"id": 5, "project": 7, "data": {}}])"));
    Got<QList<DmView>> got;
    f.api.views(7, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
    QCOMPARE(got.result->size(), 2);
    const DmView &v = got.result->first();
    QCOMPARE(v.id, 4);
    QCOMPARE(v.project, 7);
    QCOMPARE(v.order, 2);
    QCOMPARE(v.title, QStringLiteral("Long texts"));
    QCOMPARE(v.ordering, QStringList { QStringLiteral("-tasks:id") });
    QCOMPARE(v.hiddenColumns, QStringList { QStringLiteral("tasks:inner_id") });
    QCOMPARE(v.filters.value(QLatin1String("conjunction")).toString(), QStringLiteral("or"));
    QCOMPARE(v.raw.value(QLatin1String("user")).toInt(), 1);
    QVERIFY(got.result->at(1).title.isEmpty());
    QVERIFY(got.result->at(1).filters.isEmpty());
    QCOMPARE(f.nam.requests().first().query().queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
}

void TestDataManagerApi::createUpdateDeleteView()
{
    Fixture f;
    f.nam.always("POST", QStringLiteral("/ls/api/dm/views/"), ReplyScript::json(201, QByteArray(kView)));
    f.nam.always("PATCH", QStringLiteral("/ls/api/dm/views/4/"), ReplyScript::json(200, QByteArray(kView)));
    f.nam.always("DELETE", QStringLiteral("/ls/api/dm/views/4/"), ReplyScript::noContent());
    const QJsonObject filters = dmQuery(
        { DmFilter { QStringLiteral("tasks:id"), QStringLiteral("greater"), QStringLiteral("Number"), 10 } },
        QStringLiteral("and"), {})
                                    .value(QLatin1String("filters"))
                                    .toObject();
    Got<DmView> created;
    f.api.createView(
        7, QStringLiteral("Big ids"), filters, { QStringLiteral("tasks:id") }, this, created.cb());
    QVERIFY(created.wait());
    QVERIFY2(created.result.ok(), qPrintable(created.result.error.message));
    QCOMPARE(created.result->id, 4);
    QCOMPARE(f.nam.requests("POST", QStringLiteral("/ls/api/dm/views/")).first().json().object(),
        obj(R"({"project": 7, "data": {"title": "Big ids", "ordering": ["tasks:id"], "filters":
            {"conjunction": "and", "items": [{"filter": "filter:tasks:id", "operator": "greater",
             "type": "Number", "value": 10}]}}})"));

    // An update sends back what the web UI stored and we do not model (hidden columns, widths).
    DmView v = *created.result;
    v.title = QStringLiteral("Renamed");
    v.ordering = {};
    Got<DmView> updated;
    f.api.updateView(v, this, updated.cb());
    QVERIFY(updated.wait());
    QVERIFY2(updated.result.ok(), qPrintable(updated.result.error.message));
    const QJsonObject patch
        = f.nam.requests("PATCH", QStringLiteral("/ls/api/dm/views/4/")).first().json().object();
    QCOMPARE(patch.value(QLatin1String("project")).toInt(), 7);
    const QJsonObject data = patch.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("title")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(data.value(QLatin1String("ordering")).toArray(), QJsonArray {});
    QCOMPARE(data.value(QLatin1String("columnsWidth")).toObject(), obj(R"({"tasks:id": 80})"));
    QCOMPARE(data.value(QLatin1String("hiddenColumns")).toObject().value(QLatin1String("explore")).toArray(),
        QJsonArray { QStringLiteral("tasks:inner_id") });
    QCOMPARE(data.value(QLatin1String("filters")).toObject(), v.filters);

    Got<Empty> deleted;
    f.api.deleteView(4, this, deleted.cb());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.result.ok(), qPrintable(deleted.result.error.message));
    QCOMPARE(f.nam.count("DELETE", QStringLiteral("/ls/api/dm/views/4/")), 1);
}

void TestDataManagerApi::columns()
{
    Fixture f;
    // Abridged from GET /api/dm/columns?project=1 on Label Studio 1.23.2.
    f.nam.always(
        "GET", QStringLiteral("/ls/api/dm/columns/"), ReplyScript::json(200, QByteArray(R"({"columns": [
        {"id": "text", "title": "text", "type": "String", "target": "tasks", "parent": "data",
         "visibility_defaults": {"explore": true, "labeling": true}, "project_defined": true},
        {"id": "id", "title": "ID", "type": "Number", "help": "Task ID", "target": "tasks",
         "visibility_defaults": {"explore": true, "labeling": false}, "project_defined": false},
        {"id": "annotators", "title": "Annotated by", "type": "List", "target": "tasks",
         "schema": {"items": [1, 2]}, "visibility_defaults": {"explore": true, "labeling": false}},
        {"id": "avg_lead_time", "title": "Lead Time", "type": "Time", "target": "tasks",
         "visibility_defaults": {"explore": false, "labeling": false}},
        {"id": "data", "title": "data", "type": "List", "target": "tasks", "children": ["text"]}]})")));
    Got<QList<DmColumn>> got;
    f.api.columns(3, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
    QCOMPARE(got.result->size(), 5);
    const DmColumn &text = got.result->at(0);
    QCOMPARE(text.id, QStringLiteral("data.text"));
    QVERIFY(text.isDataColumn());
    QVERIFY(!text.isGroup());
    QCOMPARE(text.filterId(), QStringLiteral("filter:tasks:data.text"));
    QCOMPARE(text.orderingId(), QStringLiteral("tasks:data.text"));
    QVERIFY(text.visibleInExplore && text.visibleInLabeling);
    const DmColumn &id = got.result->at(1);
    QCOMPARE(id.id, QStringLiteral("id"));
    QCOMPARE(id.title, QStringLiteral("ID"));
    QCOMPARE(id.type, QStringLiteral("Number"));
    QCOMPARE(id.help, QStringLiteral("Task ID"));
    QVERIFY(!id.isDataColumn());
    QVERIFY(!got.result->at(3).visibleInExplore);
    QVERIFY(got.result->at(4).isGroup());
    QCOMPARE(got.result->at(4).children, QStringList { QStringLiteral("text") });
    QCOMPARE(f.nam.requests().first().query().queryItemValue(QStringLiteral("project")), QStringLiteral("3"));
}

void TestDataManagerApi::columnsRejectsOtherShapes()
{
    Fixture f;
    f.nam.always("GET", QStringLiteral("/ls/api/dm/columns/"), ReplyScript::json(200, QByteArray("[]")));
    Got<QList<DmColumn>> got;
    f.api.columns(3, this, got.cb());
    QVERIFY(got.wait());
    QCOMPARE(got.result.error.kind, ApiError::Kind::Parse);
}

void TestDataManagerApi::runAction()
{
    Fixture f;
    f.nam.always("POST", QStringLiteral("/ls/api/dm/actions/"),
        ReplyScript::json(
            200, QByteArray(R"({"processed_items": 2, "reload": false, "detail": "Deleted 2 tasks"})")));
    const QJsonObject selected = obj(R"({"all": false, "included": [11, 12]})");
    Got<DmActionResult> got;
    f.api.runAction(7, QStringLiteral("delete_tasks"), selected, 0, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
    QCOMPARE(got.result->processedItems, 2);
    QCOMPARE(got.result->reload, false);
    QCOMPARE(got.result->detail, QStringLiteral("Deleted 2 tasks"));
    const RecordedRequest &r = f.nam.requests().first();
    QCOMPARE(r.query().queryItemValue(QStringLiteral("id")), QStringLiteral("delete_tasks"));
    QCOMPARE(r.query().queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
    QVERIFY(!r.query().hasQueryItem(QStringLiteral("view")));
    QCOMPARE(r.json().object(), (QJsonObject { { QStringLiteral("selectedItems"), selected } }));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));

    const RequestSpec withView = DataManagerApi::runActionSpec(
        7, QStringLiteral("delete_tasks_annotations"), obj(R"({"all": true, "excluded": []})"), 4);
    QCOMPARE(withView.query.queryItemValue(QStringLiteral("view")), QStringLiteral("4"));
}

void TestDataManagerApi::actionFailure()
{
    // A failed action is an error with the server's message, never retried (a POST that deletes).
    Fixture f;
    f.nam.always("POST", QStringLiteral("/ls/api/dm/actions/"),
        ReplyScript::json(503, QByteArray(R"({"detail": "Service unavailable"})")));
    Got<DmActionResult> got;
    f.api.runAction(
        7, QStringLiteral("delete_tasks"), obj(R"({"all": false, "included": [1]})"), 0, this, got.cb());
    QVERIFY(got.wait());
    QVERIFY(!got.result.ok());
    QCOMPARE(got.result.error.httpStatus, 503);
    QCOMPARE(f.nam.count("POST", QStringLiteral("/ls/api/dm/actions/")), 1);
}

void TestDataManagerApi::queryHelpers()
{
    const QList<DmFilter> filters {
        { QStringLiteral("tasks:data.text"), QStringLiteral("contains"), QStringLiteral("String"),
            QStringLiteral("x") },
        { QStringLiteral("total_annotations"), QStringLiteral("greater"), QStringLiteral("Number"), 1 },
        { QStringLiteral("filter:tasks:completed_at"), QStringLiteral("in"), QStringLiteral("Datetime"),
            obj(R"({"min": "2024-01-01T00:00:00.000Z", "max": "2024-02-01T00:00:00.000Z"})") },
    };
    const QJsonObject q = dmQuery(filters, QStringLiteral("or"), { QStringLiteral("-tasks:completed_at") });
    QCOMPARE(q, obj(R"({"filters": {"conjunction": "or", "items": [
        {"filter": "filter:tasks:data.text", "operator": "contains", "type": "String", "value": "x"},
        {"filter": "filter:tasks:total_annotations", "operator": "greater", "type": "Number", "value": 1},
        {"filter": "filter:tasks:completed_at", "operator": "in", "type": "Datetime",
         "value": {"min": "2024-01-01T00:00:00.000Z", "max": "2024-02-01T00:00:00.000Z"}}]},
        "ordering": ["-tasks:completed_at"]})"));
    // Anything but "or" is "and".
    QCOMPARE(dmQuery({}, QStringLiteral("xor"), {}),
        obj(R"({"filters": {"conjunction": "and", "items": []}, "ordering": []})"));

    QString conjunction;
    const QList<DmFilter> back
        = dmFiltersFromJson(q.value(QLatin1String("filters")).toObject(), &conjunction);
    QCOMPARE(conjunction, QStringLiteral("or"));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.at(1).column, QStringLiteral("tasks:total_annotations"));
    QCOMPARE(dmQuery(back, conjunction, { QStringLiteral("-tasks:completed_at") }), q);
}

void TestDataManagerApi::operatorsFitTypes()
{
    const QStringList number = operatorsFor(QStringLiteral("Number"));
    QVERIFY(number.contains(QStringLiteral("greater_or_equal")));
    QVERIFY(number.contains(QStringLiteral("in")));
    QVERIFY(!number.contains(QStringLiteral("contains")));
    const QStringList text = operatorsFor(QStringLiteral("String"));
    QVERIFY(text.contains(QStringLiteral("contains")) && text.contains(QStringLiteral("regex")));
    QVERIFY(!text.contains(QStringLiteral("greater")));
    const QStringList date = operatorsFor(QStringLiteral("Datetime"));
    QCOMPARE(date.first(), QStringLiteral("less"));
    QVERIFY(!date.contains(QStringLiteral("equal")));
    QCOMPARE(operatorsFor(QStringLiteral("List")),
        (QStringList {
            QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("empty") }));
    QCOMPARE(operatorsFor(QStringLiteral("Boolean")),
        (QStringList { QStringLiteral("equal"), QStringLiteral("empty") }));
    QCOMPARE(operatorsFor(QStringLiteral("Image")), text);
    QCOMPARE(operatorsFor(QStringLiteral("SomethingNew")), text);
    for (const QString &type : { QStringLiteral("Number"), QStringLiteral("String"),
             QStringLiteral("Datetime"), QStringLiteral("List"), QStringLiteral("Boolean") })
        QVERIFY(operatorsFor(type).contains(QStringLiteral("empty")));
}

QTEST_MAIN(TestDataManagerApi)
#include "tst_datamanagerapi.moc"
