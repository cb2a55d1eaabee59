// The typed project settings (fromJson, changedFields) and the Project settings dialog offscreen on the
// fake network: nothing is editable before the project is loaded; Save sends a PATCH of only the changed
// keys (never the settings the client does not know); a refusal is shown at the refused field and the
// dialog stays open with the edits; Cancel aborts the request in flight.
#include "api/client.h"
#include "fakenam.h"
#include "projects/projectsettingsdialog.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kProject = QStringLiteral("/api/projects/7/");

QJsonObject projectJson()
{
    return QJsonObject {
        { QStringLiteral("id"), 7 },
        { QStringLiteral("title"), QStringLiteral("Reviews") },
        { QStringLiteral("description"), QStringLiteral("Product reviews") },
        { QStringLiteral("color"), QStringLiteral("#FF4C25") },
        { QStringLiteral("expert_instruction"), QStringLiteral("<p>Be kind</p>") },
        { QStringLiteral("show_instruction"), true },
        { QStringLiteral("show_skip_button"), true },
        { QStringLiteral("enable_empty_annotation"), false },
        { QStringLiteral("show_annotation_history"), false },
        { QStringLiteral("maximum_annotations"), 2 },
        { QStringLiteral("sampling"), QStringLiteral("Sequential sampling") },
        { QStringLiteral("skip_queue"), QStringLiteral("REQUEUE_FOR_OTHERS") },
        { QStringLiteral("model_version"), QString() },
        { QStringLiteral("show_collab_predictions"), true },
        { QStringLiteral("reveal_preannotations_interactively"), false },
        { QStringLiteral("evaluate_predictions_automatically"), false },
        { QStringLiteral("min_annotations_to_start_training"), 0 },
        { QStringLiteral("show_ground_truth_first"), false },
        { QStringLiteral("show_overlap_first"), false },
        { QStringLiteral("overlap_cohort_percentage"), 100 },
        // What the dialog does not edit: must never be sent.
        { QStringLiteral("label_config"), QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>") },
        { QStringLiteral("control_weights"), QJsonObject { { QStringLiteral("x"), 1 } } },
        { QStringLiteral("task_data_login"), QJsonValue::Null },
        { QStringLiteral("future_setting"), QStringLiteral("keep me") },
        { QStringLiteral("created_at"), QStringLiteral("2025-01-01T10:00:00Z") },
    };
}

struct Env
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions() };
    // The model versions are offered when the server has them; most tests need none.
    Env()
    {
        nam.always(
            "GET", QStringLiteral("/api/projects/7/model-versions/"), ReplyScript::json(200, QJsonObject {}));
    }
};

bool waitLoaded(ProjectSettingsDialog &d)
{
    if (d.isLoaded())
        return true;
    QSignalSpy loaded(&d, &ProjectSettingsDialog::loaded);
    return loaded.wait(5000);
}

QPushButton *saveButton(QWidget *d)
{
    for (QPushButton *b : d->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Save"))
            return b;
    }
    return nullptr;
}
} // namespace

class TestProjectSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJsonReadsEveryKnownField()
    {
        const ProjectSettings s = ProjectSettings::fromJson(projectJson());
        QCOMPARE(s.title, QStringLiteral("Reviews"));
        QCOMPARE(s.color, QStringLiteral("#FF4C25"));
        QCOMPARE(s.expertInstruction, QStringLiteral("<p>Be kind</p>"));
        QVERIFY(s.showInstruction);
        QVERIFY(!s.enableEmptyAnnotation);
        QCOMPARE(s.maximumAnnotations, 2);
        QCOMPARE(s.sampling, QStringLiteral("Sequential sampling"));
        QCOMPARE(s.skipQueue, QStringLiteral("REQUEUE_FOR_OTHERS"));
        QCOMPARE(s.raw.value(QLatin1String("future_setting")).toString(), QStringLiteral("keep me"));
        // toJson round-trips through fromJson.
        QVERIFY(ProjectSettings::fromJson(s.toJson()).changedFields(s).isEmpty());
        QCOMPARE(s.toJson().keys().size(), ProjectSettings::knownKeys().size());
    }

    void fromJsonTakesServerDefaultsForMissingAndNull()
    {
        const ProjectSettings s = ProjectSettings::fromJson(
            QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("description"), QJsonValue::Null },
                { QStringLiteral("sampling"), QJsonValue::Null } });
        QCOMPARE(s.description, QString());
        QVERIFY(s.showSkipButton);
        QVERIFY(s.enableEmptyAnnotation);
        QVERIFY(s.showCollabPredictions);
        QCOMPARE(s.maximumAnnotations, 1);
        QCOMPARE(s.color, QStringLiteral("#FFFFFF"));
        QCOMPARE(s.skipQueue, QStringLiteral("REQUEUE_FOR_OTHERS"));
        QCOMPARE(s.sampling, QString()); // null stays "not set", not silently a choice
    }

    void changedFieldsHoldsOnlyChangedKeys()
    {
        const ProjectSettings original = ProjectSettings::fromJson(projectJson());
        QVERIFY(original.changedFields(original).isEmpty());
        ProjectSettings s = original;
        s.title = QStringLiteral("Reviews 2");
        s.showSkipButton = false;
        s.maximumAnnotations = 3;
        s.skipQueue = QStringLiteral("IGNORE_SKIPPED");
        const QJsonObject changed = s.changedFields(original);
        QCOMPARE(changed,
            (QJsonObject { { QStringLiteral("title"), QStringLiteral("Reviews 2") },
                { QStringLiteral("show_skip_button"), false }, { QStringLiteral("maximum_annotations"), 3 },
                { QStringLiteral("skip_queue"), QStringLiteral("IGNORE_SKIPPED") } }));
        // Choices are the server's stored values.
        QStringList values;
        for (const auto &c : ProjectSettings::samplingChoices())
            values << c.value;
        QCOMPARE(values,
            (QStringList { QStringLiteral("Sequential sampling"), QStringLiteral("Uniform sampling"),
                QStringLiteral("Uncertainty sampling") }));
    }

    void dialogPatchesOnlyTheChangedKeys()
    {
        Env env;
        env.nam.always("GET", kProject, ReplyScript::json(200, projectJson()).withDelay(30));
        env.nam.always("GET", QStringLiteral("/api/projects/7/model-versions/"),
            ReplyScript::json(200, QJsonObject { { QStringLiteral("m1"), 3 } }));
        QJsonObject updated = projectJson();
        updated.insert(QStringLiteral("title"), QStringLiteral("Reviews (2025)"));
        env.nam.always("PATCH", kProject, ReplyScript::json(200, updated));

        ProjectSettingsDialog d(&env.client, 7);
        d.show();
        // Nothing editable until loaded.
        QVERIFY(!d.isLoaded());
        QVERIFY(!d.editor(QStringLiteral("title"))->isEnabled());
        QVERIFY(!saveButton(&d)->isEnabled());
        QVERIFY(waitLoaded(d));
        QVERIFY(d.editor(QStringLiteral("title"))->isEnabled());
        QVERIFY(!saveButton(&d)->isEnabled()); // nothing changed yet

        auto *title = qobject_cast<QLineEdit *>(d.editor(QStringLiteral("title")));
        QCOMPARE(title->text(), QStringLiteral("Reviews"));
        title->setText(QStringLiteral("Reviews (2025)"));
        qobject_cast<QCheckBox *>(d.editor(QStringLiteral("show_skip_button")))->setChecked(false);
        auto *sampling = qobject_cast<QComboBox *>(d.editor(QStringLiteral("sampling")));
        sampling->setCurrentIndex(sampling->findData(QStringLiteral("Uniform sampling")));
        qobject_cast<QSpinBox *>(d.editor(QStringLiteral("maximum_annotations")))->setValue(4);
        // A change undone is no change.
        auto *history = qobject_cast<QCheckBox *>(d.editor(QStringLiteral("show_annotation_history")));
        history->setChecked(true);
        history->setChecked(false);
        // The model versions the server knows are offered.
        auto *versions = qobject_cast<QComboBox *>(d.editor(QStringLiteral("model_version")));
        QTRY_VERIFY(versions->findText(QStringLiteral("m1")) >= 0);
        QCOMPARE(versions->currentText(), QString());
        QVERIFY(saveButton(&d)->isEnabled());
        // The server clears the model version when predictions are hidden: it is not editable then.
        auto *collab = qobject_cast<QCheckBox *>(d.editor(QStringLiteral("show_collab_predictions")));
        QVERIFY(versions->isEnabled());
        collab->setChecked(false);
        QVERIFY(!versions->isEnabled());
        collab->setChecked(true);
        QVERIFY(versions->isEnabled());

        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        QTest::mouseClick(saveButton(&d), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).value<Project>().title, QStringLiteral("Reviews (2025)"));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const auto patches = env.nam.requests("PATCH", kProject);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.at(0).json().object(),
            (QJsonObject { { QStringLiteral("title"), QStringLiteral("Reviews (2025)") },
                { QStringLiteral("show_skip_button"), false },
                { QStringLiteral("sampling"), QStringLiteral("Uniform sampling") },
                { QStringLiteral("maximum_annotations"), 4 } }));
    }

    void fieldErrorsAreShownAtTheFieldAndTheDialogStaysOpen_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject errors { { QStringLiteral("color"),
                                       QJsonArray { QStringLiteral("Color must be in \"#RRGGBB\" format") } },
            { QStringLiteral("label_config"), QJsonArray { QStringLiteral("not editable here") } } };
        // Label Studio's envelope, and a bare DRF reply.
        QTest::newRow("envelope") << QJsonDocument(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("x") },
                { QStringLiteral("status_code"), 400 },
                { QStringLiteral("detail"), QStringLiteral("Validation error") },
                { QStringLiteral("validation_errors"),
                    errors } }).toJson();
        QTest::newRow("drf") << QJsonDocument(errors).toJson();
    }

    void fieldErrorsAreShownAtTheFieldAndTheDialogStaysOpen()
    {
        QFETCH(QByteArray, body);
        Env env;
        env.nam.always("GET", kProject, ReplyScript::json(200, projectJson()));
        env.nam.once("PATCH", kProject, ReplyScript::json(400, body));
        ProjectSettingsDialog d(&env.client, 7);
        d.show();
        QVERIFY(waitLoaded(d));
        auto *tabs = d.findChild<QTabWidget *>();
        tabs->setCurrentIndex(4);
        auto *color = qobject_cast<QLineEdit *>(d.editor(QStringLiteral("color")));
        color->setText(QStringLiteral("#12"));
        qobject_cast<QPlainTextEdit *>(d.editor(QStringLiteral("description")))
            ->setPlainText(QStringLiteral("New"));

        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        d.save();
        QVERIFY(failed.wait(5000));
        QCOMPARE(saved.size(), 0);
        QVERIFY(d.isVisible());
        QCOMPARE(
            d.fieldError(QStringLiteral("color")), QStringLiteral("Color must be in \"#RRGGBB\" format"));
        QCOMPARE(d.fieldError(QStringLiteral("description")), QString());
        QCOMPARE(tabs->currentIndex(), 0); // the tab of the refused field
        // A field without an editor here is named in the status line.
        QVERIFY2(d.statusText().contains(QLatin1String("label_config: not editable here")),
            qPrintable(d.statusText()));
        // The edits are kept, and can be corrected and saved again.
        QCOMPARE(color->text(), QStringLiteral("#12"));
        QCOMPARE(d.changes().value(QLatin1String("description")).toString(), QStringLiteral("New"));
        QVERIFY(d.editor(QStringLiteral("color"))->isEnabled());
        QVERIFY(saveButton(&d)->isEnabled());

        env.nam.once("PATCH", kProject, ReplyScript::json(200, projectJson()));
        // Typing into the refused field takes its error away.
        color->setFocus();
        color->selectAll();
        QTest::keyClicks(color, QStringLiteral("#123456"));
        QCOMPARE(color->text(), QStringLiteral("#123456"));
        QCOMPARE(d.fieldError(QStringLiteral("color")), QString());
        d.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(d.fieldError(QStringLiteral("color")), QString()); // cleared on the next save
        QCOMPARE(env.nam.requests("PATCH", kProject).last().json().object(),
            (QJsonObject { { QStringLiteral("color"), QStringLiteral("#123456") },
                { QStringLiteral("description"), QStringLiteral("New") } }));
    }

    void otherErrorsAreShownInTheStatus()
    {
        Env env;
        env.nam.always("GET", kProject, ReplyScript::json(200, projectJson()));
        env.nam.always("PATCH", kProject,
            ReplyScript::json(
                403, QJsonObject { { QStringLiteral("detail"), QStringLiteral("No permission") } }));
        ProjectSettingsDialog d(&env.client, 7);
        QVERIFY(waitLoaded(d));
        qobject_cast<QLineEdit *>(d.editor(QStringLiteral("title")))->setText(QStringLiteral("Other"));
        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        d.save();
        QVERIFY(failed.wait(5000));
        QVERIFY2(d.statusText().contains(QLatin1String("No permission")), qPrintable(d.statusText()));
        QCOMPARE(
            qobject_cast<QLineEdit *>(d.editor(QStringLiteral("title")))->text(), QStringLiteral("Other"));
    }

    void loadFailureLeavesNothingEditable()
    {
        Env env;
        env.nam.always("GET", kProject,
            ReplyScript::json(
                404, QJsonObject { { QStringLiteral("detail"), QStringLiteral("Not found.") } }));
        ProjectSettingsDialog d(&env.client, 7);
        QTRY_VERIFY(!d.statusText().isEmpty() && !d.isBusy());
        QVERIFY(d.statusText().startsWith(QLatin1String("Could not load the project")));
        QVERIFY(!d.isLoaded());
        QVERIFY(!d.editor(QStringLiteral("title"))->isEnabled());
        QVERIFY(!saveButton(&d)->isEnabled());
        d.save(); // does nothing
        QCOMPARE(env.nam.count("PATCH", kProject), 0);
    }

    void cancelAbortsTheRequestInFlight()
    {
        Env env;
        env.nam.always("GET", kProject, ReplyScript::json(200, projectJson()));
        env.nam.always("PATCH", kProject, ReplyScript::hang());
        ProjectSettingsDialog d(&env.client, 7);
        d.show();
        QVERIFY(waitLoaded(d));
        qobject_cast<QLineEdit *>(d.editor(QStringLiteral("title")))->setText(QStringLiteral("Other"));
        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        d.save();
        QTRY_COMPARE(env.nam.count("PATCH", kProject), 1);
        QVERIFY(d.isBusy());
        QVERIFY(!d.editor(QStringLiteral("title"))->isEnabled()); // no edits while saving
        QTest::keyClick(&d, Qt::Key_Escape); // the keyboard's Cancel
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QTRY_VERIFY(env.nam.requests("PATCH", kProject).at(0).wasAborted());
        QCOMPARE(env.nam.outstanding(), 0); // the model versions too, if still running
        QTest::qWait(50);
        QCOMPARE(saved.size(), 0);
    }
};

QTEST_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
