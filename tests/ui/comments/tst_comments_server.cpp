// The annotations pane against the real Community server (1.23): the server says it is Community, the
// pane is set up from that, and selecting an annotation shows no comments UI and sends no request to
// api/comments/ (a route Community servers do not have).
#include "../../integration/testserver.h"
#include "annotations/annotationspane.h"
#include "annotations/commentspanel.h"
#include "api/annotationsapi.h"
#include "api/mediacache.h"
#include "api/projectsapi.h"
#include "api/session.h"
#include "api/tasksapi.h"
#include "api/usersapi.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
// Records the path of every request that goes out.
class RecordingNam : public QNetworkAccessManager
{
public:
    QStringList paths;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        paths << request.url().path();
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

const char *kConfig = R"(<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
</View>)";
} // namespace

class TestCommentsServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    RecordingNam m_nam;
    std::unique_ptr<Client> m_client;
    int m_project = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(
            ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
    }

    void cleanupTestCase()
    {
        if (m_project > 0)
            await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(m_project, this, cb); });
    }

    void communityPaneHasNoComments()
    {
        Client *client = m_client.get();
        const auto info = await<ServerInfo>([&](auto cb) { SessionApi(client).connectToServer(this, cb); });
        QVERIFY2(info.ok(), qPrintable(info.error.message));
        QVERIFY2(!info->version.isEnterprise(), qPrintable(info->version.edition));

        const QJsonObject fields {
            { QStringLiteral("title"),
                QStringLiteral("comments %1").arg(QDateTime::currentMSecsSinceEpoch()) },
            { QStringLiteral("label_config"), QString::fromUtf8(kConfig) }
        };
        const auto project = await<Project>([&](auto cb) { ProjectsApi(client).create(fields, this, cb); });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = project->id;
        const auto task = await<Task>([&](auto cb) {
            TasksApi(client).create(
                m_project, QJsonObject { { QStringLiteral("text"), QStringLiteral("hello") } }, {}, this, cb);
        });
        QVERIFY2(task.ok(), qPrintable(task.error.message));
        const QJsonArray result { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("choices") },
            { QStringLiteral("value"),
                QJsonObject {
                    { QStringLiteral("choices"), QJsonArray { QStringLiteral("Positive") } } } } } };
        const auto annotation = await<Annotation>([&](auto cb) {
            AnnotationsApi(client).create(
                task->id, QJsonObject { { QStringLiteral("result"), result } }, this, cb);
        });
        QVERIFY2(annotation.ok(), qPrintable(annotation.error.message));

        MediaCache media(client, 1 << 20);
        UserDirectory users(client);
        AnnotationsPane pane(client, &media, &users);
        pane.setCommentsEnabled(info->version.isEnterprise()); // what the main window does
        m_nam.paths.clear();
        QSignalSpy loaded(&pane, &AnnotationsPane::taskLoaded);
        pane.setTask(task->id);
        QVERIFY(loaded.wait(30000));
        const QModelIndex row = pane.model()->indexOfAnnotation(annotation->id);
        QVERIFY(row.isValid());
        pane.view()->setCurrentIndex(row);
        QTest::qWait(300);
        QVERIFY(!pane.commentsPanel());
        QVERIFY(!pane.findChild<CommentsPanel *>());
        QVERIFY(m_nam.paths.contains(QStringLiteral("/api/tasks/%1/").arg(task->id)));
        for (const QString &p : std::as_const(m_nam.paths))
            QVERIFY2(!p.contains(QStringLiteral("/api/comments")), qPrintable(p));
    }
};

QTEST_MAIN(TestCommentsServer)
#include "tst_comments_server.moc"
