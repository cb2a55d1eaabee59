// The access tokens dialog offscreen on the fake network: listing, creating (the token shown once and
// stored into the keychain for the profile, never into the settings file), revoking with confirmation,
// the legacy key (shown only where the server accepts legacy keys, masked until revealed, reset with
// confirmation), errors without keys, and closing cancels. The model runs under QAbstractItemModelTester.
// Keychain writes need a Secret Service: run under `dbus-run-session -- bash .ci/with-keyring.sh`.
#include "api/client.h"
#include "api/tokensapi.h"
#include "auth/credentialstore.h"
#include "connection/tokensdialog.h"
#include "fakenam.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QDateTime kIat = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
const QDateTime kExp = QDateTime(QDate(2225, 3, 1), QTime(10, 0), Qt::UTC);

// A full PAT as POST api/token/ returns it.
QString fullPat(const QString &jti)
{
    return QString::fromLatin1(
        makeJwt(QJsonObject { { QStringLiteral("token_type"), QStringLiteral("refresh") },
            { QStringLiteral("iat"), kIat.toSecsSinceEpoch() },
            { QStringLiteral("exp"), kExp.toSecsSinceEpoch() }, { QStringLiteral("jti"), jti },
            { QStringLiteral("user_id"), 1 } }));
}

// How GET api/token/ lists it: header and payload, no signature.
QString listed(const QString &jti)
{
    return fullPat(jti).section(QLatin1Char('.'), 0, 1);
}

QJsonArray tokenList(const QStringList &jtis)
{
    QJsonArray a;
    for (const QString &j : jtis)
        a.append(QJsonObject { { QStringLiteral("token"), listed(j) } });
    return a;
}

QJsonObject jwtSettings(bool legacy)
{
    return QJsonObject { { QStringLiteral("api_tokens_enabled"), true },
        { QStringLiteral("legacy_api_tokens_enabled"), legacy } };
}

QLineEdit *field(TokensDialog &d, const QString &accessibleName)
{
    for (QLineEdit *e : d.findChildren<QLineEdit *>())
        if (e->accessibleName() == accessibleName)
            return e;
    return nullptr;
}

QGroupBox *box(TokensDialog &d, const QString &title)
{
    for (QGroupBox *b : d.findChildren<QGroupBox *>())
        if (b->title() == title)
            return b;
    return nullptr;
}

QPushButton *button(TokensDialog &d, const QString &text)
{
    for (QPushButton *b : d.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

bool hasSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}
} // namespace

class TestTokensDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parsesListedTokens();
    void modelUnderTester();
    void listsTokensAndHidesLegacy();
    void createShowsTokenOnceAndStoresIt();
    void createRefusedShowsNoKey();
    void revokeAsksAndSendsTheListedToken();
    void legacyKeyShowAndReset();
    void closingCancels();

private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    QString m_profile;
};

void TestTokensDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTokensDialog::init()
{
    static int n = 0;
    m_nam = std::make_unique<FakeNam>();
    m_client = std::make_unique<Client>(ServerUrl::parse(QStringLiteral("https://ls.example.com")),
        ApiKey::classify(legacyKey()), m_nam.get(), fastOptions());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n)), QSettings::IniFormat);
    // A keychain service of its own per run: nothing of the user's keychain is read or overwritten.
    m_store = std::make_unique<CredentialStore>(m_settings.get(),
        QStringLiteral("lsdesk-tokenstest-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_profile = QStringLiteral("work");
    m_store->saveProfileOnly(ServerProfile { m_profile, QStringLiteral("https://ls.example.com") });
}

void TestTokensDialog::cleanup()
{
    bool done = false;
    m_store->removeProfile(m_profile, this, [&done](const CredentialStore::Outcome &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("the test profile could not be removed from the keychain");
    m_store.reset();
    m_settings.reset();
    m_client.reset();
    m_nam.reset();
}

void TestTokensDialog::parsesListedTokens()
{
    const auto t = AccessToken::fromTruncated(listed(QStringLiteral("abc123def456")));
    QVERIFY(t);
    QCOMPARE(t->jti, QStringLiteral("abc123def456"));
    QCOMPARE(t->createdAt, kIat);
    QCOMPARE(t->expiresAt, kExp);
    QVERIFY(t->displayText().endsWith(QStringLiteral("def456")));
    QVERIFY(t->displayText().size() < t->truncated.size());
    // A full token is reduced to the listed form: the signature is never kept.
    const auto full = AccessToken::fromTruncated(fullPat(QStringLiteral("abc123def456")));
    QVERIFY(full);
    QCOMPARE(full->truncated, t->truncated);
    QString error;
    QVERIFY(!AccessToken::fromTruncated(QStringLiteral("not-a-jwt"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!AccessToken::fromTruncated(QStringLiteral("aGVhZA.bm90IGpzb24"), &error)); // payload not JSON
}

void TestTokensDialog::modelUnderTester()
{
    AccessTokensModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(AccessTokensModel::Column::Count));
    QCOMPARE(model.rowCount(), 0);
    model.setTokens({ *AccessToken::fromTruncated(listed(QStringLiteral("one111"))),
        *AccessToken::fromTruncated(listed(QStringLiteral("two222"))) });
    QCOMPARE(model.rowCount(), 2);
    const auto col = [&](int row, AccessTokensModel::Column c) { return model.index(row, int(c)); };
    QCOMPARE(model.headerData(int(AccessTokensModel::Column::Token), Qt::Horizontal).toString(),
        QStringLiteral("Token"));
    QCOMPARE(model.headerData(int(AccessTokensModel::Column::Expires), Qt::Horizontal).toString(),
        QStringLiteral("Expires"));
    QVERIFY(col(1, AccessTokensModel::Column::Token).data().toString().endsWith(QStringLiteral("two222")));
    QCOMPARE(col(0, AccessTokensModel::Column::Created).data(Qt::EditRole).toDateTime(), kIat);
    QCOMPARE(col(0, AccessTokensModel::Column::Expires).data(Qt::EditRole).toDateTime(), kExp);
    QVERIFY(!col(0, AccessTokensModel::Column::Created).data().toString().isEmpty());
    QCOMPARE(col(1, AccessTokensModel::Column::Token).data(AccessTokensModel::TokenRole).toString(),
        listed(QStringLiteral("two222")));
    QCOMPARE(model.tokenAt(1)->jti, QStringLiteral("two222"));
    QVERIFY(!model.tokenAt(2));
    model.setTokens({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTokensDialog::listsTokensAndHidesLegacy()
{
    m_nam->always("GET", QStringLiteral("/api/token/"),
        ReplyScript::json(200, tokenList({ QStringLiteral("aaaa1111") })));
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::json(200, jwtSettings(false)));
    TokensDialog d(m_client.get(), m_store.get(), m_profile);
    d.show();
    QTRY_COMPARE_WITH_TIMEOUT(d.model()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    QCOMPARE(d.model()->tokenAt(0)->jti, QStringLiteral("aaaa1111"));
    QVERIFY(!box(d, QStringLiteral("Legacy key"))->isVisible());
    // The server keeps one live token per user: Create waits for a revocation.
    QPushButton *create = button(d, QStringLiteral("Create"));
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    QVERIFY(!button(d, QStringLiteral("Revoke…"))->isEnabled()); // nothing selected
    QCOMPARE(m_nam->unmatched(), 0);
}

void TestTokensDialog::createShowsTokenOnceAndStoresIt()
{
    if (!hasSecretService())
        QSKIP("No D-Bus session bus: run under `dbus-run-session -- bash .ci/with-keyring.sh`.");
    const QString token = fullPat(QStringLiteral("new0000001"));
    m_nam->once("GET", QStringLiteral("/api/token/"), ReplyScript::json(200, QJsonArray {}));
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::json(200, jwtSettings(false)));
    m_nam->once("POST", QStringLiteral("/api/token/"),
        ReplyScript::json(201, QJsonObject { { QStringLiteral("token"), token } }));
    m_nam->always("GET", QStringLiteral("/api/token/"),
        ReplyScript::json(200, tokenList({ QStringLiteral("new0000001") })));
    TokensDialog d(m_client.get(), m_store.get(), m_profile);
    QSignalSpy stored(&d, &TokensDialog::profileKeyStored);
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    QLineEdit *shown = field(d, QStringLiteral("New token"));
    QVERIFY(shown);
    QVERIFY(!shown->isVisible());
    QVERIFY(button(d, QStringLiteral("Create"))->isEnabled());
    d.createToken();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 15000);
    QCOMPARE(stored.first().first().toString(), m_profile);
    QCOMPARE(shown->text(), token);
    QVERIFY(shown->isVisible());
    QVERIFY(shown->isReadOnly());
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/token/")), 1);
    // The list was read again and now holds the new token; a second one cannot be created.
    QTRY_COMPARE_WITH_TIMEOUT(d.model()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    QVERIFY(!button(d, QStringLiteral("Create"))->isEnabled());

    // In the keychain for the profile, and nowhere in the settings file.
    bool done = false;
    CredentialStore::Outcome read;
    m_store->readSecret(m_profile, this, [&](const CredentialStore::Outcome &o) {
        read = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.secret, token);
    m_settings->sync();
    QVERIFY(!fileContent(m_settings->fileName()).contains(token.toLatin1()));
    QVERIFY(!d.statusText().contains(token));

    // Shown once: closing forgets it.
    d.reject();
    QVERIFY(shown->text().isEmpty());
}

void TestTokensDialog::createRefusedShowsNoKey()
{
    m_nam->always("GET", QStringLiteral("/api/token/"), ReplyScript::json(200, QJsonArray {}));
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::json(200, jwtSettings(false)));
    m_nam->once("POST", QStringLiteral("/api/token/"),
        ReplyScript::json(409,
            QJsonObject { { QStringLiteral("detail"),
                QStringLiteral(
                    "You already have a valid token. Please revoke it before creating a new one.") } }));
    TokensDialog d(m_client.get(), m_store.get(), QString()); // no profile: nothing to store
    QSignalSpy stored(&d, &TokensDialog::profileKeyStored);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    d.createToken();
    QTRY_VERIFY_WITH_TIMEOUT(d.statusText().contains(QStringLiteral("already have a valid token")), 5000);
    QVERIFY(d.statusText().startsWith(QStringLiteral("Could not create a token")));
    QVERIFY(!d.statusText().contains(legacyKey()));
    QVERIFY(field(d, QStringLiteral("New token"))->text().isEmpty());
    QCOMPARE(stored.size(), 0);

    // Even a server that echoes the key in its error does not get it into the message.
    m_nam->once("POST", QStringLiteral("/api/token/"),
        ReplyScript::json(400,
            QJsonObject {
                { QStringLiteral("detail"), QStringLiteral("bad request for key %1").arg(legacyKey()) } }));
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    d.createToken();
    QTRY_VERIFY_WITH_TIMEOUT(d.statusText().contains(QStringLiteral("bad request for key")), 5000);
    QVERIFY(!d.statusText().contains(legacyKey()));
}

void TestTokensDialog::revokeAsksAndSendsTheListedToken()
{
    m_nam->once("GET", QStringLiteral("/api/token/"),
        ReplyScript::json(200, tokenList({ QStringLiteral("old1"), QStringLiteral("old2") })));
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::json(200, jwtSettings(false)));
    m_nam->always("POST", QStringLiteral("/api/token/blacklist/"), ReplyScript::noContent(204));
    TokensDialog d(m_client.get(), m_store.get(), m_profile);
    QStringList questions;
    bool answer = false;
    d.setConfirmer([&](const QString &q) {
        questions.append(q);
        return answer;
    });
    d.show();
    QTRY_COMPARE_WITH_TIMEOUT(d.model()->rowCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    auto *view = d.findChild<QAbstractItemView *>();
    view->selectionModel()->select(
        d.model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(button(d, QStringLiteral("Revoke…"))->isEnabled());

    d.revokeSelected(); // declined: nothing sent
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(d.model()->tokenAt(1)->displayText()));
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/token/blacklist/")), 0);

    m_nam->always(
        "GET", QStringLiteral("/api/token/"), ReplyScript::json(200, tokenList({ QStringLiteral("old1") })));
    answer = true;
    d.revokeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(m_nam->count("POST", QStringLiteral("/api/token/blacklist/")), 1, 5000);
    const QJsonObject body
        = m_nam->requests("POST", QStringLiteral("/api/token/blacklist/")).first().json().object();
    QCOMPARE(body.value(QStringLiteral("refresh")).toString(), listed(QStringLiteral("old2")));
    QTRY_COMPARE_WITH_TIMEOUT(d.model()->rowCount(), 1, 5000);
    QCOMPARE(d.model()->tokenAt(0)->jti, QStringLiteral("old1"));
    QCOMPARE(d.statusText(), QStringLiteral("The token was revoked."));
}

void TestTokensDialog::legacyKeyShowAndReset()
{
    const QString newKey = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
    m_nam->always("GET", QStringLiteral("/api/token/"), ReplyScript::json(200, QJsonArray {}));
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::json(200, jwtSettings(true)));
    m_nam->always("GET", QStringLiteral("/api/current-user/token"),
        ReplyScript::json(200, QJsonObject { { QStringLiteral("token"), legacyKey() } }));
    m_nam->always("POST", QStringLiteral("/api/current-user/reset-token/"),
        ReplyScript::json(201, QJsonObject { { QStringLiteral("token"), newKey } }));
    TokensDialog d(m_client.get(), m_store.get(), m_profile);
    QSignalSpy stored(&d, &TokensDialog::profileKeyStored);
    int asked = 0;
    bool answer = false;
    d.setConfirmer([&](const QString &) {
        ++asked;
        return answer;
    });
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(box(d, QStringLiteral("Legacy key"))->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    QLineEdit *key = field(d, QStringLiteral("Legacy key"));
    // Masked, and not even fetched, until revealed.
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(key->text().isEmpty());
    QCOMPARE(m_nam->count("GET", QStringLiteral("/api/current-user/token")), 0);
    d.revealLegacyKey();
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), legacyKey(), 5000);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 5000);
    d.revealLegacyKey(); // hide again, no new request
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(m_nam->count("GET", QStringLiteral("/api/current-user/token")), 1);

    d.resetLegacyKey(); // declined
    QCOMPARE(asked, 1);
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/current-user/reset-token/")), 0);
    answer = true;
    d.resetLegacyKey();
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), newKey, 5000);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(m_nam->count("POST", QStringLiteral("/api/current-user/reset-token/")), 1);
    if (!hasSecretService())
        QSKIP(
            "No D-Bus session bus: the keychain part needs `dbus-run-session -- bash .ci/with-keyring.sh`.");
    // This connection signs in with the legacy key: the profile gets the new one.
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 15000);
    bool done = false;
    QString secret;
    m_store->readSecret(m_profile, this, [&](const CredentialStore::Outcome &o) {
        secret = o.secret;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(secret, newKey);
    m_settings->sync();
    QVERIFY(!fileContent(m_settings->fileName()).contains(newKey.toLatin1()));
}

void TestTokensDialog::closingCancels()
{
    m_nam->always("GET", QStringLiteral("/api/token/"), ReplyScript::hang());
    m_nam->always("GET", QStringLiteral("/api/jwt/settings"), ReplyScript::hang());
    TokensDialog d(m_client.get(), m_store.get(), m_profile);
    d.show();
    QTRY_COMPARE_WITH_TIMEOUT(m_nam->outstanding(), 2, 5000);
    QVERIFY(d.isBusy());
    d.reject();
    QTRY_COMPARE_WITH_TIMEOUT(m_nam->aborted(), 2, 5000);
    QVERIFY(!d.isBusy());
    QVERIFY(d.statusText().isEmpty()); // a cancellation is no error
}

QTEST_MAIN(TestTokensDialog)
#include "tst_tokensdialog.moc"
