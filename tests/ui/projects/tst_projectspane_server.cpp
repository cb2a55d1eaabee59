// The Projects pane against the real server: create a project (it appears), import 25 tasks (the counters
// say 25), open it with Enter, rename it (the server has the new title), delete it after the confirmation
// (gone from the server and the table).
#include "../../integration/testserver.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "projects/projectsmodel.h"
#include "projects/projectspane.h"

#include <QAction>
#include <QDateTime>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;
using Column = ProjectsModel::Column;

class TestProjectsPaneServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;

    static bool waitLoaded(ProjectsPane &pane)
    {
        if (!pane.model()->isLoading())
            return pane.model()->lastError().isEmpty();
        QSignalSpy finished(pane.model(), &ProjectsModel::loadFinished);
        return finished.wait(60000);
    }

    // The proxy row showing project `id`, or -1.
    static int visibleRow(ProjectsPane &pane, int id)
    {
        const int row = pane.model()->rowOfId(id);
        if (row < 0)
            return -1;
        return pane.proxyModel()->mapFromSource(pane.model()->index(row, 0)).row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
    }

    void createImportOpenRenameDelete()
    {
        ProjectsPane pane(m_client.get());
        QSignalSpy errors(&pane, &ProjectsPane::errorOccurred);
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY2(waitLoaded(pane), qPrintable(pane.model()->lastError()));

        // Create: the new project appears (and is selected).
        const QString title
            = QStringLiteral("lsdesk projects pane %1").arg(QDateTime::currentMSecsSinceEpoch());
        pane.setTitlePrompt([&](const QString &, const QString &current) -> std::optional<QString> {
            return current.isEmpty() ? title : title + QStringLiteral(" renamed");
        });
        QSignalSpy created(&pane, &ProjectsPane::projectCreated);
        pane.createAction()->trigger();
        QVERIFY2(created.wait(60000),
            qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
        const int id = created.first().first().toInt();
        QVERIFY(visibleRow(pane, id) >= 0);
        QCOMPARE(pane.currentProject()->id, id);
        QCOMPARE(pane.currentProject()->title, title);

        // 25 tasks, then a refresh: the counters (loaded after the cheap list) say 25.
        QJsonArray tasks;
        for (int i = 0; i < 25; ++i)
            tasks.append(QJsonObject { { QStringLiteral("text"), QStringLiteral("task %1").arg(i) } });
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(id, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        pane.refresh();
        QVERIFY2(waitLoaded(pane), qPrintable(pane.model()->lastError()));
        const int row = pane.model()->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(pane.model()->index(row, int(Column::Tasks)).data().toString(), QStringLiteral("25"));
        QCOMPARE(pane.model()->index(row, int(Column::Title)).data().toString(), title);
        QVERIFY(!pane.model()->index(row, int(Column::Author)).data().toString().isEmpty());

        // The local filter finds it by part of its title, case-insensitively; Enter opens it.
        pane.focusFilter();
        QTest::keyClicks(pane.filterEdit(), title.toUpper().right(12));
        QCOMPARE(pane.proxyModel()->rowCount(), 1);
        QVERIFY(pane.selectProject(id));
        pane.view()->setFocus();
        QSignalSpy opened(&pane, &ProjectsPane::projectOpened);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toInt(), id);
        QCOMPARE(opened.first().at(1).toString(), title);

        // Rename: the server has the new title, and so does the row.
        QSignalSpy renamed(&pane, &ProjectsPane::projectRenamed);
        pane.renameAction()->trigger();
        QVERIFY(renamed.wait(60000));
        const auto onServer = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(id, this, cb); });
        QVERIFY2(onServer.ok(), qPrintable(onServer.error.message));
        QCOMPARE(onServer->title, title + QStringLiteral(" renamed"));
        QCOMPARE(pane.model()->project(pane.model()->rowOfId(id)).title, title + QStringLiteral(" renamed"));
        QCOMPARE(pane.model()->index(pane.model()->rowOfId(id), int(Column::Tasks)).data().toString(),
            QStringLiteral("25")); // the rename kept the counters

        // Delete: the confirmation names the project and its task count; then it is gone everywhere.
        QString question;
        pane.setDeleteConfirmer([&](const QString &q) {
            question = q;
            return true;
        });
        QSignalSpy deleted(&pane, &ProjectsPane::projectDeleted);
        pane.deleteAction()->trigger();
        QVERIFY(deleted.wait(60000));
        QVERIFY2(question.contains(title + QStringLiteral(" renamed")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("25 task")), qPrintable(question));
        QCOMPARE(pane.model()->rowOfId(id), -1);
        const auto gone = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(id, this, cb); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error.httpStatus, 404);
        QCOMPARE(errors.size(), 0);
    }

    void declinedConfirmationDeletesNothing()
    {
        const auto made = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"),
                            QStringLiteral("lsdesk keep me %1").arg(QDateTime::currentMSecsSinceEpoch()) } },
                    this, cb);
        });
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        ProjectsPane pane(m_client.get());
        QVERIFY(waitLoaded(pane));
        QVERIFY(pane.selectProject(made->id));
        pane.setDeleteConfirmer([](const QString &) { return false; });
        QSignalSpy deleted(&pane, &ProjectsPane::projectDeleted);
        pane.deleteAction()->trigger();
        QTest::qWait(300);
        QCOMPARE(deleted.size(), 0);
        QVERIFY(pane.model()->rowOfId(made->id) >= 0);
        const auto still
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(made->id, this, cb); });
        QVERIFY(still.ok());
        await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(made->id, this, cb); });
    }
};

QTEST_MAIN(TestProjectsPaneServer)
#include "tst_projectspane_server.moc"
