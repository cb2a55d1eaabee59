// Deliberate certificate trust: which TLS errors a trusted certificate excuses (and which it never does),
// that a refused handshake hands the certificate to the caller, the per-profile store, and a real HTTPS
// handshake against an in-process server with a freshly generated self-signed certificate.
#include "api/client.h"
#include "api/session.h"
#include "auth/profiletrust.h"
#include "net/tlstrust.h"
#include "testutil.h"
#include "tlsfake.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QProcess>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
template <class T> std::optional<Result<T>> wait(std::function<void(Callback<T>)> start, int ms = 10000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

QPair<int, QByteArray> versionAnswer(const QString &path)
{
    if (path.endsWith(QLatin1String("/api/version/")))
        return { 200, R"({"release": "1.23.2", "edition": "Community"})" };
    return { 404, R"({"detail": "no such route in this test"})" };
}

const QString kHost = QStringLiteral("selfsigned.example");
} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT

    std::optional<Result<ServerVersion>> versionThroughFake(
        TlsFakeNam &nam, const QList<QSslCertificate> &trusted)
    {
        ClientOptions options = fastOptions(3000, 3, 10);
        options.trustedCertificates = trusted;
        Client client(ServerUrl::parse(QStringLiteral("https://") + kHost), ApiKey::classify(legacyKey()),
            &nam, options);
        return wait<ServerVersion>(
            [&](Callback<ServerVersion> cb) { SessionApi(&client).version(this, std::move(cb)); });
    }

