// Data Manager actions on the fake network: the list as GET api/dm/actions/ gives it (forms inline, or
// null when the server computes them per project), the menu built from it, the confirmation with the
// server's text and form, and the exact POST body for a selection and for everything the filter matches.
#include "api/client.h"
#include "api/datamanagerapi.h"
#include "api/dmactionsapi.h"
#include "fakenam.h"
#include "tasks/dmactiondialog.h"
#include "tasks/dmactionsmenu.h"
#include "testutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kActions = QStringLiteral("/api/dm/actions/");

// What Label Studio 1.23.2 lists (data_manager/actions/*.py): delete_tasks_annotations's form is computed
// per project and listed as null; the others carry theirs inline or none at all.
QJsonArray serverActions()
{
    const auto action = [](const QString &id, const QString &title, int order, const QJsonObject &dialog) {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
            { QStringLiteral("order"), order },
            { QStringLiteral("permission"), QStringLiteral("tasks.delete") },
            { QStringLiteral("dialog"), dialog } };
    };
    QJsonObject experimental = action(QStringLiteral("add_data_field"),
        QStringLiteral("Add Or Modify Data Field"), 1,
        QJsonObject { { QStringLiteral("text"), QStringLiteral("Confirm that you want to add a new field.") },
            { QStringLiteral("type"), QStringLiteral("confirm") },
            { QStringLiteral("form"),
                QJsonArray { QJsonObject { { QStringLiteral("columnCount"), 1 },
                    { QStringLiteral("fields"),
                        QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("input") },
                                         { QStringLiteral("name"), QStringLiteral("value_name") },
                                         { QStringLiteral("label"), QStringLiteral("Name") } },
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                                { QStringLiteral("name"), QStringLiteral("value_type") },
                                { QStringLiteral("label"), QStringLiteral("Type") },
                                { QStringLiteral("options"),
                                    QJsonArray { QStringLiteral("String"), QStringLiteral("Number") } },
                                { QStringLiteral("value"), QStringLiteral("Number") } },
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("number") },
                                { QStringLiteral("name"), QStringLiteral("value") },
                                { QStringLiteral("label"), QStringLiteral("Value") } } } } } } } });
    experimental.insert(QStringLiteral("experimental"), true);
    QJsonObject disabled
        = action(QStringLiteral("retrieve_tasks_predictions"), QStringLiteral("Retrieve Predictions"), 90,
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Retrieve Predictions") },
                { QStringLiteral("text"), QStringLiteral("Send the selected tasks to all ML backends.") },
                { QStringLiteral("type"), QStringLiteral("confirm") } });
    disabled.insert(QStringLiteral("disabled"), true);
    disabled.insert(QStringLiteral("disabled_reason"), QStringLiteral("Connect a model first"));
    return QJsonArray { experimental, disabled,
        action(QStringLiteral("delete_tasks"), QStringLiteral("Delete Tasks"), 100,
            QJsonObject {
                { QStringLiteral("text"),
                    QStringLiteral(
                        "You are going to delete the selected tasks. Please confirm your action.") },
                { QStringLiteral("type"), QStringLiteral("confirm") } }),
        action(QStringLiteral("delete_tasks_annotations"), QStringLiteral("Delete Annotations"), 101,
            QJsonObject {
                { QStringLiteral("text"),
                    QStringLiteral("You are going to delete annotations from the selected tasks.") },
                { QStringLiteral("type"), QStringLiteral("confirm") },
                { QStringLiteral("form"), QJsonValue() } }) };
}

// delete_tasks_annotations_form(): one select of the project's annotators, "All" as placeholder.
QJsonArray annotatorForm()
{
    return QJsonArray { QJsonObject { { QStringLiteral("columnCount"), 1 },
        { QStringLiteral("fields"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                { QStringLiteral("name"), QStringLiteral("annotator") },
                { QStringLiteral("label"), QStringLiteral("Annotator") },
                { QStringLiteral("options"),
                    QJsonArray { QJsonObject { { QStringLiteral("value"), QStringLiteral("12") },
                                     { QStringLiteral("label"), QStringLiteral("Ann Otator") } },
                        QJsonObject { { QStringLiteral("value"), QStringLiteral("13") },
                            { QStringLiteral("label"), QStringLiteral("Rev Iewer") } } } },
                { QStringLiteral("placeholder"), QStringLiteral("All") },
                { QStringLiteral("searchable"), true } } } } } };
}

