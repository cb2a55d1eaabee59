// TaskStream against a fake task list that serves pages by number: ordering, bounded parallelism,
// no probing past the end, errors, late 404s, both envelopes and plain arrays, cancellation.
#include "api/taskstream.h"
#include "fakenam.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kTasks = QStringLiteral("/api/tasks/");

// A fake GET api/tasks/ over tasks 1..total.
struct TaskServer
{
    enum class Envelope { Tasks, Results, Array };
    int total = 0;
    Envelope envelope = Envelope::Tasks;
    int maxPageSize = 0; // > 0: the server silently caps page_size (TASK_API_PAGE_SIZE_MAX)
    int deletedFromPage
        = 0; // > 0: pages from this one on answer 404 "Invalid page." (tasks deleted meanwhile)
    bool arrayPastEndIs404 = false; // plain arrays: past the end, [] (false) or 404 (true)
    std::function<int(int page)> delayMs;
    std::function<std::optional<ReplyScript>(int page)> override;

    std::optional<ReplyScript> operator()(const RecordedRequest &r) const
    {
        if (r.verb != "GET" || r.path() != kTasks)
            return std::nullopt;
        const QUrlQuery q = r.query();
        const int page = q.queryItemValue(QStringLiteral("page")).toInt();
        int pageSize = q.queryItemValue(QStringLiteral("page_size")).toInt();
        if (maxPageSize > 0)
            pageSize = std::min(pageSize, maxPageSize);
        ReplyScript s = build(page, pageSize);
        if (override) {
            if (auto o = override(page))
                s = *o;
        }
        if (delayMs)
            s.withDelay(delayMs(page));
        return s;
    }

    ReplyScript build(int page, int pageSize) const
    {
        const ReplyScript invalidPage = ReplyScript::json(404, R"({"detail": "Invalid page."})");
        if (page < 1 || pageSize < 1)
            return invalidPage;
        const int pages = std::max(1, (total + pageSize - 1) / pageSize);
        if (deletedFromPage > 0 && page >= deletedFromPage)
            return invalidPage;
        if (page > pages && !(envelope == Envelope::Array && !arrayPastEndIs404))
            return invalidPage;
        QJsonArray items;
        for (int id = (page - 1) * pageSize + 1; id <= std::min(total, page * pageSize); ++id)
            items.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("project"), 7 },
                { QStringLiteral("data"),
                    QJsonObject { { QStringLiteral("text"), QStringLiteral("t%1").arg(id) } } } });
        switch (envelope) {
        case Envelope::Tasks:
            return ReplyScript::json(200,
                QJsonObject { { QStringLiteral("tasks"), items }, { QStringLiteral("total"), total },
                    { QStringLiteral("total_annotations"), 0 }, { QStringLiteral("total_predictions"), 0 } });
        case Envelope::Results:
            return ReplyScript::json(200,
                QJsonObject { { QStringLiteral("count"), total },
                    { QStringLiteral("next"), QJsonValue::Null },
                    { QStringLiteral("previous"), QJsonValue::Null }, { QStringLiteral("results"), items } });
        case Envelope::Array:
            return ReplyScript::json(200, items);
        }
        return invalidPage;
    }
};

struct Collected
{
    QList<int> ids;
    int pages = 0;
    int finished = 0;
    ApiError error;
    QList<QPair<int, int>> progress;
};

struct Fixture
{
    FakeNam nam;
    Client client;
    explicit Fixture(const ClientOptions &options = fastOptions())
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, options)
    { }

    std::shared_ptr<Collected> attach(TaskStream *stream)
    {
        auto c = std::make_shared<Collected>();
        QObject::connect(stream, &TaskStream::pageReady, stream, [c](const QList<Task> &tasks) {
            ++c->pages;
            for (const Task &t : tasks)
                c->ids << t.id;
        });
        QObject::connect(stream, &TaskStream::progress, stream, [c](int received, int total) {
            c->progress.append({ received, total });
        });
        QObject::connect(stream, &TaskStream::finished, stream, [c](const ApiError &e) {
            ++c->finished;
            c->error = e;
        });
        return c;
    }
};

TaskQuery query(int pageSize)
{
    TaskQuery q;
    q.project = 7;
    q.pageSize = pageSize;
    return q;
}

QList<int> range(int from, int to)
{
    QList<int> out;
    for (int i = from; i <= to; ++i)
        out << i;
    return out;
}

QList<int> requestedPages(const FakeNam &nam)
{
    QList<int> pages;
    for (const auto &r : nam.requests("GET", kTasks))
        pages << r.query().queryItemValue(QStringLiteral("page")).toInt();
    return pages;
}

