// ApiJob end to end through lsdesk::Client with the fake network: status mapping, retries, timeouts,
// token exchange and refresh, redirects, cancellation and key hygiene.
#include "api/client.h"
#include "api/projectsapi.h"
#include "fakenam.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
const QString kBase = QStringLiteral("https://ls.example.com");
const QString kRefresh = QStringLiteral("/api/token/refresh/");
const QString kProjects = QStringLiteral("/api/projects/");
const QString kProject1 = QStringLiteral("/api/projects/1/");
const QByteArray kProjectJson = R"({"id": 1, "title": "Cars", "task_number": 3})";

// Everything a test wants to know about a job, captured while the job still exists (it deletes itself).
struct Outcome
{
    int finished = 0;
    ApiError error;
    int status = 0;
    QByteArray body;
    int attempts = 0;
    QUrl finalUrl;
    QList<QPair<int, int>> retries; // (retry number, delay ms)
};

std::shared_ptr<Outcome> watch(ApiJob *job)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(job, &ApiJob::finished, job, [o, job] {
        ++o->finished;
        o->error = job->error();
        o->status = job->httpStatus();
        o->body = job->body();
        o->attempts = job->attempts();
        o->finalUrl = job->finalUrl();
    });
    QObject::connect(job, &ApiJob::retryScheduled, job, [o](int retry, int delay) {
        o->retries.append({ retry, delay });
    });
    return o;
}

bool waitFinished(const std::shared_ptr<Outcome> &o, int ms = 5000)
{
    return QTest::qWaitFor([&] { return o->finished > 0; }, ms);
}

// Lets timers and queued calls run well past the end of a job, to catch a second finished().
void settle(int ms = 100)
{
    QTest::qWait(ms);
}

RequestSpec spec(const QByteArray &verb, const QString &path, const QByteArray &body = {})
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    s.body = body;
    return s;
}

QByteArray bearer(const QByteArray &access)
{
    return QByteArrayLiteral("Bearer ") + access;
}

FakeNam::Predicate authIs(const QByteArray &value)
{
    return [value](const RecordedRequest &r) { return r.header("Authorization") == value; };
}

// A client on a fake network.
struct Fixture
{
    FakeNam nam;
    Client client;
    explicit Fixture(
        const QString &key, const ClientOptions &options = fastOptions(), const QString &base = kBase)
        : client(ServerUrl::parse(base), ApiKey::classify(key), &nam, options)
    { }
    std::shared_ptr<Outcome> send(const RequestSpec &s) { return watch(client.send(s)); }
    std::shared_ptr<Outcome> get(const QString &path) { return send(spec("GET", path)); }
};

QString str(const ApiError &e)
{
    return QStringLiteral("kind %1 status %2: %3").arg(int(e.kind)).arg(e.httpStatus).arg(e.message);
}
} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successGet();
    void successVerbs_data();
    void successVerbs();
    void statusMapping_data();
    void statusMapping();
    void retryAfterHonoured();
    void retry503TwiceThenOk();
    void retryResetMidBodyThenOk();
    void retriesExhausted();
    void postNotReplayedOn503();
    void postNotReplayedOnResetMidBody();
    void postReplayedOnConnectionRefused_data();
    void postReplayedOnConnectionRefused();
    void replayableSpecRetriedLikePut();
    void timeoutGetRetried();
    void timeoutThenSuccess();
    void timeoutPostNotRetried();
    void timeoutIsInactivity();
    void malformedJsonIsParseError_data();
    void malformedJsonIsParseError();
    void typedApiSuccess();
    void patExchangedForAccessToken();
    void accessTokenNearExpiryRefreshedBeforeUse();
    void replayOnceAfter401_data();
    void replayOnceAfter401();
    void second401EndsWithError();
    void concurrentRequestsShareOneRefresh();
    void concurrent401sShareOneRefresh();
    void refreshFailure401IsAuthError();
    void refreshRetriedOn503();
    void refreshWithoutAccessIsParseError();
    void refreshFailureThenImmediateNewRequest();
    void unusableKeySendsNothing();
    void legacyKeyUsesTokenScheme();
    void standardHeadersOnEveryRequest();
    void redirectToOtherHostDropsAuthorization_data();
    void redirectToOtherHostDropsAuthorization();
    void redirectSameOriginKeepsAuthorization();
    void redirectHttpsToHttpRefused();
    void tooManyRedirects();
    void redirectVerbRules_data();
    void redirectVerbRules();
    void redirectWithoutLocation();
    void cancelBeforeTokenExchangeFinished();
    void cancelInFlight();
    void cancelWhileRetryWaiting();
    void cancelAfterFinishIsNoop();
    void cancelTwiceAndDestroyWhileRunning();
    void pathPrefix();
    void keyNeverLeaks_data();
    void keyNeverLeaks();
    void caBundleErrorFinishesAsync();
};

void TestApiJob::successGet()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QCOMPARE(o->finished, 0); // never synchronously
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->status, 200);
    QCOMPARE(o->body, kProjectJson);
    QCOMPARE(o->attempts, 1);
    QCOMPARE(f.nam.requests().size(), 1);
    const RecordedRequest &r = f.nam.requests().first();
    QCOMPARE(r.verb, QByteArray("GET"));
    QCOMPARE(r.url, QUrl(QStringLiteral("https://ls.example.com/api/projects/1/")));
    QCOMPARE(r.header("Authorization"), QByteArray("Token ") + legacyKey().toLatin1());
    QVERIFY(r.header("User-Agent").startsWith("lsdesk/"));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QVERIFY(!r.hasHeader("Content-Type"));
    QCOMPARE(f.client.tokens()->refreshCount(), 0);
    settle();
    QCOMPARE(o->finished, 1);
}

void TestApiJob::successVerbs_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"title":"x"})") << 201;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"title":"y"})") << 200;
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(R"({"title":"z"})") << 200;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << 204;
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << 200;
    QTest::newRow("lower-case verb") << QByteArray("post") << QByteArray(R"({})") << 201;
}

