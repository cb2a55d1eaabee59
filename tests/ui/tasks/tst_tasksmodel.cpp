// TasksModel on the fake network: the total from the first page, one request for a jump to the end, a
// bounded page cache, failed pages and retry, slow pages and stale replies after a reset, and the Data
// Manager query in the request. Every test runs under QAbstractItemModelTester.
#include "api/client.h"
#include "api/datamanagerapi.h"
#include "fakenam.h"
#include "tasks/filterbar.h"
#include "tasks/tasksmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
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

int pageOf(const RecordedRequest &r)
{
    return djangoQueryValue(r.url, QStringLiteral("page")).toInt();
}

// A task list endpoint over `total` tasks with ids 1..total, paged like the server (404 "Invalid page."
// past the end). Pages can be made to fail or to answer late.
struct FakeTasks
{
    int total = 0;
    QHash<int, ReplyScript> special; // by 1-based page
    QHash<int, int> delays; // by 1-based page, ms

    std::optional<ReplyScript> answer(const RecordedRequest &req)
    {
        if (req.path() != QLatin1String("/api/tasks/"))
            return std::nullopt;
        const int page = pageOf(req);
        const int size = djangoQueryValue(req.url, QStringLiteral("page_size")).toInt();
        if (special.contains(page))
            return special.value(page);
        const int first = (page - 1) * size;
        if (page < 1 || (first >= total && page > 1))
            return ReplyScript::json(404, QByteArray(R"({"detail": "Invalid page."})"));
        QJsonArray tasks;
        for (int i = first; i < std::min(first + size, total); ++i) {
            tasks.append(QJsonObject { { QStringLiteral("id"), i + 1 }, { QStringLiteral("inner_id"), i + 1 },
                { QStringLiteral("data"),
                    QJsonObject { { QStringLiteral("text"), QStringLiteral("task %1").arg(i + 1) },
                        { QStringLiteral("n"), i } } },
                { QStringLiteral("total_annotations"), i % 3 },
                { QStringLiteral("cancelled_annotations"), 0 }, { QStringLiteral("total_predictions"), 1 },
                { QStringLiteral("annotators"), QJsonArray { 1, 2 } },
                { QStringLiteral("completed_at"), QStringLiteral("2024-05-01T10:00:00.000000Z") },
                { QStringLiteral("updated_at"), QStringLiteral("2024-05-02T10:00:00.000000Z") } });
        }
        ReplyScript s = ReplyScript::json(
            200, QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("tasks"), tasks } });
        if (delays.contains(page))
            s.withDelay(delays.value(page));
        return s;
    }
};

struct Fixture
{
    FakeNam nam;
    Client client;
    FakeTasks server;
    TasksModel model;
    QAbstractItemModelTester tester;

    explicit Fixture(int total, int pageSize = 100)
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions(3000, 0))
        , model(&client)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        server.total = total;
        nam.setHandler([this](const RecordedRequest &r) { return server.answer(r); });
        model.setPageSize(pageSize);
    }

    bool openProject(int project = 7)
    {
        model.setProject(project);
        return QTest::qWaitFor([this] { return model.total() >= 0 && !model.isLoading(); }, 5000);
    }

    QList<int> requestedPages() const
    {
        QList<int> pages;
        for (const RecordedRequest &r : nam.requests())
            pages << pageOf(r);
        return pages;
    }

    QString cell(int row, int column) const { return model.index(row, column).data().toString(); }
};
} // namespace

class TestTasksModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalFromFirstPage();
    void jumpToLastRowIsOneRequest();
    void cacheStaysWithinBound();
    void requestsAreCoalescedAndLimited();
    void failedPageThenRetry_data();
    void failedPageThenRetry();
    void failedFirstPageThenRetry();
    void slowPageDoesNotBlockAndResetIgnoresIt();
    void queryAndViewInRequest();
    void filterBarValues();
    void totalChangesBetweenPages();
    void columnsAndValues();
    void localAgreementColumn();
};

