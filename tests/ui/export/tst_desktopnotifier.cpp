// DesktopNotifier against a real session bus (ctest runs this under dbus-run-session): a fake
// org.freedesktop.Notifications service on a connection of its own records the Notify calls; without the
// service nothing is recorded, nothing blocks, nothing crashes. And the export dialog notifies only when
// the user is in another window.

#include "api/client.h"
#include "export/exportdialog.h"
#include "fakenam.h"
#include "testutil.h"
#include "widgets/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

// What a notification server receives: Notify's arguments, in order.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        calls.append({ appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout });
        return uint(calls.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    // The service side: a separate connection to the same session bus, as a notification daemon is.
    QDBusConnection m_fakeBus { QDBusConnection::connectToBus(
        QDBusConnection::SessionBus, QStringLiteral("fake")) };
    FakeNotifications m_fake;

    bool registerFake()
    {
        return m_fakeBus.registerObject(kPath, &m_fake, QDBusConnection::ExportAllSlots)
            && m_fakeBus.registerService(kService);
    }
    void unregisterFake()
    {
        m_fakeBus.unregisterService(kService);
        m_fakeBus.unregisterObject(kPath);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected() || !m_fakeBus.isConnected())
            QSKIP("No D-Bus session bus: run through ctest (dbus-run-session).");
        QApplication::setApplicationName(QStringLiteral("lsdesk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lsdesk")); // as app/gui/main.cpp
        QApplication::setApplicationDisplayName(QStringLiteral("Label Studio Desktop"));
    }

    void cleanup()
    {
        unregisterFake();
        m_fake.calls.clear();
    }

    void notifiesThroughTheService()
    {
        QVERIFY(registerFake());
        DesktopNotifier notifier; // the production wiring: the session bus, the application's names
        QSignalSpy replied(&notifier, &DesktopNotifier::dbusReplied);
        notifier.notify(QStringLiteral("Export finished"), QStringLiteral("reviews.json (2 MB) is in /tmp"));
        QVERIFY(replied.wait(5000));
        QCOMPARE(replied.first().first().toBool(), true);
        QCOMPARE(m_fake.calls.size(), 1);
        const FakeNotifications::Call &c = m_fake.calls.first();
        QCOMPARE(c.appName, QStringLiteral("Label Studio Desktop"));
        QCOMPARE(c.appIcon, QStringLiteral("io.github.lsdesk")); // the installed icon's name
        QCOMPARE(c.summary, QStringLiteral("Export finished"));
        QCOMPARE(c.body, QStringLiteral("reviews.json (2 MB) is in /tmp"));
        QCOMPARE(c.replacesId, 0u);
        QCOMPARE(c.expireTimeout, -1);
        QCOMPARE(
            c.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.lsdesk"));

        DesktopNotifier named(
            QDBusConnection::sessionBus(), QStringLiteral("Other"), QStringLiteral("icon-x"));
        QSignalSpy namedReplied(&named, &DesktopNotifier::dbusReplied);
        named.notify(QStringLiteral("T"), QStringLiteral("B"));
        QVERIFY(namedReplied.wait(5000));
        QCOMPARE(m_fake.calls.size(), 2);
        QCOMPARE(m_fake.calls.last().appName, QStringLiteral("Other"));
        QCOMPARE(m_fake.calls.last().appIcon, QStringLiteral("icon-x"));
    }

    // The body is markup to notification servers ("body-markup"): a file name with & or < arrives
    // escaped, so it shows as typed. The summary is plain text by the specification: as given.
    void bodyArrivesEscaped()
    {
        QVERIFY(registerFake());
        DesktopNotifier notifier;
        QSignalSpy replied(&notifier, &DesktopNotifier::dbusReplied);
        notifier.notify(
            QStringLiteral("Export of R&D finished"), QStringLiteral("R&D <final>.json is in /tmp"));
        QVERIFY(replied.wait(5000));
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(m_fake.calls.first().body, QStringLiteral("R&amp;D &lt;final&gt;.json is in /tmp"));
        QCOMPARE(m_fake.calls.first().summary, QStringLiteral("Export of R&D finished"));
    }

    void withoutTheServiceNothingHappensAndNothingWaits()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
        DesktopNotifier notifier;
        QSignalSpy replied(&notifier, &DesktopNotifier::dbusReplied);
        QElapsedTimer clock;
        clock.start();
        notifier.notify(QStringLiteral("Export finished"), QStringLiteral("x"));
        QVERIFY2(clock.elapsed() < 200, "notify() waited for the bus");
        QVERIFY(replied.wait(5000)); // the bus says there is no such service: an error, not a crash
        QCOMPARE(replied.first().first().toBool(), false);
        QVERIFY(m_fake.calls.isEmpty());

        // A service that appears later gets the next notification (nothing was cached).
        QVERIFY(registerFake());
        notifier.notify(QStringLiteral("Again"), QStringLiteral("y"));
        QVERIFY(replied.wait(5000));
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(m_fake.calls.first().summary, QStringLiteral("Again"));
    }

    void withoutABusNothingHappens()
    {
        QVERIFY(registerFake());
        // A process without a session bus address: the notifier does not try to start or find one.
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        DesktopNotifier notifier;
        QSignalSpy replied(&notifier, &DesktopNotifier::dbusReplied);
        notifier.notify(QStringLiteral("Export finished"), QStringLiteral("x"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QVERIFY(!replied.wait(300));
        QVERIFY(m_fake.calls.isEmpty());
        // An unconnected bus likewise.
        DesktopNotifier offline(QDBusConnection(QStringLiteral("never-connected")), QStringLiteral("a"), {});
        offline.notify(QStringLiteral("T"), QStringLiteral("B"));
        QTest::qWait(100);
        QVERIFY(m_fake.calls.isEmpty());
    }

    // The dialog tells only a user who went elsewhere during the export.
    void dialogNotifiesOnlyWhenInactive()
    {
        QVERIFY(registerFake());
        FakeNam nam;
        Client client(ServerUrl::parse(QStringLiteral("https://ls.example.com")),
            ApiKey::classify(legacyKey()), &nam, fastOptions());
        nam.always("GET", QStringLiteral("/api/projects/4/export/formats"),
            ReplyScript::json(200,
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("JSON") },
                    { QStringLiteral("title"), QStringLiteral("JSON") } } }));
        nam.always("GET", QStringLiteral("/api/projects/4/export"), ReplyScript::json(200, QByteArray("[]")));
        Project project;
        project.id = 4;
        project.title = QStringLiteral("Reviews");
        project.labelConfig = QStringLiteral("<View/>");
        QTemporaryDir dir;
        DesktopNotifier notifier;
        QSignalSpy replied(&notifier, &DesktopNotifier::dbusReplied);

        // In another window: notified.
        QWidget elsewhere;
        ExportDialog d(&client, project, {}, nullptr);
        d.setNotifier(&notifier);
        QSignalSpy loaded(&d, &ExportDialog::formatsLoaded);
        QVERIFY(loaded.wait(5000));
        d.setDestination(dir.filePath(QStringLiteral("r.json")));
        d.show();
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!d.isActiveWindow());
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        d.startExport();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(replied.wait(5000));
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(m_fake.calls.first().summary, QStringLiteral("Export finished"));
        QVERIFY2(m_fake.calls.first().body.startsWith(QLatin1String("r.json (")),
            qPrintable(m_fake.calls.first().body));
        QVERIFY(
            m_fake.calls.first().body.endsWith(QDir::toNativeSeparators(QDir(dir.path()).absolutePath())));

        // Watching the dialog: the status line is enough.
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        d.setOverwriteConfirmer([](const QString &) { return true; });
        d.startExport();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.last().first().toBool());
        QVERIFY(!replied.wait(300));
        QCOMPARE(m_fake.calls.size(), 1);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
