// The cloud storage dialog and its model offscreen on the fake network: listing import and export
// storages, a storage added with a typed secret (sent to the server, masked, never in the settings), a
// failing validate showing the server's message at the form, a sync followed through its states to a
// failure with the server's traceback, and a delete with confirmation. The model runs under
// QAbstractItemModelTester.
#include "api/client.h"
#include "api/storagesapi.h"
#include "fakenam.h"
#include "projects/projectsmodel.h"
#include "projects/projectspane.h"
#include "projects/storagesdialog.h"
#include "projects/storagesform.h"
#include "projects/storagesmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const int kProject = 7;

QJsonObject storageJson(int id, const QString &type, const QString &status, const QJsonObject &extra = {})
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("project"), kProject },
        { QStringLiteral("title"), QStringLiteral("Storage %1").arg(id) },
        { QStringLiteral("status"), status }, { QStringLiteral("last_sync_count"), QJsonValue::Null },
        { QStringLiteral("meta"), QJsonObject {} }, { QStringLiteral("synchronizable"), true },
        { QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05.000000Z") } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject localJson(int id, const QString &status, const QJsonObject &extra = {})
{
    QJsonObject o = storageJson(id, QStringLiteral("localfiles"), status, extra);
    if (!o.contains(QLatin1String("path")))
        o.insert(QStringLiteral("path"), QStringLiteral("/data/set%1").arg(id));
    o.insert(QStringLiteral("regex_filter"), QJsonValue::Null);
    o.insert(QStringLiteral("use_blob_urls"), false);
    return o;
}
} // namespace

class TestStoragesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTester();
    void listsImportAndExport();
    void addWithSecretNeverStored();
    void failingValidateShowsServerMessage();
    void syncFollowsToFailureWithTraceback();
    void syncCompletesWithCount();
    void stopFollowingASync();
    void deleteAsksFirst();
    void editKeepsSecretsUnlessTyped();
    void paneAsksForTheCurrentProjectsStorages();
    void validateSendsTheStoredRecord();
    void enterOnARowEditsAndKeepsTheDialog();

private:
    StoragesDialog *openDialog(const QJsonArray &imports, const QJsonArray &exports = {});

    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<Client> m_client;
};

void TestStoragesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("lsdesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_storagesdialog"));
    QSettings().clear();
}

void TestStoragesDialog::init()
{
    m_nam = std::make_unique<FakeNam>();
    m_client = std::make_unique<Client>(ServerUrl::parse(QStringLiteral("http://ls.test")),
        ApiKey::classify(legacyKey()), m_nam.get(), fastOptions());
}

void TestStoragesDialog::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