void TestApiJob::successVerbs()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    Fixture f(legacyKey());
    f.nam.always(verb.toUpper(), kProject1,
        status == 204 ? ReplyScript::noContent() : ReplyScript::json(status, "{}"));
    auto o = f.send(spec(verb, QStringLiteral("api/projects/1/"), body));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->status, status);
    QCOMPARE(f.nam.requests().size(), 1);
    const RecordedRequest &r = f.nam.requests().first();
    QCOMPARE(r.verb, verb.toUpper());
    QCOMPARE(r.body, body);
    if (!body.isEmpty())
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void TestApiJob::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ReplyScript>("reply");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");

    const QByteArray validation
        = R"({"id":"x","status_code":400,"detail":"Validation error","validation_errors":{"label_config":["Tag X not found"]}})";
    QTest::newRow("400 validation") << 400 << ReplyScript::json(400, validation) << ApiError::Kind::Http << 1
                                    << QStringLiteral("label_config: Tag X not found");
    QTest::newRow("401")
        << 401
        << ReplyScript::json(401,
               R"({"detail":"Authentication token no longer valid: legacy token authentication has been disabled for this organization"})")
        << ApiError::Kind::Http << 3 << QStringLiteral("personal access token");
    QTest::newRow("403") << 403
                         << ReplyScript::json(
                                403, R"({"detail":"You do not have permission to perform this action."})")
                         << ApiError::Kind::Http << 3 << QStringLiteral("do not have permission");
    QTest::newRow("404 JSON") << 404 << ReplyScript::json(404, R"({"detail":"Not found."})")
                              << ApiError::Kind::Http << 4 << QStringLiteral("Not found.");
    QTest::newRow("404 Django HTML") << 404 << ReplyScript::html(404, "<html><h1>Not Found</h1></html>")
                                     << ApiError::Kind::NotAvailable << 4 << QStringLiteral("not available");
    QTest::newRow("405 HTML") << 405 << ReplyScript::html(405, "<html>Method Not Allowed</html>")
                              << ApiError::Kind::NotAvailable << 4 << QStringLiteral("not available");
    QTest::newRow("409") << 409 << ReplyScript::json(409, R"({"detail":"conflict"})") << ApiError::Kind::Http
                         << 5 << QStringLiteral("conflict");
    QTest::newRow("429") << 429 << ReplyScript::json(429, R"({"detail":"throttled"})") << ApiError::Kind::Http
                         << 5 << QStringLiteral("429");
    QTest::newRow("500") << 500 << ReplyScript::json(500, R"({"detail":"database is locked"})")
                         << ApiError::Kind::Http << 5 << QStringLiteral("database is locked");
    QTest::newRow("502") << 502 << ReplyScript::html(502, "<html>Bad Gateway</html>") << ApiError::Kind::Http
                         << 5 << QStringLiteral("HTTP 502");
    QTest::newRow("503") << 503 << ReplyScript::text(503, "Service Unavailable") << ApiError::Kind::Http << 5
                         << QStringLiteral("HTTP 503");
    QTest::newRow("504") << 504 << ReplyScript::html(504, "<html>Gateway Time-out</html>")
                         << ApiError::Kind::Http << 5 << QStringLiteral("504");
    QTest::newRow("connection refused") << 0 << ReplyScript::connectionError() << ApiError::Kind::Network << 5
                                        << QStringLiteral("connection refused");
    QTest::newRow("host not found") << 0 << ReplyScript::connectionError(QNetworkReply::HostNotFoundError)
                                    << ApiError::Kind::Network << 5 << QStringLiteral("ls.example.com");
    QTest::newRow("reset mid-body") << 200 << ReplyScript::resetMidBody(200, R"({"id": 1, )")
                                    << ApiError::Kind::Network << 5
                                    << QStringLiteral("closed the connection");
}

void TestApiJob::statusMapping()
{
    QFETCH(int, status);
    QFETCH(ReplyScript, reply);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);

    Fixture f(legacyKey(), fastOptions(3000, /*maxRetries*/ 0));
    f.nam.always("GET", kProject1, reply);
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, kind);
    QCOMPARE(o->error.exitCode(), exitCode);
    if (kind == ApiError::Kind::Http || kind == ApiError::Kind::NotAvailable)
        QCOMPARE(o->error.httpStatus, status);
    QVERIFY2(o->error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(o->error.message));
    QCOMPARE(f.nam.requests().size(), 1);
    settle(50);
    QCOMPARE(o->finished, 1);
}

void TestApiJob::retryAfterHonoured()
{
    ClientOptions options = fastOptions();
    options.retry.maxDelayMs = 5000;
    Fixture f(legacyKey(), options);
    f.nam.once(
        "GET", kProject1, ReplyScript::json(429, R"({"detail":"slow down"})").withHeader("Retry-After", "1"));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o, 10000));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.requests().size(), 2);
    QCOMPARE(o->attempts, 2);
    QCOMPARE(o->retries, (QList<QPair<int, int>> { { 1, 1000 } }));
    // Not the 10 ms backoff: the second request waited for the server's Retry-After (coarse timers may
    // fire up to 5% early).
    const qint64 gap = f.nam.requests().at(1).atMs - f.nam.requests().at(0).atMs;
    QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
}

void TestApiJob::retry503TwiceThenOk()
{
    Fixture f(legacyKey());
    f.nam.once("GET", kProject1, ReplyScript::text(503, "busy"));
    f.nam.once("GET", kProject1, ReplyScript::text(503, "busy"));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->body, kProjectJson); // the error bodies are gone
    QCOMPARE(f.nam.count("GET", kProject1), 3);
    QCOMPARE(o->attempts, 3);
    // Exponential backoff, no jitter: 10 ms then 20 ms.
    QCOMPARE(o->retries, (QList<QPair<int, int>> { { 1, 10 }, { 2, 20 } }));
    // Every attempt is authorised.
    for (const auto &r : f.nam.requests())
        QCOMPARE(r.header("Authorization"), QByteArray("Token ") + legacyKey().toLatin1());
}

