#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace lsdesk {

// One typed error for everything that can go wrong with a request: the HTTP status, the server's error
// envelope ({"detail", "validation_errors"}) and a human message that says what happened and what to do.
struct ApiError
{
    enum class Kind {
        None,
        Network, // connection refused, reset, DNS, TLS ...
        Timeout, // no data within the transfer timeout
        Cancelled, // cancelled by the caller
        Http, // a JSON error reply (see httpStatus)
        NotAvailable, // a non-JSON 404/405: the route does not exist on this server (Community vs Enterprise)
        Parse, // a 2xx reply whose body is not what the API promises (malformed or truncated JSON)
        Auth, // the key is unusable before anything is sent (expired PAT, access token pasted, ...)
        Redirect, // a refused redirect (HTTPS->HTTP, too many hops, bad Location)
        Unsupported, // the server is older than the oldest version we support
        InvalidInput, // the caller's input (URL, JSON query ...) is wrong
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString detail; // the server's "detail", verbatim
    QJsonObject validationErrors; // the server's "validation_errors", verbatim
    QString message; // for people: what happened and what to do
    // A refused TLS handshake: the chain the server presented (its own certificate first) and Qt's error
    // texts, so that a dialog can show the certificate and let the user trust it deliberately.
    QList<QSslCertificate> peerCertificates;
    QStringList sslErrors;

    bool ok() const { return kind == Kind::None; }
    bool isAuthError() const { return kind == Kind::Auth || httpStatus == 401 || httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404 || kind == Kind::NotAvailable; }
    bool isUntrustedCertificate() const { return !peerCertificates.isEmpty() || !sslErrors.isEmpty(); }

    // DRF's messages for one field - a list of strings, joined by spaces - in one line; any other value
    // (a nested object's messages, a stored number) as compact JSON.
    static QString fieldMessages(const QJsonValue &messages);

    // "label_config: Tag X not found; title: too long" - the validation errors flattened into one line.
    QString validationText() const;

    // An error from an HTTP reply with a status >= 400. `body` is the reply body; `what` names the
    // resource for the messages ("project 7").
    static ApiError fromHttp(int status, const QByteArray &body, const QString &contentType);
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &qtText, const QString &host);
    // The server's certificate was not trusted (kind Network, SslHandshakeFailedError).
    static ApiError fromTls(
        const QStringList &sslErrors, const QList<QSslCertificate> &peerCertificates, const QString &host);
    static ApiError make(Kind kind, const QString &message);

    // Exit codes of lsdesk-cli: 1 validation, 3 authentication, 4 not found, 5 server or network.
    int exitCode() const;
};

} // namespace lsdesk

Q_DECLARE_METATYPE(lsdesk::ApiError)
