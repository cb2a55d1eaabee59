// The tasks pane against the real server: a project with 1,000 tasks, opened offscreen; scroll to the end,
// filter, order by a header click, a saved view as a tab, columns remembered per project, and deleting two
// selected tasks through the server's delete_tasks action.

#include "../../integration/testserver.h"
#include "api/datamanagerapi.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "tasks/filterbar.h"
#include "tasks/taskspane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
// Counts the task-list requests, to see what scrolling costs.
class CountingNam : public QNetworkAccessManager
{
public:
    int taskPages = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (request.url().path().endsWith(QLatin1String("/api/tasks/")))
            ++taskPages;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// The pane with the confirmation answered by the test: what a user clicking "Yes" does.
class TestPane : public TasksPane
{
public:
    using TasksPane::TasksPane;
    int confirmations = 0;
    int lastCount = 0;

protected:
    bool confirmDelete(int count) override
    {
        ++confirmations;
        lastCount = count;
        return true;
    }
};

template <class T> T *childNamed(QWidget *root, const QString &accessibleName)
{
    const auto all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == accessibleName && !w->isHidden())
            return w;
    }
    return nullptr;
}
} // namespace

class TestTasksPaneServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    CountingNam m_nam;
    std::unique_ptr<Client> m_client;
    int m_project = 0;
    QList<int> m_ids;

    int serverTotal(const QJsonObject &query)
    {
        TasksApi api(m_client.get());
        TaskQuery q;
        q.project = m_project;
        q.fields = TaskQuery::Fields::TaskOnly;
        q.query = query;
        q.pageSize = 1;
        const auto r = await<Page<Task>>([&](auto cb) { api.listPage(q, 1, this, cb); });
        return r.ok() ? r->total : -1;
    }

    static bool waitLoaded(TasksPane &pane, int total)
    {
        return QTest::qWaitFor(
            [&] {
                return pane.model()->total() == total && !pane.model()->isLoading()
                    && pane.model()->taskId(0) != 0;
            },
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        // Column choices go to QSettings: keep them in a directory of this test.
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("lsdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_taskspane_server"));

        m_client = std::make_unique<Client>(
            ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
        ProjectsApi projects(m_client.get());
        const QJsonObject fields {
            { QStringLiteral("title"),
                QStringLiteral("Tasks pane %1").arg(QCoreApplication::applicationPid()) },
            { QStringLiteral("label_config"),
                QStringLiteral(
                    "<View><Text name=\"text\" value=\"$text\"/><Choices name=\"c\" toName=\"text\">"
                    "<Choice value=\"a\"/><Choice value=\"b\"/></Choices></View>") }
        };
        const auto p = await<Project>([&](auto cb) { projects.create(fields, this, cb); });
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        m_project = p->id;

        QJsonArray tasks;
        for (int i = 0; i < 1000; ++i)
            tasks.append(QJsonObject {
                { QStringLiteral("text"), QStringLiteral("task %1").arg(i) }, { QStringLiteral("n"), i } });
        TasksApi api(m_client.get());
        const auto imported
            = await<ImportResult>([&](auto cb) { api.importTasks(m_project, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported->taskCount, 1000);
        m_ids = imported->taskIds;
        std::sort(m_ids.begin(), m_ids.end());
        QCOMPARE(m_ids.size(), 1000);
    }

    void scrollFilterOrder()
    {
        TestPane pane(m_client.get());
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(1000, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy views(&pane, &TasksPane::viewsLoaded);
        m_nam.taskPages = 0;
        pane.setProject(m_project);
        QVERIFY(waitLoaded(pane, 1000));
        QVERIFY(views.wait(10000) || views.size() == 1);
        QCOMPARE(pane.viewTabs()->count(), 1);
        QCOMPARE(pane.viewTabs()->tabText(0), QStringLiteral("All tasks"));
        QCOMPARE(pane.model()->rowCount(), 1000);
        // The server's columns: the data keys of the config and of the import.
        QCOMPARE(pane.model()->columns().at(0).id(), QStringLiteral("id"));
        QVERIFY(pane.model()->columns().contains(
            TasksModel::ColumnSpec { TasksModel::Field::Data, QStringLiteral("text") }));
        QCOMPARE(pane.model()->taskId(0), m_ids.first());

        // To the end: the last page, and not the ones in between.
        const int before = m_nam.taskPages;
        pane.view()->scrollToBottom();
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(999) != 0; }, 30000));
        QCOMPARE(pane.model()->taskId(999), m_ids.last());
        QVERIFY2(m_nam.taskPages - before <= 2, qPrintable(QString::number(m_nam.taskPages - before)));
        QCOMPARE(pane.model()->rowState(500), TasksModel::RowState::NotLoaded);

        // A filter typed into the bar: id greater than the 900th id.
        pane.focusFilter();
        QCOMPARE(pane.filterBar()->rowCount(), 1);
        auto *column = childNamed<QComboBox>(pane.filterBar(), QStringLiteral("Filter column"));
        QVERIFY(column);
        column->setCurrentIndex(column->findData(QStringLiteral("id")));
        auto *op = childNamed<QComboBox>(pane.filterBar(), QStringLiteral("Filter operator"));
        QVERIFY(op);
        op->setCurrentIndex(op->findData(QStringLiteral("greater")));
        auto *value = childNamed<QLineEdit>(pane.filterBar(), QStringLiteral("Filter value"));
        QVERIFY(value);
        QTest::keyClicks(value, QString::number(m_ids.at(899)));
        QTest::keyClick(value, Qt::Key_Return);
        const QJsonObject query = dmQuery({ DmFilter { QStringLiteral("tasks:id"), QStringLiteral("greater"),
                                              QStringLiteral("Number"), m_ids.at(899) } },
            QStringLiteral("and"), {});
        QCOMPARE(serverTotal(query), 100);
        QVERIFY(waitLoaded(pane, 100));
        QCOMPARE(pane.model()->rowCount(), 100);
        QCOMPARE(pane.model()->taskId(0), m_ids.at(900));

        // Text: "task 99" is in task 99 and tasks 990-999.
        column->setCurrentIndex(column->findData(QStringLiteral("data.text")));
        op = childNamed<QComboBox>(pane.filterBar(), QStringLiteral("Filter operator"));
        QCOMPARE(op->currentData().toString(), QStringLiteral("contains"));
        value->clear();
        QTest::keyClicks(value, QStringLiteral("task 99"));
        QTest::keyClick(value, Qt::Key_Return);
        const QJsonObject textQuery
            = dmQuery({ DmFilter { QStringLiteral("tasks:data.text"), QStringLiteral("contains"),
                          QStringLiteral("String"), QStringLiteral("task 99") } },
                QStringLiteral("and"), {});
        QCOMPARE(serverTotal(textQuery), 11);
        QVERIFY(waitLoaded(pane, 11));

        // Server-side ordering by clicking the ID header: first ascending, then descending.
        QHeaderView *header = pane.view()->horizontalHeader();
        const int idSection
            = int(pane.model()->columns().indexOf(TasksModel::ColumnSpec { TasksModel::Field::Id, {} }));
        const QPoint at(header->sectionViewportPosition(idSection) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(pane.ordering(), QStringList { QStringLiteral("tasks:id") });
        QVERIFY(waitLoaded(pane, 11));
        QCOMPARE(pane.model()->taskId(0), m_ids.at(99));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(pane.ordering(), QStringList { QStringLiteral("-tasks:id") });
        QVERIFY(QTest::qWaitFor([&] { return pane.model()->taskId(0) == m_ids.at(999); }, 30000));
        QCOMPARE(pane.model()->total(), 11);
        QCOMPARE(header->sortIndicatorSection(), idSection);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void savedViewIsATab()
    {
        DataManagerApi dm(m_client.get());
        const QJsonObject filters
            = dmQuery({ DmFilter { QStringLiteral("tasks:id"), QStringLiteral("greater"),
                          QStringLiteral("Number"), m_ids.at(949) } },
                QStringLiteral("and"), {})
                  .value(QLatin1String("filters"))
                  .toObject();
        const auto created = await<DmView>([&](auto cb) {
            dm.createView(
                m_project, QStringLiteral("Last fifty"), filters, { QStringLiteral("-tasks:id") }, this, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));

        TestPane pane(m_client.get());
        pane.resize(1000, 600);
        pane.show();
        QSignalSpy views(&pane, &TasksPane::viewsLoaded);
        pane.setProject(m_project);
        QVERIFY(views.wait(10000));
        QCOMPARE(pane.viewTabs()->count(), 2);
        QCOMPARE(pane.viewTabs()->tabText(1), QStringLiteral("Last fifty"));
        QVERIFY(waitLoaded(pane, 1000));

        pane.viewTabs()->setCurrentIndex(1);
        QCOMPARE(pane.currentViewId(), created->id);
        QCOMPARE(pane.model()->view(), created->id);
        QVERIFY(waitLoaded(pane, 50));
        QCOMPARE(pane.model()->taskId(0), m_ids.last()); // the view's ordering
        // The bar shows the view's filter.
        QCOMPARE(pane.filterBar()->filters().size(), 1);
        QCOMPARE(pane.filterBar()->filters().first().value.toInt(), m_ids.at(949));
        QCOMPARE(pane.ordering(), QStringList { QStringLiteral("-tasks:id") });

        pane.viewTabs()->setCurrentIndex(0);
        QVERIFY(waitLoaded(pane, 1000));
        QCOMPARE(pane.filterBar()->filters().size(), 0);

        const auto deleted = await<Empty>([&](auto cb) { dm.deleteView(created->id, this, cb); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message));
    }

    void columnsRememberedPerProject()
    {
        QStringList moved;
        {
            TestPane pane(m_client.get());
            pane.resize(1000, 600);
            pane.show();
            pane.setProject(m_project);
            QVERIFY(waitLoaded(pane, 1000));
            QTRY_VERIFY(pane.model()->columns().size() > 3);
            // Drag the third column to the front.
            pane.view()->horizontalHeader()->moveSection(2, 0);
            const QHeaderView *header = pane.view()->horizontalHeader();
            for (int v = 0; v < header->count(); ++v)
                moved << pane.model()->columnAt(header->logicalIndex(v)).id();
        }
        TestPane again(m_client.get());
        again.resize(1000, 600);
        again.show();
        again.setProject(m_project);
        QVERIFY(waitLoaded(again, 1000));
        QStringList ids;
        QTRY_VERIFY([&] {
            ids.clear();
            for (const auto &c : again.model()->columns())
                ids << c.id();
            return ids == moved;
        }());
    }

    void deleteTwoSelectedTasks()
    {
        TestPane pane(m_client.get());
        pane.resize(1000, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setProject(m_project);
        QVERIFY(waitLoaded(pane, 1000));
        QCOMPARE(serverTotal({}), 1000);

        QSignalSpy current(&pane, &TasksPane::currentTaskChanged);
        pane.selectNextTask();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().first().toInt(), m_ids.at(0));
        pane.selectNextTask();
        QCOMPARE(pane.currentTaskId(), m_ids.at(1));
        pane.view()->selectionModel()->select(
            pane.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(pane.selectedTaskIds(), (QList<int> { m_ids.at(0), m_ids.at(1) }));
        QVERIFY(pane.deleteAction()->isEnabled());

        QSignalSpy deleted(&pane, &TasksPane::tasksDeleted);
        pane.view()->setFocus();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QTest::keyClick(pane.view(), Qt::Key_Delete); // the Delete shortcut of the table
        QVERIFY(deleted.wait(30000));
        QCOMPARE(pane.confirmations, 1);
        QCOMPARE(pane.lastCount, 2);
        // What the server did is the check. Its reply's count can say 0: on SQLite, Label Studio re-runs
        // a request that hit "database is locked" (other tests write to this shared server), and the
        // re-run finds the tasks already gone.
        QCOMPARE(serverTotal({}), 998);
        const int reported = deleted.first().first().toInt();
        QVERIFY2(reported == 2 || reported == 0, qPrintable(QString::number(reported)));
        QVERIFY(waitLoaded(pane, 998));
        QCOMPARE(pane.model()->taskId(0), m_ids.at(2));
    }
};

QTEST_MAIN(TestTasksPaneServer)
#include "tst_taskspane_server.moc"
