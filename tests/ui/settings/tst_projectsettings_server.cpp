// The Project settings dialog against the real Community server (ls_manage): every setting is edited
// through the dialog's own editors and saved; the project read back has each new value, and what the
// dialog does not edit (label_config, control_weights, ...) is unchanged. The server's validation errors
// (a too short title, a model version it does not know) are shown at their fields.
#include "../../integration/testserver.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "projects/projectsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kConfig
    = QStringLiteral("<View><Text name=\"text\" value=\"$text\"/><Choices name=\"sentiment\" toName=\"text\">"
                     "<Choice value=\"Positive\"/><Choice value=\"Negative\"/></Choices></View>");

QStringList sortedKnownKeys()
{
    QStringList keys = ProjectSettings::knownKeys();
    keys.sort();
    return keys;
}

template <class W> W *ed(ProjectSettingsDialog &d, const char *key)
{
    return qobject_cast<W *>(d.editor(QLatin1String(key)));
}
} // namespace

class TestProjectSettingsServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_client;
    Project m_project;

    QJsonObject readBack()
    {
        const auto r
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_project.id, this, cb); });
        return r.ok() ? r->raw : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
    }

    void init()
    {
        const QJsonObject fields { { QStringLiteral("title"), QStringLiteral("Settings dialog test") },
            { QStringLiteral("label_config"), kConfig } };
        const auto project
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).create(fields, this, cb); });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = *project;
        // A prediction with model_version "m1": the server accepts only a model version it knows.
        const QJsonArray tasks { QJsonObject {
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), QStringLiteral("good") } } },
            { QStringLiteral("predictions"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("result"),
                                      QJsonArray { QJsonObject {
                                          { QStringLiteral("from_name"), QStringLiteral("sentiment") },
                                          { QStringLiteral("to_name"), QStringLiteral("text") },
                                          { QStringLiteral("type"), QStringLiteral("choices") },
                                          { QStringLiteral("value"),
                                              QJsonObject { { QStringLiteral("choices"),
                                                  QJsonArray { QStringLiteral("Positive") } } } } } } },
                        { QStringLiteral("model_version"), QStringLiteral("m1") } } } } } };
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_client.get()).importTasks(m_project.id, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
    }

    void cleanup()
    {
        if (m_client && m_project.id > 0)
            await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(m_project.id, this, cb); });
        m_project = {};
    }

    void everySettingRoundTrips()
    {
        const QJsonObject before = readBack();
        QVERIFY(!before.isEmpty());

        ProjectSettingsDialog d(m_client.get(), m_project.id);
        d.show();
        QSignalSpy loaded(&d, &ProjectSettingsDialog::loaded);
        QVERIFY(loaded.wait(60000));
        // The loaded values are the server's.
        QVERIFY(d.original().changedFields(ProjectSettings::fromJson(before)).isEmpty());

        ed<QLineEdit>(d, "title")->setText(QStringLiteral("Settings dialog test (edited)"));
        ed<QPlainTextEdit>(d, "description")->setPlainText(QStringLiteral("Line one\nLine two – ünïcode"));
        ed<QLineEdit>(d, "color")->setText(QStringLiteral("#3A7BD5"));
        ed<QPlainTextEdit>(d, "expert_instruction")
            ->setPlainText(QStringLiteral("<p>Label <b>carefully</b></p>"));
        // The model version first: hiding predictions below makes it read-only.
        auto *version = ed<QComboBox>(d, "model_version");
        // The server's model versions are offered.
        QTRY_VERIFY_WITH_TIMEOUT(version->findText(QStringLiteral("m1")) >= 0, 30000);
        // Importing predictions may already have made "m1" the project's version: then "none" is the change.
        const QString newVersion
            = d.original().modelVersion == QLatin1String("m1") ? QString() : QStringLiteral("m1");
        version->setCurrentIndex(version->findText(newVersion));
        QCOMPARE(version->currentText(), newVersion);
        const auto toggle = [&](const char *key) {
            auto *b = ed<QCheckBox>(d, key);
            QVERIFY2(b, key);
            b->setChecked(!b->isChecked());
        };
        for (const char *key :
            { "show_instruction", "show_skip_button", "enable_empty_annotation", "show_annotation_history",
                "show_ground_truth_first", "show_overlap_first", "show_collab_predictions",
                "reveal_preannotations_interactively", "evaluate_predictions_automatically" })
            toggle(key);
        ed<QSpinBox>(d, "maximum_annotations")->setValue(3);
        ed<QSpinBox>(d, "overlap_cohort_percentage")->setValue(40);
        ed<QSpinBox>(d, "min_annotations_to_start_training")->setValue(5);
        auto *sampling = ed<QComboBox>(d, "sampling");
        sampling->setCurrentIndex(sampling->findData(QStringLiteral("Uniform sampling")));
        auto *skip = ed<QComboBox>(d, "skip_queue");
        skip->setCurrentIndex(skip->findData(QStringLiteral("IGNORE_SKIPPED")));

        const ProjectSettings wanted = d.edited();
        QCOMPARE(d.changes().keys(), sortedKnownKeys()); // every setting changed

        QSignalSpy saved(&d, &ProjectSettingsDialog::saved);
        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        d.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(d.statusText()));
        QCOMPARE(saved.at(0).at(0).value<Project>().title, QStringLiteral("Settings dialog test (edited)"));

        const QJsonObject after = readBack();
        const QJsonObject wantedJson = wanted.toJson();
        for (auto it = wantedJson.begin(); it != wantedJson.end(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1: %2 != %3")
                               .arg(it.key(), after.value(it.key()).toVariant().toString(),
                                   it.value().toVariant().toString())));
        // What the dialog does not edit is untouched.
        for (const char *key : { "label_config", "control_weights", "is_published", "task_data_login",
                 "annotator_evaluation_enabled", "pinned_at" })
            QVERIFY2(after.value(QLatin1String(key)) == before.value(QLatin1String(key)), key);

        // A model version the server knows (from the predictions) is accepted and stored. (The server clears
        // the version whenever predictions are hidden from annotators, so they are shown again too.)
        ProjectSettingsDialog again(m_client.get(), m_project.id);
        QSignalSpy loadedAgain(&again, &ProjectSettingsDialog::loaded);
        QVERIFY(loadedAgain.wait(60000));
        QCOMPARE(again.original().modelVersion, QString());
        ed<QCheckBox>(again, "show_collab_predictions")->setChecked(true);
        auto *version2 = ed<QComboBox>(again, "model_version");
        QTRY_VERIFY_WITH_TIMEOUT(version2->findText(QStringLiteral("m1")) >= 0, 30000);
        version2->setCurrentIndex(version2->findText(QStringLiteral("m1")));
        QCOMPARE(again.changes(),
            (QJsonObject { { QStringLiteral("show_collab_predictions"), true },
                { QStringLiteral("model_version"), QStringLiteral("m1") } }));
        QSignalSpy savedAgain(&again, &ProjectSettingsDialog::saved);
        again.save();
        QVERIFY(savedAgain.wait(60000));
        const QJsonObject last = readBack();
        QCOMPARE(last.value(QLatin1String("model_version")).toString(), QStringLiteral("m1"));
        QCOMPARE(last.value(QLatin1String("title")), after.value(QLatin1String("title")));
        QCOMPARE(last.value(QLatin1String("label_config")), before.value(QLatin1String("label_config")));
    }

    void serverErrorsAreShownAtTheirFields()
    {
        ProjectSettingsDialog d(m_client.get(), m_project.id);
        d.show();
        QSignalSpy loaded(&d, &ProjectSettingsDialog::loaded);
        QVERIFY(loaded.wait(60000));
        ed<QLineEdit>(d, "title")->setText(QStringLiteral("ab")); // the server wants 3..50 characters
        ed<QComboBox>(d, "model_version")->setCurrentText(QStringLiteral("no-such-model"));
        QSignalSpy failed(&d, &ProjectSettingsDialog::saveFailed);
        d.save();
        QVERIFY(failed.wait(60000));
        QVERIFY2(!d.fieldError(QStringLiteral("title")).isEmpty(), qPrintable(d.statusText()));
        QVERIFY2(d.fieldError(QStringLiteral("model_version")).contains(QLatin1String("Model version")),
            qPrintable(d.fieldError(QStringLiteral("model_version"))));
        QVERIFY(d.isVisible());
        QCOMPARE(ed<QLineEdit>(d, "title")->text(), QStringLiteral("ab"));
        // Nothing was stored.
        QCOMPARE(readBack().value(QLatin1String("title")).toString(), QStringLiteral("Settings dialog test"));
    }
};

QTEST_MAIN(TestProjectSettingsServer)
#include "tst_projectsettings_server.moc"
