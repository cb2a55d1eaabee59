// The Projects pane offscreen on the fake network: "Export…" (tool button and the row's context menu)
// follows the current row and only asks for the export of that project - the pane opens no dialog; so do
// "Edit label config…" and "New project…" with the main window's flow.
#include "api/client.h"
#include "fakenam.h"
#include "projects/projectsmodel.h"
#include "projects/projectspane.h"
#include "testutil.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace lsdesk;
using namespace lsdesk::test;

class TestProjectsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAsksForTheCurrentProject()
    {
        FakeNam nam;
        Client client(ServerUrl::parse(QStringLiteral("https://ls.example.com")),
            ApiKey::classify(legacyKey()), &nam, fastOptions());
        const auto project = [](int id, const QString &title) {
            return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
                { QStringLiteral("created_at"), QStringLiteral("2025-01-0%1T10:00:00Z").arg(id) } };
        };
        nam.always("GET", QStringLiteral("/api/projects/"),
            ReplyScript::json(200,
                QJsonObject { { QStringLiteral("count"), 2 },
                    { QStringLiteral("results"),
                        QJsonArray {
                            project(1, QStringLiteral("Cars")), project(2, QStringLiteral("Birds")) } } }));
        nam.always("GET", QStringLiteral("/api/projects/counts/"),
            ReplyScript::json(200,
                QJsonObject {
                    { QStringLiteral("count"), 0 }, { QStringLiteral("results"), QJsonArray {} } }));

        ProjectsPane pane(&client);
        pane.resize(600, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, 5000);

        QAction *exportAction = pane.exportAction();
        QCOMPARE(exportAction->text().remove(QLatin1Char('&')), QStringLiteral("Export…"));
        QCOMPARE(pane.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(pane.view()->actions().contains(exportAction));
        // An icon-only tool button beside the others, named for screen readers.
        bool button = false;
        for (QToolButton *b : pane.findChildren<QToolButton *>()) {
            if (b->defaultAction() == exportAction) {
                button = b->toolButtonStyle() == Qt::ToolButtonIconOnly
                    && b->accessibleName() == QStringLiteral("Export…");
            }
        }
        QVERIFY(button);
        QVERIFY(!exportAction->isEnabled()); // no current row yet

        QSignalSpy asked(&pane, &ProjectsPane::exportRequested);
        QVERIFY(pane.selectProject(2));
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        QCOMPARE(asked.size(), 1);
        const auto chosen = asked.first().first().value<Project>();
        QCOMPARE(chosen.id, 2);
        QCOMPARE(chosen.title, QStringLiteral("Birds"));
        QVERIFY(pane.selectProject(1));
        exportAction->trigger();
        QCOMPARE(asked.last().first().value<Project>().id, 1);

        // "Edit label config…": the row's menu and Ctrl+L ask for the editor of the current project.
        QAction *edit = pane.editConfigAction();
        QVERIFY(pane.view()->actions().contains(edit));
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QSignalSpy editAsked(&pane, &ProjectsPane::editConfigRequested);
        pane.view()->setFocus();
        QTest::keyClick(pane.view(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(editAsked.size(), 1);
        QCOMPARE(editAsked.first().first().value<Project>().id, 1);

        // "Project settings…" in the row's menu asks for the settings of the current project.
        QAction *settings = pane.settingsAction();
        QVERIFY(pane.view()->actions().contains(settings));
        QSignalSpy settingsAsked(&pane, &ProjectsPane::settingsRequested);
        settings->trigger();
        QCOMPARE(settingsAsked.size(), 1);
        QCOMPARE(settingsAsked.first().first().value<Project>().id, 1);

        // New project…: with a flow set (the main window's dialog), no title prompt and no request.
        int flows = 0;
        pane.setTitlePrompt([](const QString &, const QString &) -> std::optional<QString> {
            qFatal("the title prompt must not be used when a new-project flow is set");
            return std::nullopt;
        });
        pane.setNewProjectFlow([&flows] { ++flows; });
        pane.createAction()->trigger();
        QCOMPARE(flows, 1);
    }
};

QTEST_MAIN(TestProjectsPane)
#include "tst_projectspane.moc"