StoragesDialog *TestStoragesDialog::openDialog(const QJsonArray &imports, const QJsonArray &exports)
{
    m_nam->always("GET", QStringLiteral("/api/storages/"), ReplyScript::json(200, imports));
    m_nam->always("GET", QStringLiteral("/api/storages/export"), ReplyScript::json(200, exports));
    auto *dialog = new StoragesDialog(m_client.get(), kProject, QStringLiteral("P"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollInterval(10);
    new QAbstractItemModelTester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QSignalSpy loaded(dialog, &StoragesDialog::loaded);
    dialog->show();
    if (!loaded.wait(3000))
        qWarning("storages did not load");
    return dialog;
}

void TestStoragesDialog::modelUnderTester()
{
    StoragesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Storage exp = Storage::fromJson(localJson(1, QStringLiteral("completed")));
    exp.direction = StorageDirection::Export;
    Storage a = Storage::fromJson(localJson(2, QStringLiteral("initialized")));
    model.setStorages({ exp, a });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.at(0).id, 2); // sources first
    QCOMPARE(
        model.data(model.index(0, StoragesModel::StatusColumn)).toString(), QStringLiteral("Not synced yet"));
    Storage b = Storage::fromJson(
        localJson(3, QStringLiteral("failed"), { { QStringLiteral("traceback"), QStringLiteral("boom") } }));
    QCOMPARE(model.upsert(b), 1); // after the last source, before the target
    QCOMPARE(model.data(model.index(1, StoragesModel::StatusColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("boom"));
    b.lastSyncCount = 4;
    b.status = Storage::Status::Completed;
    QCOMPARE(model.upsert(b), 1);
    QCOMPARE(model.data(model.index(1, StoragesModel::CountColumn)).toInt(), 4);
    QCOMPARE(
        model.data(model.index(2, StoragesModel::LocationColumn)).toString(), QStringLiteral("/data/set1"));
    model.remove(StorageDirection::Import, 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(StorageDirection::Export, 1), 1);
    model.remove(StorageDirection::Import, 1); // an import storage 1 does not exist
    QCOMPARE(model.rowCount(), 2);
}

void TestStoragesDialog::listsImportAndExport()
{
    QPointer<StoragesDialog> d
        = openDialog(QJsonArray { localJson(1, QStringLiteral("completed")),
                         storageJson(2, QStringLiteral("s3"), QStringLiteral("initialized"),
                             { { QStringLiteral("bucket"), QStringLiteral("b") },
                                 { QStringLiteral("prefix"), QStringLiteral("img") } }) },
            QJsonArray { localJson(
                3, QStringLiteral("initialized"), { { QStringLiteral("can_delete_objects"), false } }) });
    QCOMPARE(d->model()->rowCount(), 3);
    QCOMPARE(d->model()->at(1).location(), QStringLiteral("s3://b/img"));
    QVERIFY(d->model()->at(2).isExport());
    QCOMPARE(m_nam->requests("GET", QStringLiteral("/api/storages/"))
                 .first()
                 .query()
                 .queryItemValue(QStringLiteral("project")),
        QString::number(kProject));
    d->close();
}

void TestStoragesDialog::addWithSecretNeverStored()
{
    const QString secret = QStringLiteral("wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY");
    QPointer<StoragesDialog> d = openDialog({});
    d->addStorage();
    QPointer<StorageFormDialog> form = d->form();
    QVERIFY(form);
    // Every log line, at debug level as `lsdesk-cli --verbose` turns on: a server error quoting the
    // secret must not bring it into the log.
    static QStringList logged;
    logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("lsdesk.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &msg) { logged << msg; });
    const auto restoreLog = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });
    form->setType(QStringLiteral("s3"));
    auto *bucket = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("bucket")));
    auto *key = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("aws_secret_access_key")));
    QVERIFY(bucket && key);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClicks(bucket, QStringLiteral("my-bucket"));
    QTest::keyClicks(key, secret);
    QVERIFY(!form->fields().contains(QStringLiteral("aws_session_token"))); // untyped secrets are not sent
    // A server error quoting what it was sent: shown, but without the secret.
    m_nam->once("POST", QStringLiteral("/api/storages/s3/validate"),
        ReplyScript::json(400,
            QJsonObject { { QStringLiteral("detail"),
                QStringLiteral("Invalid key %1 for bucket my-bucket").arg(secret) } }));
    QSignalSpy validated(form.data(), &StorageFormDialog::validated);
    form->validate();
    QVERIFY(validated.wait(3000));
    QVERIFY2(form->errorText().contains(QStringLiteral("Invalid key")), qPrintable(form->errorText()));
    QVERIFY(!form->errorText().contains(secret));
    // A refused save quoting the secret: the error the form emits is masked too.
    m_nam->once("POST", QStringLiteral("/api/storages/s3/"),
        ReplyScript::json(400,
            QJsonObject { { QStringLiteral("detail"), QStringLiteral("Validation error") },
                { QStringLiteral("validation_errors"),
                    QJsonObject { { QStringLiteral("aws_secret_access_key"),
                        QJsonArray { QStringLiteral("%1 is not a key").arg(secret) } } } } }));
    QSignalSpy saveFailed(form.data(), &StorageFormDialog::saveFailed);
    form->save();
    QVERIFY(saveFailed.wait(3000));
    const auto refused = saveFailed.first().first().value<ApiError>();
    QVERIFY(refused.validationText().contains(QStringLiteral("is not a key")));
    QVERIFY(!refused.validationText().contains(secret));
    QVERIFY(!refused.message.contains(secret));
    QVERIFY(!form->errorText().contains(secret));
    m_nam->once("POST", QStringLiteral("/api/storages/s3/"),
        ReplyScript::json(201,
            storageJson(9, QStringLiteral("s3"), QStringLiteral("initialized"),
                { { QStringLiteral("bucket"), QStringLiteral("my-bucket") } })));
    QSignalSpy saved(form.data(), &StorageFormDialog::saved);
    form->save();
    QVERIFY(saved.wait(3000));
    const auto posts = m_nam->requests("POST", QStringLiteral("/api/storages/s3/"));
    QCOMPARE(posts.size(), 2);
    QVERIFY(!logged.isEmpty()); // the capture works: requests were logged
    for (const QString &line : std::as_const(logged))
        QVERIFY2(!line.contains(secret), qPrintable(line));
    const QJsonObject body = posts.last().json().object();
    QCOMPARE(body.value(QLatin1String("aws_secret_access_key")).toString(), secret); // to the server...
    QCOMPARE(body.value(QLatin1String("bucket")).toString(), QStringLiteral("my-bucket"));
    QCOMPARE(body.value(QLatin1String("project")).toInt(), kProject);
    QTRY_VERIFY(!form);
    QCOMPARE(d->model()->rowCount(), 1);
    QCOMPARE(d->model()->at(0).id, 9);
    d->close();
    // ...and nowhere else: not in the settings the app writes.
    QSettings settings;
    settings.sync();
    for (const QString &k : settings.allKeys()) {
        QVERIFY2(!settings.value(k).toString().contains(secret), qPrintable(k));
        QVERIFY(!k.contains(secret));
    }
    QVERIFY(!fileContent(settings.fileName()).contains(secret.toUtf8()));
}

