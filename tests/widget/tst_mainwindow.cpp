// The main window against the real server: connect from the form by keyboard, see the server's version,
// edition and user; bad input gets a clear message; the key is remembered in the keychain only.

#include "../integration/testserver.h"
#include "auth/credentialstore.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    static QString allLabels(QWidget *w)
    {
        QStringList texts;
        const auto labels = w->findChildren<QLabel *>();
        for (QLabel *l : labels)
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }

    // Types into the form like a user: focus the field, select all, type.
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
    }

    void connectWithKeyboard()
    {
        QNetworkAccessManager nam;
        QSettings settings(m_dir.filePath(QStringLiteral("connect.ini")), QSettings::IniFormat);
        CredentialStore store(
            &settings, QStringLiteral("lsdesk-test-%1").arg(QCoreApplication::applicationPid()));
        MainWindow w(&nam, &store);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto edits = w.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        w.findChild<QCheckBox *>()->setChecked(false);
        typeInto(edits[0], m_server.url);
        typeInto(edits[1], m_server.pat);
        QCOMPARE(edits[1]->echoMode(), QLineEdit::Password);
        QSignalSpy done(&w, &MainWindow::connectionFinished);
        QTest::keyClick(edits[1], Qt::Key_Return);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        const QString text = allLabels(&w);
        QVERIFY2(text.contains(QLatin1String("Label Studio 1.23.2")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Community")));
        QVERIFY(text.contains(m_server.username));
        QVERIFY(!text.contains(m_server.pat));
    }

    void badInputGetsClearMessages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a url") << QStringLiteral("labelstudio") << QStringLiteral("secret-key-xyz")
                                   << QStringLiteral("is not a server URL");
        QTest::newRow("empty key") << QStringLiteral("http://127.0.0.1:1") << QString()
                                   << QStringLiteral("No API key");
        QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:9")
                                 << QStringLiteral("0000000000000000000000000000000000000000")
                                 << QStringLiteral("connection refused");
        QTest::newRow("wrong key") << QString() << QStringLiteral("0000000000000000000000000000000000000000")
                                   << QStringLiteral("Invalid token");
    }

    void badInputGetsClearMessages()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        if (url.isEmpty())
            url = m_server.url;
        QNetworkAccessManager nam;
        MainWindow w(&nam, nullptr);
        w.show();
        w.setConnection(url, key);
        QSignalSpy done(&w, &MainWindow::connectionFinished);
        w.connectToServer();
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        const QString text = allLabels(&w);
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (!key.isEmpty())
            QVERIFY(!text.contains(key));
        // The user's input is kept for correction.
        QCOMPARE(w.findChildren<QLineEdit *>()[0]->text(), url);
    }

    void remembersKeyInKeychainOnly()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: run under dbus-run-session -- bash .ci/with-keyring.sh");
        const QString iniPath = m_dir.filePath(QStringLiteral("remember.ini"));
        const QString service = QStringLiteral("lsdesk-test-%1").arg(QCoreApplication::applicationPid());
        {
            QNetworkAccessManager nam;
            QSettings settings(iniPath, QSettings::IniFormat);
            CredentialStore store(&settings, service);
            MainWindow w(&nam, &store);
            w.setConnection(m_server.url, m_server.pat);
            QSignalSpy done(&w, &MainWindow::connectionFinished);
            w.connectToServer();
            QVERIFY(done.wait(60000));
            QVERIFY(done.first().first().toBool());
            QTRY_COMPARE_WITH_TIMEOUT(store.profiles().size(), 1, 10000);
            settings.sync();
        }
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray saved = ini.readAll();
        QVERIFY(saved.contains(m_server.url.toUtf8()));
        QVERIFY2(!saved.contains(m_server.pat.toUtf8()), "the key leaked into QSettings");

        // A new window restores the profile from the keychain and connects by itself.
        QNetworkAccessManager nam;
        QSettings settings(iniPath, QSettings::IniFormat);
        CredentialStore store(&settings, service);
        MainWindow w(&nam, &store);
        QSignalSpy done(&w, &MainWindow::connectionFinished);
        w.restoreLastProfile();
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().first().toBool());

        // Logout removes the key from the keychain.
        bool ok = false;
        bool called = false;
        store.removeProfile(m_server.url, this, [&](const CredentialStore::Outcome &o) {
            ok = o.ok();
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(ok);
        bool notFound = false;
        called = false;
        store.readSecret(m_server.url, this, [&](const CredentialStore::Outcome &o) {
            notFound = o.notFound;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(notFound);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
