// Access tokens against the real server (fixture ls_manage). The admin's keys are shared by every test on
// ls_manage, so the admin is only read here (the dialog lists its token and shows the legacy section).
// Everything that changes keys runs as the separate member annotator@lsdesk.test (server.json
// "annotator", which no other test uses): its PAT is revoked and recreated, its legacy key reset. The
// fixture gives that member fresh keys on its next start (it recreates a PAT whose refresh fails and
// re-reads the legacy key), and the test ends with no live PAT so that the fixture can create one.
#include "../../integration/testserver.h"
#include "api/client.h"
#include "api/session.h"
#include "api/tokensapi.h"
#include "auth/credentialstore.h"
#include "connection/tokensdialog.h"

#include <QGroupBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

class TestTokensServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogListsTheAdminsToken();
    void patCreateAuthenticateRevoke();
    void legacyKeyShowAndReset();
    void cleanupTestCase();

private:
    std::unique_ptr<Client> clientFor(const QString &key)
    {
        return std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(key), &m_nam);
    }
    Result<User> whoami(const QString &key)
    {
        auto c = clientFor(key);
        return await<User>([&](auto cb) { SessionApi(c.get()).whoami(this, cb); });
    }
    Result<QList<AccessToken>> list(Client *c)
    {
        return await<QList<AccessToken>>([&](auto cb) { TokensApi(c).list(this, cb); });
    }
    Result<Empty> revoke(Client *c, const QString &token)
    {
        return await<Empty>([&](auto cb) { TokensApi(c).revoke(token, this, cb); });
    }

    TestServer m_server;
    QNetworkAccessManager m_nam;
    QString m_email; // the annotator's
    QString m_legacy; // the annotator's legacy key as the fixture read it
    QString m_pat; // the annotator's current PAT (full), once this test made one
};

void TestTokensServer::initTestCase()
{
    m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MANAGE");
    QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
    // TestServer does not read the single "annotator" record: read it from server.json directly.
    const QJsonObject info
        = QJsonDocument::fromJson(fileContent(qEnvironmentVariable("LSDESK_TEST_SERVER_LS_MANAGE"))).object();
    const QJsonObject annotator = info.value(QLatin1String("annotator")).toObject();
    m_email = annotator.value(QLatin1String("email")).toString();
    m_legacy = annotator.value(QLatin1String("legacy_token")).toString();
    QVERIFY2(!m_email.isEmpty() && !m_legacy.isEmpty(),
        qPrintable(QStringLiteral("server.json has no usable annotator: %1")
                       .arg(info.value(QLatin1String("annotator_error")).toString())));
    QVERIFY2(m_server.legacyEnabled, "ls_manage is expected to accept legacy keys");
}

void TestTokensServer::dialogListsTheAdminsToken()
{
    auto admin = clientFor(m_server.pat);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CredentialStore store(&settings, QStringLiteral("lsdesk-tokens-servertest"));
    TokensDialog d(admin.get(), &store, QString());
    d.setConfirmer([](const QString &) { return false; }); // read only: the admin's keys are shared
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount() >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 30000);
    const QString mine = m_server.pat.section(QLatin1Char('.'), 0, 1);
    bool found = false;
    for (const AccessToken &t : d.model()->tokens())
        found = found || t.truncated == mine;
    QVERIFY2(found, "the admin's PAT is not listed");
    QGroupBox *legacy = nullptr;
    for (QGroupBox *b : d.findChildren<QGroupBox *>())
        if (b->title() == QStringLiteral("Legacy key"))
            legacy = b;
    QVERIFY(legacy);
    QVERIFY(legacy->isVisible()); // ls_manage accepts legacy keys
    QVERIFY2(d.statusText().isEmpty(), qPrintable(d.statusText()));
}