void TestStoragesDialog::failingValidateShowsServerMessage()
{
    const QString message = QStringLiteral("Absolute local path \"/etc\" must be a subdirectory of "
                                           "LOCAL_FILES_DOCUMENT_ROOT=\"/srv\" by security reasons.");
    QPointer<StoragesDialog> d = openDialog({});
    d->addStorage();
    QPointer<StorageFormDialog> form = d->form();
    QVERIFY(form);
    auto *path = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("path")));
    QVERIFY(path);
    QTest::keyClicks(path, QStringLiteral("/etc"));
    m_nam->once("POST", QStringLiteral("/api/storages/localfiles/validate"),
        ReplyScript::json(400,
            QJsonObject { { QStringLiteral("status_code"), 400 },
                { QStringLiteral("detail"), QStringLiteral("Validation error") },
                { QStringLiteral("validation_errors"),
                    QJsonObject { { QStringLiteral("non_field_errors"), QJsonArray { message } } } } }));
    QSignalSpy validated(form.data(), &StorageFormDialog::validated);
    QTest::mouseClick(form->validateButton(), Qt::LeftButton);
    QVERIFY(validated.wait(3000));
    QCOMPARE(validated.first().first().toBool(), false);
    QVERIFY2(form->errorText().contains(message), qPrintable(form->errorText()));
    QVERIFY(form->isVisible()); // still open with the edits
    QCOMPARE(m_nam->requests("POST", QStringLiteral("/api/storages/localfiles/validate"))
                 .first()
                 .json()
                 .object()
                 .value(QLatin1String("path")),
        QJsonValue(QStringLiteral("/etc")));
    // A passing validate clears the message.
    m_nam->once(
        "POST", QStringLiteral("/api/storages/localfiles/validate"), ReplyScript::json(200, QJsonObject {}));
    QTest::mouseClick(form->validateButton(), Qt::LeftButton);
    QVERIFY(validated.wait(3000));
    QCOMPARE(validated.last().first().toBool(), true);
    QVERIFY(form->errorText().isEmpty());
    form->reject();
    d->close();
}