void TestApiJob::retryResetMidBodyThenOk()
{
    Fixture f(legacyKey());
    f.nam.once("GET", kProject1, ReplyScript::resetMidBody(200, R"({"id": 1, "tit)"));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->body, kProjectJson); // not the broken prefix + the full body
    QCOMPARE(f.nam.requests().size(), 2);
}

void TestApiJob::retriesExhausted()
{
    Fixture f(legacyKey(), fastOptions(3000, 3));
    f.nam.always("GET", kProject1, ReplyScript::json(503, R"({"detail":"maintenance"})"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Http);
    QCOMPARE(o->error.httpStatus, 503);
    QVERIFY(o->error.message.contains(QLatin1String("maintenance")));
    QCOMPARE(f.nam.requests().size(), 4);
    QCOMPARE(o->retries.size(), 3);
    settle();
    QCOMPARE(o->finished, 1);
    QCOMPARE(f.nam.requests().size(), 4);
}

void TestApiJob::postNotReplayedOn503()
{
    Fixture f(legacyKey());
    f.nam.once("POST", kProjects, ReplyScript::json(503, R"({"detail":"busy"})"));
    f.nam.always("POST", kProjects, ReplyScript::json(201, kProjectJson));
    auto o = f.send(spec("POST", QStringLiteral("api/projects/"), R"({"title":"Cars"})"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.httpStatus, 503);
    settle();
    QCOMPARE(f.nam.count("POST", kProjects), 1);
    QVERIFY(o->retries.isEmpty());
}

void TestApiJob::postNotReplayedOnResetMidBody()
{
    Fixture f(legacyKey());
    f.nam.once("POST", kProjects, ReplyScript::resetMidBody(201, R"({"id": 1, )"));
    f.nam.always("POST", kProjects, ReplyScript::json(201, kProjectJson));
    auto o = f.send(spec("POST", QStringLiteral("api/projects/"), R"({"title":"Cars"})"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Network);
    QCOMPARE(o->error.networkError, QNetworkReply::RemoteHostClosedError);
    settle();
    QCOMPARE(f.nam.count("POST", kProjects), 1);
}

void TestApiJob::postReplayedOnConnectionRefused_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("POST refused") << QByteArray("POST") << QNetworkReply::ConnectionRefusedError;
    QTest::newRow("POST host not found") << QByteArray("POST") << QNetworkReply::HostNotFoundError;
    QTest::newRow("PATCH refused") << QByteArray("PATCH") << QNetworkReply::ConnectionRefusedError;
}

void TestApiJob::postReplayedOnConnectionRefused()
{
    QFETCH(QByteArray, verb);
    QFETCH(QNetworkReply::NetworkError, error);
    Fixture f(legacyKey());
    f.nam.once(verb, kProjects, ReplyScript::connectionError(error));
    f.nam.always(verb, kProjects, ReplyScript::json(201, kProjectJson));
    const QByteArray body = R"({"title":"Cars"})";
    auto o = f.send(spec(verb, QStringLiteral("api/projects/"), body));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.count(verb, kProjects), 2);
    QCOMPARE(f.nam.requests().at(1).body, body);
    QCOMPARE(f.nam.requests().at(1).header("Content-Type"), QByteArray("application/json"));
}

void TestApiJob::replayableSpecRetriedLikePut()
{
    Fixture f(legacyKey());
    f.nam.once("POST", QStringLiteral("/api/projects/validate/"), ReplyScript::text(502, "bad gateway"));
    f.nam.always("POST", QStringLiteral("/api/projects/validate/"), ReplyScript::noContent());
    RequestSpec s = spec("POST", QStringLiteral("api/projects/validate/"), R"({"label_config":"<View/>"})");
    s.replayable = true;
    auto o = f.send(s);
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.requests().size(), 2);
}

void TestApiJob::timeoutGetRetried()
{
    Fixture f(legacyKey(), fastOptions(/*timeoutMs*/ 200, /*maxRetries*/ 2));
    f.nam.always("GET", kProject1, ReplyScript::hang());
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o, 10000));
    QCOMPARE(o->error.kind, ApiError::Kind::Timeout);
    QVERIFY2(o->error.message.contains(QLatin1String("ls.example.com")), qPrintable(o->error.message));
    QCOMPARE(f.nam.requests().size(), 3);
    // Each hanging request was aborted, none is left open.
    QCOMPARE(f.nam.aborted(), 3);
    QCOMPARE(f.nam.outstanding(), 0);
    settle();
    QCOMPARE(o->finished, 1);
}

void TestApiJob::timeoutThenSuccess()
{
    // Qt closes an aborted reply: reading it then prints "QIODevice::read (...): device not open" on every
    // timeout - noise on a CLI's stderr.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    Fixture f(legacyKey(), fastOptions(200, 2));
    f.nam.once("GET", kProject1, ReplyScript::hang());
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o, 10000));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->body, kProjectJson);
    QCOMPARE(f.nam.requests().size(), 2);
}