void TestTokensServer::patCreateAuthenticateRevoke()
{
    auto legacyClient = clientFor(m_legacy);
    const auto settings
        = await<TokenSettings>([&](auto cb) { TokensApi(legacyClient.get()).settings(this, cb); });
    QVERIFY2(settings.ok(), qPrintable(settings.error.message));
    QVERIFY(settings->legacyEnabled);
    QVERIFY(settings->apiTokensEnabled);

    // The server allows one live PAT per user: revoke what the fixture made (listed, truncated).
    const auto before = list(legacyClient.get());
    QVERIFY2(before.ok(), qPrintable(before.error.message));
    for (const AccessToken &t : *before) {
        QVERIFY(t.expiresAt > QDateTime::currentDateTimeUtc());
        const auto r = revoke(legacyClient.get(), t.truncated);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }
    QVERIFY(list(legacyClient.get())->isEmpty());

    const auto created = await<QString>([&](auto cb) { TokensApi(legacyClient.get()).create(this, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const QString pat = *created;
    m_pat = pat;
    QCOMPARE(ApiKey::classify(pat).kind(), ApiKey::Kind::PersonalAccessToken);
    const auto listed = list(legacyClient.get());
    QVERIFY2(listed.ok(), qPrintable(listed.error.message));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().truncated, pat.section(QLatin1Char('.'), 0, 1));
    // A real signature: HS256 gives 32 bytes, 43 base64url characters. (This once checked that the
    // signature does not start with "x", which one real signature in 64 does.)
    QCOMPARE(pat.section(QLatin1Char('.'), 2).size(), 43);
    QVERIFY(listed->first().createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    // A second token is refused while this one lives.
    const auto second = await<QString>([&](auto cb) { TokensApi(legacyClient.get()).create(this, cb); });
    QVERIFY(!second.ok());
    QCOMPARE(second.error.httpStatus, 409);

    // The new PAT signs a new client in.
    const auto who = whoami(pat);
    QVERIFY2(who.ok(), qPrintable(who.error.message));
    QCOMPARE(who->email, m_email);

    // Revoked (in full this time): it no longer refreshes, so a new client cannot sign in with it.
    const auto revoked = revoke(legacyClient.get(), pat);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error.message));
    m_pat.clear();
    const auto refused = whoami(pat);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.httpStatus, 401);
    QVERIFY(!refused.error.message.contains(pat));
    // Revoking again: the server says it is already blacklisted.
    const auto again = revoke(legacyClient.get(), pat);
    QVERIFY(!again.ok());
    QCOMPARE(again.error.httpStatus, 404);
    QVERIFY(list(legacyClient.get())->isEmpty());
}

void TestTokensServer::legacyKeyShowAndReset()
{
    // Signed in with a PAT, so that resetting the legacy key does not cut this client off.
    auto legacyClient = clientFor(m_legacy);
    const auto created = await<QString>([&](auto cb) { TokensApi(legacyClient.get()).create(this, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    m_pat = *created;
    auto patClient = clientFor(m_pat);

    const auto shown = await<QString>([&](auto cb) { TokensApi(patClient.get()).legacyToken(this, cb); });
    QVERIFY2(shown.ok(), qPrintable(shown.error.message));
    QCOMPARE(*shown, m_legacy);

    const auto reset
        = await<QString>([&](auto cb) { TokensApi(patClient.get()).resetLegacyToken(this, cb); });
    QVERIFY2(reset.ok(), qPrintable(reset.error.message));
    const QString fresh = *reset;
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != m_legacy);
    QCOMPARE(ApiKey::classify(fresh).kind(), ApiKey::Kind::Legacy);

    const auto old = whoami(m_legacy);
    QVERIFY(!old.ok());
    QCOMPARE(old.error.httpStatus, 401);
    QVERIFY(!old.error.message.contains(m_legacy));
    const auto now = whoami(fresh);
    QVERIFY2(now.ok(), qPrintable(now.error.message));
    QCOMPARE(now->email, m_email);
    const auto reread = await<QString>([&](auto cb) { TokensApi(patClient.get()).legacyToken(this, cb); });
    QVERIFY2(reread.ok(), qPrintable(reread.error.message));
    QCOMPARE(*reread, fresh);
}

void TestTokensServer::cleanupTestCase()
{
    // No live PAT left behind: the fixture's next start creates the member's PAT anew (it is refused
    // one while another lives). The blacklist route needs no sign-in.
    if (!m_pat.isEmpty()) {
        auto c = clientFor(m_pat);
        revoke(c.get(), m_pat);
    }
}

QTEST_MAIN(TestTokensServer)
#include "tst_tokens_server.moc"