void TestStoragesDialog::syncFollowsToFailureWithTraceback()
{
    const QString traceback = QStringLiteral(
        "Traceback (most recent call last):\nValueError: Error loading JSON from file \"/data/a.txt\"");
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(4, QStringLiteral("initialized")) });
    QVERIFY(d->select(StorageDirection::Import, 4));
    m_nam->once("POST", QStringLiteral("/api/storages/localfiles/4/sync"),
        ReplyScript::json(200, localJson(4, QStringLiteral("queued"))));
    // The follower reads the type's list (which notices a dead sync job), not the storage's own route;
    // one poll that fails on the way is tried again.
    m_nam->once("GET", QStringLiteral("/api/storages/localfiles/"),
        ReplyScript::json(200,
            QJsonArray { localJson(3, QStringLiteral("completed")),
                localJson(4, QStringLiteral("in_progress"), { { QStringLiteral("last_sync_count"), 2 } }) }));
    m_nam->once("GET", QStringLiteral("/api/storages/localfiles/"),
        ReplyScript::connectionError(QNetworkReply::RemoteHostClosedError));
    m_nam->once("GET", QStringLiteral("/api/storages/localfiles/"),
        ReplyScript::json(200,
            QJsonArray {
                localJson(4, QStringLiteral("failed"), { { QStringLiteral("traceback"), traceback } }) }));
    QSignalSpy finished(d.data(), &StoragesDialog::syncFinished);
    QSignalSpy changed(d.data(), &StoragesDialog::tasksChanged);
    d->syncCurrent();
    QVERIFY(d->isSyncing());
    QVERIFY(finished.wait(3000));
    QVERIFY(m_nam->count("GET", QStringLiteral("/api/storages/localfiles/")) >= 3);
    QCOMPARE(m_nam->count("GET", QStringLiteral("/api/storages/localfiles/4")), 0);
    QCOMPARE(QUrlQuery(m_nam->requests("GET", QStringLiteral("/api/storages/localfiles/")).first().url)
                 .queryItemValue(QStringLiteral("project")),
        QString::number(kProject));
    const auto st = finished.first().first().value<Storage>();
    QCOMPARE(st.status, Storage::Status::Failed);
    QVERIFY(finished.first().at(1).value<ApiError>().ok());
    QVERIFY2(d->statusText().contains(QStringLiteral("failed")), qPrintable(d->statusText()));
    QCOMPARE(d->detailsText(), traceback);
    QCOMPARE(d->model()->at(0).status, Storage::Status::Failed);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!d->isSyncing());
    d->close();
}

void TestStoragesDialog::syncCompletesWithCount()
{
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(5, QStringLiteral("completed")) });
    QVERIFY(d->select(StorageDirection::Import, 5));
    // Community runs the sync inside the request: the reply is already final.
    m_nam->once("POST", QStringLiteral("/api/storages/localfiles/5/sync"),
        ReplyScript::json(
            200, localJson(5, QStringLiteral("completed"), { { QStringLiteral("last_sync_count"), 3 } })));
    QSignalSpy finished(d.data(), &StoragesDialog::syncFinished);
    QSignalSpy changed(d.data(), &StoragesDialog::tasksChanged);
    d->syncCurrent();
    QVERIFY(finished.wait(3000));
    QCOMPARE(m_nam->count("GET", QStringLiteral("/api/storages/localfiles/5")), 0);
    QVERIFY2(d->statusText().contains(QStringLiteral("3 task(s)")), qPrintable(d->statusText()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(d->model()->data(d->model()->index(0, StoragesModel::CountColumn)).toInt(), 3);
    d->close();
}

void TestStoragesDialog::stopFollowingASync()
{
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(10, QStringLiteral("completed")) });
    QVERIFY(d->select(StorageDirection::Import, 10));
    m_nam->once("POST", QStringLiteral("/api/storages/localfiles/10/sync"), ReplyScript::hang());
    QSignalSpy finished(d.data(), &StoragesDialog::syncFinished);
    d->syncCurrent();
    QVERIFY(d->isSyncing());
    d->syncCurrent(); // a second sync is not started while one runs
    QTest::qWait(20);
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/storages/localfiles/10/sync")), 1);
    // The Sync button turned into "Stop following".
    QPushButton *stop = nullptr;
    for (QPushButton *b : d->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Stop")))
            stop = b;
    QVERIFY(stop);
    stop->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_nam->aborted(), 1);
    QVERIFY(!d->isSyncing());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // once
    d->close();
}