void TestApiJob::timeoutPostNotRetried()
{
    Fixture f(legacyKey(), fastOptions(200, 3));
    f.nam.always("POST", kProjects, ReplyScript::hang());
    auto o = f.send(spec("POST", QStringLiteral("api/projects/"), "{}"));
    QVERIFY(waitFinished(o, 10000));
    QCOMPARE(o->error.kind, ApiError::Kind::Timeout);
    settle(300);
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestApiJob::timeoutIsInactivity()
{
    // The timeout is for silence, not for the whole transfer: a body that arrives in 6 chunks 100 ms apart
    // (about 600 ms in all) does not time out at 300 ms...
    Fixture f(legacyKey(), fastOptions(/*timeoutMs*/ 300, /*maxRetries*/ 0));
    const QByteArray big(600, 'x');
    f.nam.always("GET", kProjects, ReplyScript::json(200, big).withChunks(100, 100));
    auto a = f.get(QStringLiteral("api/projects/"));
    QVERIFY(waitFinished(a));
    QVERIFY2(a->error.ok(), qPrintable(str(a->error)));
    QCOMPARE(a->body, big);
    QCOMPARE(f.nam.requests().size(), 1);

    // ...but a body that stops for longer than that does.
    f.nam.always("GET", kProject1, ReplyScript::json(200, big).withChunks(300, 600));
    auto b = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(b));
    QCOMPARE(b->error.kind, ApiError::Kind::Timeout);

    // A per-request timeout overrides the client's.
    f.nam.always("GET", QStringLiteral("/api/projects/2/"), ReplyScript::json(200, "{}").withDelay(250));
    RequestSpec s = spec("GET", QStringLiteral("api/projects/2/"));
    s.timeoutMs = 100;
    auto c = f.send(s);
    QVERIFY(waitFinished(c));
    QCOMPARE(c->error.kind, ApiError::Kind::Timeout);
    s.timeoutMs = 1000;
    auto d = f.send(s);
    QVERIFY(waitFinished(d));
    QVERIFY2(d->error.ok(), qPrintable(str(d->error)));
}

void TestApiJob::malformedJsonIsParseError_data()
{
    QTest::addColumn<ReplyScript>("reply");
    QTest::newRow("malformed") << ReplyScript::json(200, R"({"id": 1, "title": })");
    QTest::newRow("truncated") << ReplyScript::truncated(200, kProjectJson, 12);
    QTest::newRow("html on 200") << ReplyScript::html(200, "<html><body>Login</body></html>");
    QTest::newRow("array instead of object") << ReplyScript::json(200, "[1, 2]");
    QTest::newRow("empty body") << ReplyScript::json(200, "");
}

void TestApiJob::malformedJsonIsParseError()
{
    QFETCH(ReplyScript, reply);
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, reply);
    ProjectsApi api(&f.client);
    int calls = 0;
    Result<Project> result;
    api.get(1, this, [&](const Result<Project> &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Parse);
    QVERIFY2(
        result.error.message.contains(QLatin1String("api/projects/1/")), qPrintable(result.error.message));
    QCOMPARE(f.nam.requests().size(), 1); // a parse error is not retried
    settle(50);
    QCOMPARE(calls, 1);
}

void TestApiJob::typedApiSuccess()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    ProjectsApi api(&f.client);
    int calls = 0;
    Result<Project> result;
    api.get(1, this, [&](const Result<Project> &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY2(result.ok(), qPrintable(str(result.error)));
    QCOMPARE(result->id, 1);
    QCOMPARE(result->title, QStringLiteral("Cars"));
    QCOMPARE(result->taskNumber, 3);
}

void TestApiJob::patExchangedForAccessToken()
{
    const QString pat = makePat();
    const QByteArray access = makeAccessToken(300);
    Fixture f(pat);
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(access)));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson), authIs(bearer(access)));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.requests().size(), 2);

    const RecordedRequest &refresh = f.nam.requests().at(0);
    QCOMPARE(refresh.verb, QByteArray("POST"));
    QCOMPARE(refresh.url, QUrl(QStringLiteral("https://ls.example.com/api/token/refresh/")));
    QCOMPARE(refresh.json().object(), (QJsonObject { { QStringLiteral("refresh"), pat } }));
    QCOMPARE(refresh.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!refresh.hasHeader("Authorization"));

    const RecordedRequest &get = f.nam.requests().at(1);
    QCOMPARE(get.header("Authorization"), bearer(access));
    QCOMPARE(f.client.tokens()->refreshCount(), 1);

    // The access token is cached: the next request needs no exchange.
    auto o2 = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o2));
    QVERIFY(o2->error.ok());
    QCOMPARE(f.client.tokens()->refreshCount(), 1);
    QCOMPARE(f.nam.count("POST", kRefresh), 1);
    QCOMPARE(f.nam.requests().last().header("Authorization"), bearer(access));
}

void TestApiJob::accessTokenNearExpiryRefreshedBeforeUse()
{
    const QByteArray shortLived = makeAccessToken(10); // within the 30 s margin
    const QByteArray fresh = makeAccessToken(3600);
    Fixture f(makePat());
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(shortLived)));
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(fresh)));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));

    auto first = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(first));
    QVERIFY(first->error.ok());
    QCOMPARE(f.nam.requests().last().header("Authorization"), bearer(shortLived));

    auto second = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(second));
    QVERIFY2(second->error.ok(), qPrintable(str(second->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 2);
    QCOMPARE(f.nam.count("POST", kRefresh), 2);
    QCOMPARE(f.nam.requests().last().header("Authorization"), bearer(fresh));

    // And a token far from expiry is reused.
    auto third = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(third));
    QCOMPARE(f.client.tokens()->refreshCount(), 2);
}

void TestApiJob::replayOnceAfter401_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray();
    QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"title":"Cars"})");
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"title":"Bikes"})");
}

void TestApiJob::replayOnceAfter401()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    const QByteArray a1 = makeAccessToken(300);
    const QByteArray a2 = makeAccessToken(300);
    Fixture f(makePat());
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(a1)));
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(a2)));
    // The server revoked a1 (or its clock is ahead): 401 for it, success for a2.
    f.nam.always(verb, kProject1,
        ReplyScript::json(
            401, R"({"detail":"Given token not valid for any token type","code":"token_not_valid"})"),
        authIs(bearer(a1)));
    f.nam.always(verb, kProject1, ReplyScript::json(200, kProjectJson), authIs(bearer(a2)));

    auto o = f.send(spec(verb, QStringLiteral("api/projects/1/"), body));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 2);
    QCOMPARE(f.nam.requests().size(), 4);
    QCOMPARE(f.nam.requests().at(0).path(), kRefresh);
    QCOMPARE(f.nam.requests().at(1).header("Authorization"), bearer(a1));
    QCOMPARE(f.nam.requests().at(2).path(), kRefresh);
    QCOMPARE(f.nam.requests().at(3).header("Authorization"), bearer(a2));
    QCOMPARE(f.nam.requests().at(3).verb, verb);
    QCOMPARE(f.nam.requests().at(3).body, body);
    settle();
    QCOMPARE(o->finished, 1);
    QCOMPARE(f.nam.requests().size(), 4);
}

