// MediaCache on the fake network: where task media are fetched from and with which credentials, one
// request for fetches that overlap, the byte bound of the cache, and cancellation.
#include "api/mediacache.h"
#include "fakenam.h"
#include "testutil.h"

#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
struct Fixture
{
    FakeNam nam;
    Client client;
    MediaCache media;
    explicit Fixture(
        qint64 maxBytes = 1 << 20, const QString &base = QStringLiteral("https://ls.example.com/ls"))
        : client(ServerUrl::parse(base), ApiKey::classify(legacyKey()), &nam, fastOptions())
        , media(&client, maxBytes)
    { }
};

struct Got
{
    int calls = 0;
    Result<QByteArray> result;
    Callback<QByteArray> cb()
    {
        return [this](const Result<QByteArray> &r) {
            ++calls;
            result = r;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return calls > 0; }, 5000);
    }
};

QByteArray tokenHeader()
{
    return QByteArrayLiteral("Token ") + legacyKey().toLatin1();
}
} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverPathBelowSubPath_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("url");
        QTest::newRow("relative") << "/data/upload/3/x.png"
                                  << "https://ls.example.com/ls/data/upload/3/x.png";
        // A server behind a prefix may store paths that already carry it: not prefixed twice.
        QTest::newRow("relative with prefix") << "/ls/data/upload/3/x.png"
                                              << "https://ls.example.com/ls/data/upload/3/x.png";
        QTest::newRow("absolute, own origin") << "https://ls.example.com/ls/data/upload/3/x.png"
                                              << "https://ls.example.com/ls/data/upload/3/x.png";
        QTest::newRow("query and spaces")
            << "/storage-data/uploaded/?filepath=a%20b.png"
            << "https://ls.example.com/ls/storage-data/uploaded/?filepath=a%20b.png";
        QTest::newRow("encoded path") << "/data/upload/3/a%20b.png"
                                      << "https://ls.example.com/ls/data/upload/3/a%20b.png";
    }
    void serverPathBelowSubPath()
    {
        QFETCH(QString, value);
        QFETCH(QString, url);
        Fixture f;
        f.nam.setHandler([](const RecordedRequest &) { return ReplyScript::text(200, "IMAGEBYTES"); });
        QCOMPARE(f.media.resolve(value).access, MediaCache::Access::Server);
        QCOMPARE(f.media.resolve(value).url.toString(QUrl::FullyEncoded), url);
        Got got;
        f.media.fetch(value, this, got.cb());
        QCOMPARE(got.calls, 0); // never synchronously
        QVERIFY(got.wait());
        QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
        QCOMPARE(*got.result, QByteArrayLiteral("IMAGEBYTES"));
        QCOMPARE(f.nam.requests().size(), 1);
        const RecordedRequest &req = f.nam.requests().first();
        QCOMPARE(req.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(req.header("Authorization"), tokenHeader());
        QCOMPARE(req.header("Accept"), QByteArrayLiteral("*/*"));
    }

    void otherOriginsGetNoCredentials_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("other host") << "https://cdn.example.org/img/a.png";
        QTest::newRow("same host, other port") << "https://ls.example.com:8443/ls/data/a.png";
        QTest::newRow("same host, http") << "http://ls.example.com/ls/data/a.png";
        QTest::newRow("same origin, outside the base path") << "https://ls.example.com/other/a.png";
        QTest::newRow("protocol-relative") << "//cdn.example.org/img/a.png";
    }
    void otherOriginsGetNoCredentials()
    {
        QFETCH(QString, value);
        Fixture f;
        f.nam.setHandler([](const RecordedRequest &) { return ReplyScript::text(200, "X"); });
        QCOMPARE(f.media.resolve(value).access, MediaCache::Access::Foreign);
        Got got;
        f.media.fetch(value, this, got.cb());
        QVERIFY(got.wait());
        QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
        QCOMPARE(f.nam.requests().size(), 1);
        const RecordedRequest &req = f.nam.requests().first();
        QVERIFY2(!req.hasHeader("Authorization"), req.header("Authorization").constData());
        QCOMPARE(req.url.host(), f.media.resolve(value).url.host());
    }

    void redirectToOtherOriginDropsCredentials()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/ls/data/upload/1/a.png"),
            ReplyScript::redirect(302, "https://bucket.example.net/signed/a.png?sig=1"));
        f.nam.always(
            "GET", QStringLiteral("https://bucket.example.net/signed/a.png"), ReplyScript::text(200, "S3"));
        Got got;
        f.media.fetch(QStringLiteral("/data/upload/1/a.png"), this, got.cb());
        QVERIFY(got.wait());
        QVERIFY2(got.result.ok(), qPrintable(got.result.error.message));
        QCOMPARE(*got.result, QByteArrayLiteral("S3"));
        QCOMPARE(f.nam.requests().size(), 2);
        QVERIFY(f.nam.requests().at(0).hasHeader("Authorization"));
        QVERIFY(!f.nam.requests().at(1).hasHeader("Authorization"));
    }

    void dataUrlsAreDecodedLocally()
    {
        Fixture f;
        Got got;
        f.media.fetch(QStringLiteral("data:image/png;base64,SGVs bG8="), this, got.cb());
        QVERIFY(got.wait());
        QVERIFY(got.result.ok());
        QCOMPARE(*got.result, QByteArrayLiteral("Hello"));
        Got plain;
        f.media.fetch(QStringLiteral("data:text/plain,a%20b"), this, plain.cb());
        QVERIFY(plain.wait());
        QCOMPARE(*plain.result, QByteArrayLiteral("a b"));
        Got bad;
        f.media.fetch(QStringLiteral("data:image/png;base64,***"), this, bad.cb());
        QVERIFY(bad.wait());
        QCOMPARE(bad.result.error.kind, ApiError::Kind::Parse);
        QCOMPARE(f.nam.requests().size(), 0);
    }

    void unfetchableValues()
    {
        Fixture f;
        for (const QString &v : { QStringLiteral("s3://bucket/a.png"), QStringLiteral("a.png"), QString() }) {
            QCOMPARE(f.media.resolve(v).access, MediaCache::Access::Invalid);
            Got got;
            f.media.fetch(v, this, got.cb());
            QVERIFY(got.wait());
            QCOMPARE(got.result.error.kind, ApiError::Kind::InvalidInput);
        }
        QCOMPARE(f.nam.requests().size(), 0);
    }

    void httpErrorsReachTheCaller()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/ls/data/upload/1/gone.png"),
            ReplyScript::json(404, QByteArray(R"({"detail": "Not found."})")));
        Got got;
        f.media.fetch(QStringLiteral("/data/upload/1/gone.png"), this, got.cb());
        QVERIFY(got.wait());
        QCOMPARE(got.result.error.httpStatus, 404);
        QCOMPARE(f.media.cachedCount(), 0);
        QCOMPARE(f.media.downloadsInFlight(), 0);
    }

    void overlappingFetchesShareOneRequest()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/ls/data/a.png"), ReplyScript::text(200, "AAAA").withDelay(50));
        Got one;
        Got two;
        f.media.fetch(QStringLiteral("/data/a.png"), this, one.cb());
        f.media.fetch(QStringLiteral("https://ls.example.com/ls/data/a.png"), this, two.cb());
        QCOMPARE(f.media.downloadsInFlight(), 1);
        QVERIFY(one.wait());
        QVERIFY(two.wait());
        QCOMPARE(*one.result, QByteArrayLiteral("AAAA"));
        QCOMPARE(*two.result, QByteArrayLiteral("AAAA"));
        QCOMPARE(f.nam.requests().size(), 1);
        // From the cache now, still asynchronously.
        Got three;
        f.media.fetch(QStringLiteral("/data/a.png"), this, three.cb());
        QCOMPARE(three.calls, 0);
        QVERIFY(three.wait());
        QCOMPARE(*three.result, QByteArrayLiteral("AAAA"));
        QCOMPARE(f.nam.requests().size(), 1);
        QCOMPARE(f.media.cached(QStringLiteral("/data/a.png")), std::optional<QByteArray>("AAAA"));
    }

    void evictsByBytes()
    {
        Fixture f(100);
        f.nam.always("GET", QStringLiteral("/ls/a"), ReplyScript::text(200, QByteArray(40, 'a')));
        f.nam.always("GET", QStringLiteral("/ls/b"), ReplyScript::text(200, QByteArray(30, 'b')));
        f.nam.always("GET", QStringLiteral("/ls/c"), ReplyScript::text(200, QByteArray(50, 'c')));
        f.nam.always("GET", QStringLiteral("/ls/huge"), ReplyScript::text(200, QByteArray(150, 'h')));
        const auto fetch = [&f, this](const QString &v) {
            Got got;
            f.media.fetch(v, this, got.cb());
            return got.wait() && got.result.ok() ? got.result.value->size() : -1;
        };
        QCOMPARE(fetch(QStringLiteral("/a")), 40);
        QCOMPARE(fetch(QStringLiteral("/b")), 30);
        QCOMPARE(f.media.cachedBytes(), 70);
        QVERIFY(f.media.cached(QStringLiteral("/a"))); // a is now the most recently used
        QCOMPARE(fetch(QStringLiteral("/c")), 50); // 120 > 100: the least recently used (b) goes
        QCOMPARE(f.media.cachedBytes(), 90);
        QCOMPARE(f.media.cachedCount(), 2);
        QVERIFY(!f.media.cached(QStringLiteral("/b")));
        QVERIFY(f.media.cached(QStringLiteral("/a")));
        QVERIFY(f.media.cached(QStringLiteral("/c")));
        // Larger than the whole cache: delivered, not kept, nothing else evicted for it.
        const qint64 before = f.media.cachedBytes();
        QCOMPARE(fetch(QStringLiteral("/huge")), 150);
        QVERIFY(!f.media.cached(QStringLiteral("/huge")));
        QCOMPARE(f.media.cachedBytes(), before);
        // An evicted item is fetched again.
        f.nam.clearRecords();
        QCOMPARE(fetch(QStringLiteral("/b")), 30);
        QCOMPARE(f.nam.count("GET", QStringLiteral("/ls/b")), 1);
    }

    void cancel()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/ls/slow.png"), ReplyScript::hang());
        Got one;
        Got two;
        const auto t1 = f.media.fetch(QStringLiteral("/slow.png"), this, one.cb());
        const auto t2 = f.media.fetch(QStringLiteral("/slow.png"), this, two.cb());
        QVERIFY(QTest::qWaitFor([&f] { return f.nam.requests().size() == 1; }, 5000));
        // One of two waiting: the download goes on for the other.
        f.media.cancel(t1);
        QCOMPARE(one.calls, 1);
        QCOMPARE(one.result.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(f.nam.aborted(), 0);
        QCOMPARE(f.media.downloadsInFlight(), 1);
        // The last one: the download stops.
        f.media.cancel(t2);
        QCOMPARE(two.calls, 1);
        QCOMPARE(two.result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(QTest::qWaitFor([&f] { return f.nam.aborted() == 1; }, 5000));
        QCOMPARE(f.media.downloadsInFlight(), 0);
        // Cancelling twice, or an unknown ticket, does nothing.
        f.media.cancel(t2);
        f.media.cancel(12345);
        QCOMPARE(two.calls, 1);
    }

    void contextGoneStopsTheDownload()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/ls/slow.png"), ReplyScript::hang());
        Got got;
        auto context = std::make_unique<QObject>();
        f.media.fetch(QStringLiteral("/slow.png"), context.get(), got.cb());
        QVERIFY(QTest::qWaitFor([&f] { return f.nam.requests().size() == 1; }, 5000));
        context.reset();
        QVERIFY(QTest::qWaitFor([&f] { return f.nam.aborted() == 1; }, 5000));
        QTest::qWait(20);
        QCOMPARE(got.calls, 0);
        QCOMPARE(f.media.downloadsInFlight(), 0);
    }

    void refusesOversizedItems()
    {
        Fixture f;
        f.media.setMaxItemBytes(100);
        f.nam.always("GET", QStringLiteral("/ls/big.png"),
            ReplyScript::text(200, QByteArray(1000, 'x')).withChunks(50));
        Got got;
        f.media.fetch(QStringLiteral("/big.png"), this, got.cb());
        QVERIFY(got.wait());
        QCOMPARE(got.result.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(got.result.error.message.contains(QLatin1String("big.png")),
            qPrintable(got.result.error.message));
        QCOMPARE(f.media.cachedCount(), 0);
    }
};

QTEST_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
