#include "dto/dto.h"
#include "dto/version.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace lsdesk;

namespace {
QJsonObject obj(const QByteArray &json)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

// The task shape of label-studio-api.md §5.2 (export / fields=all), abbreviated only in the region.
const QByteArray kTask
    = R"({"id": 87, "annotations": [{"id": 22, "completed_by": 1, "result": [{"id": "qd1jIVAq1h",
  "type": "polygonlabels", "value": {"closed": true, "points": [[44.44, 48.25], [42.53, 60.31], [56.19, 50.79]],
  "polygonlabels": ["Airplane"]}, "origin": "manual", "to_name": "image", "from_name": "label", "image_rotation": 0,
  "original_width": 128, "original_height": 128}], "was_cancelled": false, "ground_truth": false,
  "created_at": "2024-01-30T02:40:43.893565Z", "updated_at": "2024-01-30T02:41:00.000000Z",
  "draft_created_at": "2024-01-30T02:40:35.000000Z", "lead_time": 8.65, "prediction": {}, "result_count": 0,
  "unique_id": "3bc9da85-0000-0000-0000-000000000000", "import_id": null, "last_action": null, "task": 87,
  "project": 29, "updated_by": 1, "parent_prediction": null, "parent_annotation": null, "last_created_by": null}],
 "file_upload": "example.png", "drafts": [], "predictions": [], "data": {"image": "/data/upload/29/example.png"},
 "meta": {}, "created_at": "2024-01-30T02:39:00.123456Z", "updated_at": "2024-01-30T02:41:00Z", "inner_id": 1,
 "total_annotations": 1, "cancelled_annotations": 0, "total_predictions": 0, "comment_count": 0,
 "unresolved_comment_count": 0, "last_comment_updated_at": null, "project": 29, "updated_by": 1,
 "comment_authors": []})";
} // namespace

class TestDto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskFromExportShape();
    void taskPredictionsAsObjectsAndIds();
    void annotationCompletedByObject();
    void rawKeepsUnknownFields();
    void project();
    void user();
    void serverVersion_data();
    void serverVersion();
    void serverVersionEdition();
    void exportFormat();
    void importResult_data();
    void importResult();
    void pageEnvelope_data();
    void pageEnvelope();
    void pageEnvelopeMalformed_data();
    void pageEnvelopeMalformed();
    void pageCount_data();
    void pageCount();
    void intOf();
};

void TestDto::taskFromExportShape()
{
    const Task t = Task::fromJson(obj(kTask));
    QCOMPARE(t.id, 87);
    QCOMPARE(t.project, 29);
    QCOMPARE(t.innerId, 1);
    QCOMPARE(t.data.value(QLatin1String("image")).toString(), QStringLiteral("/data/upload/29/example.png"));
    QVERIFY(t.meta.isEmpty());
    QCOMPARE(t.totalAnnotations, 1);
    QCOMPARE(t.cancelledAnnotations, 0);
    QCOMPARE(t.totalPredictions, 0);
    QCOMPARE(t.createdAt, QDateTime(QDate(2024, 1, 30), QTime(2, 39, 0, 123), QTimeZone::utc()));
    QCOMPARE(t.updatedAt, QDateTime(QDate(2024, 1, 30), QTime(2, 41, 0), QTimeZone::utc()));
    QVERIFY(t.predictions.isEmpty());

    QCOMPARE(t.annotations.size(), 1);
    const Annotation &a = t.annotations.first();
    QCOMPARE(a.id, 22);
    QCOMPARE(a.task, 87);
    QCOMPARE(a.project, 29);
    QCOMPARE(a.completedBy, 1);
    QVERIFY(!a.wasCancelled);
    QVERIFY(!a.groundTruth);
    QCOMPARE(a.leadTime, 8.65);
    QCOMPARE(a.result.size(), 1);
    QCOMPARE(
        a.result.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("polygonlabels"));
    // Microseconds are rounded to milliseconds by Qt: .893565 -> .894
    QCOMPARE(a.createdAt, QDateTime(QDate(2024, 1, 30), QTime(2, 40, 43, 894), QTimeZone::utc()));
    QVERIFY(a.updatedAt.isValid());
    // Fields not modelled survive in raw.
    QCOMPARE(a.raw.value(QLatin1String("unique_id")).toString(),
        QStringLiteral("3bc9da85-0000-0000-0000-000000000000"));
}