void TestApiJob::second401EndsWithError()
{
    Fixture f(makePat());
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))));
    f.nam.always("GET", kProject1, ReplyScript::json(401, R"({"detail":"User inactive or deleted."})"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.httpStatus, 401);
    QCOMPARE(o->error.exitCode(), 3);
    QVERIFY(o->error.message.contains(QLatin1String("User inactive or deleted.")));
    settle();
    QCOMPARE(f.nam.count("GET", kProject1), 2);
    QCOMPARE(f.nam.count("POST", kRefresh), 2);
    QCOMPARE(o->finished, 1);
}

void TestApiJob::concurrentRequestsShareOneRefresh()
{
    const QByteArray access = makeAccessToken(300);
    Fixture f(makePat());
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(access)).withDelay(30));
    f.nam.always("GET", {}, ReplyScript::json(200, "{}"));
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 20; ++i)
        outcomes << f.get(QStringLiteral("api/projects/%1/").arg(i + 1));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(
                outcomes.begin(), outcomes.end(), [](const auto &o) { return o->finished > 0; });
        },
        5000));
    for (const auto &o : std::as_const(outcomes))
        QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 1);
    QCOMPARE(f.nam.count("POST", kRefresh), 1);
    QCOMPARE(f.nam.count("GET", {}), 20);
    for (const auto &r : f.nam.requests("GET", {}))
        QCOMPARE(r.header("Authorization"), bearer(access));
    // The exchange went first.
    QCOMPARE(f.nam.requests().first().path(), kRefresh);
}

void TestApiJob::concurrent401sShareOneRefresh()
{
    // Three requests in flight when the access token is revoked: all three get a 401 for it, one exchange
    // serves the three replays.
    const QByteArray a1 = makeAccessToken(300);
    const QByteArray a2 = makeAccessToken(300);
    Fixture f(makePat());
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(a1)));
    f.nam.once("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(a2)).withDelay(30));
    f.nam.always(
        "GET", {}, ReplyScript::json(401, R"({"detail":"Token is blacklisted"})"), authIs(bearer(a1)));
    f.nam.always("GET", {}, ReplyScript::json(200, "{}"), authIs(bearer(a2)));
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes << f.get(QStringLiteral("api/projects/%1/").arg(i + 1));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(
                outcomes.begin(), outcomes.end(), [](const auto &o) { return o->finished > 0; });
        },
        5000));
    for (const auto &o : std::as_const(outcomes))
        QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 2);
    QCOMPARE(f.nam.count("POST", kRefresh), 2);
    QCOMPARE(f.nam.count("GET", {}), 6);
}

void TestApiJob::refreshFailure401IsAuthError()
{
    const QString pat = makePat();
    Fixture f(pat);
    f.nam.always("POST", kRefresh,
        ReplyScript::json(401, R"({"detail":"Token is invalid or expired","code":"token_not_valid"})"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Auth);
    QCOMPARE(o->error.exitCode(), 3);
    QVERIFY2(o->error.message.contains(QLatin1String("personal access token"), Qt::CaseInsensitive),
        qPrintable(o->error.message));
    QVERIFY2(o->error.message.contains(QLatin1String("Token is invalid or expired")),
        qPrintable(o->error.message));
    QVERIFY(!o->error.message.contains(pat));
    settle();
    QCOMPARE(f.nam.count("GET", {}), 0); // nothing sent without a token
    QCOMPARE(f.nam.count("POST", kRefresh), 1); // a 401 from the exchange is not retried
    QCOMPARE(o->finished, 1);
}

void TestApiJob::refreshRetriedOn503()
{
    // The exchange creates nothing on the server, so it is retried like an idempotent request.
    const QByteArray access = makeAccessToken(300);
    Fixture f(makePat());
    f.nam.once("POST", kRefresh, ReplyScript::text(503, "starting up"));
    f.nam.once("POST", kRefresh, ReplyScript::resetMidBody(200, "{\"acc"));
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(access)));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 1); // one exchange...
    QCOMPARE(f.nam.count("POST", kRefresh), 3); // ...in three attempts
    QCOMPARE(f.nam.requests().last().header("Authorization"), bearer(access));
}

void TestApiJob::refreshWithoutAccessIsParseError()
{
    Fixture f(makePat());
    f.nam.always("POST", kRefresh, ReplyScript::html(200, "<html>Welcome to nginx!</html>"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Parse);
    QVERIFY2(o->error.message.contains(QLatin1String("access token")), qPrintable(o->error.message));
    QCOMPARE(f.nam.count("GET", {}), 0);
}

void TestApiJob::refreshFailureThenImmediateNewRequest()
{
    // A caller that retries as soon as a request failed (a "Retry" button, a CLI loop) must get an answer:
    // the failed exchange must not leave the token manager waiting for a job that is already over.
    const QByteArray access = makeAccessToken(300);
    Fixture f(makePat());
    f.nam.once("POST", kRefresh, ReplyScript::json(401, R"({"detail":"Token is invalid or expired"})"));
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(access)));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));

    std::shared_ptr<Outcome> second;
    ApiJob *first = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto o1 = watch(first);
    connect(first, &ApiJob::finished, this, [&] { second = f.get(QStringLiteral("api/projects/1/")); });
    QVERIFY(waitFinished(o1));
    QCOMPARE(o1->error.kind, ApiError::Kind::Auth);
    QVERIFY(second);
    QVERIFY2(waitFinished(second, 3000), "the request started right after a failed exchange never finished");
    QVERIFY2(second->error.ok(), qPrintable(str(second->error)));
    QCOMPARE(f.client.tokens()->refreshCount(), 2);
}

