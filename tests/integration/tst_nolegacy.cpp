// A server whose organization has legacy tokens disabled (the default of fresh Label Studio 1.23
// installs): the legacy token is refused with the server's own text, which must reach the user
// verbatim together with the hint to use a personal access token; the PAT keeps working.

#include "api/session.h"
#include "testserver.h"

#include <QProcess>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

class TestNoLegacy : public QObject
{
    Q_OBJECT

    TestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_NOLEGACY");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        QVERIFY(!m_server.legacyEnabled);
    }

    void legacyTokenRefusedWithServerText()
    {
        Client client(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.legacyToken));
        const auto r = await<ServerInfo>([&](auto cb) { SessionApi(&client).connectToServer(this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY2(r.error.detail.contains(QLatin1String("legacy token authentication has been disabled")),
            qPrintable(r.error.detail));
        QVERIFY(r.error.message.contains(r.error.detail)); // verbatim
        QVERIFY(r.error.message.contains(QLatin1String("personal access token")));
        QVERIFY(!r.error.message.contains(m_server.legacyToken));
        QCOMPARE(r.error.exitCode(), 3);
    }

    void patStillWorks()
    {
        Client client(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
        const auto r = await<ServerInfo>([&](auto cb) { SessionApi(&client).connectToServer(this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r->user.email, m_server.username);
    }

    void cliShowsServerText()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.legacyToken);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LSDESK_CLI"), { QStringLiteral("whoami") });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 3);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("legacy token authentication has been disabled"), err.constData());
        QVERIFY(err.contains("personal access token"));
        QVERIFY(!err.contains(m_server.legacyToken.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestNoLegacy)
#include "tst_nolegacy.moc"
