#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <memory>

class QSettings;

namespace lsdesk {

// The certificates a user deliberately trusted for one server profile. A certificate is no secret, so it
// lives in QSettings as PEM (group "profileTrust/<profile>/certificates") next to the profile, not in the
// keychain. It is kept apart from CredentialStore's "profiles" array, which that class rewrites as a whole.
class ProfileTrust
{
public:
    // `settings` is not owned; nullptr means the application's default QSettings.
    explicit ProfileTrust(QSettings *settings = nullptr);
    ~ProfileTrust();
    ProfileTrust(const ProfileTrust &) = delete;
    ProfileTrust &operator=(const ProfileTrust &) = delete;

    QList<QSslCertificate> certificates(const QString &profile) const;
    void setCertificates(const QString &profile, const QList<QSslCertificate> &certificates);
    // Adds `certificate` unless a certificate with the same SHA-256 digest is already trusted.
    void add(const QString &profile, const QSslCertificate &certificate);
    // Forgets every certificate of `profile` (when the profile is removed).
    void remove(const QString &profile);

    static QString settingsKey(const QString &profile);

private:
    QSettings *settings() const;

    QSettings *m_settings;
    mutable std::unique_ptr<QSettings> m_own;
};

} // namespace lsdesk
