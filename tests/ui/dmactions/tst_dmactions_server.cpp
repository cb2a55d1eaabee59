// Data Manager actions against the real Community server (ls_actions): the list it gives, its per-project
// forms, and every listed action that needs no outside service, run through the menu and its confirmation
// on a selection (and once on "all matching the filter"); the server's state is read back afterwards.
#include "../../integration/testserver.h"
#include "api/annotationsapi.h"
#include "api/datamanagerapi.h"
#include "api/dmactionsapi.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "tasks/dmactiondialog.h"
#include "tasks/dmactionsmenu.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
QJsonArray choice(const QString &value)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } } };
}

QJsonObject task(const QString &text, bool annotated, bool predicted)
{
    QJsonObject t { { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), text } } } };
    if (annotated)
        t.insert(QStringLiteral("annotations"),
            QJsonArray { QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Positive")) } } });
    if (predicted)
        t.insert(QStringLiteral("predictions"),
            QJsonArray { QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Negative")) },
                { QStringLiteral("model_version"), QStringLiteral("m1") } } });
    return t;
}

// The actions that touch nothing outside the server. retrieve_tasks_predictions only calls ML backends,
// and the test projects have none connected.
const QStringList kSafe { QStringLiteral("delete_tasks_annotations"),
    QStringLiteral("delete_tasks_predictions"), QStringLiteral("predictions_to_annotations"),
    QStringLiteral("remove_duplicates"), QStringLiteral("retrieve_tasks_predictions"),
    QStringLiteral("delete_tasks") };
} // namespace

class TestDmActionsServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;

    // A project whose tasks are, in order: annotated + predicted, annotated + predicted, predicted only,
    // plain, and two plain duplicates.
    int makeProject(const QString &title, QList<int> *taskIds)
    {
        const QJsonObject fields { { QStringLiteral("title"), title },
            { QStringLiteral("label_config"),
                QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"sentiment\" "
                               "toName=\"text\"><Choice value=\"Positive\"/><Choice value=\"Negative\"/>"
                               "</Choices></View>") } };
        const auto project
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).create(fields, this, cb); });
        if (!project.ok()) {
            qWarning() << project.error.message;
            return 0;
        }
        const QJsonArray tasks { task(QStringLiteral("one"), true, true),
            task(QStringLiteral("two"), true, true), task(QStringLiteral("three"), false, true),
            task(QStringLiteral("four"), false, false), task(QStringLiteral("dup"), false, false),
            task(QStringLiteral("dup"), false, false) };
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(project->id, tasks, this, cb); });
        if (!imported.ok() || imported->taskIds.size() != tasks.size()) {
            qWarning() << imported.error.message;
            return 0;
        }
        *taskIds = imported->taskIds;
        std::sort(taskIds->begin(), taskIds->end());
        return project->id;
    }

    int annotations(int taskId)
    {
        const auto r = await<QList<Annotation>>(
            [&](auto cb) { AnnotationsApi(m_client.get()).list(taskId, this, cb); });
        return r.ok() ? int(r->size()) : -1;
    }
    int predictions(int taskId)
    {
        const auto r = await<QList<Prediction>>(
            [&](auto cb) { AnnotationsApi(m_client.get()).listPredictions(taskId, this, cb); });
        return r.ok() ? int(r->size()) : -1;
    }
    int taskCount(int project)
    {
        TaskQuery q;
        q.project = project;
        q.fields = TaskQuery::Fields::TaskOnly;
        const auto r = await<Page<Task>>([&](auto cb) { TasksApi(m_client.get()).listPage(q, 1, this, cb); });
        return r.ok() ? r->total : -1;
    }

    // Chooses `id` in the menu, lets `fill` set the form, confirms, and returns the server's reply.
    std::optional<DmActionResult> run(
        DmActionsMenu &menu, const QString &id, const std::function<void(DmActionDialog *)> &fill = {})
    {
        QSignalSpy finished(&menu, &DmActionsMenu::finished);
        QSignalSpy failed(&menu, &DmActionsMenu::failed);
        if (!menu.trigger(id)) {
            qWarning() << "not triggered:" << id;
            return std::nullopt;
        }
        if (!QTest::qWaitFor(
                [&] { return (menu.dialog() && menu.dialog()->isVisible()) || !failed.isEmpty(); }, 60000)
            || !failed.isEmpty()) {
            qWarning() << "no confirmation for" << id << failed;
            return std::nullopt;
        }
        DmActionDialog *dlg = menu.dialog();
        if (fill)
            fill(dlg);
        QTest::mouseClick(dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000)
            || finished.isEmpty()) {
            qWarning() << id << "failed:" << failed;
            return std::nullopt;
        }
        return finished.first().at(1).value<DmActionResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_ACTIONS");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
    }

    void listsTheServersActionsAndForms()
    {
        QList<int> ids;
        const int project = makeProject(QStringLiteral("DM actions: list"), &ids);
        QVERIFY(project > 0);
        const auto list
            = await<QList<DmAction>>([&](auto cb) { DmActionsApi(m_client.get()).list(project, this, cb); });
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QStringList listed;
        int lastOrder = -1;
        for (const DmAction &a : *list) {
            listed << a.id;
            QVERIFY2(!a.title.isEmpty(), qPrintable(a.id));
            QVERIFY2(a.order >= lastOrder, qPrintable(a.id)); // the server sorts by order
            lastOrder = a.order;
            QVERIFY2(a.dialog.present, qPrintable(a.id));
        }
        qInfo() << "listed:" << listed;
        for (const QString &id : { QStringLiteral("delete_tasks"), QStringLiteral("delete_tasks_annotations"),
                 QStringLiteral("delete_tasks_predictions"), QStringLiteral("predictions_to_annotations") })
            QVERIFY2(listed.contains(id), qPrintable(id));
        QVERIFY(!listed.contains(QStringLiteral("next_task"))); // hidden

        const DmAction del = list->at(int(listed.indexOf(QStringLiteral("delete_tasks"))));
        QCOMPARE(del.title, QStringLiteral("Delete Tasks"));
        QVERIFY(del.dialog.text.contains(QStringLiteral("delete the selected tasks")));
        QVERIFY(!del.dialog.formOnDemand);
        const DmAction delAnn = list->at(int(listed.indexOf(QStringLiteral("delete_tasks_annotations"))));
        QVERIFY(delAnn.dialog.formOnDemand);

        // The annotator form lists who annotated this project's tasks: the test user.
        const auto form = await<QList<DmActionField>>([&](auto cb) {
            DmActionsApi(m_client.get()).form(project, QStringLiteral("delete_tasks_annotations"), this, cb);
        });
        QVERIFY2(form.ok(), qPrintable(form.error.message));
        QCOMPARE(form->size(), 1);
        QCOMPARE(form->first().name, QStringLiteral("annotator"));
        QCOMPARE(form->first().type, QStringLiteral("select"));
        QCOMPARE(form->first().placeholder, QStringLiteral("All"));
        QCOMPARE(form->first().options.size(), 1);
        const auto models = await<QList<DmActionField>>([&](auto cb) {
            DmActionsApi(m_client.get())
                .form(project, QStringLiteral("predictions_to_annotations"), this, cb);
        });
        QVERIFY2(models.ok(), qPrintable(models.error.message));
        QCOMPARE(models->first().name, QStringLiteral("model_version"));
        QVERIFY(models->first().options.contains(qMakePair(QStringLiteral("m1"), QStringLiteral("m1"))));
    }

    void runsEverySafeActionOnASelection()
    {
        QList<int> ids;
        const int project = makeProject(QStringLiteral("DM actions: selection"), &ids);
        QVERIFY(project > 0);
        QCOMPARE(taskCount(project), 6);
        QWidget window;
        window.show();
        DmActionsMenu menu(m_client.get(), &window);
        DmSelection selection;
        menu.setSelectionProvider([&selection] { return selection; });
        QSignalSpy refresh(&menu, &DmActionsMenu::refreshNeeded);
        menu.setProject(project);
        QTRY_VERIFY_WITH_TIMEOUT(menu.isLoaded(), 60000);
        QStringList ran;
        const auto listed = [&menu](const QString &id) {
            for (const DmAction &a : menu.actions()) {
                if (a.id == id)
                    return true;
            }
            return false;
        };

        // Annotations of task 1, with the annotator chosen in the form: task 2 keeps its own.
        selection = DmSelection::ids({ ids.at(0) });
        auto r = run(menu, QStringLiteral("delete_tasks_annotations"), [](DmActionDialog *dlg) {
            auto *combo = qobject_cast<QComboBox *>(dlg->editorFor(QStringLiteral("annotator")));
            QVERIFY(combo && combo->count() == 2);
            combo->setCurrentIndex(1); // the test user, not "All"
        });
        QVERIFY(r);
        QCOMPARE(r->processedItems, 1);
        QCOMPARE(annotations(ids.at(0)), 0);
        QCOMPARE(annotations(ids.at(1)), 1);
        ran << QStringLiteral("delete_tasks_annotations");

        // Predictions of task 3 only.
        selection = DmSelection::ids({ ids.at(2) });
        r = run(menu, QStringLiteral("delete_tasks_predictions"));
        QVERIFY(r);
        QCOMPARE(r->processedItems, 1);
        QCOMPARE(predictions(ids.at(2)), 0);
        QCOMPARE(predictions(ids.at(1)), 1);
        ran << QStringLiteral("delete_tasks_predictions");

        // Task 2's m1 prediction becomes an annotation beside the one it had.
        selection = DmSelection::ids({ ids.at(1) });
        r = run(menu, QStringLiteral("predictions_to_annotations"), [](DmActionDialog *dlg) {
            auto *combo = qobject_cast<QComboBox *>(dlg->editorFor(QStringLiteral("model_version")));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), QStringLiteral("m1"));
        });
        QVERIFY(r);
        QCOMPARE(r->detail, QStringLiteral("Created 1 annotations"));
        QCOMPARE(annotations(ids.at(1)), 2);
        QCOMPARE(annotations(ids.at(0)), 0);
        ran << QStringLiteral("predictions_to_annotations");

        if (listed(QStringLiteral("retrieve_tasks_predictions"))) {
            selection = DmSelection::ids({ ids.at(3) });
            r = run(menu, QStringLiteral("retrieve_tasks_predictions"));
            QVERIFY(r);
            QCOMPARE(r->processedItems, 1);
            QCOMPARE(predictions(ids.at(3)), 0); // no ML backend: nothing to retrieve
            ran << QStringLiteral("retrieve_tasks_predictions");
        }

        if (listed(QStringLiteral("remove_duplicates"))) {
            // The two "dup" tasks: one goes (the server may run this as a background job).
            selection = DmSelection::ids({ ids.at(4), ids.at(5) });
            QVERIFY(run(menu, QStringLiteral("remove_duplicates")));
            QTRY_COMPARE_WITH_TIMEOUT(taskCount(project), 5, 60000);
            ran << QStringLiteral("remove_duplicates");
        }
        const int before = taskCount(project);

        // Two tasks deleted, with their annotations.
        selection = DmSelection::ids({ ids.at(1), ids.at(3) });
        r = run(menu, QStringLiteral("delete_tasks"));
        QVERIFY(r);
        QCOMPARE(r->processedItems, 2);
        QCOMPARE(r->detail, QStringLiteral("Deleted 2 tasks"));
        // The server unlinks them at once and deletes them (possibly in a background job) after.
        QCOMPARE(taskCount(project), before - 2);
        ran << QStringLiteral("delete_tasks");

        QCOMPARE(refresh.size(), int(ran.size()));
        // Every listed action that is safe was run; the others are reported.
        QStringList skipped;
        for (const DmAction &a : menu.actions()) {
            if (!ran.contains(a.id))
                skipped << a.id;
        }
        for (const QString &id : kSafe) {
            if (listed(id))
                QVERIFY2(ran.contains(id), qPrintable(id));
        }
        qInfo() << "ran:" << ran << "not run (outside services or experimental):" << skipped;
    }

    void allMatchingAppliesTheCurrentFilter()
    {
        QList<int> ids;
        const int project = makeProject(QStringLiteral("DM actions: filter"), &ids);
        QVERIFY(project > 0);
        QWidget window;
        window.show();
        DmActionsMenu menu(m_client.get(), &window);
        // "All" of a table filtered to task 3 and task 1: the others keep their predictions.
        const QJsonObject query
            = dmQuery({ DmFilter { QStringLiteral("tasks:data.text"), QStringLiteral("equal"),
                            QStringLiteral("String"), QStringLiteral("three") },
                          DmFilter { QStringLiteral("tasks:id"), QStringLiteral("equal"),
                              QStringLiteral("Number"), ids.at(0) } },
                QStringLiteral("or"), { QStringLiteral("-tasks:id") });
        menu.setSelectionProvider([query] { return DmSelection::allMatching(query); });
        menu.setProject(project);
        QTRY_VERIFY_WITH_TIMEOUT(menu.isLoaded(), 60000);
        const auto r = run(menu, QStringLiteral("delete_tasks_predictions"));
        QVERIFY(r);
        QCOMPARE(r->processedItems, 2);
        QCOMPARE(predictions(ids.at(0)), 0);
        QCOMPARE(predictions(ids.at(2)), 0);
        QCOMPARE(predictions(ids.at(1)), 1);
        QCOMPARE(annotations(ids.at(0)), 1); // predictions only
        QCOMPARE(taskCount(project), 6);
    }
};

QTEST_MAIN(TestDmActionsServer)
#include "tst_dmactions_server.moc"
