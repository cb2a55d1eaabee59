// CredentialStore against a real Secret Service. CI runs it inside a private session bus with a throw-away
// unlocked keyring: dbus-run-session -- bash .ci/with-keyring.sh ctest ... (qt-toolchain.md §3).
// Every run uses its own keychain service name and removes what it stored.
#include "auth/credentialstore.h"
#include "testutil.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
struct Call
{
    bool done = false;
    CredentialStore::Outcome outcome;
};

CredentialStore::Callback capture(const std::shared_ptr<Call> &call)
{
    return [call](const CredentialStore::Outcome &o) {
        call->done = true;
        call->outcome = o;
    };
}

bool wait(const std::shared_ptr<Call> &call)
{
    return QTest::qWaitFor([&] { return call->done; }, 15000);
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void saveAndReadBack();
    void settingsFileHasNoKey();
    void replaceProfile();
    void removeThenNotFound();
    void readUnknownProfile();
    void profileWithoutKey();
    void callbackSkippedWhenContextGone();

private:
    std::shared_ptr<Call> save(const QString &name, const QString &url, const QString &secret);
    std::shared_ptr<Call> read(const QString &name);
    std::shared_ptr<Call> remove(const QString &name);

    QString m_service;
    QTemporaryDir m_dir;
    QString m_iniPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    QStringList m_used; // profile names to clean up
};

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service: run this test "
              "as `dbus-run-session -- bash .ci/with-keyring.sh <test>` (see qt-toolchain.md §3).");
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("lsdesk-unittest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestCredentialStore::init()
{
    static int n = 0;
    m_iniPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n));
    m_settings = std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(m_settings.get(), m_service);
}

void TestCredentialStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
}

void TestCredentialStore::cleanupTestCase()
{
    if (m_service.isEmpty())
        return;
    // Leave nothing behind in the keyring, whatever failed above.
    QSettings scratch(m_dir.filePath(QStringLiteral("cleanup.ini")), QSettings::IniFormat);
    CredentialStore store(&scratch, m_service);
    m_used.removeDuplicates();
    for (const QString &name : std::as_const(m_used)) {
        auto call = std::make_shared<Call>();
        store.removeProfile(name, this, capture(call));
        wait(call);
    }
}

std::shared_ptr<Call> TestCredentialStore::save(
    const QString &name, const QString &url, const QString &secret)
{
    m_used << name;
    auto call = std::make_shared<Call>();
    m_store->saveProfile({ name, url }, secret, this, capture(call));
    return call;
}

std::shared_ptr<Call> TestCredentialStore::read(const QString &name)
{
    auto call = std::make_shared<Call>();
    m_store->readSecret(name, this, capture(call));
    return call;
}

std::shared_ptr<Call> TestCredentialStore::remove(const QString &name)
{
    auto call = std::make_shared<Call>();
    m_store->removeProfile(name, this, capture(call));
    return call;
}

void TestCredentialStore::saveAndReadBack()
{
    const QString pat = makePat();
    auto saved = save(QStringLiteral("work"), QStringLiteral("https://ls.example.com"), pat);
    QVERIFY(wait(saved));
    QVERIFY2(saved->outcome.ok(), qPrintable(saved->outcome.error));
    QVERIFY(!saved->outcome.noBackend);

    const auto profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, QStringLiteral("work"));
    QCOMPARE(profiles.first().url, QStringLiteral("https://ls.example.com"));
    QVERIFY(m_store->profile(QStringLiteral("work")).has_value());
    QVERIFY(!m_store->profile(QStringLiteral("home")).has_value());

    auto got = read(QStringLiteral("work"));
    QVERIFY(wait(got));
    QVERIFY2(got->outcome.ok(), qPrintable(got->outcome.error));
    QCOMPARE(got->outcome.secret, pat);

    // A second store over the same settings and service (the next start of the app) sees the same.
    QSettings again(m_iniPath, QSettings::IniFormat);
    CredentialStore other(&again, m_service);
    QCOMPARE(other.profiles().size(), 1);
    auto got2 = std::make_shared<Call>();
    other.readSecret(QStringLiteral("work"), this, capture(got2));
    QVERIFY(wait(got2));
    QCOMPARE(got2->outcome.secret, pat);
}