bool waitFinished(const std::shared_ptr<Collected> &c, int ms = 10000)
{
    return QTest::qWaitFor([&] { return c->finished > 0; }, ms);
}

QString str(const ApiError &e)
{
    return QStringLiteral("kind %1 status %2: %3").arg(int(e.kind)).arg(e.httpStatus).arg(e.message);
}
} // namespace

class TestTaskStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allTasksInOrder_data();
    void allTasksInOrder();
    void outOfOrderPagesComeOutInOrder();
    void errorOnPage3EndsAndCancelsTheRest();
    void notFoundOnLatePageEndsCleanly();
    void resultsEnvelope();
    void plainArray_data();
    void plainArray();
    void cancelMidStream();
    void cancelBeforeFirstPage();
    void firstPageErrors();
    void serverCapsPageSize();
    void destroyedWhileRunning();
    void adaptiveStaysAtOneOnASerialServer();
    void adaptiveClimbsOnAParallelServer();
};

void TestTaskStream::allTasksInOrder_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("maxInFlight");

    QTest::newRow("empty") << 0 << 100 << 4;
    QTest::newRow("one task") << 1 << 100 << 4;
    QTest::newRow("less than a page") << 57 << 100 << 4;
    QTest::newRow("exactly one page") << 100 << 100 << 4;
    QTest::newRow("exact multiple") << 300 << 100 << 4;
    QTest::newRow("1234 by 100, 4 in flight") << 1234 << 100 << 4;
    QTest::newRow("1234 by 100, 1 in flight") << 1234 << 100 << 1;
    QTest::newRow("tiny pages") << 23 << 2 << 3;
}

void TestTaskStream::allTasksInOrder()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(int, maxInFlight);

    Fixture f;
    TaskServer server;
    server.total = total;
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(pageSize), maxInFlight);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, total));
    QCOMPARE(stream.total(), total);
    QCOMPARE(stream.received(), total);
    QVERIFY(!c->progress.isEmpty());
    QCOMPARE(c->progress.last(), qMakePair(total, total));

    // Exactly the pages that exist, each once: no terminal 404 probing.
    const int pages = std::max(1, (total + pageSize - 1) / pageSize);
    QList<int> requested = requestedPages(f.nam);
    std::sort(requested.begin(), requested.end());
    QCOMPARE(requested, range(1, pages));
    QCOMPARE(f.nam.unmatched(), 0);

    // Bounded parallelism, and actually parallel when there is enough to fetch.
    QVERIFY2(f.nam.maxOutstanding() <= maxInFlight, qPrintable(QString::number(f.nam.maxOutstanding())));
    if (pages - 1 >= maxInFlight)
        QCOMPARE(f.nam.maxOutstanding(), maxInFlight);

    // The query the server got.
    const QUrlQuery q = f.nam.requests().first().query();
    QCOMPARE(q.queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
    QCOMPARE(q.queryItemValue(QStringLiteral("page_size")), QString::number(pageSize));
    QCOMPARE(q.queryItemValue(QStringLiteral("fields")), QStringLiteral("all"));

    QTest::qWait(100);
    QCOMPARE(c->finished, 1);
}

void TestTaskStream::outOfOrderPagesComeOutInOrder()
{
    Fixture f;
    TaskServer server;
    server.total = 1234;
    // Early pages are slow, late ones fast: replies arrive in a scrambled order.
    server.delayMs = [](int page) { return page == 1 ? 0 : ((14 - page) * 7) % 40; };
    f.nam.setHandler(server);

    QList<int> arrival;
    connect(&f.nam, &FakeNam::requestStarted, this, [&](int index) {
        const RecordedRequest r = f.nam.requests().at(index);
        connect(r.reply.data(), &QNetworkReply::finished, this,
            [&arrival, r] { arrival << r.query().queryItemValue(QStringLiteral("page")).toInt(); });
    });

    TaskStream stream(&f.client, query(100), 4);

    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    QList<int> pageFirstIds;
    connect(
        &stream, &TaskStream::pageReady, this, [&](const QList<Task> &t) { pageFirstIds << t.first().id; });
    stream.start();
    QVERIFY(waitFinished(c));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, 1234));
    QCOMPARE(c->pages, 13);
    QCOMPARE(pageFirstIds.first(), 1);
    QVERIFY(std::is_sorted(pageFirstIds.begin(), pageFirstIds.end()));
    // The fake really answered out of order (otherwise this test proves nothing).
    QVERIFY2(!std::is_sorted(arrival.begin(), arrival.end()), qPrintable(QString::number(arrival.size())));
    QVERIFY(f.nam.maxOutstanding() <= 4);
}