void TestTasksModel::totalFromFirstPage()
{
    Fixture f(100000);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loading(&f.model, &TasksModel::loadingChanged);
    QVERIFY(f.openProject());
    QCOMPARE(f.model.rowCount(), 100000);
    QCOMPARE(f.model.total(), 100000);
    QCOMPARE(inserted.size(), 1); // all rows at once
    QCOMPARE(f.requestedPages(), QList<int> { 1 });
    const RecordedRequest &r = f.nam.requests().first();
    QCOMPARE(djangoQueryValue(r.url, QStringLiteral("project")), QStringLiteral("7"));
    QCOMPARE(djangoQueryValue(r.url, QStringLiteral("fields")), QStringLiteral("task_only"));
    QCOMPARE(djangoQueryValue(r.url, QStringLiteral("page_size")), QStringLiteral("100"));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    QCOMPARE(f.model.taskId(0), 1);
    QCOMPARE(f.model.taskId(99), 100);
    QCOMPARE(f.model.rowState(99), TasksModel::RowState::Loaded);
    // A row beyond the first page is there, as a placeholder, until its page arrives.
    QCOMPARE(f.model.rowState(5000), TasksModel::RowState::NotLoaded);
    QCOMPARE(f.model.taskId(5000), 0);
    QCOMPARE(f.cell(5000, 0), QStringLiteral("Loading…"));
    QCOMPARE(
        f.model.index(5000, 0).data(TasksModel::RowStateRole).toInt(), int(TasksModel::RowState::NotLoaded));
    // ...and asking for it fetched its page.
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(5000) == 5001; }, 5000));
    QCOMPARE(f.requestedPages(), (QList<int> { 1, 51 }));
}

void TestTasksModel::jumpToLastRowIsOneRequest()
{
    Fixture f(100000);
    QVERIFY(f.openProject());
    f.nam.clearRecords();
    // What the view does on Ctrl+End: reports the rows in view and paints them.
    f.model.setVisibleRange(99970, 99999);
    for (int row = 99970; row < 100000; ++row)
        f.model.index(row, 0).data();
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(99999) == 100000; }, 5000));
    QTest::qWait(50); // nothing else trails behind
    QCOMPARE(f.requestedPages(), QList<int> { 1000 });
    QCOMPARE(f.cell(99999, 0), QStringLiteral("100000"));
    QCOMPARE(f.model.rowState(99000), TasksModel::RowState::NotLoaded);
}

void TestTasksModel::cacheStaysWithinBound()
{
    Fixture f(5000, 50);
    f.model.setMaxCachedPages(5);
    QVERIFY(f.openProject());
    QSet<int> seen;
    int maxCached = 0;
    // Scroll through the whole table, one screen (25 rows) at a time, as a view would.
    for (int first = 0; first < 5000; first += 25) {
        const int last = std::min(first + 24, 4999);
        f.model.setVisibleRange(first, last);
        for (int row = first; row <= last; ++row)
            f.model.index(row, 1).data();
        QVERIFY2(QTest::qWaitFor([&] { return f.model.taskId(last) == last + 1; }, 5000),
            qPrintable(QStringLiteral("rows %1-%2 never loaded").arg(first).arg(last)));
        maxCached = std::max(maxCached, f.model.cachedPageCount());
        QVERIFY(f.model.cachedPageCount() <= 5);
        seen.insert(first / 50);
    }
    QCOMPARE(seen.size(), 100);
    QVERIFY(maxCached >= 3);
    // Each page was fetched about once (look-ahead included), not once per screen.
    QVERIFY2(f.nam.requests().size() <= 101, qPrintable(QString::number(f.nam.requests().size())));
    // Pages dropped far behind come back as placeholders and are fetched again when needed. (Not row 0:
    // the model tester reads it after every change, so it is the most recently used page of all.)
    QCOMPARE(f.model.rowState(1000), TasksModel::RowState::NotLoaded);
    QCOMPARE(f.cell(1000, 0), QStringLiteral("Loading…"));
    f.model.setVisibleRange(1000, 1024);
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(1000) == 1001; }, 5000));
    QVERIFY(f.model.cachedPageCount() <= 5);
}

