#include "net/retrypolicy.h"

#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using lsdesk::RetryPolicy;

namespace {
RetryPolicy policy(int baseDelayMs = 100, int maxDelayMs = 30000, int maxRetries = 3)
{
    RetryPolicy p;
    p.baseDelayMs = baseDelayMs;
    p.maxDelayMs = maxDelayMs;
    p.maxRetries = maxRetries;
    p.jitter = 0;
    return p;
}

const QDateTime kNow(QDate(2015, 10, 21), QTime(7, 27, 30), QTimeZone::utc());
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idempotentVerbs_data();
    void idempotentVerbs();
    void statuses_data();
    void statuses();
    void networkErrors_data();
    void networkErrors();
    void retryAfter_data();
    void retryAfter();
    void retryAfterHttpDateIgnoresLocalTime();
    void retryAfterOverridesBackoff();
    void exponentialBackoff();
    void jitterStaysInRange();
    void maxRetriesRespected();
    void none();
};

void TestRetryPolicy::idempotentVerbs_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << true;
    QTest::newRow("PUT") << QByteArray("PUT") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << true;
    QTest::newRow("POST") << QByteArray("POST") << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << false;
}

void TestRetryPolicy::idempotentVerbs()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, idempotent);
    QCOMPARE(RetryPolicy::isIdempotent(verb), idempotent);
}

void TestRetryPolicy::statuses_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");

    for (const int s : { 408, 429, 502, 503, 504 }) {
        QTest::addRow("GET %d", s) << QByteArray("GET") << s << true;
        QTest::addRow("DELETE %d", s) << QByteArray("DELETE") << s << true;
        QTest::addRow("POST %d", s) << QByteArray("POST") << s << false;
        QTest::addRow("PATCH %d", s) << QByteArray("PATCH") << s << false;
    }
    for (const int s : { 400, 401, 403, 404, 409, 500, 501 }) {
        QTest::addRow("GET %d", s) << QByteArray("GET") << s << false;
        QTest::addRow("POST %d", s) << QByteArray("POST") << s << false;
    }
}

void TestRetryPolicy::statuses()
{
    QFETCH(QByteArray, verb);
    QFETCH(int, status);
    QFETCH(bool, retried);
    const auto delay = policy().delayFor(0, verb, status, QNetworkReply::NoError, {}, kNow);
    QCOMPARE(delay.has_value(), retried);
    if (retried)
        QCOMPARE(*delay, 100);
}

void TestRetryPolicy::networkErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("retried");

    const QList<QNetworkReply::NetworkError> unsent { QNetworkReply::ConnectionRefusedError,
        QNetworkReply::HostNotFoundError };
    const QList<QNetworkReply::NetworkError> maybeSent { QNetworkReply::RemoteHostClosedError,
        QNetworkReply::TimeoutError, QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::UnknownNetworkError };
    for (const auto e : unsent) {
        QTest::addRow("GET %d", int(e)) << QByteArray("GET") << e << true;
        QTest::addRow("POST %d", int(e)) << QByteArray("POST") << e << true;
        QTest::addRow("PATCH %d", int(e)) << QByteArray("PATCH") << e << true;
    }
    for (const auto e : maybeSent) {
        QTest::addRow("GET %d", int(e)) << QByteArray("GET") << e << true;
        QTest::addRow("PUT %d", int(e)) << QByteArray("PUT") << e << true;
        QTest::addRow("POST %d", int(e)) << QByteArray("POST") << e << false;
        QTest::addRow("PATCH %d", int(e)) << QByteArray("PATCH") << e << false;
    }
    // Errors that another attempt will not fix.
    for (const auto e : { QNetworkReply::SslHandshakeFailedError, QNetworkReply::OperationCanceledError,
             QNetworkReply::ProtocolUnknownError }) {
        QTest::addRow("GET %d", int(e)) << QByteArray("GET") << e << false;
        QTest::addRow("POST %d", int(e)) << QByteArray("POST") << e << false;
    }
}