void TestApiJob::unusableKeySendsNothing()
{
    const QString expired = makePat(-3600);
    Fixture f(expired);
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QCOMPARE(o->finished, 0);
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Auth);
    QVERIFY(o->error.message.contains(QLatin1String("expired")));
    QVERIFY(!o->error.message.contains(expired));
    QCOMPARE(f.nam.requests().size(), 0);

    Fixture access(QString::fromLatin1(makeAccessToken(300)));
    auto o2 = access.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o2));
    QCOMPARE(o2->error.kind, ApiError::Kind::Auth);
    QCOMPARE(access.nam.requests().size(), 0);

    // Unauthenticated requests (api/version/) still work with an unusable key.
    Fixture v(expired);
    v.nam.always("GET", QStringLiteral("/api/version/"), ReplyScript::json(200, R"({"release":"1.23.2"})"));
    RequestSpec s = spec("GET", QStringLiteral("api/version/"));
    s.authenticated = false;
    auto o3 = v.send(s);
    QVERIFY(waitFinished(o3));
    QVERIFY(o3->error.ok());
    QVERIFY(!v.nam.requests().first().hasHeader("Authorization"));
}

void TestApiJob::legacyKeyUsesTokenScheme()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::json(401, R"({"detail":"Invalid token."})"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.httpStatus, 401);
    settle();
    // No exchange, no replay: a legacy key cannot be refreshed.
    QCOMPARE(f.nam.requests().size(), 1);
    QCOMPARE(f.nam.count("POST", kRefresh), 0);
    QCOMPARE(f.client.tokens()->refreshCount(), 0);
    QCOMPARE(f.nam.requests().first().header("Authorization"), QByteArray("Token ") + legacyKey().toLatin1());
}

void TestApiJob::standardHeadersOnEveryRequest()
{
    Fixture f(makePat());
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))));
    f.nam.once("GET", kProject1, ReplyScript::text(503, "busy"));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    f.nam.always("POST", kProjects, ReplyScript::json(201, kProjectJson));
    f.nam.always("DELETE", kProject1, ReplyScript::noContent());
    auto a = f.get(QStringLiteral("api/projects/1/"));
    auto b = f.send(spec("POST", QStringLiteral("api/projects/"), "{}"));
    auto c = f.send(spec("DELETE", QStringLiteral("api/projects/1/")));
    QVERIFY(waitFinished(a) && waitFinished(b) && waitFinished(c));
    QCOMPARE(f.nam.requests().size(), 5); // exchange, GET x2, POST, DELETE
    for (const auto &r : f.nam.requests()) {
        QVERIFY2(r.header("User-Agent").startsWith("lsdesk/"),
            QByteArray(r.verb + ' ' + r.url.toEncoded()).constData());
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    }
}

void TestApiJob::redirectToOtherHostDropsAuthorization_data()
{
    QTest::addColumn<bool>("pat");
    QTest::newRow("legacy") << false;
    QTest::newRow("PAT") << true;
}

void TestApiJob::redirectToOtherHostDropsAuthorization()
{
    QFETCH(bool, pat);
    Fixture f(pat ? makePat() : legacyKey());
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))));
    f.nam.always("GET", QStringLiteral("https://ls.example.com/api/projects/1/file"),
        ReplyScript::redirect(302, "https://storage.example.net/bucket/file?sig=abc"));
    f.nam.always(
        "GET", QStringLiteral("https://storage.example.net/bucket/file"), ReplyScript::json(200, "{}"));
    auto o = f.get(QStringLiteral("api/projects/1/file"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(o->finalUrl.host(), QStringLiteral("storage.example.net"));
    const auto here = f.nam.requests("GET", QStringLiteral("https://ls.example.com/api/projects/1/file"));
    const auto there = f.nam.requests("GET", QStringLiteral("https://storage.example.net/bucket/file"));
    QCOMPARE(here.size(), 1);
    QCOMPARE(there.size(), 1);
    QVERIFY(here.first().hasHeader("Authorization"));
    QVERIFY(!there.first().hasHeader("Authorization"));
    QCOMPARE(there.first().query().queryItemValue(QStringLiteral("sig")), QStringLiteral("abc"));
    QVERIFY(there.first().header("User-Agent").startsWith("lsdesk/"));
}

void TestApiJob::redirectSameOriginKeepsAuthorization()
{
    Fixture f(legacyKey());
    // Relative Location, as Django's APPEND_SLASH sends it.
    f.nam.always("GET", QStringLiteral("/api/projects/1"), ReplyScript::redirect(301, "/api/projects/1/"));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.requests().size(), 2);
    QCOMPARE(f.nam.requests().at(1).url, QUrl(QStringLiteral("https://ls.example.com/api/projects/1/")));
    QCOMPARE(f.nam.requests().at(1).header("Authorization"), QByteArray("Token ") + legacyKey().toLatin1());
    QCOMPARE(o->body, kProjectJson);

    // An explicit default port is still the same origin.
    Fixture g(legacyKey());
    g.nam.always("GET", QStringLiteral("/a"), ReplyScript::redirect(307, "https://ls.example.com:443/b"));
    g.nam.always("GET", QStringLiteral("/b"), ReplyScript::json(200, "{}"));
    auto o2 = g.get(QStringLiteral("a"));
    QVERIFY(waitFinished(o2));
    QVERIFY(o2->error.ok());
    QVERIFY(g.nam.requests().at(1).hasHeader("Authorization"));
}