void TestDto::taskPredictionsAsObjectsAndIds()
{
    const Task objects = Task::fromJson(obj(R"({"id": 1, "predictions": [
        {"id": 5, "task": 1, "project": 2, "result": [{"id": "r1"}], "score": 0.75, "model_version": "v3",
         "created_at": "2024-02-01T10:00:00Z"},
        {"id": 6, "task": 1, "result": [], "score": null}]})"));
    QCOMPARE(objects.predictions.size(), 2);
    const Prediction &p = objects.predictions.first();
    QCOMPARE(p.id, 5);
    QCOMPARE(p.task, 1);
    QCOMPARE(p.project, 2);
    QCOMPARE(p.score, std::optional<double>(0.75));
    QCOMPARE(p.modelVersion, QStringLiteral("v3"));
    QCOMPARE(p.result.size(), 1);
    QVERIFY(p.createdAt.isValid());
    QVERIFY(!objects.predictions.at(1).score.has_value());

    // Older servers list ids: no Prediction objects, but the ids are kept in raw.
    const Task ids = Task::fromJson(obj(R"({"id": 2, "predictions": [11, 12], "annotations": [21]})"));
    QVERIFY(ids.predictions.isEmpty());
    QVERIFY(ids.annotations.isEmpty());
    QCOMPARE(ids.raw.value(QLatin1String("predictions")).toArray(), (QJsonArray { 11, 12 }));
    QCOMPARE(ids.raw.value(QLatin1String("annotations")).toArray(), (QJsonArray { 21 }));
}

void TestDto::annotationCompletedByObject()
{
    const Annotation asInt = Annotation::fromJson(obj(R"({"id": 1, "completed_by": 7})"));
    QCOMPARE(asInt.completedBy, 7);
    const Annotation asObject = Annotation::fromJson(obj(
        R"({"id": 1, "completed_by": {"id": 9, "email": "a@b.c", "first_name": "A", "last_name": "B"}})"));
    QCOMPARE(asObject.completedBy, 9);
    const Annotation asString = Annotation::fromJson(obj(R"({"id": 1, "completed_by": "12"})"));
    QCOMPARE(asString.completedBy, 12);
    const Annotation missing = Annotation::fromJson(obj(R"({"id": 1, "completed_by": null})"));
    QCOMPARE(missing.completedBy, 0);
    const Annotation cancelled
        = Annotation::fromJson(obj(R"({"id": 3, "was_cancelled": true, "ground_truth": true})"));
    QVERIFY(cancelled.wasCancelled);
    QVERIFY(cancelled.groundTruth);
}

void TestDto::rawKeepsUnknownFields()
{
    const QJsonObject o = obj(R"({"id": 3, "title": "P", "workspace": 4, "agreement_methodology": "pairwise",
        "review_settings": {"requeue_rejected_tasks_to_annotator": true}})");
    const Project p = Project::fromJson(o);
    QCOMPARE(p.raw, o);
    const Task t = Task::fromJson(obj(kTask));
    QCOMPARE(t.raw, obj(kTask));
    QCOMPARE(t.raw.value(QLatin1String("file_upload")).toString(), QStringLiteral("example.png"));
    const User u = User::fromJson(obj(R"({"id": 1, "avatar": "/a.png", "org": 2})"));
    QCOMPARE(u.raw.value(QLatin1String("avatar")).toString(), QStringLiteral("/a.png"));
}

void TestDto::project()
{
    const Project p = Project::fromJson(obj(R"({"id": 12, "title": "Cars", "description": "d",
        "label_config": "<View/>", "created_at": "2025-03-04T05:06:07.123456Z", "task_number": 1234,
        "finished_task_number": 100, "total_annotations_number": 150, "total_predictions_number": 1200,
        "num_tasks_with_annotations": 101, "created_by": {"id": 1, "email": "a@b.c"}})"));
    QCOMPARE(p.id, 12);
    QCOMPARE(p.title, QStringLiteral("Cars"));
    QCOMPARE(p.description, QStringLiteral("d"));
    QCOMPARE(p.labelConfig, QStringLiteral("<View/>"));
    QCOMPARE(p.createdAt, QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 123), QTimeZone::utc()));
    QCOMPARE(p.taskNumber, 1234);
    QCOMPARE(p.finishedTaskNumber, 100);
    QCOMPARE(p.totalAnnotationsNumber, 150);
    QCOMPARE(p.totalPredictionsNumber, 1200);
    QCOMPARE(p.numTasksWithAnnotations, 101);

    // Counters missing (the list without `include`) or null read as 0.
    const Project bare = Project::fromJson(obj(R"({"id": 1, "task_number": null})"));
    QCOMPARE(bare.taskNumber, 0);
    QCOMPARE(bare.totalAnnotationsNumber, 0);
    QVERIFY(!bare.createdAt.isValid());
}