void TestStoragesDialog::deleteAsksFirst()
{
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(6, QStringLiteral("completed")) });
    QVERIFY(d->select(StorageDirection::Import, 6));
    m_nam->always("DELETE", QStringLiteral("/api/storages/localfiles/6"), ReplyScript::noContent());
    d->deleteCurrent();
    QMessageBox *box = d->findChild<QMessageBox *>();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(20);
    QCOMPARE(m_nam->count("DELETE", QStringLiteral("/api/storages/localfiles/6")), 0);
    QTRY_VERIFY(!d->findChild<QMessageBox *>());
    d->deleteCurrent();
    box = d->findChild<QMessageBox *>();
    QVERIFY(box);
    QSignalSpy deleted(d.data(), &StoragesDialog::deleted);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(deleted.wait(3000));
    QCOMPARE(m_nam->count("DELETE", QStringLiteral("/api/storages/localfiles/6")), 1);
    QCOMPARE(d->model()->rowCount(), 0);
    d->close();
}

void TestStoragesDialog::editKeepsSecretsUnlessTyped()
{
    // The server lists an S3 storage without its keys (S3StorageSerializerMixin pops them).
    QPointer<StoragesDialog> d
        = openDialog(QJsonArray { storageJson(8, QStringLiteral("s3"), QStringLiteral("completed"),
            { { QStringLiteral("bucket"), QStringLiteral("b") },
                { QStringLiteral("prefix"), QStringLiteral("in") }, { QStringLiteral("presign"), false },
                { QStringLiteral("presign_ttl"), 5 } }) });
    QVERIFY(d->select(StorageDirection::Import, 8));
    d->editCurrent();
    QPointer<StorageFormDialog> form = d->form();
    QVERIFY(form && form->isEditing());
    QCOMPARE(form->type(), QStringLiteral("s3"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("prefix")))->text(), QStringLiteral("in"));
    QVERIFY(!qobject_cast<QCheckBox *>(form->editor(QStringLiteral("presign")))->isChecked());
    auto *secretKey = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("aws_secret_access_key")));
    QVERIFY(secretKey && secretKey->text().isEmpty());
    QCOMPARE(secretKey->echoMode(), QLineEdit::Password);
    QVERIFY(!secretKey->placeholderText().isEmpty()); // "(unchanged)"
    auto *prefix = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("prefix")));
    prefix->clear();
    QTest::keyClicks(prefix, QStringLiteral("out"));
    m_nam->always("PATCH", QStringLiteral("/api/storages/s3/8"),
        ReplyScript::json(200,
            storageJson(8, QStringLiteral("s3"), QStringLiteral("completed"),
                { { QStringLiteral("bucket"), QStringLiteral("b") },
                    { QStringLiteral("prefix"), QStringLiteral("out") } })));
    QSignalSpy saved(form.data(), &StorageFormDialog::saved);
    form->save();
    QVERIFY(saved.wait(3000));
    const QJsonObject body
        = m_nam->requests("PATCH", QStringLiteral("/api/storages/s3/8")).first().json().object();
    QCOMPARE(body.value(QLatin1String("prefix")).toString(), QStringLiteral("out"));
    QCOMPARE(body.value(QLatin1String("presign_ttl")).toInt(), 5);
    for (const char *k : { "aws_access_key_id", "aws_secret_access_key", "aws_session_token" })
        QVERIFY2(!body.contains(QLatin1String(k)), k); // left empty: the server keeps its own
    QTRY_VERIFY(!form);
    QCOMPARE(d->model()->rowCount(), 1);
    QCOMPARE(d->model()->at(0).location(), QStringLiteral("s3://b/out"));
    d->close();
}