void TestTaskStream::errorOnPage3EndsAndCancelsTheRest()
{
    Fixture f;
    TaskServer server;
    server.total = 1234;
    server.delayMs = [](int page) { return page == 3 ? 30 : 0; };
    server.override = [](int page) -> std::optional<ReplyScript> {
        if (page == 3)
            return ReplyScript::json(500, R"({"detail": "database is locked"})");
        if (page >= 4)
            return ReplyScript::hang();
        return std::nullopt;
    };
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QCOMPARE(c->error.httpStatus, 500);
    QVERIFY(c->error.message.contains(QLatin1String("database is locked")));
    QCOMPARE(c->ids, range(1, 200)); // pages 1 and 2 only
    // Pages 4-6 were in flight (6 was asked for when page 2 came in) and are aborted; nothing else is asked
    // for.
    QCOMPARE(f.nam.outstanding(), 0);
    QCOMPARE(f.nam.aborted(), 3);
    QTest::qWait(150);
    QCOMPARE(c->finished, 1);
    QList<int> requested = requestedPages(f.nam);
    std::sort(requested.begin(), requested.end());
    QCOMPARE(requested, range(1, 6));
}

void TestTaskStream::notFoundOnLatePageEndsCleanly()
{
    Fixture f;
    TaskServer server;
    server.total = 1000; // what page 1 said...
    server.deletedFromPage = 8; // ...but tasks were deleted meanwhile: pages 8-10 are gone
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, 700));
    QTest::qWait(100);
    QCOMPARE(c->finished, 1);
    QVERIFY(f.nam.maxOutstanding() <= 4);
    for (const int p : requestedPages(f.nam))
        QVERIFY(p <= 10);
}

void TestTaskStream::resultsEnvelope()
{
    Fixture f;
    TaskServer server;
    server.total = 250;
    server.envelope = TaskServer::Envelope::Results;
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, 250));
    QCOMPARE(stream.total(), 250);
    QCOMPARE(f.nam.requests().size(), 3);
}

void TestTaskStream::plainArray_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("pastEndIs404");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("250: short last page") << 250 << false << 3;
    QTest::newRow("200: exact multiple, empty page past the end") << 200 << false << 3;
    QTest::newRow("200: exact multiple, 404 past the end") << 200 << true << 3;
    QTest::newRow("0: empty") << 0 << false << 1;
}

void TestTaskStream::plainArray()
{
    QFETCH(int, total);
    QFETCH(bool, pastEndIs404);
    QFETCH(int, expectedRequests);
    Fixture f;
    TaskServer server;
    server.total = total;
    server.envelope = TaskServer::Envelope::Array;
    server.arrayPastEndIs404 = pastEndIs404;
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, total));
    QCOMPARE(stream.total(), -1);
    // Without a total the pages are fetched one after the other until a short or empty page.
    QCOMPARE(f.nam.requests().size(), expectedRequests);
    QCOMPARE(f.nam.maxOutstanding(), 1);
    QCOMPARE(requestedPages(f.nam), range(1, expectedRequests));
    QTest::qWait(50);
    QCOMPARE(c->finished, 1);
}