private Q_SLOTS:
    void fingerprintIsSha256OfDer()
    {
        const QSslCertificate a = certA();
        QVERIFY(!a.isNull());
        const QString fp = TlsTrust::fingerprint(a);
        QCOMPARE(fp.size(), 32 * 3 - 1);
        QCOMPARE(fp,
            QString::fromLatin1(
                QCryptographicHash::hash(a.toDer(), QCryptographicHash::Sha256).toHex(':').toUpper()));
        QVERIFY(TlsTrust::fingerprint(certB()) != fp);
        const QString text = TlsTrust::describe(a);
        QVERIFY2(text.contains(QLatin1String("selfsigned-a.example")), qPrintable(text));
        QVERIFY(text.contains(fp));
        QVERIFY(text.contains(QLatin1String("2126")));
    }

    void decisions_data()
    {
        QTest::addColumn<QList<QSslError>>("errors");
        QTest::addColumn<QList<QSslCertificate>>("trusted");
        QTest::addColumn<bool>("excused");
        const QSslCertificate a = certA();
        const QSslCertificate b = certB();
        // The same certificate parsed again (a different object) is still the trusted one.
        const QSslCertificate aAgain(a.toDer(), QSsl::Der);
        QTest::newRow("trusted self-signed") << selfSignedErrors(a) << QList { b, aAgain } << true;
        QTest::newRow("nothing trusted") << selfSignedErrors(a) << QList<QSslCertificate>() << false;
        QTest::newRow("another certificate trusted") << selfSignedErrors(a) << QList { b } << false;
        QTest::newRow("one error names an untrusted certificate")
            << QList { QSslError(QSslError::SelfSignedCertificate, a),
                   QSslError(QSslError::UnableToGetLocalIssuerCertificate, b) }
            << QList { a } << false;
        QTest::newRow("revoked stays refused")
            << QList { QSslError(QSslError::CertificateRevoked, a) } << QList { a } << false;
        QTest::newRow("no certificate")
            << QList { QSslError(QSslError::NoPeerCertificate) } << QList { a } << false;
        QTest::newRow("expired but trusted")
            << QList { QSslError(QSslError::CertificateExpired, a) } << QList { a } << true;
    }

    void decisions()
    {
        QFETCH(QList<QSslError>, errors);
        QFETCH(QList<QSslCertificate>, trusted);
        QFETCH(bool, excused);
        const QList<QSslError> out = TlsTrust::excusableErrors(errors, trusted);
        QCOMPARE(out.isEmpty(), !excused);
        if (excused)
            QCOMPARE(out, errors); // exactly the reported errors, never a blanket ignore
    }

    void untrustedHandshakeCarriesTheCertificate()
    {
        TlsFakeNam nam(kHost, selfSignedErrors(certA()), versionAnswer);
        const auto r = versionThroughFake(nam, {});
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Network);
        QCOMPARE(r->error.networkError, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(r->error.isUntrustedCertificate());
        QCOMPARE(r->error.peerCertificates.size(), 1);
        QCOMPARE(r->error.peerCertificates.first(), certA());
        QCOMPARE(r->error.sslErrors.size(), 2);
        QVERIFY2(r->error.message.contains(QLatin1String("not trusted")), qPrintable(r->error.message));
        QVERIFY(r->error.message.contains(kHost));
        QVERIFY(nam.ignoredErrors().isEmpty());
        QCOMPARE(nam.tlsRequests(), 1); // a refused certificate is not retried
    }

    void trustedCertificateIgnoresExactlyItsErrors()
    {
        TlsFakeNam nam(kHost, selfSignedErrors(certA()), versionAnswer);
        const auto r = versionThroughFake(nam, { certA() });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE((*r)->release, QStringLiteral("1.23.2"));
        QCOMPARE(nam.tlsRequests(), 1);
        QCOMPARE(nam.ignoredErrors(), selfSignedErrors(certA()));
    }

    void otherTrustedCertificateStillRefused()
    {
        TlsFakeNam nam(kHost, selfSignedErrors(certA()), versionAnswer);
        const auto r = versionThroughFake(nam, { certB() });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QVERIFY(r->error.isUntrustedCertificate());
        QCOMPARE(r->error.peerCertificates.first(), certA());
    }

    void profileTrustRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat);
        ProfileTrust trust(&settings);
        const QString name = QStringLiteral("Work / staging");
        QVERIFY(trust.certificates(name).isEmpty());
        trust.add(name, certA());
        trust.add(name, certA()); // once only
        trust.add(name, certB());
        QCOMPARE(trust.certificates(name), (QList { certA(), certB() }));
        QVERIFY(trust.certificates(QStringLiteral("Work")).isEmpty());
        // It survives a restart (a new QSettings on the same file) and stays out of CredentialStore's array.
        {
            QSettings again(dir.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat);
            QCOMPARE(ProfileTrust(&again).certificates(name).size(), 2);
            QVERIFY(!again.childGroups().contains(QStringLiteral("profiles")));
        }
        trust.remove(name);
        QVERIFY(trust.certificates(name).isEmpty());
    }

    // A real handshake: an in-process HTTPS server with a certificate made by openssl for this run.
    void realHandshake()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend on this system (QSslSocket::supportsSsl() is false)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: cannot generate a certificate for the HTTPS server");
        QTemporaryDir dir;
        QProcess gen;
        gen.setWorkingDirectory(dir.path());
        gen.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"),
                QStringLiteral("c.pem") });
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        QFile certFile(dir.filePath(QStringLiteral("c.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("k.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());

        QSslServer server;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(conf);
        int served = 0;
        const auto accept = [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QIODevice::readyRead, s, [s, &served] {
                    QByteArray buf = s->property("buf").toByteArray() + s->readAll();
                    s->setProperty("buf", buf);
                    if (!buf.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"({"release": "1.23.2", "edition": "Community"})";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                    ++served;
                });
            }
        };
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, accept);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());

        const auto version = [&](const QList<QSslCertificate> &trusted) {
            QNetworkAccessManager nam; // fresh: no connection or TLS session carried over between attempts
            nam.setProxy(QNetworkProxy::NoProxy);
            ClientOptions options = fastOptions(10000, 0, 10);
            options.trustedCertificates = trusted;
            Client client(ServerUrl::parse(url), ApiKey::classify(legacyKey()), &nam, options);
            return wait<ServerVersion>(
                [&](Callback<ServerVersion> cb) { SessionApi(&client).version(this, std::move(cb)); }, 30000);
        };

        const auto refused = version({});
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error.isUntrustedCertificate(), qPrintable(refused->error.message));
        QVERIFY(!refused->error.peerCertificates.isEmpty());
        QCOMPARE(refused->error.peerCertificates.first(), cert);
        QCOMPARE(served, 0);

        const auto trusted = version({ refused->error.peerCertificates.first() });
        QVERIFY(trusted);
        QVERIFY2(trusted->ok(), qPrintable(trusted->error.message));
        QCOMPARE((*trusted)->release, QStringLiteral("1.23.2"));
        QCOMPARE(served, 1);

        const auto other = version({ certA() });
        QVERIFY(other);
        QVERIFY(!other->ok());
        QVERIFY(other->error.isUntrustedCertificate());
        QCOMPARE(served, 1);
    }
};

QTEST_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