void TestTasksModel::requestsAreCoalescedAndLimited()
{
    Fixture f(10000);
    f.model.setMaxInFlight(2);
    QVERIFY(f.openProject());
    f.nam.clearRecords();
    for (int p = 10; p < 16; ++p)
        f.server.delays.insert(p + 1, 100);
    // data() for many rows of the same pages, in one event-loop turn: one request per page, two at once.
    for (int round = 0; round < 3; ++round) {
        for (int row = 1000; row < 1600; row += 7)
            f.model.index(row, 0).data();
    }
    QVERIFY(
        QTest::qWaitFor([&] { return f.model.taskId(1599) == 1600 && f.model.taskId(1000) == 1001; }, 5000));
    QCOMPARE(f.nam.maxOutstanding(), 2);
    QList<int> pages = f.requestedPages();
    std::sort(pages.begin(), pages.end());
    QCOMPARE(pages, (QList<int> { 11, 12, 13, 14, 15, 16 }));
}

void TestTasksModel::failedPageThenRetry_data()
{
    QTest::addColumn<ReplyScript>("failure");
    QTest::newRow("http 500") << ReplyScript::json(500, QByteArray(R"({"detail": "database is locked"})"));
    QTest::newRow("connection refused") << ReplyScript::connectionError();
}

void TestTasksModel::failedPageThenRetry()
{
    QFETCH(ReplyScript, failure);
    Fixture f(1000);
    QVERIFY(f.openProject());
    f.server.special.insert(4, failure);
    QSignalSpy failed(&f.model, &TasksModel::pageFailed);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setVisibleRange(310, 340);
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY(!error.ok());
    QVERIFY(!error.message.isEmpty());
    // The loading state is cleared on errors (once the look-ahead page is in too).
    QVERIFY(QTest::qWaitFor([&] { return !f.model.isLoading(); }, 5000));
    QVERIFY(f.model.hasFailedPages());
    QCOMPARE(f.model.rowState(320), TasksModel::RowState::Failed);
    QCOMPARE(f.cell(320, 0), QStringLiteral("Could not load"));
    QVERIFY(!changed.isEmpty());
    // A failed page is not fetched again by itself, however often it is painted.
    const int before = f.nam.count("GET", QStringLiteral("/api/tasks/"));
    f.model.index(320, 0).data();
    QTest::qWait(50);
    QCOMPARE(f.nam.count("GET", QStringLiteral("/api/tasks/")), before);
    // The page next to it loaded fine.
    QCOMPARE(f.model.rowState(299), TasksModel::RowState::NotLoaded);

    f.server.special.remove(4);
    f.model.retryFailed();
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(320) == 321; }, 5000));
    QVERIFY(!f.model.hasFailedPages());
    QCOMPARE(failed.size(), 1);
}

void TestTasksModel::failedFirstPageThenRetry()
{
    Fixture f(250);
    f.server.special.insert(1, ReplyScript::json(500, QByteArray(R"({"detail": "boom"})")));
    QSignalSpy failed(&f.model, &TasksModel::pageFailed);
    f.model.setProject(3);
    QVERIFY(failed.wait(5000));
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.total(), -1);
    QVERIFY(f.model.hasFailedPages());
    QVERIFY(!f.model.isLoading());
    f.server.special.clear();
    f.model.retryFailed();
    QVERIFY(QTest::qWaitFor([&] { return f.model.rowCount() == 250; }, 5000));
    QVERIFY(!f.model.hasFailedPages());
}

