#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QSettings;

namespace lsdesk {

struct ServerProfile
{
    QString name;
    QString url;
};

// Server profiles (name, URL) live in QSettings; their API keys live only in the OS keychain through
// QtKeychain - never in QSettings, never in a plaintext fallback. When no keychain backend exists the
// caller is told so (noBackend) and may keep the key in memory for the current run.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString secret; // for reads
        QString error; // empty on success; a message for people
        bool noBackend = false; // no keychain service is available on this system
        bool notFound = false; // no key stored for this profile
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(const Outcome &)>;

    // `settings` is not owned; nullptr means the application's default QSettings.
    explicit CredentialStore(
        QSettings *settings = nullptr, QString service = QStringLiteral("lsdesk"), QObject *parent = nullptr);
    ~CredentialStore() override;

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &name) const;

    // Stores the profile and its key. The profile is kept even if the keychain write fails (the URL is no
    // secret); the callback says whether the key was stored.
    void saveProfile(const ServerProfile &profile, const QString &secret, QObject *context, Callback cb);
    // Stores (or updates) the profile without touching the keychain: for "don't remember the key". An
    // older key of the same profile stays in the keychain until removeProfile().
    void saveProfileOnly(const ServerProfile &profile);
    void readSecret(const QString &profileName, QObject *context, Callback cb);
    // Logout: deletes the key from the keychain and the profile from the settings.
    void removeProfile(const QString &profileName, QObject *context, Callback cb);

    // The QSettings the profiles live in (for what belongs next to them: trusted certificates).
    QSettings *settings() const;

private:
    QString keyFor(const QString &profileName) const;
    void writeProfiles(const QList<ServerProfile> &all);

    QSettings *m_settings;
    QSettings *m_ownSettings = nullptr;
    QString m_service;
};

} // namespace lsdesk