void TestDto::user()
{
    const User u = User::fromJson(obj(R"({"id": 4, "username": "alice", "email": "alice@example.com",
        "first_name": "Alice", "last_name": "Liddell"})"));
    QCOMPARE(u.id, 4);
    QCOMPARE(u.displayName(), QStringLiteral("Alice Liddell"));
    QCOMPARE(
        User::fromJson(obj(R"({"email": "e@x", "username": "u"})")).displayName(), QStringLiteral("e@x"));
    QCOMPARE(User::fromJson(obj(R"({"username": "u"})")).displayName(), QStringLiteral("u"));
    QCOMPARE(User::fromJson(obj(R"({"first_name": "Bob", "username": "u"})")).displayName(),
        QStringLiteral("Bob"));
}

void TestDto::serverVersion_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("supported");

    QTest::newRow("1.16.0") << QByteArray(R"({"release": "1.16.0"})") << "1.16.0" << false;
    QTest::newRow("1.17.0") << QByteArray(R"({"release": "1.17.0"})") << "1.17.0" << true;
    QTest::newRow("1.23.2") << QByteArray(R"({"release": "1.23.2"})") << "1.23.2" << true;
    QTest::newRow("2.0.0") << QByteArray(R"({"release": "2.0.0"})") << "2.0.0" << true;
    QTest::newRow("1.9.2 (numeric compare)") << QByteArray(R"({"release": "1.9.2"})") << "1.9.2" << false;
    QTest::newRow("dev suffix") << QByteArray(R"({"release": "1.20.0.dev0"})") << "1.20.0.dev0" << true;
    QTest::newRow("garbage") << QByteArray(R"({"release": "nightly"})") << "nightly" << false;
    QTest::newRow("empty") << QByteArray(R"({})") << "" << false;
    QTest::newRow("package block only")
        << QByteArray(R"({"label-studio-os-package": {"version": "1.18.0", "short_version": "1.18"}})")
        << "1.18.0" << true;
}

void TestDto::serverVersion()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, release);
    QFETCH(bool, supported);
    const ServerVersion v = ServerVersion::fromJson(obj(json));
    QCOMPARE(v.release, release);
    QCOMPARE(v.isSupported(), supported);
    QCOMPARE(v.raw, obj(json));
}

void TestDto::serverVersionEdition()
{
    const ServerVersion community = ServerVersion::fromJson(obj(R"({"release": "1.23.2"})"));
    QCOMPARE(community.edition, QStringLiteral("Community"));
    QVERIFY(!community.isEnterprise());
    const ServerVersion enterprise
        = ServerVersion::fromJson(obj(R"({"release": "2.25.0", "edition": "Enterprise"})"));
    QCOMPARE(enterprise.edition, QStringLiteral("Enterprise"));
    QVERIFY(enterprise.isEnterprise());
    QVERIFY(ServerVersion::fromJson(obj(R"({"edition": "enterprise"})")).isEnterprise());
    QCOMPARE(ServerVersion::oldestSupported(), QVersionNumber(1, 17, 0));
}

void TestDto::exportFormat()
{
    const QJsonArray arr = QJsonDocument::fromJson(R"([
        {"name": "JSON", "title": "JSON", "description": "List of items", "link": "x", "tags": ["image", "audio"]},
        {"name": "COCO", "title": "COCO", "description": "Popular machine learning format", "tags": ["image"],
         "disabled": true},
        {"name": "CSV"}])")
                               .array();
    const QList<ExportFormat> formats = listFromJson<ExportFormat>(arr);
    QCOMPARE(formats.size(), 3);
    QCOMPARE(formats.at(0).name, QStringLiteral("JSON"));
    QCOMPARE(formats.at(0).tags, (QStringList { QStringLiteral("image"), QStringLiteral("audio") }));
    QVERIFY(!formats.at(0).disabled);
    QCOMPARE(formats.at(1).name, QStringLiteral("COCO"));
    QVERIFY(formats.at(1).disabled);
    QCOMPARE(formats.at(1).description, QStringLiteral("Popular machine learning format"));
    // No title: the name stands in.
    QCOMPARE(formats.at(2).title, QStringLiteral("CSV"));
    QCOMPARE(formats.at(0).raw.value(QLatin1String("link")).toString(), QStringLiteral("x"));
}