QJsonObject deleted(int n, const QString &what)
{
    return QJsonObject { { QStringLiteral("processed_items"), n },
        { QStringLiteral("detail"), QStringLiteral("Deleted %1 %2").arg(n).arg(what) } };
}

void clickButton(QDialog *dlg, QDialogButtonBox::StandardButton which)
{
    auto *box = dlg->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

struct Rig
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
    QWidget window;
    DmActionsMenu menu { &client, &window };
    DmSelection selection = DmSelection::ids({ 3, 5 });

    Rig()
    {
        nam.always("GET", kActions, ReplyScript::json(200, serverActions()));
        menu.setSelectionProvider([this] { return selection; });
        window.resize(400, 300);
        window.show();
    }

    bool load()
    {
        menu.setProject(7);
        return QTest::qWaitFor([this] { return menu.isLoaded(); }, 5000);
    }
    bool idle() const { return !menu.isBusy() && !(menu.dialog() && menu.dialog()->isVisible()); }
    QList<RecordedRequest> posts() const { return nam.requests("POST", kActions); }
};
} // namespace

class TestDmActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listParsesTheServersActions()
    {
        Rig rig;
        QSignalSpy loaded(&rig.menu, &DmActionsMenu::actionsLoaded);
        QVERIFY(rig.load());
        QCOMPARE(loaded.size(), 1);
        const auto gets = rig.nam.requests("GET", kActions);
        QCOMPARE(gets.size(), 1);
        QCOMPARE(gets.first().query().queryItemValue(QStringLiteral("project")), QStringLiteral("7"));

        const QList<DmAction> &actions = rig.menu.actions();
        QCOMPARE(actions.size(), 4);
        const DmAction &field = actions.at(0);
        QCOMPARE(field.id, QStringLiteral("add_data_field"));
        QCOMPARE(field.order, 1);
        QVERIFY(field.experimental);
        QVERIFY(!field.dialog.formOnDemand);
        QCOMPARE(field.dialog.form.size(), 3);
        QCOMPARE(field.dialog.form.at(1).name, QStringLiteral("value_type"));
        QCOMPARE(field.dialog.form.at(1).type, QStringLiteral("select"));
        QCOMPARE(field.dialog.form.at(1).options.size(), 2);
        QCOMPARE(field.dialog.form.at(1).options.at(1),
            qMakePair(QStringLiteral("Number"), QStringLiteral("Number")));
        QCOMPARE(field.dialog.form.at(1).defaultValue.toString(), QStringLiteral("Number"));
        QCOMPARE(field.dialog.form.at(2).type, QStringLiteral("number"));
        QVERIFY(field.dialog.form.at(2).defaultValue.isUndefined());

        const DmAction &retrieve = actions.at(1);
        QVERIFY(retrieve.disabled);
        QCOMPARE(retrieve.disabledReason, QStringLiteral("Connect a model first"));
        QCOMPARE(retrieve.dialog.title, QStringLiteral("Retrieve Predictions"));

        const DmAction &del = actions.at(2);
        QCOMPARE(del.title, QStringLiteral("Delete Tasks"));
        QCOMPARE(del.order, 100);
        QVERIFY(!del.experimental);
        QVERIFY(del.dialog.present);
        QCOMPARE(del.dialog.type, QStringLiteral("confirm"));
        QVERIFY(del.dialog.text.startsWith(QStringLiteral("You are going to delete the selected tasks")));
        QVERIFY(!del.dialog.formOnDemand); // no "form" key: nothing to fetch
        QVERIFY(del.dialog.form.isEmpty());
        QVERIFY(actions.at(3).dialog.formOnDemand); // "form": null

        // The form the server computes: sections of fields, options as {value, label}.
        const QList<DmActionField> form = dmActionFormFromJson(annotatorForm());
        QCOMPARE(form.size(), 1);
        QCOMPARE(form.first().name, QStringLiteral("annotator"));
        QCOMPARE(form.first().placeholder, QStringLiteral("All"));
        QCOMPARE(form.first().options.at(0), qMakePair(QStringLiteral("12"), QStringLiteral("Ann Otator")));

        // The menu: one entry per action in the server's order, experimental marked, the disabled one
        // greyed with the server's reason.
        rig.menu.menu()->popup(QPoint(0, 0)); // aboutToShow re-evaluates the selection
        const QList<QAction *> items = rig.menu.menu()->actions();
        QCOMPARE(items.size(), 4);
        QVERIFY(items.at(0)->text().contains(QStringLiteral("(experimental)")));
        QCOMPARE(items.at(2)->text(), QStringLiteral("Delete Tasks…"));
        QVERIFY(!items.at(1)->isEnabled());
        QCOMPARE(items.at(1)->toolTip(), QStringLiteral("Connect a model first"));
        QVERIFY(items.at(2)->isEnabled());
        rig.menu.menu()->hide();

        // Nothing selected: every action greyed, and choosing one sends nothing.
        rig.selection = DmSelection {};
        rig.menu.menu()->popup(QPoint(0, 0));
        QVERIFY(!items.at(2)->isEnabled());
        rig.menu.menu()->hide();
        QSignalSpy failed(&rig.menu, &DmActionsMenu::failed);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!rig.menu.dialog());
        QVERIFY(!rig.menu.trigger(QStringLiteral("retrieve_tasks_predictions"))); // disabled by the server
        QVERIFY(!rig.menu.trigger(QStringLiteral("no_such_action")));
        QTest::qWait(50);
        QCOMPARE(rig.posts().size(), 0);
    }

    void selectionIsSentAsIncludedIds()
    {
        Rig rig;
        QVERIFY(rig.load());
        rig.nam.once("POST", kActions, ReplyScript::json(200, deleted(2, QStringLiteral("tasks"))));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QSignalSpy refresh(&rig.menu, &DmActionsMenu::refreshNeeded);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        DmActionDialog *dlg = rig.menu.dialog();
        QVERIFY(dlg);
        QVERIFY(dlg->isVisible());
        QCOMPARE(dlg->findChild<QLabel *>(QStringLiteral("dmActionText"))->text(),
            QStringLiteral("You are going to delete the selected tasks. Please confirm your action."));
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("dmActionScope"))
                    ->text()
                    .contains(QStringLiteral("2 selected")));
        // Enter alone must not delete: Cancel is the default button.
        QVERIFY(dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
        clickButton(dlg, QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const auto posts = rig.posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().query().queryItemValue(QStringLiteral("id")), QStringLiteral("delete_tasks"));
        QCOMPARE(posts.first().query().queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
        QCOMPARE(posts.first().json().object(),
            (QJsonObject { { QStringLiteral("selectedItems"),
                QJsonObject { { QStringLiteral("all"), false },
                    { QStringLiteral("included"), QJsonArray { 3, 5 } } } } }));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Delete Tasks"));
        const auto result = finished.first().at(1).value<DmActionResult>();
        QCOMPARE(result.processedItems, 2);
        QCOMPARE(result.detail, QStringLiteral("Deleted 2 tasks"));
        QCOMPARE(refresh.size(), 1);
        QVERIFY(!rig.menu.isBusy());
    }

    void allMatchingSendsTheFilter()
    {
        Rig rig;
        QVERIFY(rig.load());
        const QJsonObject query = dmQuery({ DmFilter { QStringLiteral("tasks:total_annotations"),
                                              QStringLiteral("greater"), QStringLiteral("Number"), 0 } },
            QStringLiteral("and"), { QStringLiteral("-tasks:id") });
        rig.selection = DmSelection::allMatching(query);
        rig.nam.once("POST", kActions, ReplyScript::json(200, deleted(4, QStringLiteral("predictions"))));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        QVERIFY(rig.menu.dialog()
                    ->findChild<QLabel *>(QStringLiteral("dmActionScope"))
                    ->text()
                    .contains(QStringLiteral("current filter")));
        clickButton(rig.menu.dialog(), QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const QJsonObject body = rig.posts().first().json().object();
        QCOMPARE(body.value(QLatin1String("selectedItems")).toObject(),
            (QJsonObject { { QStringLiteral("all"), true }, { QStringLiteral("excluded"), QJsonArray {} } }));
        QCOMPARE(body.value(QLatin1String("filters")), query.value(QLatin1String("filters")));
        QCOMPARE(body.value(QLatin1String("ordering")).toArray(), QJsonArray { QStringLiteral("-tasks:id") });
        const QJsonObject item = body.value(QLatin1String("filters"))
                                     .toObject()
                                     .value(QLatin1String("items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(
            item.value(QLatin1String("filter")).toString(), QStringLiteral("filter:tasks:total_annotations"));
    }

    void formOnDemandIsFetchedAndItsValuesSent()
    {
        Rig rig;
        QVERIFY(rig.load());
        rig.nam.always("GET", QStringLiteral("/api/dm/actions/delete_tasks_annotations/form/"),
            ReplyScript::json(200, annotatorForm()));
        rig.nam.always("POST", kActions, ReplyScript::json(200, deleted(1, QStringLiteral("annotations"))));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);

        // "All" left as it is: no annotator sent, the server then deletes everyone's.
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks_annotations")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.menu.dialog() && rig.menu.dialog()->isVisible(), 5000);
        const auto formGets
            = rig.nam.requests("GET", QStringLiteral("/api/dm/actions/delete_tasks_annotations/form/"));
        QCOMPARE(formGets.size(), 1);
        QCOMPARE(formGets.first().query().queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
        auto *combo = qobject_cast<QComboBox *>(rig.menu.dialog()->editorFor(QStringLiteral("annotator")));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("All"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Rev Iewer"));
        clickButton(rig.menu.dialog(), QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!rig.posts().first().json().object().contains(QLatin1String("annotator")));

        // One annotator chosen: its id goes at the top level of the body, as the action reads it.
        QTRY_VERIFY(rig.idle()); // QTRY_* evaluates its expression once more: no side effects in it
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks_annotations")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.menu.dialog() && rig.menu.dialog()->isVisible(), 5000);
        combo = qobject_cast<QComboBox *>(rig.menu.dialog()->editorFor(QStringLiteral("annotator")));
        combo->setCurrentIndex(2);
        clickButton(rig.menu.dialog(), QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(rig.posts().last().json().object(),
            (QJsonObject { { QStringLiteral("annotator"), QStringLiteral("13") },
                { QStringLiteral("selectedItems"),
                    QJsonObject { { QStringLiteral("all"), false },
                        { QStringLiteral("included"), QJsonArray { 3, 5 } } } } }));
    }

    void inlineFormDefaultsAndTypes()
    {
        Rig rig;
        QVERIFY(rig.load());
        rig.nam.always("POST", kActions,
            ReplyScript::json(
                200, QJsonObject { { QStringLiteral("detail"), QStringLiteral("Updated 2 tasks") } }));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QVERIFY(rig.menu.trigger(QStringLiteral("add_data_field")));
        DmActionDialog *dlg = rig.menu.dialog();
        QVERIFY(dlg);
        QCOMPARE(rig.nam.requests().size(), 1); // the inline form needs no request
        auto *type = qobject_cast<QComboBox *>(dlg->editorFor(QStringLiteral("value_type")));
        QVERIFY(type);
        QCOMPARE(type->currentText(), QStringLiteral("Number")); // the server's default
        auto *name = qobject_cast<QLineEdit *>(dlg->editorFor(QStringLiteral("value_name")));
        auto *value = qobject_cast<QLineEdit *>(dlg->editorFor(QStringLiteral("value")));
        QVERIFY(name && value);
        QTest::keyClicks(name, QStringLiteral("score"));
        QTest::keyClicks(value, QStringLiteral("4x2")); // the number field takes digits only
        QCOMPARE(value->text(), QStringLiteral("42"));
        clickButton(dlg, QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const QJsonObject body = rig.posts().first().json().object();
        QCOMPARE(body.value(QLatin1String("value_name")).toString(), QStringLiteral("score"));
        QCOMPARE(body.value(QLatin1String("value_type")).toString(), QStringLiteral("Number"));
        QCOMPARE(body.value(QLatin1String("value")).toDouble(), 42.0);
        QVERIFY(body.value(QLatin1String("value")).isDouble());
        // A reply without processed_items is still a success, with the server's detail.
        QCOMPARE(finished.first().at(1).value<DmActionResult>().detail, QStringLiteral("Updated 2 tasks"));
    }

    void declinedConfirmationSendsNothing()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QSignalSpy failed(&rig.menu, &DmActionsMenu::failed);
        QSignalSpy refresh(&rig.menu, &DmActionsMenu::refreshNeeded);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        QVERIFY(rig.menu.dialog());
        clickButton(rig.menu.dialog(), QDialogButtonBox::Cancel);
        QVERIFY(!rig.menu.isBusy());
        // Escape declines too.
        QTRY_VERIFY(rig.idle()); // QTRY_* evaluates its expression once more: no side effects in it
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        QTest::keyClick(rig.menu.dialog(), Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(rig.posts().size(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(refresh.size(), 0);
    }

    void errorsCarryTheServersWords()
    {
        Rig rig;
        QVERIFY(rig.load());
        const QString detail = QStringLiteral("Action is not allowed for the current user: delete_tasks");
        rig.nam.once(
            "POST", kActions, ReplyScript::json(403, QJsonObject { { QStringLiteral("detail"), detail } }));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QSignalSpy failed(&rig.menu, &DmActionsMenu::failed);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        clickButton(rig.menu.dialog(), QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY2(failed.first().first().toString().contains(detail),
            qPrintable(failed.first().first().toString()));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Delete Tasks")));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(rig.posts().size(), 1); // a refused action is not retried

        // The form request failing: the server's words, and no dialog.
        const QString formDetail
            = QStringLiteral("Can't find 'delete_tasks_annotations' in registered actions");
        rig.nam.once("GET", QStringLiteral("/api/dm/actions/delete_tasks_annotations/form/"),
            ReplyScript::json(400, QJsonObject { { QStringLiteral("detail"), formDetail } }));
        QTRY_VERIFY(rig.idle()); // QTRY_* evaluates its expression once more: no side effects in it
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks_annotations")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
        QVERIFY2(failed.last().first().toString().contains(formDetail),
            qPrintable(failed.last().first().toString()));
        QVERIFY(!rig.menu.dialog() || !rig.menu.dialog()->isVisible());

        // The list failing: the menu says so, and the message carries the detail.
        FakeNam nam;
        Client client(ServerUrl::parse(QStringLiteral("https://ls.example.com")),
            ApiKey::classify(legacyKey()), &nam, fastOptions());
        nam.always("GET", kActions,
            ReplyScript::json(404,
                QJsonObject {
                    { QStringLiteral("detail"), QStringLiteral("No Project matches the given query.") } }));
        DmActionsMenu menu(&client, nullptr);
        QSignalSpy listFailed(&menu, &DmActionsMenu::failed);
        menu.setProject(99);
        QTRY_COMPARE_WITH_TIMEOUT(listFailed.size(), 1, 5000);
        QVERIFY2(listFailed.first().first().toString().contains(
                     QStringLiteral("No Project matches the given query.")),
            qPrintable(listFailed.first().first().toString()));
        QCOMPARE(menu.menu()->actions().size(), 1);
        QVERIFY(!menu.menu()->actions().first()->isEnabled());
    }

    void newProjectCancelsTheRunningAction()
    {
        Rig rig;
        QVERIFY(rig.load());
        rig.nam.once(
            "POST", kActions, ReplyScript::json(200, deleted(2, QStringLiteral("tasks"))).withDelay(300));
        QSignalSpy finished(&rig.menu, &DmActionsMenu::finished);
        QSignalSpy failed(&rig.menu, &DmActionsMenu::failed);
        QVERIFY(rig.menu.trigger(QStringLiteral("delete_tasks")));
        clickButton(rig.menu.dialog(), QDialogButtonBox::Ok);
        QVERIFY(rig.menu.isBusy());
        QVERIFY(!rig.menu.trigger(QStringLiteral("delete_tasks"))); // one action at a time
        rig.menu.setProject(8);
        QTRY_VERIFY_WITH_TIMEOUT(rig.menu.isLoaded(), 5000);
        QTest::qWait(400);
        QCOMPARE(rig.nam.aborted(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(rig.nam.requests("GET", kActions).last().query().queryItemValue(QStringLiteral("project")),
            QStringLiteral("8"));
    }
};

QTEST_MAIN(TestDmActions)
#include "tst_dmactions.moc"
