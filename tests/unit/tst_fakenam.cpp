// The fake network is what every client test stands on: check that it behaves like Qt's own replies.
#include "fakenam.h"

#include <QSignalSpy>
#include <QTest>

using namespace lsdesk::test;

namespace {
QNetworkRequest req(const QString &url)
{
    return QNetworkRequest(QUrl(url));
}

// Records the order of a reply's signals.
struct SignalLog
{
    QStringList events;
    explicit SignalLog(QNetworkReply *r)
    {
        QObject::connect(r, &QNetworkReply::metaDataChanged, r, [this] { events << QStringLiteral("meta"); });
        QObject::connect(r, &QNetworkReply::readyRead, r, [this] { events << QStringLiteral("read"); });
        QObject::connect(r, &QNetworkReply::errorOccurred, r, [this] { events << QStringLiteral("error"); });
        QObject::connect(r, &QNetworkReply::finished, r, [this] { events << QStringLiteral("finished"); });
    }
};
} // namespace

class TestFakeNam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void respondsAsynchronously();
    void recordsRequests();
    void routesOnceAlwaysQueueHandler();
    void httpErrorStatusSetsQtError();
    void connectionError();
    void resetMidBody();
    void chunksAndProgress();
    void redirectAttribute();
    void hangThenAbort();
    void abortIsSafeAtAnyTime();
    void abortFromReadyRead();
    void outstandingCount();
    void unmatchedAnswers599();
};

