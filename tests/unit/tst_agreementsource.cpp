// Agreement sources (issue #6, points 2 and 3): an export file streamed through the array splitter and
// fed to the engine on a worker thread (same report as feeding the engine directly; clear errors with byte
// offsets; cancel; reading one task back), a live project on the fake network (config, control_weights,
// users, tasks with fields=all), Enterprise's IAA endpoint in its exact shapes (and Community's 404), and
// the CSV writers.

#include "agreement/agreementsource.h"
#include "agreement/source_jsonsplitter.h"
#include "agreementtestutil.h"
#include "api/statsapi.h"
#include "fakenam.h"
#include "testutil.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lsdesk;
using namespace lsdesk::agreement;
using namespace lsdesk::test;

namespace {
const char *kConfig = R"(<View><Text name="text" value="$text"/>
<Choices name="sentiment" toName="text"><Choice value="Pos"/><Choice value="Neg"/></Choices></View>)";

QJsonObject choice(const QString &value)
{
    return QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } };
}

QJsonObject annotation(int id, const QJsonValue &by, const QString &value, bool cancelled = false)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("completed_by"), by },
        { QStringLiteral("was_cancelled"), cancelled },
        { QStringLiteral("result"), cancelled ? QJsonArray {} : QJsonArray { choice(value) } } };
}

// Six tasks by users 1, 2 and 3 ("{" and "]" inside strings on purpose: the splitter must not count them).
QJsonArray sampleTasks()
{
    QJsonArray tasks;
    const char *values[6][3] = { { "Pos", "Pos", "Pos" }, { "Pos", "Neg", "Pos" }, { "Neg", "Neg", nullptr },
        { "Pos", nullptr, "Neg" }, { "Neg", "Pos", "Neg" }, { "Pos", "Pos", nullptr } };
    int annotationId = 100;
    for (int t = 0; t < 6; ++t) {
        QJsonArray annotations;
        for (int u = 0; u < 3; ++u) {
            if (values[t][u])
                annotations.append(annotation(++annotationId, u + 1, QString::fromLatin1(values[t][u])));
        }
        if (t == 2) // a skipped annotation: left out of everything
            annotations.append(annotation(++annotationId, 3, {}, true));
        tasks.append(QJsonObject { { QStringLiteral("id"), t + 1 },
            { QStringLiteral("data"),
                QJsonObject {
                    { QStringLiteral("text"), QStringLiteral("text {%1] \"quoted\" \\ [").arg(t) } } },
            { QStringLiteral("annotations"), annotations },
            { QStringLiteral("predictions"), QJsonArray {} } });
    }
    return tasks;
}

AgreementReport directReport(const QJsonArray &tasks, const QJsonObject &weights = {})
{
    AgreementEngine engine;
    engine.setLabelConfig(QString::fromUtf8(kConfig));
    if (!weights.isEmpty())
        engine.setControlWeights(weights);
    for (const QJsonValue &t : tasks)
        engine.addTask(t.toObject());
    return engine.report();
}

QString compareReports(const AgreementReport &a, const AgreementReport &b)
{
    return lsdesk::test::compareReports(a, b, 1e-12);
}

struct Run
{
    int finished = 0;
    ApiError error;
    int reports = 0;
    QList<QPair<int, int>> progress;
};

std::shared_ptr<Run> watch(AgreementSource *s)
{
    auto run = std::make_shared<Run>();
    QObject::connect(s, &AgreementSource::finished, s, [run](const ApiError &e) {
        ++run->finished;
        run->error = e;
    });
    QObject::connect(s, &AgreementSource::reportUpdated, s, [run] { ++run->reports; });
    QObject::connect(s, &AgreementSource::progress, s, [run](int t, int total) {
        run->progress.append({ t, total });
    });
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

struct Fixture
{
    FakeNam nam;
    Client client;
    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions())
    { }
};

QByteArray usersBody()
{
    return QJsonDocument(QJsonArray {
                             QJsonObject { { QStringLiteral("id"), 1 },
                                 { QStringLiteral("email"), QStringLiteral("a@x.test") },
                                 { QStringLiteral("first_name"), QStringLiteral("Ada") },
                                 { QStringLiteral("last_name"), QStringLiteral("Lovelace") } },
                             QJsonObject { { QStringLiteral("id"), 2 },
                                 { QStringLiteral("email"), QStringLiteral("b@x.test") } },
                         })
        .toJson();
}
} // namespace

class TestAgreementSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitterFindsElementsAcrossAnyChunking()
    {
        const QByteArray bytes = "\xEF\xBB\xBF [ {\"a\": \"}]{[\\\"\"}, \n{\"b\": [1, {\"c\": 2}]}\t,{} ]\n";
        const QList<QByteArray> expected { "{\"a\": \"}]{[\\\"\"}", "{\"b\": [1, {\"c\": 2}]}", "{}" };
        for (int chunk : { 1, 2, 3, 7, 1000 }) {
            QList<QByteArray> got;
            QList<qint64> offsets;
            JsonArraySplitter s([&](const QByteArray &e, qint64 offset) {
                got << e;
                offsets << offset;
                return true;
            });
            for (int i = 0; i < bytes.size(); i += chunk)
                QVERIFY(s.feed(bytes.constData() + i, qMin<qsizetype>(chunk, bytes.size() - i)));
            QVERIFY2(s.finish(), qPrintable(s.error()));
            QCOMPARE(got, expected);
            for (int i = 0; i < got.size(); ++i)
                QCOMPARE(bytes.mid(offsets.at(i), got.at(i).size()), expected.at(i));
        }
    }

    void splitterErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("object") << QByteArray("{\"tasks\": []}") << "expected a list of tasks at byte 0"
                                << false;
        QTest::newRow("empty") << QByteArray("  ") << "expected a list of tasks at byte 2" << false;
        QTest::newRow("cut") << QByteArray("[{\"id\": 1}, {\"id\": \"x") << "cut off at byte 21" << true;
        QTest::newRow("cut-after") << QByteArray("[{\"id\": 1}") << "cut off at byte 10" << true;
        QTest::newRow("number") << QByteArray("[{}, 5]") << "expected a task (a JSON object) at byte 5"
                                << false;
        QTest::newRow("trailing-comma")
            << QByteArray("[{},]") << "expected a task (a JSON object) at byte 4" << false;
        QTest::newRow("missing-comma")
            << QByteArray("[{} {}]") << "expected \",\" or \"]\" after a task at byte 4" << false;
        QTest::newRow("after") << QByteArray("[{}] x") << "unexpected data after the list of tasks at byte 5"
                               << false;
    }

    void splitterErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QFETCH(bool, truncated);
        JsonArraySplitter s([](const QByteArray &, qint64) { return true; });
        const bool ok = s.feed(bytes.constData(), bytes.size()) && s.finish();
        QVERIFY(!ok);
        QCOMPARE(s.error(), error);
        QCOMPARE(s.isTruncated(), truncated);
    }

    void exportFileGivesTheEngineReport()
    {
        QTemporaryDir dir;
        const QJsonArray tasks = sampleTasks();
        const QString path = writeFile(dir, QStringLiteral("export.json"), QJsonDocument(tasks).toJson());
        QScopedPointer<AgreementSource> s(
            AgreementSource::fromExportFile(path, {}, QString::fromUtf8(kConfig)));
        auto run = watch(s.data());
        QVERIFY(!s->isRunning());
        s->start();
        QVERIFY(s->isRunning());
        QTRY_COMPARE(run->finished, 1);
        QVERIFY2(run->error.ok(), qPrintable(run->error.message));
        QVERIFY(!s->isRunning());
        QVERIFY(run->reports >= 1);
        QCOMPARE(run->progress.last(), qMakePair(6, 6));
        const QString diff = compareReports(s->report(), directReport(tasks));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(s->report().participants.size(), 3);
        QCOMPARE(s->report().cancelledSkipped, 1);
        QCOMPARE(s->description(), QStringLiteral("export.json"));
        // Ids only in this export: the default names.
        QCOMPARE(
            s->participantName(s->report().participants.at(0)), s->report().participants.at(0).defaultName());

        // One task read back by its offset.
        QJsonObject task;
        ApiError error;
        bool called = false;
        s->fetchTask(4, this, [&](const QJsonObject &t, const ApiError &e) {
            task = t;
            error = e;
            called = true;
        });
        QVERIFY(!called); // asynchronous, as for a live project
        QTRY_VERIFY(called);
        QVERIFY(error.ok());
        QCOMPARE(task, tasks.at(3).toObject());
        called = false;
        s->fetchTask(99, this, [&](const QJsonObject &t, const ApiError &e) {
            task = t;
            error = e;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(!error.ok());
        QVERIFY(task.isEmpty());
    }

    void exportFileNamesFromExpandedUsers()
    {
        QJsonArray tasks = sampleTasks();
        QJsonObject t0 = tasks.at(0).toObject();
        QJsonArray anns = t0.value(QStringLiteral("annotations")).toArray();
        QJsonObject a0 = anns.at(0).toObject();
        a0.insert(QStringLiteral("completed_by"),
            QJsonObject { { QStringLiteral("id"), 1 },
                { QStringLiteral("email"), QStringLiteral("ada@x.test") },
                { QStringLiteral("first_name"), QStringLiteral("Ada") },
                { QStringLiteral("last_name"), QString() } });
        anns.replace(0, a0);
        t0.insert(QStringLiteral("annotations"), anns);
        tasks.replace(0, t0);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("e.json"), QJsonDocument(tasks).toJson());
        QScopedPointer<AgreementSource> s(
            AgreementSource::fromExportFile(path, {}, QString::fromUtf8(kConfig)));
        auto run = watch(s.data());
        s->start();
        QTRY_COMPARE(run->finished, 1);
        QVERIFY(run->error.ok());
        QCOMPARE(s->userNames().value(1), QStringLiteral("Ada"));
        const int i = s->report().participantIndex(QStringLiteral("user:1"));
        QVERIFY(i >= 0);
        QCOMPARE(s->participantName(s->report().participants.at(i)), QStringLiteral("Ada"));
    }

    void malformedExportFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("tasksKept");
        const QByteArray full = QJsonDocument(sampleTasks()).toJson(QJsonDocument::Compact);
        const int secondEnd = full.indexOf("},{\"annotations\"", full.indexOf("},{\"annotations\"") + 1) + 1;
        QTest::newRow("object")
            << QByteArray("{\"id\": 1}")
            << "export.json is not a Label Studio JSON export: expected a list of tasks at byte 0" << 0;
        QTest::newRow("cut") << full.left(secondEnd + 10)
                             << QStringLiteral(
                                    "export.json is not a complete Label Studio JSON export: cut off at "
                                    "byte %1 (an interrupted download?)")
                                    .arg(secondEnd + 10)
                             << 2;
        QTest::newRow("json-min")
            << QByteArray("[{\"id\": 1, \"text\": \"x\", \"sentiment\": \"Pos\"}]")
            << "export.json is not a Label Studio JSON export: the task at byte 1 has no "
               "\"annotations\" list (export the project in the JSON format, not JSON-MIN or "
               "CSV)"
            << 0;
        QTest::newRow("bad-task")
            << QByteArray("[{\"annotations\": []}, {\"annotations\": [}]")
            // Qt's own words for the fault follow; the byte offset is ours.
            << "export.json is not a Label Studio JSON export: the task at byte 22 is not valid JSON (" << 1;
    }

    void malformedExportFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(int, tasksKept);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("export.json"), bytes);
        QScopedPointer<AgreementSource> s(
            AgreementSource::fromExportFile(path, {}, QString::fromUtf8(kConfig)));
        auto run = watch(s.data());
        s->start();
        QTRY_COMPARE(run->finished, 1);
        QCOMPARE(run->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(run->error.message.startsWith(message), qPrintable(run->error.message));
        // The tasks before the fault are kept in the (partial) report.
        QCOMPARE(s->report().tasksSeen, tasksKept);
        QTest::qWait(20);
        QCOMPARE(run->finished, 1);
    }

    void missingFile()
    {
        QScopedPointer<AgreementSource> s(
            AgreementSource::fromExportFile(QStringLiteral("/nonexistent/x.json"), {}));
        auto run = watch(s.data());
        s->start();
        QTRY_COMPARE(run->finished, 1);
        QCOMPARE(run->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(run->error.message.contains(QLatin1String("/nonexistent/x.json")));
    }

    void cancelAFileOnce()
    {
        // Large enough that the worker is still reading when cancel() comes.
        QJsonArray many;
        const QJsonArray sample = sampleTasks();
        for (int i = 0; i < 20000; ++i) {
            QJsonObject t = sample.at(i % 6).toObject();
            t.insert(QStringLiteral("id"), i + 1);
            many.append(t);
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big.json"), QJsonDocument(many).toJson());
        QScopedPointer<AgreementSource> s(
            AgreementSource::fromExportFile(path, {}, QString::fromUtf8(kConfig)));
        auto run = watch(s.data());
        s->start();
        s->cancel();
        QCOMPARE(run->finished, 1);
        QCOMPARE(run->error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!s->isRunning());
        QTest::qWait(100);
        QCOMPARE(run->finished, 1);
        s->cancel();
        QCOMPARE(run->finished, 1);
    }

    void liveProject()
    {
        Fixture f;
        const QJsonArray tasks = sampleTasks();
        const QJsonObject weights { { QStringLiteral("sentiment"),
            QJsonObject { { QStringLiteral("overall"), 1.0 },
                { QStringLiteral("type"), QStringLiteral("Choices") } } } };
        f.nam.always("GET", QStringLiteral("/api/projects/7/"),
            ReplyScript::json(200,
                QJsonObject { { QStringLiteral("id"), 7 },
                    { QStringLiteral("label_config"), QString::fromUtf8(kConfig) },
                    { QStringLiteral("control_weights"), weights } }));
        f.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::json(200, usersBody()));
        // Two pages of three tasks.
        f.nam.setHandler([&](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.path() != QLatin1String("/api/tasks/"))
                return std::nullopt;
            const int page = r.query().queryItemValue(QStringLiteral("page")).toInt();
            if (r.query().queryItemValue(QStringLiteral("fields")) != QLatin1String("all"))
                return ReplyScript::json(400, QByteArray("{}"));
            const int size = r.query().queryItemValue(QStringLiteral("page_size")).toInt();
            QJsonArray items;
            for (int i = (page - 1) * size; i < qMin(int(tasks.size()), page * size); ++i)
                items.append(tasks.at(i));
            return ReplyScript::json(200,
                QJsonObject {
                    { QStringLiteral("tasks"), items }, { QStringLiteral("total"), tasks.size() } });
        });
        f.nam.always("GET", QStringLiteral("/api/tasks/4/"), ReplyScript::json(200, tasks.at(3).toObject()));
        QScopedPointer<AgreementSource> s(AgreementSource::fromProject(&f.client, 7, {}));
        auto run = watch(s.data());
        s->start();
        QTRY_COMPARE(run->finished, 1);
        QVERIFY2(run->error.ok(), qPrintable(run->error.message));
        QCOMPARE(f.nam.unmatched(), 0);
        QCOMPARE(run->progress.last(), qMakePair(6, 6));
        const QString diff = compareReports(s->report(), directReport(tasks, weights));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(s->userNames().value(1), QStringLiteral("Ada Lovelace"));
        QCOMPARE(s->participantName(
                     s->report().participants.at(s->report().participantIndex(QStringLiteral("user:2")))),
            QStringLiteral("b@x.test"));
        QCOMPARE(s->participantName(
                     s->report().participants.at(s->report().participantIndex(QStringLiteral("user:3")))),
            QStringLiteral("User #3"));
        QCOMPARE(s->description(), QStringLiteral("Project 7 on https://ls.example.com"));
        QJsonObject task;
        bool called = false;
        s->fetchTask(4, this, [&](const QJsonObject &t, const ApiError &e) {
            QVERIFY(e.ok());
            task = t;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(task.value(QStringLiteral("id")).toInt(), 4);
    }

    void liveProjectErrorsAndCancel()
    {
        {
            Fixture f;
            f.nam.always("GET", QStringLiteral("/api/projects/7/"),
                ReplyScript::json(404, QByteArray("{\"detail\": \"Not found.\"}")));
            f.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::json(200, usersBody()));
            QScopedPointer<AgreementSource> s(AgreementSource::fromProject(&f.client, 7, {}));
            auto run = watch(s.data());
            s->start();
            QTRY_COMPARE(run->finished, 1);
            QCOMPARE(run->error.httpStatus, 404);
        }
        {
            // Cancelled while the project itself is being fetched: one Cancelled, nothing after it; and a
            // source destroyed while running emits nothing.
            Fixture f;
            f.nam.always("GET", QStringLiteral("/api/projects/7/"), ReplyScript::hang());
            f.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::hang());
            QScopedPointer<AgreementSource> s(AgreementSource::fromProject(&f.client, 7, {}));
            auto run = watch(s.data());
            s->start();
            QTRY_COMPARE(f.nam.count("GET", QStringLiteral("/api/projects/7/")), 1);
            s->cancel();
            QCOMPARE(run->finished, 1);
            QCOMPARE(run->error.kind, ApiError::Kind::Cancelled);
            QCOMPARE(run->error.message, QStringLiteral("Agreement computation cancelled."));
            QTRY_COMPARE(f.nam.outstanding(), 0);
            QCOMPARE(f.nam.count("GET", QStringLiteral("/api/tasks/")), 0);

            QScopedPointer<AgreementSource> other(AgreementSource::fromProject(&f.client, 7, {}));
            auto otherRun = watch(other.data());
            other->start();
            QTRY_COMPARE(f.nam.count("GET", QStringLiteral("/api/projects/7/")), 2);
            other.reset();
            QTRY_COMPARE(f.nam.outstanding(), 0);
            QCOMPARE(otherRun->finished, 0);
        }
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/projects/7/"),
            ReplyScript::json(200,
                QJsonObject { { QStringLiteral("id"), 7 },
                    { QStringLiteral("label_config"), QString::fromUtf8(kConfig) } }));
        f.nam.always("GET", QStringLiteral("/api/users/"), ReplyScript::json(200, usersBody()));
        f.nam.always("GET", QStringLiteral("/api/tasks/"), ReplyScript::hang());
        QScopedPointer<AgreementSource> s(AgreementSource::fromProject(&f.client, 7, {}));
        auto run = watch(s.data());
        s->start();
        QTRY_COMPARE(f.nam.count("GET", QStringLiteral("/api/tasks/")), 1);
        s->cancel();
        QCOMPARE(run->finished, 1);
        QCOMPARE(run->error.kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(f.nam.outstanding(), 0);
        QTest::qWait(50);
        QCOMPARE(run->finished, 1);
    }

    void serverIaaOverall()
    {
        Fixture f;
        // Enterprise's shape (projects/stats/types/iaa_stats_response.py): users are user dicts in matrix
        // order.
        const QByteArray body = R"({"IAA": [[1.0, 0.8, null], [0.8, 1.0, 0.5], [null, 0.5, 1.0]],
            "common_tasks": [[10, 7, 0], [7, 12, 3], [0, 3, 4]], "std": 0.12,
            "users": [{"id": 1, "email": "a@x.test", "first_name": "Ada", "last_name": "Lovelace"},
                      {"id": 5, "email": "b@x.test", "first_name": "", "last_name": ""},
                      {"id": 9, "email": "", "username": "carol"}]})";
        f.nam.always("GET", QStringLiteral("/api/projects/3/stats/IAA"), ReplyScript::json(200, body));
        const auto r = callIaa(f, 3, false);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const QUrlQuery q = f.nam.requests().last().query();
        QCOMPARE(q.queryItemValue(QStringLiteral("per_label")), QStringLiteral("false"));
        QCOMPARE(q.queryItemValue(QStringLiteral("std")), QStringLiteral("true"));
        QCOMPARE(r->userIds, (QList<int> { 1, 5, 9 }));
        QCOMPARE(r->userNames,
            (QStringList {
                QStringLiteral("Ada Lovelace"), QStringLiteral("b@x.test"), QStringLiteral("carol") }));
        QCOMPARE(r->participantKeys(),
            (QStringList { QStringLiteral("user:1"), QStringLiteral("user:5"), QStringLiteral("user:9") }));
        QCOMPARE(r->overall.size, 3);
        QCOMPARE(r->overall.at(0, 1), 0.8);
        QCOMPARE(r->overall.at(1, 2), 0.5);
        QVERIFY(std::isnan(r->overall.at(0, 2)));
        QCOMPARE(r->overall.common(1, 2), 3);
        QCOMPARE(r->overall.common(1, 1), 12);
        QCOMPARE(r->std, 0.12);
        QVERIFY(r->perLabel.isEmpty());
    }

    void serverIaaPerLabel()
    {
        Fixture f;
        const QByteArray body
            = R"({"IAA": {"Car": [[1.0, 0.25], [0.25, 1.0]], "Person": [[1.0, 1.0], [1.0, 1.0]]},
            "common_tasks": {"Car": [[4, 2], [2, 3]], "Person": [[1, 1], [1, 1]]},
            "std": {"Car": 0.3, "Person": 0.0},
            "users": [{"id": 2, "email": "b@x.test"}, {"id": 4, "email": "d@x.test"}]})";
        f.nam.always("GET", QStringLiteral("/api/projects/3/stats/IAA"), ReplyScript::json(200, body));
        const auto r = callIaa(f, 3, true);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(f.nam.requests().last().query().queryItemValue(QStringLiteral("per_label")),
            QStringLiteral("true"));
        QCOMPARE(r->perLabel.keys(), (QStringList { QStringLiteral("Car"), QStringLiteral("Person") }));
        QCOMPARE(r->perLabel.value(QStringLiteral("Car")).at(1, 0), 0.25);
        QCOMPARE(r->perLabel.value(QStringLiteral("Car")).common(0, 1), 2);
        QCOMPARE(r->perLabelStd.value(QStringLiteral("Car")), 0.3);
        QVERIFY(std::isnan(r->std));
        QCOMPARE(r->overall.size, 0);
    }

    void serverIaaCommunityAndBadShapes()
    {
        Fixture f;
        // Community: the route does not exist (an HTML 404 page, as Label Studio 1.23 answers).
        f.nam.always("GET", QStringLiteral("/api/projects/3/stats/IAA"),
            ReplyScript::html(404, "<!doctype html><html><body>Not Found</body></html>"));
        auto r = callIaa(f, 3, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::NotAvailable);
        QCOMPARE(r.error.message, StatsApi::communityMessage());
        QVERIFY(r.error.message.contains(QLatin1String("computed locally")));

        f.nam.always("GET", QStringLiteral("/api/projects/4/stats/IAA"),
            ReplyScript::json(200, QByteArray(R"({"IAA": [[1.0]], "users": [{"id": 1}, {"id": 2}]})")));
        r = callIaa(f, 4, false);
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        f.nam.always("GET", QStringLiteral("/api/projects/5/stats/IAA"),
            ReplyScript::json(200, QByteArray(R"({"users": []})")));
        r = callIaa(f, 5, false);
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
    }

    void csvMatrix()
    {
        Matrix m;
        m.size = 2;
        m.agreement = { kNoScore, 0.83333333, 0.83333333, kNoScore };
        m.commonTasks = { 5, 3, 3, 4 };
        const QByteArray csv
            = csv::matrix(m, { QStringLiteral("Doe, Jane"), QStringLiteral("Bob \"the builder\"") });
        QCOMPARE(csv,
            QByteArray("participant,\"Doe, Jane\",\"Bob \"\"the builder\"\"\"\r\n"
                       "\"Doe, Jane\",,0.8333\r\n"
                       "\"Bob \"\"the builder\"\"\",0.8333,\r\n"
                       "\r\n"
                       "common_tasks,\"Doe, Jane\",\"Bob \"\"the builder\"\"\"\r\n"
                       "\"Doe, Jane\",5,3\r\n"
                       "\"Bob \"\"the builder\"\"\",3,4\r\n"));
    }

    void csvTasks()
    {
        AgreementReport r;
        TaskAgreement a;
        a.taskId = 12;
        a.agreement = 0.5;
        a.members = { { 0, 1 }, { 1, 2 }, { 2, 3 } };
        a.pairs = { { 0, 1, 1.0 }, { 0, 2, 0.0 }, { 1, 2, 0.5 } };
        TaskAgreement b;
        b.taskId = 13;
        b.members = { { 0, 4 } };
        r.tasks = { a, b };
        QCOMPARE(
            csv::tasks(r), QByteArray("task_id,agreement,annotations,pairs\r\n12,0.5000,3,3\r\n13,,1,0\r\n"));
    }

private:
    Result<ServerAgreement> callIaa(Fixture &f, int project, bool perLabel)
    {
        std::optional<Result<ServerAgreement>> out;
        StatsApi(&f.client).iaa(project, perLabel, this, [&](const Result<ServerAgreement> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            return Result<ServerAgreement>::failure(
                ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no reply")));
        return *out;
    }
};

QTEST_MAIN(TestAgreementSource)
#include "tst_agreementsource.moc"
