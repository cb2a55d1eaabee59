#include "profiletrust.h"

#include "net/tlstrust.h"

#include <QSettings>
#include <QUrl>

namespace lsdesk {

ProfileTrust::ProfileTrust(QSettings *settings)
    : m_settings(settings)
{ }

ProfileTrust::~ProfileTrust() = default;

QSettings *ProfileTrust::settings() const
{
    if (m_settings)
        return m_settings;
    if (!m_own)
        m_own = std::make_unique<QSettings>();
    return m_own.get();
}

QString ProfileTrust::settingsKey(const QString &profile)
{
    // Profile names are free text; '/' would open a settings sub-group, so the name is percent-encoded.
    return QStringLiteral("profileTrust/%1/certificates")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

QList<QSslCertificate> ProfileTrust::certificates(const QString &profile) const
{
    const QByteArray pem = settings()->value(settingsKey(profile)).toByteArray();
    return pem.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromData(pem, QSsl::Pem);
}

void ProfileTrust::setCertificates(const QString &profile, const QList<QSslCertificate> &certificates)
{
    QSettings *s = settings();
    if (certificates.isEmpty()) {
        s->remove(
            QStringLiteral("profileTrust/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(profile))));
    } else {
        QByteArray pem;
        for (const QSslCertificate &c : certificates)
            pem += c.toPem();
        s->setValue(settingsKey(profile), QString::fromLatin1(pem));
    }
    s->sync();
}

void ProfileTrust::add(const QString &profile, const QSslCertificate &certificate)
{
    QList<QSslCertificate> all = certificates(profile);
    if (certificate.isNull() || TlsTrust::contains(all, certificate))
        return;
    all.append(certificate);
    setCertificates(profile, all);
}

void ProfileTrust::remove(const QString &profile)
{
    setCertificates(profile, {});
}

} // namespace lsdesk