void TestStoragesDialog::paneAsksForTheCurrentProjectsStorages()
{
    const auto project = [](int id, const QString &title) {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
            { QStringLiteral("created_at"), QStringLiteral("2025-01-0%1T10:00:00Z").arg(id) } };
    };
    m_nam->always("GET", QStringLiteral("/api/projects/"),
        ReplyScript::json(200,
            QJsonObject { { QStringLiteral("count"), 2 },
                { QStringLiteral("results"),
                    QJsonArray {
                        project(1, QStringLiteral("Cars")), project(2, QStringLiteral("Birds")) } } }));
    m_nam->always("GET", QStringLiteral("/api/projects/counts/"),
        ReplyScript::json(200,
            QJsonObject { { QStringLiteral("count"), 0 }, { QStringLiteral("results"), QJsonArray {} } }));
    ProjectsPane pane(m_client.get());
    pane.show();
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, 5000);
    QAction *storages = pane.storagesAction();
    QVERIFY(pane.view()->actions().contains(storages)); // in the row's context menu
    QVERIFY(pane.selectProject(2));
    QVERIFY(storages->isEnabled());
    QSignalSpy asked(&pane, &ProjectsPane::storagesRequested);
    storages->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<Project>().id, 2);
}

QTEST_MAIN(TestStoragesDialog)
void TestStoragesDialog::validateSendsTheStoredRecord()
{
    // The server saves what validate is sent before checking it (a full update): the stored title,
    // description and synchronizable go along, or they would be reset.
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(4, QStringLiteral("completed"),
        { { QStringLiteral("description"), QStringLiteral("kept") },
            { QStringLiteral("synchronizable"), false } }) });
    QVERIFY(d->select(StorageDirection::Import, 4));
    m_nam->once("POST", QStringLiteral("/api/storages/localfiles/validate"), ReplyScript::noContent(200));
    QSignalSpy validated(d.data(), &StoragesDialog::validated);
    d->validateCurrent();
    QVERIFY(validated.wait(3000));
    const QJsonObject body = m_nam->requests("POST", QStringLiteral("/api/storages/localfiles/validate"))
                                 .first()
                                 .json()
                                 .object();
    QCOMPARE(body.value(QLatin1String("id")).toInt(), 4);
    QCOMPARE(body.value(QLatin1String("title")).toString(), QStringLiteral("Storage 4"));
    QCOMPARE(body.value(QLatin1String("description")).toString(), QStringLiteral("kept"));
    QCOMPARE(body.value(QLatin1String("synchronizable")).toBool(true), false);
    QCOMPARE(body.value(QLatin1String("path")).toString(), QStringLiteral("/data/set4"));
    d->close();
}

void TestStoragesDialog::enterOnARowEditsAndKeepsTheDialog()
{
    QPointer<StoragesDialog> d = openDialog(QJsonArray { localJson(4, QStringLiteral("completed")) });
    QVERIFY(QTest::qWaitForWindowExposed(d.data()));
    QVERIFY(d->select(StorageDirection::Import, 4));
    d->activateWindow();
    d->view()->setFocus();
    QTest::keyClick(d->view(), Qt::Key_Return);
    QTRY_VERIFY(d->form());
    QVERIFY(d->isVisible()); // Enter did not reach the Close button
    QCOMPARE(qobject_cast<QLineEdit *>(d->form()->editor(QStringLiteral("path")))->text(),
        QStringLiteral("/data/set4"));
    d->form()->reject();
    d->close();
}

#include "tst_storagesdialog.moc"