void TestApiJob::redirectHttpsToHttpRefused()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::redirect(301, "http://ls.example.com/api/projects/1/"));
    f.nam.always(
        "GET", QStringLiteral("http://ls.example.com/api/projects/1/"), ReplyScript::json(200, "{}"));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Redirect);
    QVERIFY2(o->error.message.contains(QLatin1String("insecure")), qPrintable(o->error.message));
    settle();
    QCOMPARE(f.nam.requests().size(), 1);
    QCOMPARE(f.nam.count({}, QStringLiteral("http://ls.example.com/api/projects/1/")), 0);
}

void TestApiJob::tooManyRedirects()
{
    Fixture f(legacyKey());
    f.nam.always("GET", QStringLiteral("/loop"), ReplyScript::redirect(302, "/loop"));
    auto o = f.get(QStringLiteral("loop"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Redirect);
    QVERIFY2(o->error.message.contains(QLatin1String("redirects")), qPrintable(o->error.message));
    settle();
    QCOMPARE(f.nam.requests().size(), f.client.factory().options().maxRedirects + 1);
}

void TestApiJob::redirectVerbRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("verbAfter");
    QTest::addColumn<bool>("bodyKept");
    QTest::newRow("301 POST -> GET") << 301 << QByteArray("GET") << false;
    QTest::newRow("302 POST -> GET") << 302 << QByteArray("GET") << false;
    QTest::newRow("303 POST -> GET") << 303 << QByteArray("GET") << false;
    QTest::newRow("307 keeps POST") << 307 << QByteArray("POST") << true;
    QTest::newRow("308 keeps POST") << 308 << QByteArray("POST") << true;
}

