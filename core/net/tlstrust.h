#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace lsdesk {

// The decision behind "trust this certificate for this server": a certificate the user deliberately
// accepted (pinned by its SHA-256 digest) may excuse the TLS errors that name it - nothing else. There is
// no "ignore all errors" switch anywhere, on purpose.
namespace TlsTrust {

// The SHA-256 digest of the DER form, as colon-separated upper-case hex ("AB:CD:..."), as browsers show it.
QString fingerprint(const QSslCertificate &cert);
QByteArray digest(const QSslCertificate &cert);
bool contains(const QList<QSslCertificate> &trusted, const QSslCertificate &cert);

// The errors to pass to QNetworkReply::ignoreSslErrors(): all of `errors` when every one of them names a
// trusted certificate and is of a kind that trust can excuse (not revoked, blacklisted or a missing peer
// certificate); otherwise empty, and the handshake must fail.
QList<QSslError> excusableErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &trusted);

// The certificates named by the errors, each once, in order (the peer's own certificate first when the
// errors name it): what to show the user when no chain is available from the connection.
QList<QSslCertificate> certificatesOf(const QList<QSslError> &errors);
QStringList errorTexts(const QList<QSslError> &errors);

// Multi-line, human text for one certificate: subject, issuer, validity and SHA-256 fingerprint.
QString describe(const QSslCertificate &cert);

} // namespace TlsTrust
} // namespace lsdesk