void TestTaskStream::cancelMidStream()
{
    Fixture f;
    TaskServer server;
    server.total = 1234;
    server.delayMs = [](int page) { return page == 1 ? 0 : page == 2 ? 20 : 200; };
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    connect(&stream, &TaskStream::pageReady, this, [&] {
        if (c->pages == 2)
            stream.cancel();
    });
    stream.start();
    QVERIFY(waitFinished(c));
    QCOMPARE(c->error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(300); // past every pending page's delay
    QCOMPARE(c->finished, 1);
    QCOMPARE(c->pages, 2);
    QCOMPARE(c->ids, range(1, 200));
    QCOMPARE(f.nam.outstanding(), 0);
    QCOMPARE(f.nam.aborted(), 3); // pages 3-5
    QCOMPARE(f.nam.requests().size(), 5); // nothing after the cancel
    stream.cancel(); // again: no-op
    QCOMPARE(c->finished, 1);
}

void TestTaskStream::cancelBeforeFirstPage()
{
    Fixture f;
    TaskServer server;
    server.total = 10;
    server.delayMs = [](int) { return 50; };
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    stream.cancel();
    QCOMPARE(c->finished, 1);
    QCOMPARE(c->error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(150);
    QCOMPARE(c->finished, 1);
    QVERIFY(c->ids.isEmpty());
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestTaskStream::firstPageErrors()
{
    // A 404 on page 1 is an error, not an empty project (e.g. "Neither project nor view id specified").
    Fixture f;
    f.nam.always(
        "GET", kTasks, ReplyScript::json(404, R"({"detail": "Neither project nor view id specified"})"));
    TaskStream stream(&f.client, query(100), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    QCOMPARE(c->error.httpStatus, 404);
    QVERIFY(c->error.message.contains(QLatin1String("Neither project nor view id specified")));
    QCOMPARE(f.nam.requests().size(), 1);

    // A malformed page is a Parse error.
    Fixture g;
    g.nam.always("GET", kTasks, ReplyScript::truncated(200, R"({"tasks": [{"id": 1}], "total": 1})", 15));
    TaskStream s2(&g.client, query(100), 4);
    auto c2 = g.attach(&s2);
    s2.start();
    QVERIFY(waitFinished(c2));
    QCOMPARE(c2->error.kind, ApiError::Kind::Parse);
}

void TestTaskStream::serverCapsPageSize()
{
    // The server may cap page_size (TASK_API_PAGE_SIZE_MAX): asking for 250 per page gets 100 per page. The
    // stream must then still deliver every task - or fail - but never end "successfully" with a part of them.
    Fixture f;
    TaskServer server;
    server.total = 1234;
    server.maxPageSize = 100;
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(250), 4);
    stream.setAdaptive(false); // these rows test the fixed bound
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c));
    if (c->error.ok())
        QCOMPARE(c->ids, range(1, 1234));
}

void TestTaskStream::destroyedWhileRunning()
{
    // The owner goes away mid-stream (window closed): in-flight page requests are cancelled and nothing is
    // delivered afterwards.
    Fixture f;
    TaskServer server;
    server.total = 1234;
    server.override = [](int page) -> std::optional<ReplyScript> {
        if (page >= 2)
            return ReplyScript::hang();
        return std::nullopt;
    };
    f.nam.setHandler(server);
    auto *stream = new TaskStream(&f.client, query(100), 4);
    stream->setAdaptive(false);
    auto c = f.attach(stream);
    stream->start();
    QTRY_COMPARE(f.nam.outstanding(), 4); // pages 2-5 hang
    QCOMPARE(c->pages, 1);
    delete stream;
    QCOMPARE(f.nam.outstanding(), 0);
    QTest::qWait(50);
    QCOMPARE(c->pages, 1);
}

namespace {
// Page latencies of a server that handles one request at a time (Label Studio's own single-process
// server): each request waits for the ones before it.
std::function<int(int)> serialServer(int serviceMs)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto busyUntil = std::make_shared<qint64>(0);
    return [clock, busyUntil, serviceMs](int) {
        const qint64 now = clock->elapsed();
        *busyUntil = std::max(*busyUntil, now) + serviceMs;
        return int(*busyUntil - now);
    };
}
} // namespace

void TestTaskStream::adaptiveStaysAtOneOnASerialServer()
{
    Fixture f;
    TaskServer server;
    server.total = 400;
    // 100 ms per request, one at a time; small pages keep the client's own work negligible (see below).
    server.delayMs = serialServer(100);
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(10), 4);
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c, 60000));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, 400));
    // More requests at once buy nothing from a server that queues them: the stream does not climb to
    // the maximum. (Two may stay, as a second request hides the client's own time between pages.)
    QVERIFY2(stream.concurrency() <= 2, qPrintable(QString::number(stream.concurrency())));
    QVERIFY2(f.nam.maxOutstanding() <= 3, qPrintable(QString::number(f.nam.maxOutstanding())));
}

void TestTaskStream::adaptiveClimbsOnAParallelServer()
{
    Fixture f;
    TaskServer server;
    server.total = 600;
    // Every request served in parallel in 200 ms. Small pages and a long server time keep the client's
    // own work (parsing, under ASan on a busy 2-core machine) far below the server's, which is what the
    // throughput measurement compares: with 25 ms and 100-task pages it failed when the machine was loaded.
    server.delayMs = [](int) { return 200; };
    f.nam.setHandler(server);
    TaskStream stream(&f.client, query(10), 4);
    auto c = f.attach(&stream);
    stream.start();
    QVERIFY(waitFinished(c, 60000));
    QVERIFY2(c->error.ok(), qPrintable(str(c->error)));
    QCOMPARE(c->ids, range(1, 600));
    QCOMPARE(stream.concurrency(), 4);
    QCOMPARE(f.nam.maxOutstanding(), 4);
}

QTEST_GUILESS_MAIN(TestTaskStream)
#include "tst_taskstream.moc"
