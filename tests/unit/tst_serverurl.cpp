#include "net/serverurl.h"

#include <QTest>

using lsdesk::ServerUrl;

class TestServerUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void resolve_data();
    void resolve();
    void resolveKeepsQuery();
    void sameOrigin_data();
    void sameOrigin();
};

void TestServerUrl::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");

    QTest::newRow("host only") << "https://ls.example.com"
                               << "https://ls.example.com";
    QTest::newRow("host, trailing slash") << "https://ls.example.com/"
                                          << "https://ls.example.com";
    QTest::newRow("port") << "http://localhost:8080"
                          << "http://localhost:8080";
    QTest::newRow("prefix") << "https://example.com/label-studio"
                            << "https://example.com/label-studio";
    QTest::newRow("prefix, trailing slash") << "https://example.com/label-studio/"
                                            << "https://example.com/label-studio";
    QTest::newRow("prefix, many slashes") << "https://example.com/ls///"
                                          << "https://example.com/ls";
    QTest::newRow("nested prefix") << "https://example.com/a/b/"
                                   << "https://example.com/a/b";
    QTest::newRow("whitespace around") << "  http://127.0.0.1:8080/ \n"
                                       << "http://127.0.0.1:8080";
    QTest::newRow("query and fragment dropped") << "https://example.com/ls/?next=/projects#top"
                                                << "https://example.com/ls";
    QTest::newRow("upper-case scheme and host") << "HTTPS://LS.Example.COM/"
                                                << "https://ls.example.com";
    QTest::newRow("ipv6") << "http://[::1]:8080/"
                          << "http://[::1]:8080";
}

void TestServerUrl::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    const ServerUrl url = ServerUrl::parse(input);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QVERIFY(url.errorString().isEmpty());
    QCOMPARE(url.toString(), base);
    QVERIFY(!url.base().path().endsWith(QLatin1Char('/')));
}

void TestServerUrl::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart"); // a part of the error message

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("ftp") << "ftp://files.example.com"
                         << "not a server URL";
    QTest::newRow("file") << "file:///tmp/x"
                          << "not a server URL";
    QTest::newRow("no scheme") << "ls.example.com"
                               << "not a server URL";
    QTest::newRow("no host") << "https://"
                             << "not a server URL";
    QTest::newRow("no host, path") << "http:///api"
                                   << "not a server URL";
    QTest::newRow("garbage") << "not a url at all"
                             << "not a server URL";
    QTest::newRow("bad port") << "http://host:99999"
                              << "not a server URL";
    QTest::newRow("user and password") << "https://alice:secret@ls.example.com"
                                       << "user name or password";
    QTest::newRow("user only") << "https://alice@ls.example.com/"
                               << "user name or password";
}

void TestServerUrl::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const ServerUrl url = ServerUrl::parse(input);
    QVERIFY(!url.isValid());
    QVERIFY2(url.errorString().contains(messagePart), qPrintable(url.errorString()));
    // The password of a user:pass@ URL is not echoed back.
    QVERIFY(!url.errorString().contains(QLatin1String("secret")));
}

void TestServerUrl::resolve_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("root") << "https://ls.example.com"
                          << "api/projects/"
                          << "https://ls.example.com/api/projects/";
    QTest::newRow("root, trailing slash") << "https://ls.example.com/"
                                          << "api/projects/"
                                          << "https://ls.example.com/api/projects/";
    QTest::newRow("leading slash ignored") << "https://ls.example.com"
                                           << "/api/projects/"
                                           << "https://ls.example.com/api/projects/";
    QTest::newRow("prefix") << "https://example.com/ls"
                            << "api/projects/"
                            << "https://example.com/ls/api/projects/";
    QTest::newRow("prefix, trailing slash") << "https://example.com/ls/"
                                            << "api/version/"
                                            << "https://example.com/ls/api/version/";
    QTest::newRow("prefix, leading slash stays below prefix") << "https://example.com/ls/"
                                                              << "//api/version/"
                                                              << "https://example.com/ls/api/version/";
    QTest::newRow("no trailing slash kept") << "http://localhost:8080"
                                            << "api/projects/3/export/formats"
                                            << "http://localhost:8080/api/projects/3/export/formats";
    QTest::newRow("query of the base dropped") << "https://example.com/ls?x=1"
                                               << "api/tasks/"
                                               << "https://example.com/ls/api/tasks/";
}

void TestServerUrl::resolve()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const ServerUrl url = ServerUrl::parse(base);
    QVERIFY(url.isValid());
    QCOMPARE(url.resolve(path).toString(), expected);
}

void TestServerUrl::resolveKeepsQuery()
{
    const ServerUrl url = ServerUrl::parse(QStringLiteral("https://example.com/ls/"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project"), QStringLiteral("7"));
    q.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
    const QUrl u = url.resolve(QStringLiteral("api/tasks/"), q);
    QCOMPARE(u.path(), QStringLiteral("/ls/api/tasks/"));
    QCOMPARE(QUrlQuery(u).queryItemValue(QStringLiteral("project")), QStringLiteral("7"));
    QCOMPARE(QUrlQuery(u).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(u.toString(), QStringLiteral("https://example.com/ls/api/tasks/?project=7&page=2"));
}

void TestServerUrl::sameOrigin_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << QUrl(QStringLiteral("https://h.example/x"))
                               << QUrl(QStringLiteral("https://h.example/y")) << true;
    QTest::newRow("https default port") << QUrl(QStringLiteral("https://h.example:443/x"))
                                        << QUrl(QStringLiteral("https://h.example/")) << true;
    QTest::newRow("http default port")
        << QUrl(QStringLiteral("http://h.example/")) << QUrl(QStringLiteral("http://h.example:80/a")) << true;
    QTest::newRow("host case") << QUrl(QStringLiteral("https://H.Example/"))
                               << QUrl(QStringLiteral("https://h.example/")) << true;
    QTest::newRow("other port") << QUrl(QStringLiteral("https://h.example:8443/"))
                                << QUrl(QStringLiteral("https://h.example/")) << false;
    QTest::newRow("other scheme") << QUrl(QStringLiteral("http://h.example/"))
                                  << QUrl(QStringLiteral("https://h.example/")) << false;
    QTest::newRow("http 443 vs https") << QUrl(QStringLiteral("http://h.example:443/"))
                                       << QUrl(QStringLiteral("https://h.example/")) << false;
    QTest::newRow("other host") << QUrl(QStringLiteral("https://cdn.example/"))
                                << QUrl(QStringLiteral("https://h.example/")) << false;
    QTest::newRow("sub-domain") << QUrl(QStringLiteral("https://a.h.example/"))
                                << QUrl(QStringLiteral("https://h.example/")) << false;
}

void TestServerUrl::sameOrigin()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);
    QCOMPARE(ServerUrl::sameOrigin(a, b), same);
    QCOMPARE(ServerUrl::sameOrigin(b, a), same);
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