void TestTasksModel::slowPageDoesNotBlockAndResetIgnoresIt()
{
    Fixture f(1000);
    QVERIFY(f.openProject());
    f.server.delays.insert(6, 400); // rows 500-599
    f.model.index(550, 0).data(); // the slow page
    f.model.index(650, 0).data(); // a fast one
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(650) == 651; }, 2000));
    QCOMPARE(f.model.rowState(550), TasksModel::RowState::Loading); // still on its way, nothing waited for it
    QVERIFY(f.model.isLoading());

    // A new query while the slow page is out: the old reply must not land in the new rows.
    f.server.total = 40;
    f.server.delays.clear();
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    f.model.setQuery(dmQuery(
        { DmFilter { QStringLiteral("tasks:id"), QStringLiteral("less"), QStringLiteral("Number"), 41 } },
        QStringLiteral("and"), {}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(f.model.rowCount(), 0);
    QVERIFY(QTest::qWaitFor([&] { return f.model.total() == 40 && !f.model.isLoading(); }, 2000));
    QTest::qWait(500); // past the slow page's answer time
    QCOMPARE(f.model.rowCount(), 40);
    QCOMPARE(f.model.cachedPageCount(), 1);
    QCOMPARE(f.model.taskId(39), 40);
    QVERIFY(!f.model.isLoading());
    QVERIFY(f.nam.aborted() >= 1); // the stale request was cancelled, not just ignored
}

void TestTasksModel::queryAndViewInRequest()
{
    Fixture f(10);
    const QJsonObject query
        = dmQuery({ DmFilter { QStringLiteral("tasks:data.text"), QStringLiteral("contains"),
                        QStringLiteral("String"), QStringLiteral("a+b & c=d #1 ü") },
                      DmFilter { QStringLiteral("tasks:total_annotations"), QStringLiteral("in"),
                          QStringLiteral("Number"),
                          QJsonObject { { QStringLiteral("min"), 1 }, { QStringLiteral("max"), 3 } } } },
            QStringLiteral("or"), { QStringLiteral("-tasks:id") });
    f.model.setSource(7, 0, query);
    QVERIFY(QTest::qWaitFor([&] { return f.model.total() == 10; }, 5000));
    const QString sent = djangoQueryValue(f.nam.requests().last().url, QStringLiteral("query"));
    const QJsonObject expected = QJsonDocument::fromJson(R"({"filters": {"conjunction": "or", "items": [
        {"filter": "filter:tasks:data.text", "operator": "contains", "type": "String", "value": "a+b & c=d #1 ü"},
        {"filter": "filter:tasks:total_annotations", "operator": "in", "type": "Number",
         "value": {"min": 1, "max": 3}}]},
        "ordering": ["-tasks:id"]})")
                                     .object();
    QCOMPARE(QJsonDocument::fromJson(sent.toUtf8()).object(), expected);
    QVERIFY(djangoQueryValue(f.nam.requests().last().url, QStringLiteral("view")).isEmpty());

    // A view: the server applies its filters.
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    f.model.setSource(7, 12, {});
    QCOMPARE(reset.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return f.model.total() == 10; }, 5000));
    QCOMPARE(djangoQueryValue(f.nam.requests().last().url, QStringLiteral("view")), QStringLiteral("12"));
    QVERIFY(djangoQueryValue(f.nam.requests().last().url, QStringLiteral("query")).isEmpty());
}

