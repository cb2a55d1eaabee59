#include "tlstrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

namespace lsdesk::TlsTrust {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TlsTrust", text);
}

QString nameOf(const QStringList &parts)
{
    return parts.join(QLatin1String(", "));
}

// Errors that a pinned certificate can answer for: they say "I cannot vouch for this certificate", which
// the user's deliberate trust replaces. Revocation or a missing certificate are facts trust cannot undo.
bool excusable(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
    case QSslError::NoPeerCertificate:
    case QSslError::NoSslSupport:
    case QSslError::UnspecifiedError:
        return false;
    default:
        return true;
    }
}
} // namespace

QByteArray digest(const QSslCertificate &cert)
{
    return cert.isNull() ? QByteArray() : cert.digest(QCryptographicHash::Sha256);
}

QString fingerprint(const QSslCertificate &cert)
{
    return QString::fromLatin1(digest(cert).toHex(':').toUpper());
}

bool contains(const QList<QSslCertificate> &trusted, const QSslCertificate &cert)
{
    if (cert.isNull())
        return false;
    const QByteArray d = digest(cert);
    return std::any_of(trusted.begin(), trusted.end(),
        [&](const QSslCertificate &t) { return !t.isNull() && digest(t) == d; });
}

QList<QSslError> excusableErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &trusted)
{
    if (errors.isEmpty() || trusted.isEmpty())
        return {};
    for (const QSslError &e : errors) {
        if (!excusable(e.error()) || !contains(trusted, e.certificate()))
            return {};
    }
    return errors;
}

QList<QSslCertificate> certificatesOf(const QList<QSslError> &errors)
{
    QList<QSslCertificate> out;
    for (const QSslError &e : errors) {
        const QSslCertificate c = e.certificate();
        if (!c.isNull() && !contains(out, c))
            out.append(c);
    }
    return out;
}

QStringList errorTexts(const QList<QSslError> &errors)
{
    QStringList out;
    for (const QSslError &e : errors) {
        if (!out.contains(e.errorString()))
            out.append(e.errorString());
    }
    return out;
}

QString describe(const QSslCertificate &cert)
{
    if (cert.isNull())
        return tr("(no certificate)");
    const auto subject = nameOf(
        cert.subjectInfo(QSslCertificate::CommonName) + cert.subjectInfo(QSslCertificate::Organization));
    const auto issuer = nameOf(
        cert.issuerInfo(QSslCertificate::CommonName) + cert.issuerInfo(QSslCertificate::Organization));
    return tr("Subject: %1\nIssuer: %2\nValid from %3 to %4\nSHA-256 fingerprint: %5")
        .arg(subject.isEmpty() ? cert.subjectDisplayName() : subject,
            issuer.isEmpty() ? cert.issuerDisplayName() : issuer,
            cert.effectiveDate().toUTC().toString(Qt::ISODate),
            cert.expiryDate().toUTC().toString(Qt::ISODate), fingerprint(cert));
}

} // namespace lsdesk::TlsTrust
