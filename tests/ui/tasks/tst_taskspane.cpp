// The tasks pane offscreen on the fake network: a failed page shows the server's message in the banner and
// Retry loads it; scrolling the real view to the end costs one page request; the view's saved filters come
// into the filter bar; the header starts from logical == visual order after the columns change.
#include "api/client.h"
#include "fakenam.h"
#include "tasks/filterbar.h"
#include "tasks/taskspane.h"
#include "testutil.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
int queryInt(const RecordedRequest &r, const char *key)
{
    return r.query().queryItemValue(QLatin1String(key)).toInt();
}

struct Fixture
{
    FakeNam nam;
    Client client;
    int total = 20000;
    QSet<int> failing; // 1-based pages answering 500

    Fixture()
        : client(ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
            &nam, fastOptions(3000, 0))
    {
        nam.always(
            "GET", QStringLiteral("/api/dm/columns/"), ReplyScript::json(200, QByteArray(R"({"columns": [
            {"id": "text", "title": "text", "type": "String", "target": "tasks", "parent": "data"},
            {"id": "id", "title": "ID", "type": "Number", "target": "tasks"},
            {"id": "total_annotations", "title": "Annotations", "type": "Number", "target": "tasks"},
            {"id": "data", "title": "data", "type": "List", "target": "tasks", "children": ["text"]}]})")));
        nam.always("GET", QStringLiteral("/api/dm/views/"), ReplyScript::json(200, QByteArray(R"([{"id": 8,
            "project": 5, "data": {"title": "Busy", "filters": {"conjunction": "and", "items": [
            {"filter": "filter:tasks:total_annotations", "operator": "greater", "type": "Number", "value": 2}]},
            "ordering": ["-tasks:total_annotations"]}}])")));
        // The pane lists the server's Data Manager actions for its Actions menu (tested in
        // tests/ui/dmactions).
        nam.always("GET", QStringLiteral("/api/dm/actions/"),
            ReplyScript::json(
                200, QByteArray(R"([{"id": "delete_tasks", "title": "Delete tasks", "order": 100,
            "permission": "tasks.delete", "experimental": false, "dialog": {"title": "Delete tasks",
            "text": "You are going to delete the selected tasks.", "type": "confirm", "form": null}}])")));
        nam.setHandler([this](const RecordedRequest &r) -> std::optional<ReplyScript> {
            if (r.path() != QLatin1String("/api/tasks/"))
                return std::nullopt;
            const int page = queryInt(r, "page");
            const int size = queryInt(r, "page_size");
            if (failing.contains(page))
                return ReplyScript::json(500, QByteArray(R"({"detail": "The database is busy."})"));
            QJsonArray tasks;
            for (int i = (page - 1) * size; i < std::min(page * size, total); ++i)
                tasks.append(QJsonObject { { QStringLiteral("id"), i + 1 },
                    { QStringLiteral("data"),
                        QJsonObject { { QStringLiteral("text"), QStringLiteral("t%1").arg(i) } } } });
            return ReplyScript::json(
                200, QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("tasks"), tasks } });
        });
    }

    int taskRequests() const { return nam.count("GET", QStringLiteral("/api/tasks/")); }
};
} // namespace

class TestTasksPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("lsdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_taskspane"));
    }

    void scrollToEndIsOneRequest()
    {
        Fixture f;
        TasksPane pane(&f.client);
        pane.resize(800, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setProject(5);
        QVERIFY(QTest::qWaitFor(
            [&] { return pane.model()->taskId(0) == 1 && !pane.model()->isLoading(); }, 5000));
        QTest::qWait(50);
        const int before = f.taskRequests();
        pane.view()->scrollToBottom();
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(19999) == 20000; }, 5000));
        QTest::qWait(100);
        QCOMPARE(f.taskRequests() - before, 1);
        QCOMPARE(queryInt(f.nam.requests().last(), "page"), 200);
        // The view's first visible row is a loaded task, not a placeholder.
        const int first = pane.view()->rowAt(0);
        QVERIFY(first > 19000);
        QCOMPARE(pane.model()->taskId(first), first + 1);
    }

    void failedPageBannerAndRetry()
    {
        Fixture f;
        f.failing.insert(3);
        TasksPane pane(&f.client);
        pane.resize(800, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy errors(&pane, &TasksPane::errorOccurred);
        pane.setProject(5);
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(0) == 1; }, 5000));
        // Rows 200-299 (page 3) fail.
        pane.view()->scrollTo(pane.model()->index(250, 0), QAbstractItemView::PositionAtTop);
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("The database is busy.")),
            qPrintable(errors.first().first().toString()));
        QCOMPARE(pane.model()->rowState(250), TasksModel::RowState::Failed);
        QLabel *message = nullptr;
        for (QLabel *l : pane.findChildren<QLabel *>()) {
            if (l->text().contains(QLatin1String("The database is busy.")))
                message = l;
        }
        QVERIFY(message && message->isVisible());
        QPushButton *retry = nullptr;
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Retry"))
                retry = b;
        }
        QVERIFY(retry && retry->isVisible());

        f.failing.clear();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(250) == 251; }, 5000));
        QVERIFY(!message->isVisible());
    }

    void viewTabFillsTheFilterBar()
    {
        Fixture f;
        TasksPane pane(&f.client);
        pane.show();
        QSignalSpy views(&pane, &TasksPane::viewsLoaded);
        pane.setProject(5);
        QVERIFY(views.wait(5000));
        QCOMPARE(pane.viewTabs()->count(), 2);
        QCOMPARE(pane.viewTabs()->tabText(1), QStringLiteral("Busy"));
        pane.viewTabs()->setCurrentIndex(1);
        QCOMPARE(pane.model()->view(), 8);
        QCOMPARE(pane.filterBar()->filters(),
            (QList<DmFilter> { { QStringLiteral("tasks:total_annotations"), QStringLiteral("greater"),
                QStringLiteral("Number"), 2 } }));
        QCOMPARE(pane.ordering(), QStringList { QStringLiteral("-tasks:total_annotations") });
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->total() >= 0; }, 5000));
        QCOMPARE(queryInt(f.nam.requests("GET", QStringLiteral("/api/tasks/")).last(), "view"), 8);
        // Apply sends the bar as a query, without the view.
        pane.applyFilters();
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->total() >= 0; }, 5000));
        const RecordedRequest last = f.nam.requests("GET", QStringLiteral("/api/tasks/")).last();
        QVERIFY(!last.query().hasQueryItem(QStringLiteral("view")));
        QVERIFY(last.query().hasQueryItem(QStringLiteral("query")));
    }

    void headerOrderAfterColumnChange()
    {
        Fixture f;
        TasksPane pane(&f.client);
        pane.show();
        pane.setProject(5);
        QVERIFY(QTest::qWaitFor(
            [&] { return pane.model()->taskId(0) == 1 && pane.model()->columnCount() > 3; }, 5000));
        QHeaderView *header = pane.view()->horizontalHeader();
        header->moveSection(2, 0);
        QCOMPARE(header->logicalIndex(0), 2);
        // What the column chooser does: the columns in visual order, then logical == visual again.
        QList<TasksModel::ColumnSpec> columns;
        for (int v = 0; v < header->count(); ++v)
            columns << pane.model()->columnAt(header->logicalIndex(v));
        columns.removeLast();
        pane.model()->setColumns(columns);
        QCOMPARE(header->count(), int(columns.size()));
        for (int v = 0; v < header->count(); ++v)
            QCOMPARE(header->logicalIndex(v), v);
        QCOMPARE(pane.model()->columns(), columns);
    }

    // The local agreement column (from the Agreement pane): shown, but a click on its header neither
    // orders by it on the server (which does not know it) nor reloads anything.
    void localAgreementColumnIsNotSortedByTheServer()
    {
        Fixture f;
        TasksPane pane(&f.client);
        pane.show();
        pane.setProject(5);
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(0) == 1; }, 5000));
        pane.model()->setLocalAgreement({ { 1, 0.5 } });
        const int col = int(pane.model()->columns().indexOf({ TasksModel::Field::LocalAgreement, {} }));
        QVERIFY(col >= 0);
        QCOMPARE(pane.model()->index(0, col).data().toString(), QStringLiteral("50%"));
        const int requests = f.taskRequests();
        QHeaderView *header = pane.view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(
                header->sectionViewportPosition(col) + header->sectionSize(col) / 2, header->height() / 2));
        QVERIFY(pane.ordering().isEmpty());
        QCOMPARE(header->sortIndicatorSection(), -1);
        QTest::qWait(50);
        QCOMPARE(f.taskRequests(), requests);
        // A server column still orders.
        const int idCol = int(pane.model()->columns().indexOf({ TasksModel::Field::Id, {} }));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(idCol) + header->sectionSize(idCol) / 2,
                header->height() / 2));
        QCOMPARE(pane.ordering(), QStringList { QStringLiteral("tasks:id") });
    }

    // "Export selected tasks…" in the table's context menu: enabled by a selection, and it only asks
    // (the main window opens the dialog) with the selected task ids.
    void exportSelectedTasksAsks()
    {
        Fixture f;
        f.total = 30;
        TasksPane pane(&f.client);
        pane.resize(800, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setProject(5);
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(3) == 4; }, 5000));
        QAction *exportAction = pane.exportAction();
        QVERIFY(pane.view()->actions().contains(exportAction)); // in the context menu
        QCOMPARE(pane.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(exportAction->text().remove(QLatin1Char('&')), QStringLiteral("Export selected tasks…"));
        QVERIFY(!exportAction->isEnabled());
        QSignalSpy asked(&pane, &TasksPane::exportSelectedRequested);
        pane.view()->selectionModel()->select(
            QItemSelection(pane.model()->index(1, 0), pane.model()->index(3, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        QCOMPARE(asked.size(), 1);
        QList<int> ids = asked.first().first().value<QList<int>>();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<int> { 2, 3, 4 }));
        pane.view()->clearSelection();
        QVERIFY(!exportAction->isEnabled());
    }
};

QTEST_MAIN(TestTasksPane)
#include "tst_taskspane.moc"