void TestCredentialStore::settingsFileHasNoKey()
{
    const QString key = legacyKey();
    const QString pat = makePat();
    auto a = save(QStringLiteral("legacy"), QStringLiteral("http://localhost:8080"), key);
    auto b = save(QStringLiteral("pat"), QStringLiteral("https://ls.example.com/label-studio"), pat);
    QVERIFY(wait(a) && wait(b));
    QVERIFY2(a->outcome.ok(), qPrintable(a->outcome.error));
    QVERIFY2(b->outcome.ok(), qPrintable(b->outcome.error));
    m_settings->sync();

    QFile f(m_iniPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll();
    QVERIFY(ini.contains("localhost:8080")); // the profile is there...
    QVERIFY(ini.contains("label-studio"));
    QVERIFY(!ini.contains(key.toLatin1())); // ...its key is not
    QVERIFY(!ini.contains(key.left(12).toLatin1()));
    QVERIFY(!ini.contains(pat.toLatin1()));
    QVERIFY(!ini.contains(pat.split(QLatin1Char('.')).at(1).left(20).toLatin1()));
}

void TestCredentialStore::replaceProfile()
{
    auto first = save(
        QStringLiteral("work"), QStringLiteral("https://old.example.com"), QStringLiteral("old-key-1234"));
    QVERIFY(wait(first));
    QVERIFY2(first->outcome.ok(), qPrintable(first->outcome.error));
    auto second = save(
        QStringLiteral("work"), QStringLiteral("https://new.example.com"), QStringLiteral("new-key-5678"));
    QVERIFY(wait(second));
    QVERIFY2(second->outcome.ok(), qPrintable(second->outcome.error));

    const auto profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().url, QStringLiteral("https://new.example.com"));
    auto got = read(QStringLiteral("work"));
    QVERIFY(wait(got));
    QCOMPARE(got->outcome.secret, QStringLiteral("new-key-5678"));
}

void TestCredentialStore::removeThenNotFound()
{
    auto a = save(QStringLiteral("keep"), QStringLiteral("https://a.example.com"), QStringLiteral("key-a"));
    auto b = save(QStringLiteral("drop"), QStringLiteral("https://b.example.com"), QStringLiteral("key-b"));
    QVERIFY(wait(a) && wait(b));
    QVERIFY(a->outcome.ok() && b->outcome.ok());

    auto removed = remove(QStringLiteral("drop"));
    QVERIFY(wait(removed));
    QVERIFY2(removed->outcome.ok(), qPrintable(removed->outcome.error));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("keep"));

    auto gone = read(QStringLiteral("drop"));
    QVERIFY(wait(gone));
    QVERIFY(!gone->outcome.ok());
    QVERIFY(gone->outcome.notFound);
    QVERIFY(!gone->outcome.noBackend);
    QVERIFY(gone->outcome.secret.isEmpty());
    QVERIFY(!gone->outcome.error.isEmpty());

    // The other profile's key is untouched.
    auto kept = read(QStringLiteral("keep"));
    QVERIFY(wait(kept));
    QCOMPARE(kept->outcome.secret, QStringLiteral("key-a"));

    // Logging out twice is fine.
    auto again = remove(QStringLiteral("drop"));
    QVERIFY(wait(again));
    QVERIFY2(again->outcome.ok(), qPrintable(again->outcome.error));
}

void TestCredentialStore::readUnknownProfile()
{
    auto got = read(QStringLiteral("never-saved"));
    QVERIFY(wait(got));
    QVERIFY(got->outcome.notFound);
    QVERIFY(!got->outcome.ok());
}

// "Don't remember the key": the profile is listed, the keychain has nothing for it, the file no key.
void TestCredentialStore::profileWithoutKey()
{
    m_store->saveProfileOnly({ QStringLiteral("ask-each-time"), QStringLiteral("https://c.example.com") });
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profile(QStringLiteral("ask-each-time"))->url, QStringLiteral("https://c.example.com"));
    auto got = read(QStringLiteral("ask-each-time"));
    QVERIFY(wait(got));
    QVERIFY(got->outcome.notFound);
    QCOMPARE(m_store->settings(), m_settings.get());
}

void TestCredentialStore::callbackSkippedWhenContextGone()
{
    auto saved
        = save(QStringLiteral("ctx"), QStringLiteral("https://c.example.com"), QStringLiteral("key-c"));
    QVERIFY(wait(saved));
    auto call = std::make_shared<Call>();
    auto *context = new QObject;
    m_store->readSecret(QStringLiteral("ctx"), context, capture(call));
    delete context;
    // A later read proves the keychain answered meanwhile.
    auto later = read(QStringLiteral("ctx"));
    QVERIFY(wait(later));
    QTest::qWait(100);
    QVERIFY(!call->done);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