void TestTasksModel::filterBarValues()
{
    // The filter bar turns typed text into the values the server compares with.
    using B = TaskFilterBar;
    QCOMPARE(*B::parseValue(QStringLiteral("Number"), QStringLiteral("greater"), QStringLiteral("42"), {}),
        QJsonValue(42));
    QCOMPARE(*B::parseValue(
                 QStringLiteral("Number"), QStringLiteral("in"), QStringLiteral("1"), QStringLiteral("2.5")),
        QJsonValue(QJsonObject { { QStringLiteral("min"), 1 }, { QStringLiteral("max"), 2.5 } }));
    QCOMPARE(
        *B::parseValue(QStringLiteral("Number"), QStringLiteral("in_list"), QStringLiteral("1, 2,3"), {}),
        QJsonValue(QJsonArray { 1, 2, 3 }));
    QVERIFY(!B::parseValue(QStringLiteral("Number"), QStringLiteral("equal"), QStringLiteral("x"), {}));
    QVERIFY(!B::parseValue(QStringLiteral("String"), QStringLiteral("contains"), QString(), {}));
    QCOMPARE(*B::parseValue(QStringLiteral("Datetime"), QStringLiteral("greater"),
                 QStringLiteral("2021-01-01T00:00:00Z"), {}),
        QJsonValue(QStringLiteral("2021-01-01T00:00:00.000Z")));
    QCOMPARE(B::valueText(QJsonObject { { QStringLiteral("min"), 1 }, { QStringLiteral("max"), 3 } }),
        (QPair<QString, QString> { QStringLiteral("1"), QStringLiteral("3") }));

    B bar;
    bar.setColumns({ { QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("Number") },
        { QStringLiteral("data.text"), QStringLiteral("text"), QStringLiteral("String") } });
    const QList<DmFilter> filters { { QStringLiteral("tasks:id"), QStringLiteral("greater"),
                                        QStringLiteral("Number"), 5 },
        { QStringLiteral("tasks:data.text"), QStringLiteral("contains"), QStringLiteral("String"),
            QStringLiteral("cat") },
        { QStringLiteral("tasks:data.text"), QStringLiteral("empty"), QStringLiteral("String"), false } };
    bar.setFilters(filters, QStringLiteral("or"));
    QCOMPARE(bar.rowCount(), 3);
    QCOMPARE(bar.conjunction(), QStringLiteral("or"));
    QCOMPARE(bar.filters(), filters);
}

void TestTasksModel::totalChangesBetweenPages()
{
    Fixture f(1000);
    QVERIFY(f.openProject());
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    // Tasks were deleted elsewhere: the next page reports a smaller total.
    f.server.total = 900;
    f.model.setVisibleRange(450, 480);
    QVERIFY(QTest::qWaitFor([&] { return f.model.taskId(460) == 461; }, 5000));
    QCOMPARE(f.model.rowCount(), 900);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 900);
    QCOMPARE(removed.first().at(2).toInt(), 999);
    // The other cached pages may have shifted: they were dropped, the page that told us stays.
    QCOMPARE(f.model.rowState(0), TasksModel::RowState::NotLoaded);

    // Far more were deleted: a page past the new end answers 404 "Invalid page."; the rows shrink and the
    // pages before it tell the exact total.
    f.server.total = 120;
    f.model.setVisibleRange(850, 880);
    QVERIFY(QTest::qWaitFor([&] { return f.model.rowCount() == 120; }, 5000));
    QVERIFY(!f.model.hasFailedPages());

    // And tasks added: rows are appended.
    f.server.total = 150;
    f.model.refresh();
    QVERIFY(QTest::qWaitFor([&] { return f.model.rowCount() == 150; }, 5000));
    f.server.total = 180;
    f.model.setVisibleRange(120, 149);
    QVERIFY(QTest::qWaitFor([&] { return f.model.rowCount() == 180; }, 5000));
    QVERIFY(!inserted.isEmpty());
}

