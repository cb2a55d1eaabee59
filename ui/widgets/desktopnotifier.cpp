#include "widgets/desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace lsdesk {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "lsdesk.notify")

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// The installed .desktop file and icon are named after the desktop file name (io.github.lsdesk); without
// one (tests, a build-tree run) the application name stands in.
QString desktopEntry()
{
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? QGuiApplication::applicationName() : id;
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
    , m_lazyBus(true)
    , m_appName(QGuiApplication::applicationDisplayName())
    , m_iconName(desktopEntry())
{ }

DesktopNotifier::DesktopNotifier(
    const QDBusConnection &bus, const QString &appName, const QString &iconName, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appName(appName)
    , m_iconName(iconName.isEmpty() ? QGuiApplication::applicationName() : iconName)
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, body);
        return;
    }
    if (m_lazyBus) {
        m_lazyBus = false;
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            m_bus = QDBusConnection::sessionBus();
    }
    if (!m_bus || !m_bus->isConnected())
        return; // no session bus (a bare console, a sandbox): nobody to tell
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout): -1 lets the
    // notification server decide how long it stays. The body is markup to servers with "body-markup"
    // (a file named "R&D <final>.json" would break it or show as tags): escaped. The summary is plain
    // text by the specification, so escaping it would show "&amp;" there. The tray takes plain text.
    call << m_appName << uint(0) << m_iconName << title << body.toHtmlEscaped() << QStringList()
         << QVariantMap { { QStringLiteral("desktop-entry"), desktopEntry() } } << -1;
    // asyncCall() only queues the message; the answer (or ServiceUnknown) arrives later, or never matters.
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError())
            qCDebug(lcNotify) << "no desktop notification:" << reply.error().message();
        Q_EMIT dbusReplied(!reply.isError());
    });
}

} // namespace lsdesk