void TestDto::importResult_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("predictions");

    QTest::newRow("server key") << QByteArray(
        R"({"task_count": 3, "annotation_count": 2, "prediction_count": 4,
        "duration": 0.1, "task_ids": [10, 11, 12]})")
                                << 4;
    QTest::newRow("SDK key") << QByteArray(R"({"task_count": 3, "annotation_count": 2, "predictions_count": 5,
        "task_ids": [10, 11, 12]})")
                             << 5;
    QTest::newRow("both: server key wins") << QByteArray(R"({"task_count": 3, "annotation_count": 2,
        "prediction_count": 6, "predictions_count": 7, "task_ids": [10, 11, 12]})")
                                           << 6;
    QTest::newRow("server key zero") << QByteArray(R"({"task_count": 3, "annotation_count": 2,
        "prediction_count": 0, "predictions_count": 7, "task_ids": [10, 11, 12]})")
                                     << 0;
}

void TestDto::importResult()
{
    QFETCH(QByteArray, json);
    QFETCH(int, predictions);
    const ImportResult r = ImportResult::fromJson(obj(json));
    QCOMPARE(r.taskCount, 3);
    QCOMPARE(r.annotationCount, 2);
    QCOMPARE(r.predictionCount, predictions);
    QCOMPARE(r.taskIds, (QList<int> { 10, 11, 12 }));
    QCOMPARE(r.raw, obj(json));
}

void TestDto::pageEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("total");

    QTest::newRow("tasks envelope") << QByteArray(R"({"tasks": [{"id": 1}, {"id": 2}], "total": 250,
        "total_annotations": 3, "total_predictions": 0})")
                                    << 2 << 250;
    QTest::newRow("results envelope") << QByteArray(R"({"count": 31, "next": "http://x/api/projects/?page=2",
        "previous": null, "results": [{"id": 1}]})")
                                      << 1 << 31;
    QTest::newRow("plain array") << QByteArray(R"([{"id": 1}, {"id": 2}, {"id": 3}])") << 3 << -1;
    QTest::newRow("empty array") << QByteArray("[]") << 0 << -1;
    QTest::newRow("empty tasks page") << QByteArray(R"({"tasks": [], "total": 0})") << 0 << 0;
    QTest::newRow("tasks without total") << QByteArray(R"({"tasks": [{"id": 1}]})") << 1 << -1;
}

void TestDto::pageEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(int, total);
    QString error;
    const auto env = PageEnvelope::parse(body, &error);
    QVERIFY2(env.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(env->items.size(), items);
    QCOMPARE(env->total, total);
}

void TestDto::pageEnvelopeMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"tasks": [{"id": 1}, {"id)");
    QTest::newRow("html") << QByteArray("<html><body>Server Error</body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("object without list") << QByteArray(R"({"detail": "Not found."})");
}

void TestDto::pageEnvelopeMalformed()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!PageEnvelope::parse(body, &error).has_value());
    QVERIFY(!error.isEmpty());
    // A null error pointer is allowed.
    QVERIFY(!PageEnvelope::parse(body, nullptr).has_value());
}

void TestDto::pageCount_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");
    QTest::newRow("0") << 0 << 100 << 0;
    QTest::newRow("1") << 1 << 100 << 1;
    QTest::newRow("100") << 100 << 100 << 1;
    QTest::newRow("101") << 101 << 100 << 2;
    QTest::newRow("1234") << 1234 << 100 << 13;
    QTest::newRow("unknown") << -1 << 100 << -1;
}

void TestDto::pageCount()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    Page<Task> p;
    p.total = total;
    p.pageSize = pageSize;
    QCOMPARE(p.pageCount(), pages);
}

void TestDto::intOf()
{
    QCOMPARE(lsdesk::intOf(QJsonValue(5)), 5);
    QCOMPARE(lsdesk::intOf(QJsonValue(QStringLiteral("6"))), 6);
    QCOMPARE(lsdesk::intOf(QJsonValue(QStringLiteral("x")), -1), -1);
    QCOMPARE(lsdesk::intOf(QJsonValue(QJsonObject { { QStringLiteral("id"), 8 } })), 8);
    QCOMPARE(lsdesk::intOf(QJsonValue(QJsonValue::Null), -2), -2);
    QCOMPARE(lsdesk::intOf(QJsonValue(QJsonValue::Undefined)), 0);
}

QTEST_GUILESS_MAIN(TestDto)
#include "tst_dto.moc"
