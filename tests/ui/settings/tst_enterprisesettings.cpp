// The Enterprise-only project settings (quality, review, assignment) on the fake network in the shape of
// an Enterprise project (label_studio_sdk types/lse_project.py): the typed values and their PATCH body
// (only the changed top-level keys; a changed nested object sent whole as the server had it; decimals
// compared by value); the dialog shows them with typed editors only when the server is Enterprise, sends
// only what changed, and shows a refusal of a nested setting at its editor. On Community they are absent
// and never sent.
#include "api/client.h"
#include "api/enterprisesettings.h"
#include "fakenam.h"
#include "projects/projectsettingsdialog.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kProject = QStringLiteral("/api/projects/7/");

QJsonObject reviewSettings()
{
    return QJsonObject { { QStringLiteral("id"), 31 }, { QStringLiteral("project"), 7 },
        { QStringLiteral("review_criteria"), QStringLiteral("one") },
        { QStringLiteral("sampling"), QStringLiteral("task_id") },
        { QStringLiteral("require_comment_on_reject"), false },
        { QStringLiteral("anonymize_annotations"), false },
        { QStringLiteral("review_task_limit_percent"), QStringLiteral("100.00") },
        { QStringLiteral("default_reject_action"), QJsonValue::Null },
        { QStringLiteral("allowed_reject_actions"),
            QJsonArray { QStringLiteral("remove"), QStringLiteral("requeue") } },
        { QStringLiteral("instruction"), QStringLiteral("<p>Check boxes</p>") },
        { QStringLiteral("a_later_review_setting"), 42 } };
}

QJsonObject enterpriseProject()
{
    return QJsonObject {
        { QStringLiteral("id"), 7 },
        { QStringLiteral("title"), QStringLiteral("Reviews") },
        { QStringLiteral("color"), QStringLiteral("#FF4C25") },
        { QStringLiteral("maximum_annotations"), 2 },
        { QStringLiteral("show_overlap_first"), false },
        { QStringLiteral("agreement_threshold"), QStringLiteral("0.50") },
        { QStringLiteral("agreement_methodology"), QStringLiteral("consensus") },
        { QStringLiteral("max_additional_annotators_assignable"), 3 },
        { QStringLiteral("annotator_evaluation_enabled"), false },
        { QStringLiteral("annotator_evaluation_minimum_score"), QStringLiteral("95.00") },
        { QStringLiteral("annotator_evaluation_minimum_tasks"), 10 },
        { QStringLiteral("pause_on_failed_annotator_evaluation"), false },
        { QStringLiteral("annotation_limit_count"), QJsonValue::Null },
        { QStringLiteral("review_settings"), reviewSettings() },
        { QStringLiteral("assignment_settings"),
            QJsonObject { { QStringLiteral("id"), 5 }, { QStringLiteral("project"), 7 },
                { QStringLiteral("label_stream_task_distribution"), QStringLiteral("auto_distribution") } } },
        { QStringLiteral("custom_script"), QStringLiteral("// keep") },
        { QStringLiteral("future_setting"), QStringLiteral("keep me") },
    };
}

struct Env
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
    Env()
    {
        nam.always(
            "GET", QStringLiteral("/api/projects/7/model-versions/"), ReplyScript::json(200, QJsonObject {}));
        nam.always("GET", kProject, ReplyScript::json(200, enterpriseProject()));
    }
};

bool waitLoaded(ProjectSettingsDialog &d)
{
    if (d.isLoaded())
        return true;
    QSignalSpy loaded(&d, &ProjectSettingsDialog::loaded);
    return loaded.wait(5000);
}

QStringList tabTitles(const ProjectSettingsDialog &d)
{
    QStringList titles;
    const auto *tabs = d.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).remove(QLatin1Char('&'));
    return titles;
}
} // namespace

class TestEnterpriseSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedValuesAndPatchBody()
    {
        const EnterpriseSettings original = EnterpriseSettings::fromJson(enterpriseProject());
        QVERIFY(original.has(QStringLiteral("agreement_threshold")));
        QVERIFY(original.has(QStringLiteral("review_settings.review_criteria")));
        QVERIFY(!original.has(QStringLiteral("strict_task_overlap"))); // not in this project's JSON
        QVERIFY(original.changedFields(original).isEmpty());
        QVERIFY(EnterpriseSettings::fromJson(QJsonObject { { QStringLiteral("title"), QStringLiteral("x") } })
                    .isEmpty());

        EnterpriseSettings s = original;
        s.setValue(QStringLiteral("agreement_threshold"), 0.5); // the same value as "0.50": no change
        s.setValue(QStringLiteral("strict_task_overlap"), true); // absent: not set
        QVERIFY(s.changedFields(original).isEmpty());

        s.setValue(QStringLiteral("agreement_threshold"), 0.75);
        s.setValue(QStringLiteral("max_additional_annotators_assignable"), 5);
        s.setValue(QStringLiteral("review_settings.require_comment_on_reject"), true);
        s.setValue(QStringLiteral("review_settings.sampling"), QStringLiteral("random"));
        const QJsonObject body = s.changedFields(original);
        QCOMPARE(body.keys(),
            (QStringList { QStringLiteral("agreement_threshold"),
                QStringLiteral("max_additional_annotators_assignable"), QStringLiteral("review_settings") }));
        QCOMPARE(body.value(QStringLiteral("agreement_threshold")), QJsonValue(QStringLiteral("0.75")));
        QCOMPARE(body.value(QStringLiteral("max_additional_annotators_assignable")).toInt(), 5);
        QJsonObject review = reviewSettings();
        review.remove(QStringLiteral("id"));
        review.remove(QStringLiteral("project"));
        review.insert(QStringLiteral("require_comment_on_reject"), true);
        review.insert(QStringLiteral("sampling"), QStringLiteral("random"));
        QCOMPARE(body.value(QStringLiteral("review_settings")).toObject(), review);
    }

    void dialogShowsAndPatchesOnlyChanges()
    {
        Env env;
        QJsonObject updated = enterpriseProject();
        updated.insert(QStringLiteral("max_additional_annotators_assignable"), 4);
        env.nam.always("PATCH", kProject, ReplyScript::json(200, updated));
        ProjectSettingsDialog d(&env.client, 7);
        d.setEnterprise(true);
        d.show();
        QVERIFY(waitLoaded(d));
        QVERIFY(tabTitles(d).contains(QStringLiteral("Quality")));
        QVERIFY(tabTitles(d).contains(QStringLiteral("Review")));
        QVERIFY(tabTitles(d).contains(QStringLiteral("Assignment")));
        QVERIFY(d.changes().isEmpty()); // filling the editors changes nothing
        QVERIFY(!d.editor(QStringLiteral("strict_task_overlap"))); // the project does not carry it

        auto *threshold = qobject_cast<QDoubleSpinBox *>(d.editor(QStringLiteral("agreement_threshold")));
        QVERIFY(threshold);
        QCOMPARE(threshold->value(), 0.5);
        auto *extra
            = qobject_cast<QSpinBox *>(d.editor(QStringLiteral("max_additional_annotators_assignable")));
        QVERIFY(extra);
        QCOMPARE(extra->value(), 3);
        auto *limit = qobject_cast<QSpinBox *>(d.editor(QStringLiteral("annotation_limit_count")));
        QVERIFY(limit);
        QCOMPARE(limit->text(), limit->specialValueText()); // null shows "(not set)"
        auto *pause
            = qobject_cast<QCheckBox *>(d.editor(QStringLiteral("pause_on_failed_annotator_evaluation")));
        QVERIFY(pause);
        auto *criteria
            = qobject_cast<QComboBox *>(d.editor(QStringLiteral("review_settings.review_criteria")));
        QVERIFY(criteria);
        QCOMPARE(criteria->currentData().toString(), QStringLiteral("one"));
        auto *rejectAction
            = qobject_cast<QComboBox *>(d.editor(QStringLiteral("review_settings.default_reject_action")));
        QVERIFY(rejectAction);
        auto *distribution = qobject_cast<QComboBox *>(
            d.editor(QStringLiteral("assignment_settings.label_stream_task_distribution")));
        QVERIFY(distribution);

        extra->setValue(4);
        pause->setChecked(true);
        criteria->setCurrentIndex(criteria->findData(QStringLiteral("all")));
        distribution->setCurrentIndex(distribution->findData(QStringLiteral("assigned_only")));
        // A change undone is no change; a Community setting edited beside them goes in the same PATCH.
        threshold->setValue(0.9);
        threshold->setValue(0.5);
        qobject_cast<QSpinBox *>(d.editor(QStringLiteral("maximum_annotations")))->setValue(3);

        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        d.save();
        QVERIFY(saved.wait(5000));
        const auto patches = env.nam.requests("PATCH", kProject);
        QCOMPARE(patches.size(), 1);
        const QJsonObject body = patches.first().json().object();
        QCOMPARE(body.keys(),
            (QStringList { QStringLiteral("assignment_settings"),
                QStringLiteral("max_additional_annotators_assignable"), QStringLiteral("maximum_annotations"),
                QStringLiteral("pause_on_failed_annotator_evaluation"), QStringLiteral("review_settings") }));
        QCOMPARE(body.value(QStringLiteral("max_additional_annotators_assignable")).toInt(), 4);
        QCOMPARE(body.value(QStringLiteral("pause_on_failed_annotator_evaluation")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("assignment_settings")).toObject(),
            (QJsonObject {
                { QStringLiteral("label_stream_task_distribution"), QStringLiteral("assigned_only") } }));
        const QJsonObject review = body.value(QStringLiteral("review_settings")).toObject();
        QCOMPARE(review.value(QStringLiteral("review_criteria")).toString(), QStringLiteral("all"));
        // The review settings the dialog does not edit go back as they were.
        QCOMPARE(review.value(QStringLiteral("allowed_reject_actions")).toArray().size(), 2);
        QCOMPARE(review.value(QStringLiteral("a_later_review_setting")).toInt(), 42);
        QCOMPARE(review.value(QStringLiteral("default_reject_action")), QJsonValue(QJsonValue::Null));
        QVERIFY(!body.contains(QStringLiteral("custom_script")));
        QVERIFY(!body.contains(QStringLiteral("future_setting")));
        QVERIFY(!body.contains(QStringLiteral("agreement_threshold")));
    }

    void nestedRefusalShownAtItsEditor()
    {
        Env env;
        const QString message = QStringLiteral("\"sideways\" is not a valid choice.");
        env.nam.always("PATCH", kProject,
            ReplyScript::json(400,
                QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                    { QStringLiteral("validation_errors"),
                        QJsonObject { { QStringLiteral("review_settings"),
                            QJsonObject { { QStringLiteral("sampling"), QJsonArray { message } } } } } } }));
        ProjectSettingsDialog d(&env.client, 7);
        d.setEnterprise(true);
        d.show();
        QVERIFY(waitLoaded(d));
        auto *sampling = qobject_cast<QComboBox *>(d.editor(QStringLiteral("review_settings.sampling")));
        QVERIFY(sampling);
        sampling->setCurrentIndex(sampling->findData(QStringLiteral("random")));
        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        d.save();
        QVERIFY(failed.wait(5000));
        QCOMPARE(d.fieldError(QStringLiteral("review_settings.sampling")), message);
        QVERIFY(d.isVisible()); // stays open with the edit
        QCOMPARE(sampling->currentData().toString(), QStringLiteral("random"));
        const auto *tabs = d.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("Review"));
    }

    void communityShowsNoEnterpriseSettings()
    {
        Env env;
        env.nam.always("PATCH", kProject, ReplyScript::json(200, enterpriseProject()));
        ProjectSettingsDialog d(&env.client, 7); // Community: setEnterprise() never called
        d.show();
        QVERIFY(waitLoaded(d));
        QVERIFY(!tabTitles(d).contains(QStringLiteral("Quality")));
        QVERIFY(!tabTitles(d).contains(QStringLiteral("Review")));
        QVERIFY(!d.editor(QStringLiteral("agreement_threshold")));
        QVERIFY(!d.editor(QStringLiteral("review_settings.review_criteria")));
        qobject_cast<QLineEdit *>(d.editor(QStringLiteral("title")))->setText(QStringLiteral("Renamed"));
        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        d.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(env.nam.requests("PATCH", kProject).first().json().object(),
            (QJsonObject { { QStringLiteral("title"), QStringLiteral("Renamed") } }));
    }
};

QTEST_MAIN(TestEnterpriseSettings)
#include "tst_enterprisesettings.moc"