void TestRetryPolicy::networkErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, retried);
    QCOMPARE(policy().delayFor(0, verb, 0, error, {}, kNow).has_value(), retried);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("maxDelayMs");
    QTest::addColumn<int>("expectedMs"); // -1: not usable

    QTest::newRow("seconds") << QByteArray("3") << 30000 << 3000;
    QTest::newRow("seconds, spaces") << QByteArray("  2 ") << 30000 << 2000;
    QTest::newRow("zero") << QByteArray("0") << 30000 << 0;
    QTest::newRow("seconds capped") << QByteArray("120") << 30000 << 30000;
    QTest::newRow("seconds capped low") << QByteArray("3") << 1000 << 1000;
    QTest::newRow("http date, 10 s ahead") << QByteArray("Wed, 21 Oct 2015 07:27:40 GMT") << 30000 << 10000;
    QTest::newRow("http date, far ahead, capped")
        << QByteArray("Wed, 21 Oct 2015 08:28:00 GMT") << 30000 << 30000;
    QTest::newRow("http date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << 30000 << 0;
    QTest::newRow("empty") << QByteArray() << 30000 << -1;
    QTest::newRow("garbage") << QByteArray("soon") << 30000 << -1;
    QTest::newRow("negative") << QByteArray("-5") << 30000 << -1;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, maxDelayMs);
    QFETCH(int, expectedMs);
    const RetryPolicy p = policy(100, maxDelayMs);
    const auto parsed = p.parseRetryAfter(header, kNow);
    if (expectedMs < 0) {
        QVERIFY(!parsed.has_value());
        // An unusable header falls back to the backoff.
        QCOMPARE(p.delayFor(0, "GET", 503, QNetworkReply::NoError, header, kNow), std::optional<int>(100));
        return;
    }
    QCOMPARE(parsed, std::optional<int>(expectedMs));
    QCOMPARE(p.delayFor(0, "GET", 429, QNetworkReply::NoError, header, kNow), std::optional<int>(expectedMs));
}

void TestRetryPolicy::retryAfterHttpDateIgnoresLocalTime()
{
    // An HTTP date is UTC: it must not go through the local time zone. 02:30 on 31 Mar 2024 does not exist
    // in Berlin (clocks jump from 02:00 to 03:00), but it is a fine UTC time.
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
    });
    const RetryPolicy p = policy(100, 30000);
    const QDateTime now(QDate(2024, 3, 31), QTime(2, 29, 50), QTimeZone::utc());
    QCOMPARE(p.parseRetryAfter("Sun, 31 Mar 2024 02:30:00 GMT", now), std::optional<int>(10000));
    const QDateTime autumn(QDate(2024, 10, 27), QTime(2, 29, 50), QTimeZone::utc());
    QCOMPARE(p.parseRetryAfter("Sun, 27 Oct 2024 02:30:00 GMT", autumn), std::optional<int>(10000));
}

void TestRetryPolicy::retryAfterOverridesBackoff()
{
    const RetryPolicy p = policy(100);
    // Retry-After wins over the exponential backoff at every step...
    QCOMPARE(p.delayFor(2, "GET", 503, QNetworkReply::NoError, "1", kNow), std::optional<int>(1000));
    // ...but never makes a non-retryable reply retryable.
    QVERIFY(!p.delayFor(0, "POST", 503, QNetworkReply::NoError, "1", kNow));
    QVERIFY(!p.delayFor(0, "GET", 500, QNetworkReply::NoError, "1", kNow));
    QVERIFY(!p.delayFor(3, "GET", 429, QNetworkReply::NoError, "1", kNow));
}

void TestRetryPolicy::exponentialBackoff()
{
    const RetryPolicy p = policy(100, 1000, 10);
    const QList<int> expected { 100, 200, 400, 800, 1000, 1000 };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(
            p.delayFor(i, "GET", 503, QNetworkReply::NoError, {}, kNow), std::optional<int>(expected.at(i)));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(p.delayFor(i, "POST", 0, QNetworkReply::ConnectionRefusedError, {}, kNow),
            std::optional<int>(expected.at(i)));
}

void TestRetryPolicy::jitterStaysInRange()
{
    RetryPolicy p = policy(1000, 30000, 5);
    p.jitter = 0.2;
    bool varied = false;
    int first = -1;
    for (int i = 0; i < 200; ++i) {
        const auto d = p.delayFor(1, "GET", 503, QNetworkReply::NoError, {}, kNow);
        QVERIFY(d.has_value());
        QVERIFY2(*d >= 1600 && *d <= 2400, qPrintable(QString::number(*d)));
        if (first < 0)
            first = *d;
        else if (*d != first)
            varied = true;
    }
    QVERIFY(varied);
}

void TestRetryPolicy::maxRetriesRespected()
{
    const RetryPolicy p = policy(10, 30000, 2);
    QVERIFY(p.delayFor(0, "GET", 503, QNetworkReply::NoError, {}, kNow));
    QVERIFY(p.delayFor(1, "GET", 503, QNetworkReply::NoError, {}, kNow));
    QVERIFY(!p.delayFor(2, "GET", 503, QNetworkReply::NoError, {}, kNow));
    QVERIFY(!p.delayFor(2, "GET", 0, QNetworkReply::ConnectionRefusedError, {}, kNow));
    QVERIFY(!p.delayFor(5, "GET", 0, QNetworkReply::ConnectionRefusedError, {}, kNow));
}

void TestRetryPolicy::none()
{
    const RetryPolicy p = RetryPolicy::none();
    QCOMPARE(p.maxRetries, 0);
    QVERIFY(!p.delayFor(0, "GET", 503, QNetworkReply::NoError, "1", kNow));
    QVERIFY(!p.delayFor(0, "GET", 0, QNetworkReply::ConnectionRefusedError, {}, kNow));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
