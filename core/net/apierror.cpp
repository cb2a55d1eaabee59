#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lsdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QString flatten(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &item : arr)
            parts << flatten(item);
        return parts.join(QLatin1String("; "));
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            parts << it.key() + QLatin1String(": ") + flatten(it.value());
        return parts.join(QLatin1String("; "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Keep server text readable in one line and bounded: an HTML error page or a traceback must not flood
// a dialog or a terminal.
QString oneLine(QString text, int max = 300)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max) + QStringLiteral("…");
    return text;
}
} // namespace

QString ApiError::validationText() const
{
    return flatten(validationErrors);
}

QString ApiError::fieldMessages(const QJsonValue &messages)
{
    if (messages.isString())
        return messages.toString();
    if (messages.isArray()) {
        QStringList parts;
        const QJsonArray arr = messages.toArray();
        for (const QJsonValue &m : arr)
            parts << fieldMessages(m);
        return parts.join(QLatin1Char(' '));
    }
    // QJsonDocument holds only arrays and objects: wrap the value and strip the brackets.
    return QString::fromUtf8(QJsonDocument(QJsonArray { messages }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &contentType)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;

    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const bool isJson = perr.error == QJsonParseError::NoError && !doc.isNull();
    // Django's error pages; some proxies send them without a Content-Type.
    const QByteArray head = body.left(256).trimmed().toLower();
    const bool isHtml = contentType.contains(QLatin1String("html"), Qt::CaseInsensitive)
        || head.startsWith("<!doctype") || head.startsWith("<html");
    if (isJson && doc.isObject()) {
        const QJsonObject obj = doc.object();
        e.detail = flatten(obj.value(QLatin1String("detail")));
        e.validationErrors = obj.value(QLatin1String("validation_errors")).toObject();
        // DRF serializers without the LS envelope reply {"field": ["msg"]}.
        if (e.detail.isEmpty() && e.validationErrors.isEmpty() && status == 400)
            e.validationErrors = obj;
    } else if (isJson && doc.isArray()) {
        e.detail = flatten(doc.array());
    } else if (!isHtml) {
        e.detail = oneLine(QString::fromUtf8(body));
    }

    const QString detail = e.detail.isEmpty() ? QString() : oneLine(e.detail);
    switch (status) {
    case 400: {
        const QString v = e.validationText();
        e.message
            = tr("The server rejected the request: %1")
                  .arg(v.isEmpty() ? (detail.isEmpty() ? tr("bad request") : detail) : oneLine(v, 1000));
        break;
    }
    case 401:
        e.message = tr("The server refused the API key: %1")
                        .arg(detail.isEmpty() ? tr("not authenticated") : detail);
        if (detail.contains(QLatin1String("legacy"), Qt::CaseInsensitive))
            e.message += QLatin1Char(' ')
                + tr("Create a personal access token in Label Studio (Account & Settings → Personal Access "
                     "Token) and use it instead.");
        else
            e.message += QLatin1Char(' ') + tr("Check the API key, or create a new personal access token.");
        break;
    case 403:
        e.message = tr("The server does not allow this for your account: %1")
                        .arg(detail.isEmpty() ? tr("permission denied") : detail);
        break;
    case 404:
    case 405:
        // A route the server does not have answers with an HTML page (or nothing); a plain-text or JSON
        // 404 is the server speaking about an object ("Export is not completed").
        if (!isJson && (isHtml || e.detail.isEmpty())) {
            e.kind = Kind::NotAvailable;
            e.message
                = tr("This is not available on this server (it answered with a plain %1 page). It may be "
                     "a Label Studio Enterprise feature, or the server URL may point to the wrong place.")
                      .arg(status);
        } else if (status == 405) {
            e.message = tr("The server does not allow this request here (HTTP 405): %1")
                            .arg(detail.isEmpty() ? tr("method not allowed") : detail);
        } else {
            e.message
                = tr("Not found: %1").arg(detail.isEmpty() ? tr("the server has no such object") : detail);
        }
        break;
    case 408:
    case 504:
        e.message = tr("The server timed out (HTTP %1). Try again later.").arg(status);
        break;
    case 429:
        e.message = tr("The server is rate-limiting requests (HTTP 429). Try again later.");
        break;
    default:
        if (status >= 500)
            e.message
                = tr("The server failed (HTTP %1)%2. Try again later, or ask the server's administrator.")
                      .arg(status)
                      .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
        else
            e.message = tr("The server answered HTTP %1%2.")
                            .arg(status)
                            .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
    }
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &qtText, const QString &host)
{
    ApiError e;
    e.kind = Kind::Network;
    e.networkError = code;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message
            = tr("Could not connect to %1: connection refused. Is the server running and the URL right?")
                  .arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = tr("The server %1 was not found. Check the URL.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("%1 closed the connection before the reply was complete. Try again.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = tr("The secure connection to %1 failed: %2. If the server uses a private certificate "
                       "authority, add its CA bundle in the connection settings.")
                        .arg(host, oneLine(qtText));
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.message = tr("The proxy failed: %1. Check the proxy settings (HTTPS_PROXY, NO_PROXY).")
                        .arg(oneLine(qtText));
        break;
    default:
        e.message = tr("Network error talking to %1: %2").arg(host, oneLine(qtText));
    }
    return e;
}

ApiError ApiError::fromTls(
    const QStringList &sslErrors, const QList<QSslCertificate> &peerCertificates, const QString &host)
{
    ApiError e;
    e.kind = Kind::Network;
    e.networkError = QNetworkReply::SslHandshakeFailedError;
    e.sslErrors = sslErrors;
    e.peerCertificates = peerCertificates;
    e.message
        = tr("The certificate of %1 is not trusted (%2). Nothing was sent. If this server uses a "
             "self-signed or private certificate, compare its fingerprint with the one your administrator "
             "gives you and trust it for this server in the connection dialog, or add the certificate "
             "authority's CA bundle in the settings.")
              .arg(host, oneLine(sslErrors.join(QLatin1String("; "))));
    return e;
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Auth:
        return 3;
    case Kind::NotAvailable:
        return 4;
    case Kind::InvalidInput:
        return 2;
    case Kind::Cancelled:
        return 130;
    case Kind::Http:
        if (httpStatus == 401 || httpStatus == 403)
            return 3;
        if (httpStatus == 404)
            return 4;
        if (httpStatus == 400)
            return 1;
        return 5;
    default:
        return 5;
    }
}

} // namespace lsdesk
