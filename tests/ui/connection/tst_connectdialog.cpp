// The connection dialog on the fake network: what it reports for a working server, each failure in plain
// words (wrong key, legacy tokens disabled, no Label Studio API at the URL, unreachable host, untrusted
// certificate), the deliberate trust flow, cancelling a test, and profiles with their trusted certificates.
#include "auth/credentialstore.h"
#include "auth/profiletrust.h"
#include "connection/connectdialog.h"
#include "net/tlstrust.h"
#include "testutil.h"
#include "tlsfake.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kBase = QStringLiteral("https://ls.example.com");
const QString kVersion = QStringLiteral("/api/version/");
const QString kWhoami = QStringLiteral("/api/current-user/whoami");
const QString kTlsHost = QStringLiteral("selfsigned.example");
const QByteArray kVersionJson = R"({"release": "1.23.2", "edition": "Community"})";
const QByteArray kUserJson
    = R"({"id": 3, "username": "ann", "email": "ann@example.com", "first_name": "Ann", "last_name": "Lee"})";

QPair<int, QByteArray> tlsAnswer(const QString &path)
{
    if (path == kVersion)
        return { 200, kVersionJson };
    if (path == kWhoami)
        return { 200, kUserJson };
    return { 404, R"({"detail": "not here"})" };
}

