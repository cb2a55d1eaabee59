#pragma once

// A fake TLS layer for the connection tests: a QNetworkAccessManager whose requests to one host go
// through a "handshake" that reports fixed QSslErrors (as a self-signed server does) and succeeds only if
// the client ignores exactly those errors; every other request goes to FakeNam as usual.

#include "fakenam.h"

#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <functional>

namespace lsdesk::test {

// Two unrelated self-signed certificates (valid until 2126), public parts only.
inline const char kCertA[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIDUTCCAjmgAwIBAgIUJY31bRKjNq3pqKB/p+bugkJoEAQwDQYJKoZIhvcNAQEL\n"
                             "BQAwNzEdMBsGA1UEAwwUc2VsZnNpZ25lZC1hLmV4YW1wbGUxFjAUBgNVBAoMDWxz\n"
                             "ZGVzayB0ZXN0IGEwIBcNMjYxMTI5MTIxNjQyWhgPMjEyNjExMDUxMjE2NDJaMDcx\n"
                             "HTAbBgNVBAMMFHNlbGZzaWduZWQtYS5leGFtcGxlMRYwFAYDVQQKDA1sc2Rlc2sg\n"
                             "dGVzdCBhMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvv2ZXubPQjV0\n"
                             "gVWEsts4mwf4QFp+yXYLN36iWyBCweS7UYfUgGabuCtuIVVqdn/byu8+1pfNIZtQ\n"
                             "vr7hiMhAw5Sr4z+XhYXo+ns89pi5lzhBaOcGpVA7NrVfCWJT3IZOaDqJ+7ggY4b6\n"
                             "pngj1o/GZbFpFbcWuo9mRCRd8CMlBOHy1SmGb7i2MN2+P2EeBYBa1yGpZyqmRIOE\n"
                             "NiLc0X28/plUbWlOMRX/YwME9c7B+wpcNUSkKsAVH5kx7jlvYbgv1EyWARy/rUmF\n"
                             "LEkhuHy2OnZR//5cD+1r4P+39gz+EOtPtZwkKQOHggyUcqFU/6csAjOQxbuv4qAG\n"
                             "ZuKU31ub2QIDAQABo1MwUTAdBgNVHQ4EFgQUxnSFpYK6jklkKUatPXMam6hGA7Mw\n"
                             "HwYDVR0jBBgwFoAUxnSFpYK6jklkKUatPXMam6hGA7MwDwYDVR0TAQH/BAUwAwEB\n"
                             "/zANBgkqhkiG9w0BAQsFAAOCAQEAhx30Z5Gc+TRjN/OIEGw/0kEcxtBHJucLJ3yK\n"
                             "Or634hO+oTr3CPw97m+0/CSK72LyMmOVFC690RotU8NoOn4Hyajl3aHAHPlwad+s\n"
                             "69x/Upf/eY3h1jRUW1e3qonpYHCiWHR2de2+cQrCMvVSIfGk4yW87Rge2/Ut5mGN\n"
                             "oZ00KEnLqXU6PRlDiMQ3IOpMdL31G0exDVKj0+aoZjG308Vz9+Ewu3IWJftcFg6I\n"
                             "TK4TEFyc08TBPZpOdTUKpSziliFkmbZt6d4OvkXLBkAli4mfD7tYNkjO8PZAF+N2\n"
                             "3VtG3UWF6WbPWgcBddy9KJFhMjgvwL+jcVSiemxTN+qLoqxAfw==\n"
                             "-----END CERTIFICATE-----\n";
inline const char kCertB[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIDUTCCAjmgAwIBAgIUQVRjM02In4BsN7o+Qmg4wNyR/MowDQYJKoZIhvcNAQEL\n"
                             "BQAwNzEdMBsGA1UEAwwUc2VsZnNpZ25lZC1iLmV4YW1wbGUxFjAUBgNVBAoMDWxz\n"
                             "ZGVzayB0ZXN0IGIwIBcNMjYxMTI5MTIxNjQzWhgPMjEyNjExMDUxMjE2NDNaMDcx\n"
                             "HTAbBgNVBAMMFHNlbGZzaWduZWQtYi5leGFtcGxlMRYwFAYDVQQKDA1sc2Rlc2sg\n"
                             "dGVzdCBiMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxyKEL6sfsO+D\n"
                             "3RAEBtksU2bhSbnP0usLnYOADDPbIcKnUpgx/5okZD5FVXPSW+afu0PrPnidB5cq\n"
                             "oc7sow//TZYIY2DMOPWQBtrl8UAzuZYlC4bkAhNvyIZxTyJgDW6ajzTJnp5StnLZ\n"
                             "dnFRRamEasEJ1yil1RYmhqqr9xctLWS3IfZCS6xfX5mJEFfmJU5BwLdwTQ2JU7Ao\n"
                             "2xWBtn3dYaaeJqVGgLiznVFz3cKnXV7F+Poa3zp5ju29mTPBmeEmKUCpknrV6lX8\n"
                             "TdWnkPOgV7eOOUwh6M6+YxdaeSJxinPclcWJm3E+HdOhIellP9gBf8brjaz9joSo\n"
                             "8H2DgBGnDwIDAQABo1MwUTAdBgNVHQ4EFgQUlUM/3wWTEd+EUre6rlWlcj526iUw\n"
                             "HwYDVR0jBBgwFoAUlUM/3wWTEd+EUre6rlWlcj526iUwDwYDVR0TAQH/BAUwAwEB\n"
                             "/zANBgkqhkiG9w0BAQsFAAOCAQEAr8WJsoa6aNKHt0vQSwRH97lzf5z5zr9sbfps\n"
                             "APod2dKU+hEqTh4wVSrSTR9YLGYCJDJP08heCGCbtHPKaK4sebRuSIVtVKWvQYjk\n"
                             "RK7A0hBoYjatEaYdIG5vyqbV+RnNoI+inxhtJSUZ3Y41lo6orb+5XlJuZJU/Jedl\n"
                             "mI2bQKsAVivoGXnL2G3fkdjXoHQxY0Sa4D4NRmVnoLzZE0aCOMu6aWUBKx+fAIwo\n"
                             "xKDWDw+8SnZaPytII8NMpP6OrhWrs4s4dOpIlqX/90MAWeXeo1vU/r/XYRLzul+h\n"
                             "fD4vd3FsEWiPOmmXE5AXalIYBW7U+SlrDUSpftdtTc3n3Z5Dfg==\n"
                             "-----END CERTIFICATE-----\n";

inline QSslCertificate certA()
{
    return QSslCertificate(QByteArray(kCertA), QSsl::Pem);
}
inline QSslCertificate certB()
{
    return QSslCertificate(QByteArray(kCertB), QSsl::Pem);
}
// The errors Qt reports for a self-signed certificate used by a host it was not issued for.
inline QList<QSslError> selfSignedErrors(const QSslCertificate &cert)
{
    return { QSslError(QSslError::SelfSignedCertificate, cert),
        QSslError(QSslError::HostNameMismatch, cert) };
}

// Plays the handshake: emits sslErrors(errors), then fails with SslHandshakeFailedError unless
// ignoreSslErrors() was called with every one of them; on success answers `status` + `body` (JSON).
class SslFakeReply : public QNetworkReply
{
public:
    SslFakeReply(const QNetworkRequest &request, QList<QSslError> errors, int status, QByteArray body,
        QList<QSslError> *ignoredLog, QObject *parent)
        : QNetworkReply(parent)
        , m_ignoredLog(ignoredLog)
        , m_errors(std::move(errors))
        , m_status(status)
        , m_body(std::move(body))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this] { handshake(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override
    {
        m_ignored += errors;
        *m_ignoredLog += errors;
    }
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::copy_n(m_body.constData() + m_pos, n, data);
        m_pos += n;
        return n;
    }

private:
    void handshake()
    {
        if (isFinished())
            return;
        Q_EMIT sslErrors(m_errors);
        if (isFinished())
            return;
        for (const QSslError &e : std::as_const(m_errors)) {
            if (!m_ignored.contains(e)) {
                setError(SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
                Q_EMIT errorOccurred(SslHandshakeFailedError);
                setFinished(true);
                Q_EMIT finished();
                return;
            }
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        setRawHeader("Content-Type", "application/json");
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    QList<QSslError> *m_ignoredLog;
    QList<QSslError> m_errors;
    QList<QSslError> m_ignored;
    int m_status;
    QByteArray m_body;
    qint64 m_pos = 0;
};

// FakeNam plus one TLS host: requests to `tlsHost` get an SslFakeReply with `errors`, answered by
// `answer(path)` (status, JSON body) once the handshake passes.
class TlsFakeNam : public FakeNam
{
public:
    using Answer = std::function<QPair<int, QByteArray>(const QString &path)>;

    TlsFakeNam(QString tlsHost, QList<QSslError> errors, Answer answer, QObject *parent = nullptr)
        : FakeNam(parent)
        , m_host(std::move(tlsHost))
        , m_errors(std::move(errors))
        , m_answer(std::move(answer))
    { }

    int tlsRequests() const { return m_tlsRequests; }
    // Every error the client asked to ignore, over all requests.
    QList<QSslError> ignoredErrors() const { return m_ignoredLog; }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (request.url().host() != m_host)
            return FakeNam::createRequest(op, request, outgoingData);
        ++m_tlsRequests;
        const auto [status, body] = m_answer(request.url().path());
        return new SslFakeReply(request, m_errors, status, body, &m_ignoredLog, this);
    }

private:
    QString m_host;
    QList<QSslError> m_errors;
    Answer m_answer;
    int m_tlsRequests = 0;
    QList<QSslError> m_ignoredLog;
};

} // namespace lsdesk::test