void TestTasksModel::columnsAndValues()
{
    Fixture f(5);
    QVERIFY(f.openProject());
    // Without the Data Manager's column list the data keys come from the first page.
    QStringList ids;
    for (const auto &c : f.model.columns())
        ids << c.id();
    QCOMPARE(ids,
        (QStringList { QStringLiteral("id"), QStringLiteral("data.n"), QStringLiteral("data.text"),
            QStringLiteral("total_annotations"), QStringLiteral("cancelled_annotations"),
            QStringLiteral("total_predictions"), QStringLiteral("annotators"), QStringLiteral("completed_at"),
            QStringLiteral("updated_at") }));
    QCOMPARE(f.cell(2, 0), QStringLiteral("3"));
    QCOMPARE(f.cell(2, 2), QStringLiteral("task 3"));
    QCOMPARE(f.cell(2, 3), QStringLiteral("2"));
    QCOMPARE(f.cell(2, 6), QStringLiteral("1, 2"));
    QVERIFY(!f.cell(2, 7).isEmpty());
    QCOMPARE(f.model.index(2, 7).data(TasksModel::RawValueRole).toDateTime(),
        QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(f.model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Annotations"));

    f.model.setUserNames({ { 1, QStringLiteral("Ann") }, { 2, QStringLiteral("Bob") } });
    QCOMPARE(f.cell(2, 6), QStringLiteral("Ann, Bob"));

    // The server's column list: titles and types, and the data keys in its order.
    DmColumn text;
    text.id = QStringLiteral("data.text");
    text.parent = QStringLiteral("data");
    text.title = QStringLiteral("Text");
    text.type = QStringLiteral("String");
    f.model.setDmColumns({ text });
    QCOMPARE(f.model.columns().at(1).id(), QStringLiteral("data.text"));
    QCOMPARE(f.model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Text"));
    QCOMPARE(f.model.columnType(f.model.columns().at(1)), QStringLiteral("String"));
    QCOMPARE(f.model.columnType({ TasksModel::Field::CompletedAt, {} }), QStringLiteral("Datetime"));

    // Choosing and reordering columns keeps the rows.
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    f.model.setColumns(
        { { TasksModel::Field::Data, QStringLiteral("text") }, { TasksModel::Field::Id, {} } });
    QCOMPARE(f.model.columnCount(), 2);
    QCOMPARE(f.cell(4, 0), QStringLiteral("task 5"));
    QCOMPARE(f.cell(4, 1), QStringLiteral("5"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(f.model.rowCount(), 5);
    QCOMPARE(TasksModel::ColumnSpec::fromId(QStringLiteral("data.text"))->dataKey, QStringLiteral("text"));
    QVERIFY(!TasksModel::ColumnSpec::fromId(QStringLiteral("bogus")));
}

// The agreement pane hands its per-task scores over: a column appears with them, shows percentages
// (empty for tasks without a score), says in its tooltips that it is computed locally, is not offered
// to the server's filters, and goes away when the scores are cleared or another project opens.
void TestTasksModel::localAgreementColumn()
{
    Fixture f(5);
    QVERIFY(f.openProject());
    const int before = f.model.columnCount();
    const TasksModel::ColumnSpec agreementColumn { TasksModel::Field::LocalAgreement, {} };
    QVERIFY(!f.model.availableColumns().contains(agreementColumn));
    const int requests = int(f.nam.requests().size());

    f.model.setLocalAgreement({ { 2, 0.834 }, { 4, 0.0 } });
    QCOMPARE(f.model.columnCount(), before + 1);
    const int col = before;
    QCOMPARE(f.model.columnAt(col), agreementColumn);
    QCOMPARE(f.model.headerData(col, Qt::Horizontal).toString(), QStringLiteral("Agreement (local)"));
    QVERIFY(f.model.headerData(col, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("locally")));
    QCOMPARE(f.cell(1, col), QStringLiteral("83%")); // task 2
    QCOMPARE(f.cell(3, col), QStringLiteral("0%")); // task 4
    QCOMPARE(f.cell(0, col), QString()); // task 1: no score
    QCOMPARE(f.model.index(1, col).data(TasksModel::RawValueRole).toDouble(), 0.834);
    QVERIFY(
        f.model.index(1, col).data(Qt::ToolTipRole).toString().contains(QLatin1String("computed locally")));
    QVERIFY(f.model.availableColumns().contains(agreementColumn));
    QVERIFY(!agreementColumn.isServerColumn());
    QCOMPARE(int(f.nam.requests().size()), requests); // nothing fetched for it

    // New scores update the cells in place.
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setLocalAgreement({ { 1, 0.5 } });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.cell(0, col), QStringLiteral("50%"));
    QCOMPARE(f.cell(1, col), QString());

    f.model.setLocalAgreement({});
    QCOMPARE(f.model.columnCount(), before);

    f.model.setLocalAgreement({ { 1, 1.0 } });
    QCOMPARE(f.model.columnCount(), before + 1);
    QVERIFY(f.openProject(8)); // another project: its scores are not these
    QVERIFY(f.model.localAgreement().isEmpty());
    QVERIFY(!f.model.columns().contains(agreementColumn));
}

QTEST_MAIN(TestTasksModel)
#include "tst_tasksmodel.moc"