QPushButton *buttonWithText(QWidget *w, const QString &part)
{
    const auto buttons = w->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(QLatin1Char('&')).contains(part))
            return b;
    }
    return nullptr;
}
} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<TlsFakeNam> m_nam;

    std::unique_ptr<ConnectDialog> makeDialog(const QString &url, const QString &key = legacyKey())
    {
        auto d = std::make_unique<ConnectDialog>(m_nam.get(), m_store.get());
        d->setTrustSettings(m_settings.get());
        d->setClientOptions(fastOptions(3000, 0, 10));
        d->setPreset(url, key);
        d->findChild<QCheckBox *>()->setChecked(false); // no keychain in unit tests
        return d;
    }

    // Runs the Test button and returns whether the test succeeded.
    static bool runTest(ConnectDialog &d)
    {
        QSignalSpy done(&d, &ConnectDialog::testFinished);
        QPushButton *test = buttonWithText(&d, QStringLiteral("Test connection"));
        if (!test)
            return false;
        QTest::mouseClick(test, Qt::LeftButton);
        if (!d.isTesting() && done.isEmpty())
            return false;
        if (done.isEmpty() && !done.wait(5000))
            return false;
        return done.first().first().toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini")),
            QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<CredentialStore>(
            m_settings.get(), QStringLiteral("lsdesk-test-%1").arg(QCoreApplication::applicationPid()));
        m_nam = std::make_unique<TlsFakeNam>(kTlsHost, selfSignedErrors(certA()), tlsAnswer);
    }

    void cleanup()
    {
        m_nam.reset();
        m_store.reset();
        m_settings.reset();
    }

    void showsVersionEditionAndUser()
    {
        m_nam->always("GET", kVersion, ReplyScript::json(200, kVersionJson));
        m_nam->always("GET", kWhoami, ReplyScript::json(200, kUserJson));
        auto d = makeDialog(kBase);
        QVERIFY(runTest(*d));
        const QString text = d->statusText();
        QVERIFY2(text.contains(QLatin1String("1.23.2")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Community")));
        QVERIFY(text.contains(QLatin1String("Ann Lee")));
        QVERIFY(!text.contains(legacyKey()));
        QVERIFY(d->serverInfo());
        QCOMPARE(d->serverInfo()->user.username, QStringLiteral("ann"));
        // The version is read without the key; whoami sends it.
        QVERIFY(!m_nam->requests("GET", kVersion).first().hasHeader("Authorization"));
        QCOMPARE(m_nam->requests("GET", kWhoami).first().header("Authorization"),
            "Token " + legacyKey().toLatin1());
    }

    void failuresInPlainWords_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<ReplyScript>("reply");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("wrong key") << kWhoami
                                   << ReplyScript::json(401, QByteArray(R"({"detail": "Invalid token."})"))
                                   << QStringList { QStringLiteral("refused the API key"),
                                          QStringLiteral("Invalid token.") };
        QTest::newRow("legacy tokens disabled")
            << kWhoami
            << ReplyScript::json(401,
                   QByteArray(
                       R"({"detail": "Authentication token no longer valid: legacy token authentication has been disabled for this organization"})"))
            << QStringList { QStringLiteral("legacy API tokens"), QStringLiteral("personal access token"),
                   QStringLiteral("Account & Settings → Personal Access Token") };
        QTest::newRow("wrong sub-path (HTML 404)")
            << kVersion << ReplyScript::html(404, "<!doctype html><html><body>Not Found</body></html>")
            << QStringList { QStringLiteral("no Label Studio API"),
                   QStringLiteral("https://ls.example.com/labelstudio") };
        QTest::newRow("HTML page instead of the API")
            << kVersion << ReplyScript::html(200, "<!doctype html><html><body>Welcome</body></html>")
            << QStringList { QStringLiteral("no Label Studio API") };
        QTest::newRow("connection refused")
            << kVersion << ReplyScript::connectionError()
            << QStringList { QStringLiteral("cannot be reached"), QStringLiteral("connection refused") };
        QTest::newRow("host not found")
            << kVersion << ReplyScript::connectionError(QNetworkReply::HostNotFoundError)
            << QStringList { QStringLiteral("cannot be reached"), QStringLiteral("was not found") };
    }

    void failuresInPlainWords()
    {
        QFETCH(QString, route);
        QFETCH(ReplyScript, reply);
        QFETCH(QStringList, expected);
        m_nam->always("GET", kVersion, ReplyScript::json(200, kVersionJson));
        m_nam->always("GET", kWhoami, ReplyScript::json(200, kUserJson));
        m_nam->always("GET", route, reply); // the most recent route is matched first
        auto d = makeDialog(kBase);
        QVERIFY(!runTest(*d));
        const QString text = d->statusText();
        for (const QString &part : expected)
            QVERIFY2(text.contains(part, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1\nlacks: %2").arg(text, part)));
        QVERIFY(!text.contains(legacyKey()));
        QVERIFY(!d->serverInfo());
        const QPushButton *trust = buttonWithText(d.get(), QStringLiteral("Trust this certificate"));
        QVERIFY(!trust || !trust->isVisibleTo(d.get()));
    }

    void untrustedCertificateShownThenTrustedDeliberately()
    {
        auto d = makeDialog(QStringLiteral("https://") + kTlsHost);
        d->show();
        QVERIFY(!runTest(*d));
        const QString text = d->statusText();
        QVERIFY2(text.contains(QLatin1String("not trusted")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("selfsigned-a.example"))); // subject
        QVERIFY(text.contains(QLatin1String("Issuer")));
        QVERIFY(text.contains(QLatin1String("2126"))); // validity
        QVERIFY(text.contains(TlsTrust::fingerprint(certA())));
        QCOMPARE(d->presentedCertificate(), certA());
        QVERIFY(d->trustedCertificates().isEmpty()); // nothing trusted behind the user's back
        QCOMPARE(m_nam->ignoredErrors().size(), 0);

        QPushButton *trust
            = buttonWithText(d.get(), QStringLiteral("Trust this certificate for ") + kTlsHost);
        QVERIFY(trust);
        QVERIFY(trust->isVisible());
        QSignalSpy done(d.get(), &ConnectDialog::testFinished);
        QTest::mouseClick(trust, Qt::LeftButton); // trusts and tests again
        QVERIFY(done.wait(5000));
        QVERIFY2(done.first().first().toBool(), qPrintable(d->statusText()));
        QVERIFY(d->statusText().contains(QLatin1String("1.23.2")));
        QCOMPARE(d->trustedCertificates(), QList { certA() });
        QCOMPARE(m_nam->ignoredErrors().size(), 4); // exactly the two errors, for version and whoami

        // Connect: the trust is stored with the profile, no second test needed.
        d->findChild<QLineEdit *>()->setText(QStringLiteral("Self-signed"));
        const int before = m_nam->tlsRequests();
        QSignalSpy accepted(d.get(), &QDialog::accepted);
        d->accept();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 3000);
        QCOMPARE(m_nam->tlsRequests(), before);
        QCOMPARE(d->profile(), QStringLiteral("Self-signed"));
        QCOMPARE(
            ProfileTrust(m_settings.get()).certificates(QStringLiteral("Self-signed")), QList { certA() });
    }

    void cancelStopsTheTest()
    {
        m_nam->always("GET", kVersion, ReplyScript::hang());
        auto d = makeDialog(kBase);
        QSignalSpy done(d.get(), &ConnectDialog::testFinished);
        d->testConnection();
        QVERIFY(d->isTesting());
        QPushButton *stop = buttonWithText(d.get(), QStringLiteral("Stop test"));
        QVERIFY(stop);
        stop->click();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!d->isTesting());
        QTRY_COMPARE_WITH_TIMEOUT(m_nam->aborted(), 1, 2000); // the request itself is gone
        QVERIFY(d->statusText().contains(QLatin1String("cancelled")));
    }

    void connectTestsFirstAndReportsTheResult()
    {
        m_nam->always("GET", kVersion, ReplyScript::json(200, kVersionJson).withDelay(50));
        m_nam->always("GET", kWhoami, ReplyScript::json(200, kUserJson));
        auto d = makeDialog(kBase + QStringLiteral("/"));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QSignalSpy accepted(d.get(), &QDialog::accepted);
        QTest::keyClick(d->findChildren<QLineEdit *>().at(2), Qt::Key_Return); // Enter = Connect
        QVERIFY(accepted.wait(5000));
        QCOMPARE(d->serverUrl(), kBase + QStringLiteral("/"));
        QCOMPARE(d->apiKey(), legacyKey());
        QCOMPARE(d->profile(), QStringLiteral("ls.example.com")); // the host when no name was given
        QVERIFY(d->serverInfo());
        QCOMPARE(d->serverInfo()->version.release, QStringLiteral("1.23.2"));
        QVERIFY(!d->rememberKey());
    }

    void unusableKeyNeedsNoRequest()
    {
        auto d = makeDialog(kBase, QStringLiteral("   "));
        QVERIFY(!runTest(*d));
        QVERIFY(!d->statusText().isEmpty());
        QCOMPARE(m_nam->requests().size(), 0);
    }

    void profilesListedSelectedAndRemoved()
    {
        // Profiles as CredentialStore keeps them (the keychain may be missing here: the profile stays).
        for (const auto &[name, url] : { qMakePair(QStringLiteral("Work"), kBase),
                 qMakePair(QStringLiteral("Lab"), QStringLiteral("https://lab.example")) }) {
            bool done = false;
            m_store->saveProfile(
                { name, url }, legacyKey(), this, [&done](const CredentialStore::Outcome &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        }
        ProfileTrust(m_settings.get()).add(QStringLiteral("Lab"), certB());
        auto d = makeDialog(QString(), QString());
        auto *combo = d->findChild<QComboBox *>();
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), -1); // nothing chosen for the user
        QSignalSpy keyLoaded(d.get(), &ConnectDialog::keyLoaded);
        QVERIFY(d->selectProfile(QStringLiteral("Lab")));
        QCOMPARE(combo->currentText(), QStringLiteral("Lab"));
        QCOMPARE(d->serverUrl(), QStringLiteral("https://lab.example"));
        QCOMPARE(d->profile(), QStringLiteral("Lab"));
        QCOMPARE(d->trustedCertificates(), QList { certB() });
        QVERIFY(keyLoaded.wait(30000));
        QVERIFY(!d->selectProfile(QStringLiteral("Nope")));

        buttonWithText(d.get(), QStringLiteral("Remove"))->click();
        QCOMPARE(combo->count(), 1);
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profiles().first().name, QStringLiteral("Work"));
        QVERIFY(ProfileTrust(m_settings.get()).certificates(QStringLiteral("Lab")).isEmpty());
        QVERIFY(d->serverUrl().isEmpty());
        QVERIFY(d->trustedCertificates().isEmpty());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
