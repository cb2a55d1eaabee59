#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QSystemTrayIcon;

namespace lsdesk {

// Desktop notifications ("Export finished") for when the user is in another window: through the tray
// icon when the app shows one, else through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications.Notify). The D-Bus call is asynchronous - nothing here ever waits for
// the bus - and a desktop without that service gets nothing, silently. Made once by the composition root
// (the main window) and passed to whoever notifies.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // The session bus (connected at the first notification, and only when DBUS_SESSION_BUS_ADDRESS names
    // one: connecting without it may try to launch a bus), the application's display name and icon name.
    explicit DesktopNotifier(QObject *parent = nullptr);
    // `bus` as given; `iconName` is a freedesktop icon name (empty: the application name).
    DesktopNotifier(const QDBusConnection &bus, const QString &appName, const QString &iconName,
        QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // A tray icon the app shows (not owned; may go away). While it is visible it carries the messages.
    void setTrayIcon(QSystemTrayIcon *tray);
    QString appName() const { return m_appName; }
    QString iconName() const { return m_iconName; }

    // Shows `title` with `body`. Virtual so that a test of a caller can record instead.
    virtual void notify(const QString &title, const QString &body);

Q_SIGNALS:
    // The D-Bus service answered (`shown`: a notification id came back) or the call failed (no such
    // service, an error): once per notify() that went over D-Bus. For tests and logs.
    void dbusReplied(bool shown);

private:
    std::optional<QDBusConnection> m_bus;
    bool m_lazyBus = false;
    QString m_appName;
    QString m_iconName;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace lsdesk