void TestFakeNam::respondsAsynchronously()
{
    FakeNam nam;
    nam.always("GET", QStringLiteral("/a"), ReplyScript::json(200, "{\"x\":1}"));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/a")));
    SignalLog log(r);
    QVERIFY(r->isRunning());
    QVERIFY(log.events.isEmpty());
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(log.events,
        (QStringList { QStringLiteral("meta"), QStringLiteral("read"), QStringLiteral("finished") }));
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(r->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json"));
    QCOMPARE(r->error(), QNetworkReply::NoError);
    QVERIFY(r->isFinished());
    QCOMPARE(r->readAll(), QByteArray("{\"x\":1}"));
    QCOMPARE(r->bytesAvailable(), 0);
    r->abort(); // no-op after finished
    QCOMPARE(r->error(), QNetworkReply::NoError);
    QCOMPARE(finished.size(), 1);
    delete r;
}

void TestFakeNam::recordsRequests()
{
    FakeNam nam;
    nam.enqueue(ReplyScript::noContent());
    nam.enqueue(ReplyScript::noContent());
    nam.enqueue(ReplyScript::noContent());
    QNetworkRequest r1 = req(QStringLiteral("https://h/api/x/?page=2"));
    r1.setRawHeader("Authorization", "Token abc");
    r1.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *a = nam.post(r1, QByteArray("{\"a\":1}"));
    QNetworkReply *b
        = nam.sendCustomRequest(req(QStringLiteral("https://h/api/y/")), "PATCH", QByteArray("{\"b\":2}"));
    QNetworkReply *c = nam.deleteResource(req(QStringLiteral("https://h/api/z/")));
    QCOMPARE(nam.requests().size(), 3);
    const RecordedRequest &p = nam.requests().at(0);
    QCOMPARE(p.verb, QByteArray("POST"));
    QCOMPARE(p.path(), QStringLiteral("/api/x/"));
    QCOMPARE(p.query().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(p.header("authorization"), QByteArray("Token abc"));
    QCOMPARE(p.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(p.body, QByteArray("{\"a\":1}"));
    QCOMPARE(nam.requests().at(1).verb, QByteArray("PATCH"));
    QCOMPARE(nam.requests().at(1).body, QByteArray("{\"b\":2}"));
    QCOMPARE(nam.requests().at(2).verb, QByteArray("DELETE"));
    QCOMPARE(nam.count("PATCH", QStringLiteral("/api/y/")), 1);
    QCOMPARE(nam.count("GET", QStringLiteral("/api/y/")), 0);
    QCOMPARE(nam.count({}, QStringLiteral("https://h/api/z/")), 1);
    QCOMPARE(nam.count({}, QStringLiteral("https://other/api/z/")), 0);
    QTRY_VERIFY(a->isFinished() && b->isFinished() && c->isFinished());
    QCOMPARE(c->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
}

void TestFakeNam::routesOnceAlwaysQueueHandler()
{
    FakeNam nam;
    nam.always("GET", QStringLiteral("/r"), ReplyScript::json(200, "always"));
    nam.once("GET", QStringLiteral("/r"), ReplyScript::json(201, "once-1"));
    nam.once("GET", QStringLiteral("/r"), ReplyScript::json(202, "once-2"),
        [](const RecordedRequest &r) { return r.query().hasQueryItem(QStringLiteral("second")); });
    nam.setHandler([](const RecordedRequest &r) -> std::optional<ReplyScript> {
        if (r.path() == QLatin1String("/h"))
            return ReplyScript::json(203, "handler");
        return std::nullopt;
    });
    nam.enqueue(ReplyScript::json(204, ""));

    const auto status = [&](const QString &url) {
        QNetworkReply *r = nam.get(req(url));
        QSignalSpy spy(r, &QNetworkReply::finished);
        spy.wait(2000);
        const int s = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        return s;
    };
    QCOMPARE(status(QStringLiteral("http://h/r")), 201); // first once
    QCOMPARE(status(QStringLiteral("http://h/r")), 200); // once-2's predicate fails: always
    QCOMPARE(status(QStringLiteral("http://h/r?second=1")), 202); // predicate matches
    QCOMPARE(status(QStringLiteral("http://h/r?second=1")), 200); // once routes are used up
    QCOMPARE(status(QStringLiteral("http://h/h")), 203); // handler
    QCOMPARE(status(QStringLiteral("http://h/q")), 204); // queue
    QCOMPARE(nam.unmatched(), 0);
}

void TestFakeNam::httpErrorStatusSetsQtError()
{
    FakeNam nam;
    nam.always("GET", QStringLiteral("/404"), ReplyScript::json(404, R"({"detail":"Not found."})"));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/404")));
    SignalLog log(r);
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(log.events,
        (QStringList { QStringLiteral("meta"), QStringLiteral("read"), QStringLiteral("error"),
            QStringLiteral("finished") }));
    QCOMPARE(r->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(r->readAll(), QByteArray(R"({"detail":"Not found."})"));
    QCOMPARE(FakeReply::errorForStatus(401), QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(FakeReply::errorForStatus(503), QNetworkReply::ServiceUnavailableError);
    QCOMPARE(FakeReply::errorForStatus(502), QNetworkReply::UnknownServerError);
    QCOMPARE(FakeReply::errorForStatus(429), QNetworkReply::UnknownContentError);
    QCOMPARE(FakeReply::errorForStatus(302), QNetworkReply::NoError);
}

void TestFakeNam::connectionError()
{
    FakeNam nam;
    nam.always({}, {}, ReplyScript::connectionError(QNetworkReply::HostNotFoundError));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/")));
    SignalLog log(r);
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(log.events, (QStringList { QStringLiteral("error"), QStringLiteral("finished") }));
    QCOMPARE(r->error(), QNetworkReply::HostNotFoundError);
    QVERIFY(!r->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY(r->readAll().isEmpty());
}

void TestFakeNam::resetMidBody()
{
    FakeNam nam;
    nam.always({}, {}, ReplyScript::resetMidBody(200, R"({"tasks": [{"id": 1}, )"));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/")));
    SignalLog log(r);
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(log.events,
        (QStringList { QStringLiteral("meta"), QStringLiteral("read"), QStringLiteral("error"),
            QStringLiteral("finished") }));
    QCOMPARE(r->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(r->readAll(), QByteArray(R"({"tasks": [{"id": 1}, )"));
}

void TestFakeNam::chunksAndProgress()
{
    FakeNam nam;
    nam.always(
        {}, {}, ReplyScript::json(200, QByteArray(10, 'x')).withChunks(3).withHeader("Content-Length", "10"));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/")));
    QByteArray got;
    int reads = 0;
    QList<qint64> progress;
    connect(r, &QNetworkReply::readyRead, this, [&] {
        ++reads;
        got += r->readAll();
    });
    connect(r, &QNetworkReply::downloadProgress, this, [&](qint64 rec, qint64 total) {
        QCOMPARE(total, 10);
        progress << rec;
    });
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(reads, 4);
    QCOMPARE(got, QByteArray(10, 'x'));
    QCOMPARE(progress, (QList<qint64> { 3, 6, 9, 10 }));
}

void TestFakeNam::redirectAttribute()
{
    FakeNam nam;
    nam.always({}, QStringLiteral("/old"), ReplyScript::redirect(302, "/new?x=1"));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/old")));
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(r->error(), QNetworkReply::NoError);
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    QCOMPARE(
        r->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(), QUrl(QStringLiteral("/new?x=1")));
}

void TestFakeNam::hangThenAbort()
{
    FakeNam nam;
    nam.always({}, {}, ReplyScript::hang());
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/")));
    SignalLog log(r);
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(!finished.wait(150));
    QVERIFY(r->isRunning());
    QCOMPARE(nam.outstanding(), 1);
    r->abort();
    // Like Qt: synchronous, once.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(log.events, (QStringList { QStringLiteral("error"), QStringLiteral("finished") }));
    QCOMPARE(r->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(r->isFinished());
    QCOMPARE(nam.outstanding(), 0);
    QCOMPARE(nam.aborted(), 1);
    r->abort();
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestFakeNam::abortIsSafeAtAnyTime()
{
    // Before begin (delayed), after the headers (between chunks), and twice.
    FakeNam nam;
    nam.always({}, QStringLiteral("/slow"), ReplyScript::json(200, "{}").withDelay(50));
    nam.always(
        {}, QStringLiteral("/chunks"), ReplyScript::json(200, QByteArray(100, 'a')).withChunks(10, 30));
    QNetworkReply *slow = nam.get(req(QStringLiteral("http://h/slow")));
    QSignalSpy slowFinished(slow, &QNetworkReply::finished);
    slow->abort();
    slow->abort();
    QTest::qWait(100);
    QCOMPARE(slowFinished.size(), 1);
    QCOMPARE(slow->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(!slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());

    QNetworkReply *chunks = nam.get(req(QStringLiteral("http://h/chunks")));
    QSignalSpy chunksFinished(chunks, &QNetworkReply::finished);
    QSignalSpy reads(chunks, &QNetworkReply::readyRead);
    QTRY_VERIFY(reads.size() >= 2);
    chunks->abort();
    const auto readsAtAbort = reads.size();
    QTest::qWait(50);
    QCOMPARE(chunksFinished.size(), 1);
    QCOMPARE(reads.size(), readsAtAbort);
    QCOMPARE(chunks->error(), QNetworkReply::OperationCanceledError);

    // Deleting a reply with pending timers is safe too.
    QNetworkReply *deleted = nam.get(req(QStringLiteral("http://h/slow")));
    delete deleted;
    QTest::qWait(80);
}

void TestFakeNam::abortFromReadyRead()
{
    FakeNam nam;
    nam.always({}, {}, ReplyScript::json(200, QByteArray(30, 'a')).withChunks(10));
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/")));
    QSignalSpy finished(r, &QNetworkReply::finished);
    connect(r, &QNetworkReply::readyRead, r, [r] { r->abort(); });
    QVERIFY(finished.wait(2000));
    QTest::qWait(30);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(r->error(), QNetworkReply::OperationCanceledError);
}

void TestFakeNam::outstandingCount()
{
    FakeNam nam;
    nam.always({}, QStringLiteral("/fast"), ReplyScript::json(200, "{}"));
    nam.always({}, QStringLiteral("/slow"), ReplyScript::json(200, "{}").withDelay(40));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i)
        replies << nam.get(req(QStringLiteral("http://h/slow")));
    QCOMPARE(nam.outstanding(), 3);
    QTRY_COMPARE(nam.outstanding(), 0);
    replies << nam.get(req(QStringLiteral("http://h/fast")));
    QCOMPARE(nam.maxOutstanding(), 3);
    QTRY_COMPARE(nam.outstanding(), 0);
}

void TestFakeNam::unmatchedAnswers599()
{
    FakeNam nam;
    QTest::ignoreMessage(QtWarningMsg, "FakeNam: no script for GET http://h/nothing");
    QNetworkReply *r = nam.get(req(QStringLiteral("http://h/nothing")));
    QSignalSpy finished(r, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 599);
    QCOMPARE(nam.unmatched(), 1);
}

QTEST_GUILESS_MAIN(TestFakeNam)
#include "tst_fakenam.moc"
