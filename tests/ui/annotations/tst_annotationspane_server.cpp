// The annotations pane against the real server: a task with two annotations and a prediction is shown
// as a tree under its text; ground truth, "convert to annotation" and delete reach the server; images in
// the preview come through the client (uploads need the key) and are decoded at their real size.
#include "../../integration/testserver.h"
#include "annotations/annotationspane.h"
#include "annotations/taskpreview.h"
#include "api/annotationsapi.h"
#include "api/mediacache.h"
#include "api/projectsapi.h"
#include "api/session.h"
#include "api/tasksapi.h"
#include "api/usersapi.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const char *kTextConfig = R"(<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="Positive"/><Choice value="Negative"/>
  </Choices>
</View>)";

const char *kImageConfig = R"(<View>
  <Image name="image" value="$image"/>
  <Choices name="kind" toName="image"><Choice value="Red"/></Choices>
</View>)";

QJsonArray choice(const QString &value)
{
    return QJsonArray { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } } };
}

QByteArray pngBytes(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestAnnotationsPaneServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Client> m_client;
    QList<int> m_projects;

    int createProject(const char *config)
    {
        const QJsonObject fields {
            { QStringLiteral("title"),
                QStringLiteral("annotations pane %1").arg(QDateTime::currentMSecsSinceEpoch()) },
            { QStringLiteral("label_config"), QString::fromUtf8(config) }
        };
        const auto r = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).create(fields, this, cb); });
        if (!r.ok())
            qWarning() << r.error.message;
        m_projects << (r.ok() ? r->id : 0);
        return r.ok() ? r->id : 0;
    }

    // Uploads one PNG file the way the web UI's import does; returns the new task's id.
    int importPng(Client *client, int project, const QByteArray &png)
    {
        const QByteArray boundary = "lsdesk-test-boundary-7f3a";
        QByteArray body;
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"file\"; filename=\"tiny.png\"\r\n";
        body += "Content-Type: image/png\r\n\r\n";
        body += png + "\r\n";
        body += "--" + boundary + "--\r\n";
        RequestSpec s;
        s.verb = "POST";
        s.path = QStringLiteral("api/projects/%1/import").arg(project);
        s.query.addQueryItem(QStringLiteral("return_task_ids"), QStringLiteral("true"));
        s.body = body;
        s.contentType = "multipart/form-data; boundary=" + boundary;
        const auto r = await<ImportResult>(
            [&](auto cb) { client->call<ImportResult>(s, this, cb, parseObject<ImportResult>); });
        if (!r.ok() || r->taskIds.isEmpty()) {
            qWarning() << "import failed:" << r.error.message;
            return 0;
        }
        return r->taskIds.first();
    }

    static QList<Annotation> annotationsOf(Client *client, int taskId, QObject *context)
    {
        const auto r
            = await<QList<Annotation>>([&](auto cb) { AnnotationsApi(client).list(taskId, context, cb); });
        return r.ok() ? *r : QList<Annotation> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(
            ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
    }

    void cleanupTestCase()
    {
        for (int id : std::as_const(m_projects)) {
            if (id > 0)
                await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(id, this, cb); });
        }
    }

    void annotationsAndActions()
    {
        Client *client = m_client.get();
        const int project = createProject(kTextConfig);
        QVERIFY(project > 0);
        const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        const auto task = await<Task>([&](auto cb) {
            TasksApi(client).create(project, QJsonObject { { QStringLiteral("text"), text } }, {}, this, cb);
        });
        QVERIFY2(task.ok(), qPrintable(task.error.message));
        const int taskId = task->id;
        QList<int> annotationIds;
        for (const QString &v : { QStringLiteral("Positive"), QStringLiteral("Negative") }) {
            const QJsonObject fields { { QStringLiteral("result"), choice(v) },
                { QStringLiteral("lead_time"), 4.5 } };
            const auto a = await<Annotation>(
                [&](auto cb) { AnnotationsApi(client).create(taskId, fields, this, cb); });
            QVERIFY2(a.ok(), qPrintable(a.error.message));
            annotationIds << a->id;
        }
        const auto prediction = await<Prediction>([&](auto cb) {
            AnnotationsApi(client).createPrediction(taskId,
                QJsonObject { { QStringLiteral("result"), choice(QStringLiteral("Positive")) },
                    { QStringLiteral("score"), 0.75 },
                    { QStringLiteral("model_version"), QStringLiteral("v-test") } },
                this, cb);
        });
        QVERIFY2(prediction.ok(), qPrintable(prediction.error.message));

        MediaCache media(client, 1 << 20);
        UserDirectory users(client);
        AnnotationsPane pane(client, &media, &users);
        pane.setObjectTypes({ { QStringLiteral("text"), QStringLiteral("Text") } });
        QStringList questions;
        bool answer = false;
        pane.setConfirmHook([&](const QString &q) {
            questions << q;
            return answer;
        });
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy loaded(&pane, &AnnotationsPane::taskLoaded);
        QSignalSpy changed(&pane, &AnnotationsPane::taskChanged);
        QSignalSpy errors(&pane, &AnnotationsPane::errorOccurred);

        pane.setTask(taskId);
        QVERIFY(loaded.wait(30000));
        AnnotationsModel *model = pane.model();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex first = model->indexOfAnnotation(annotationIds[0]);
        QVERIFY(first.isValid());
        // The author as the server names them now (other tests on this shared server may have given
        // the admin a first and last name since).
        const Result<User> me = await<User>([this](auto cb) { SessionApi(m_client.get()).whoami(this, cb); });
        QVERIFY2(me.ok(), qPrintable(me.error.message));
        QCOMPARE(model->index(first.row(), int(AnnotationsModel::Column::Author)).data().toString(),
            me->displayName());
        QCOMPARE(model->index(first.row(), int(AnnotationsModel::Column::LeadTime)).data().toString(),
            QStringLiteral("4.5 s"));
        // The tree: control -> choice.
        const QModelIndex control = model->index(0, 0, first);
        QCOMPARE(control.data().toString(), QStringLiteral("sentiment"));
        QCOMPARE(model->index(0, 0, control).data().toString(), QStringLiteral("Positive"));
        const QModelIndex pred = model->indexOfPrediction(prediction->id);
        QCOMPARE(model->index(pred.row(), int(AnnotationsModel::Column::Author)).data().toString(),
            QStringLiteral("v-test"));
        QCOMPARE(model->index(pred.row(), int(AnnotationsModel::Column::Flags)).data().toString(),
            QStringLiteral("score 0.75"));
        // The preview shows the task's text.
        QCOMPARE(pane.preview()->keys(), QStringList { QStringLiteral("text") });
        QCOMPARE(pane.preview()->kindOf(QStringLiteral("text")), TaskPreview::EntryKind::Text);
        QCOMPARE(pane.preview()->textOf(QStringLiteral("text")), text);

        // Ground truth on the first annotation, from the keyboard.
        pane.view()->setFocus();
        pane.view()->setCurrentIndex(model->indexOfAnnotation(annotationIds[0]));
        QVERIFY(pane.groundTruthAction()->isEnabled());
        QVERIFY(!pane.convertAction()->isEnabled());
        loaded.clear();
        QTest::keyClick(pane.view(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(changed.wait(30000));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        const auto gt
            = await<Annotation>([&](auto cb) { AnnotationsApi(client).get(annotationIds[0], this, cb); });
        QVERIFY(gt.ok());
        QVERIFY(gt->groundTruth);
        const QModelIndex afterGt = model->indexOfAnnotation(annotationIds[0]);
        QCOMPARE(model->index(afterGt.row(), int(AnnotationsModel::Column::Flags)).data().toString(),
            QStringLiteral("ground truth"));
        // The selection stayed on that annotation across the refetch.
        QCOMPARE(model->annotationAt(pane.view()->currentIndex())->id, annotationIds[0]);

        // The prediction becomes an annotation linked to it.
        pane.view()->setCurrentIndex(model->indexOfPrediction(prediction->id));
        QVERIFY(pane.convertAction()->isEnabled());
        QVERIFY(!pane.groundTruthAction()->isEnabled());
        loaded.clear();
        pane.convertAction()->trigger();
        QVERIFY(loaded.wait(30000));
        QList<Annotation> now = annotationsOf(client, taskId, this);
        QCOMPARE(now.size(), 3);
        QCOMPARE(model->rowCount(), 4);
        const auto converted = std::find_if(
            now.cbegin(), now.cend(), [&](const Annotation &a) { return !annotationIds.contains(a.id); });
        QVERIFY(converted != now.cend());
        QCOMPARE(converted->raw.value(QLatin1String("parent_prediction")).toInt(), prediction->id);
        QCOMPARE(converted->result, choice(QStringLiteral("Positive")));

        // Delete: a "no" sends nothing...
        pane.view()->setCurrentIndex(model->indexOfAnnotation(annotationIds[1]));
        pane.deleteAction()->trigger();
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.last().contains(QString::number(annotationIds[1])), qPrintable(questions.last()));
        QTest::qWait(200);
        QCOMPARE(annotationsOf(client, taskId, this).size(), 3);
        // ...a "yes" deletes.
        answer = true;
        loaded.clear();
        pane.deleteAction()->trigger();
        QVERIFY(loaded.wait(30000));
        now = annotationsOf(client, taskId, this);
        QCOMPARE(now.size(), 2);
        QVERIFY(std::none_of(
            now.cbegin(), now.cend(), [&](const Annotation &a) { return a.id == annotationIds[1]; }));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(changed.size(), 3);
        QVERIFY(changed.at(0).at(0).toInt() == taskId);

        // Deleting the prediction too.
        loaded.clear();
        pane.view()->setCurrentIndex(model->indexOfPrediction(prediction->id));
        pane.deleteAction()->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->indexOfPrediction(prediction->id).isValid());

        // A task that is gone: the error is shown, and the pane can retry.
        errors.clear();
        pane.setTask(99999999);
        QVERIFY(errors.wait(30000));
        QVERIFY(!pane.isLoading());
    }

    void imagePreview_data()
    {
        QTest::addColumn<bool>("viaPrefix");
        QTest::newRow("server root") << false;
        QTest::newRow("behind a path prefix") << true;
    }
    void imagePreview()
    {
        QFETCH(bool, viaPrefix);
        if (viaPrefix && m_server.prefixUrl.isEmpty())
            QSKIP("the fixture runs without the prefix proxy");
        Client client(ServerUrl::parse(viaPrefix ? m_server.prefixUrl : m_server.url),
            ApiKey::classify(m_server.pat), &m_nam);
        const int project = createProject(kImageConfig);
        QVERIFY(project > 0);
        const QSize size(7, 5);
        const int uploaded = importPng(&client, project, pngBytes(size));
        QVERIFY(uploaded > 0);
        // And one whose image is inline, as a data: URL.
        const QSize inlineSize(3, 9);
        const QString dataUrl
            = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(inlineSize).toBase64());
        const auto inlineTask = await<Task>([&](auto cb) {
            TasksApi(&client).create(
                project, QJsonObject { { QStringLiteral("image"), dataUrl } }, {}, this, cb);
        });
        QVERIFY2(inlineTask.ok(), qPrintable(inlineTask.error.message));

        MediaCache media(&client, 1 << 20);
        UserDirectory users(&client);
        AnnotationsPane pane(&client, &media, &users);
        pane.setObjectTypes({ { QStringLiteral("image"), QStringLiteral("Image") } });
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QSignalSpy ready(pane.preview(), &TaskPreview::imageReady);
        QSignalSpy failed(pane.preview(), &TaskPreview::imageFailed);
        pane.setTask(uploaded);
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(pane.preview()->kindOf(QStringLiteral("image")), TaskPreview::EntryKind::Image);
        QCOMPARE(pane.preview()->imageSize(QStringLiteral("image")), size);
        QCOMPARE(media.cachedCount(), 1);

        ready.clear();
        pane.setTask(inlineTask->id);
        QVERIFY(ready.wait(30000));
        QCOMPARE(pane.preview()->imageSize(QStringLiteral("image")), inlineSize);

        // Back to the upload: from the cache, no second download.
        ready.clear();
        pane.setTask(uploaded);
        QVERIFY(ready.wait(30000));
        QCOMPARE(pane.preview()->imageSize(QStringLiteral("image")), size);
        QCOMPARE(media.cachedCount(), 1);
    }
};

QTEST_MAIN(TestAnnotationsPaneServer)
#include "tst_annotationspane_server.moc"