void TestApiJob::redirectVerbRules()
{
    QFETCH(int, status);
    QFETCH(QByteArray, verbAfter);
    QFETCH(bool, bodyKept);
    Fixture f(legacyKey());
    f.nam.always("POST", QStringLiteral("/old"), ReplyScript::redirect(status, "/new"));
    f.nam.always({}, QStringLiteral("/new"), ReplyScript::json(200, "{}"));
    auto o = f.send(spec("POST", QStringLiteral("old"), R"({"a":1})"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.requests().size(), 2);
    const RecordedRequest &after = f.nam.requests().at(1);
    QCOMPARE(after.verb, verbAfter);
    QCOMPARE(after.body.isEmpty(), !bodyKept);
    QCOMPARE(after.hasHeader("Content-Type"), bodyKept);
}

void TestApiJob::redirectWithoutLocation()
{
    Fixture f(legacyKey());
    ReplyScript noLocation;
    noLocation.status = 302;
    f.nam.always("GET", kProject1, noLocation);
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Redirect);
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestApiJob::cancelBeforeTokenExchangeFinished()
{
    Fixture f(makePat());
    f.nam.always(
        "POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))).withDelay(100));
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    ApiJob *job = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto o = watch(job);
    QCOMPARE(f.nam.count("POST", kRefresh), 1); // the exchange is on its way
    job->cancel();
    QCOMPARE(o->finished, 1);
    QCOMPARE(o->error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(o->error.exitCode(), 130);
    // Let the exchange complete: the cancelled job sends nothing and does not finish again.
    QTRY_COMPARE(f.nam.outstanding(), 0);
    settle(120);
    QCOMPARE(o->finished, 1);
    QCOMPARE(f.nam.count("GET", {}), 0);

    // Same with a job that is kept alive (no auto-delete): the late token is ignored too.
    Fixture g(makePat());
    g.nam.always(
        "POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))).withDelay(100));
    g.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    ApiJob *kept = g.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    kept->setAutoDelete(false);
    QSignalSpy keptFinished(kept, &ApiJob::finished);
    kept->cancel();
    QTRY_COMPARE(g.nam.outstanding(), 0);
    settle(120);
    QCOMPARE(keptFinished.size(), 1);
    QCOMPARE(kept->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(g.nam.count("GET", {}), 0);
    QVERIFY(kept->isFinished());
}

void TestApiJob::cancelInFlight()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::hang());
    ApiJob *job = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    QPointer<ApiJob> guard(job);
    auto o = watch(job);
    QTRY_COMPARE(f.nam.requests().size(), 1);
    settle(50);
    QCOMPARE(o->finished, 0);
    job->cancel();
    QCOMPARE(o->finished, 1);
    QCOMPARE(o->error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(f.nam.aborted(), 1);
    QCOMPARE(f.nam.outstanding(), 0);
    settle();
    QCOMPARE(o->finished, 1);
    QVERIFY(!guard); // auto-deleted
    QCOMPARE(f.nam.requests().size(), 1);

    // Cancelled right after send(), before the reply had any chance to answer.
    Fixture g(legacyKey());
    g.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    ApiJob *quick = g.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto oq = watch(quick);
    quick->cancel();
    settle();
    QCOMPARE(oq->finished, 1);
    QCOMPARE(oq->error.kind, ApiError::Kind::Cancelled);
}

void TestApiJob::cancelWhileRetryWaiting()
{
    Fixture f(legacyKey(), fastOptions(3000, 3, /*baseDelayMs*/ 300));
    f.nam.always("GET", kProject1, ReplyScript::text(503, "busy"));
    ApiJob *job = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto o = watch(job);
    connect(job, &ApiJob::retryScheduled, job, [job] { job->cancel(); });
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(o->retries.size(), 1);
    settle(500); // past the 300 ms retry delay
    QCOMPARE(o->finished, 1);
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestApiJob::cancelAfterFinishIsNoop()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::json(200, kProjectJson));
    ApiJob *job = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(5000));
    job->cancel();
    job->cancel();
    settle();
    QCOMPARE(finished.size(), 1);
    QVERIFY(job->error().ok());
    QCOMPARE(job->body(), kProjectJson);
    delete job;
}

void TestApiJob::cancelTwiceAndDestroyWhileRunning()
{
    Fixture f(legacyKey());
    f.nam.always("GET", kProject1, ReplyScript::hang());
    ApiJob *job = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto o = watch(job);
    job->cancel();
    job->cancel();
    settle();
    QCOMPARE(o->finished, 1);

    // Deleting a running job (its owner went away) aborts its request without emitting anything.
    ApiJob *doomed = f.client.send(spec("GET", QStringLiteral("api/projects/1/")));
    auto od = watch(doomed);
    QTRY_COMPARE(f.nam.outstanding(), 1);
    delete doomed;
    QCOMPARE(f.nam.outstanding(), 0);
    settle();
    QCOMPARE(od->finished, 0);
}

void TestApiJob::pathPrefix()
{
    const QByteArray access = makeAccessToken(300);
    Fixture f(makePat(), fastOptions(), QStringLiteral("https://example.com/label-studio/"));
    f.nam.always("POST", QStringLiteral("/label-studio/api/token/refresh/"),
        ReplyScript::json(200, refreshReplyBody(access)));
    f.nam.always(
        "GET", QStringLiteral("/label-studio/api/projects/1/"), ReplyScript::json(200, kProjectJson));
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QVERIFY(waitFinished(o));
    QVERIFY2(o->error.ok(), qPrintable(str(o->error)));
    QCOMPARE(f.nam.unmatched(), 0);
    QCOMPARE(f.nam.requests().size(), 2);
    QCOMPARE(f.nam.requests().at(0).url,
        QUrl(QStringLiteral("https://example.com/label-studio/api/token/refresh/")));
    QCOMPARE(
        f.nam.requests().at(1).url, QUrl(QStringLiteral("https://example.com/label-studio/api/projects/1/")));
    // A redirect below the prefix stays authorised.
    f.nam.always("GET", QStringLiteral("/label-studio/api/projects/2"),
        ReplyScript::redirect(301, "/label-studio/api/projects/2/"));
    f.nam.always("GET", QStringLiteral("/label-studio/api/projects/2/"), ReplyScript::json(200, "{}"));
    auto o2 = f.get(QStringLiteral("/api/projects/2"));
    QVERIFY(waitFinished(o2));
    QVERIFY(o2->error.ok());
    QCOMPARE(f.nam.requests().last().header("Authorization"), bearer(access));
}

void TestApiJob::keyNeverLeaks_data()
{
    QTest::addColumn<bool>("pat");
    QTest::newRow("legacy") << false;
    QTest::newRow("PAT") << true;
}

void TestApiJob::keyNeverLeaks()
{
    QFETCH(bool, pat);
    const QString key = pat ? makePat() : legacyKey();
    const QString keyTail = key.right(16); // a part of the key is a leak too
    Fixture f(key, fastOptions(100, 1));
    f.nam.always("POST", kRefresh, ReplyScript::json(200, refreshReplyBody(makeAccessToken(300))));
    f.nam.always("GET", QStringLiteral("/e/401"), ReplyScript::json(401, R"({"detail":"Invalid token."})"));
    f.nam.always("GET", QStringLiteral("/e/500"), ReplyScript::html(500, "<html>boom</html>"));
    f.nam.always("GET", QStringLiteral("/e/refused"), ReplyScript::connectionError());
    f.nam.always("GET", QStringLiteral("/e/reset"), ReplyScript::resetMidBody(200, "{"));
    f.nam.always("GET", QStringLiteral("/e/hang"), ReplyScript::hang());
    f.nam.always("GET", QStringLiteral("/e/insecure"), ReplyScript::redirect(302, "http://ls.example.com/x"));
    f.nam.always("GET", QStringLiteral("/e/away"), ReplyScript::redirect(302, "https://elsewhere.example/x"));
    f.nam.always(
        "GET", QStringLiteral("https://elsewhere.example/x"), ReplyScript::json(403, R"({"detail":"no"})"));
    f.nam.always("GET", QStringLiteral("/e/parse"), ReplyScript::json(200, "{"));

    QList<ApiError> errors;
    const QStringList paths { QStringLiteral("e/401"), QStringLiteral("e/500"), QStringLiteral("e/refused"),
        QStringLiteral("e/reset"), QStringLiteral("e/hang"), QStringLiteral("e/insecure"),
        QStringLiteral("e/away"), QStringLiteral("e/parse") };
    for (const QString &p : paths) {
        RequestSpec s = spec("GET", p);
        bool done = false;
        f.client.call<Project>(
            s, this,
            [&](const Result<Project> &r) {
                errors << r.error;
                done = true;
            },
            parseObject<Project>);
        QVERIFY2(QTest::qWaitFor([&] { return done; }, 5000), qPrintable(p));
    }
    QCOMPARE(errors.size(), paths.size());
    for (const ApiError &e : std::as_const(errors)) {
        QVERIFY(!e.ok());
        QVERIFY2(!e.message.contains(keyTail), qPrintable(e.message));
        QVERIFY(!e.detail.contains(keyTail));
    }
    for (const RecordedRequest &r : f.nam.requests()) {
        QVERIFY2(!r.url.toString().contains(keyTail), qPrintable(r.url.toString()));
        if (pat) {
            // The PAT travels only in the exchange's body, never in a header.
            for (const auto &h : r.headers)
                QVERIFY2(!h.second.contains(keyTail.toLatin1()), h.first.constData());
            QCOMPARE(r.body.contains(keyTail.toLatin1()), r.path() == kRefresh);
        }
    }
}

void TestApiJob::caBundleErrorFinishesAsync()
{
    ClientOptions options = fastOptions();
    options.caBundlePath = QStringLiteral("/nonexistent/ca-bundle.pem");
    Fixture f(legacyKey(), options);
    auto o = f.get(QStringLiteral("api/projects/1/"));
    QCOMPARE(o->finished, 0);
    QVERIFY(waitFinished(o));
    QCOMPARE(o->error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(o->error.message.contains(QLatin1String("/nonexistent/ca-bundle.pem")));
    QCOMPARE(f.nam.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
