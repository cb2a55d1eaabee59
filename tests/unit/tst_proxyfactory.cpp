#include "net/proxyfactory.h"

#include <QNetworkProxy>
#include <QTest>

using lsdesk::EnvironmentProxyFactory;

namespace {
QNetworkProxy proxyFor(EnvironmentProxyFactory &f, const QString &url)
{
    const QList<QNetworkProxy> list = f.queryProxy(QNetworkProxyQuery(QUrl(url)));
    if (list.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy); // never expected: an empty list is a failure
    return list.first();
}
} // namespace

class TestProxyFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemeChoosesProxy();
    void noProxyConfigured();
    void proxyForms_data();
    void proxyForms();
    void noProxy_data();
    void noProxy();
    void noProxyAppliesToQuery();
};

void TestProxyFactory::schemeChoosesProxy()
{
    EnvironmentProxyFactory f(QStringLiteral("http://secure-proxy.corp:3129"),
        QStringLiteral("http://plain-proxy.corp:3128"), QString());
    const QNetworkProxy https = proxyFor(f, QStringLiteral("https://ls.example.com/api/projects/"));
    QCOMPARE(https.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(https.hostName(), QStringLiteral("secure-proxy.corp"));
    QCOMPARE(https.port(), quint16(3129));

    const QNetworkProxy http = proxyFor(f, QStringLiteral("http://ls.example.com:8080/api/projects/"));
    QCOMPARE(http.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(http.hostName(), QStringLiteral("plain-proxy.corp"));
    QCOMPARE(http.port(), quint16(3128));
}

void TestProxyFactory::noProxyConfigured()
{
    // Explicit values: an unset variable means no proxy for that scheme (never the system's).
    EnvironmentProxyFactory onlyHttps(QStringLiteral("http://p:1"), QString(), QString());
    QCOMPARE(proxyFor(onlyHttps, QStringLiteral("http://ls.example.com/")).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(onlyHttps, QStringLiteral("https://ls.example.com/")).type(), QNetworkProxy::HttpProxy);

    EnvironmentProxyFactory none { QString(), QString(), QString() };
    QCOMPARE(proxyFor(none, QStringLiteral("https://ls.example.com/")).type(), QNetworkProxy::NoProxy);
}

void TestProxyFactory::proxyForms_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QNetworkProxy::ProxyType>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("url") << "http://proxy.corp:3128" << QNetworkProxy::HttpProxy << "proxy.corp" << 3128 << ""
                         << "";
    QTest::newRow("no scheme") << "proxy.corp:3128" << QNetworkProxy::HttpProxy << "proxy.corp" << 3128 << ""
                               << "";
    QTest::newRow("no port") << "http://proxy.corp" << QNetworkProxy::HttpProxy << "proxy.corp" << 80 << ""
                             << "";
    QTest::newRow("credentials") << "http://bob:s3cret@proxy.corp:8080" << QNetworkProxy::HttpProxy
                                 << "proxy.corp" << 8080 << "bob"
                                 << "s3cret";
    QTest::newRow("socks5") << "socks5://socks.corp:1081" << QNetworkProxy::Socks5Proxy << "socks.corp"
                            << 1081 << ""
                            << "";
    QTest::newRow("socks5h default port")
        << "socks5h://socks.corp" << QNetworkProxy::Socks5Proxy << "socks.corp" << 1080 << ""
        << "";
}

void TestProxyFactory::proxyForms()
{
    QFETCH(QString, proxy);
    QFETCH(QNetworkProxy::ProxyType, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    EnvironmentProxyFactory f(proxy, proxy, QString());
    const QNetworkProxy p = proxyFor(f, QStringLiteral("https://ls.example.com/"));
    QCOMPARE(p.type(), type);
    QCOMPARE(p.hostName(), host);
    QCOMPARE(int(p.port()), port);
    QCOMPARE(p.user(), user);
    QCOMPARE(p.password(), password);
}

void TestProxyFactory::noProxy_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<bool>("bypass");

    QTest::newRow("empty list") << "ls.example.com" << 443 << "" << false;
    QTest::newRow("exact host") << "ls.example.com" << 443 << "ls.example.com" << true;
    QTest::newRow("exact host, upper case") << "LS.Example.com" << 443 << "ls.EXAMPLE.com" << true;
    QTest::newRow("other host") << "ls.example.org" << 443 << "ls.example.com" << false;
    QTest::newRow("suffix matches sub-domain") << "ls.example.com" << 443 << "example.com" << true;
    QTest::newRow("suffix matches itself") << "example.com" << 443 << "example.com" << true;
    QTest::newRow("suffix is not a substring match") << "notexample.com" << 443 << "example.com" << false;
    QTest::newRow("leading dot, sub-domain") << "a.b.example.com" << 443 << ".example.com" << true;
    QTest::newRow("leading dot, not a substring match") << "badexample.com" << 443 << ".example.com" << false;
    QTest::newRow("list with spaces")
        << "ls.example.com" << 443 << "intranet , .example.com ,10.0.0.1" << true;
    QTest::newRow("list, no match") << "ls.example.net" << 443 << "intranet,.example.com,10.0.0.1" << false;
    QTest::newRow("port matches") << "ls.example.com" << 8443 << "ls.example.com:8443" << true;
    QTest::newRow("port differs") << "ls.example.com" << 443 << "ls.example.com:8443" << false;
    QTest::newRow("star") << "anything.example" << 443 << "*" << true;
    QTest::newRow("star in list") << "anything.example" << 443 << "foo.bar,*" << true;
    QTest::newRow("cidr match") << "10.1.2.3" << 80 << "10.0.0.0/8" << true;
    QTest::newRow("cidr no match") << "192.168.1.5" << 80 << "10.0.0.0/8" << false;
    QTest::newRow("cidr /24") << "192.168.1.5" << 80 << "192.168.1.0/24" << true;
    QTest::newRow("cidr, host name") << "ls.example.com" << 80 << "10.0.0.0/8" << false;
    QTest::newRow("ip exact") << "10.0.0.1" << 80 << "10.0.0.1" << true;
    QTest::newRow("localhost always") << "localhost" << 8080 << "" << true;
    QTest::newRow("127.0.0.1 always") << "127.0.0.1" << 8080 << "" << true;
    QTest::newRow("127.1.2.3 always") << "127.1.2.3" << 8080 << "example.com" << true;
    QTest::newRow("::1 always") << "::1" << 8080 << "" << true;
}

void TestProxyFactory::noProxy()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, noProxy);
    QFETCH(bool, bypass);
    QCOMPARE(EnvironmentProxyFactory::bypasses(host, port, noProxy), bypass);
}

void TestProxyFactory::noProxyAppliesToQuery()
{
    EnvironmentProxyFactory f(QStringLiteral("http://proxy.corp:3128"),
        QStringLiteral("http://proxy.corp:3128"), QStringLiteral(".internal.example,ls.example.com:8443"));
    QCOMPARE(proxyFor(f, QStringLiteral("https://ls.internal.example/api/")).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(f, QStringLiteral("https://ls.example.com:8443/api/")).type(), QNetworkProxy::NoProxy);
    // The default port is what the entry's port is compared with.
    QCOMPARE(proxyFor(f, QStringLiteral("https://ls.example.com/api/")).type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxyFor(f, QStringLiteral("http://127.0.0.1:8080/api/")).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(f, QStringLiteral("http://[::1]:8080/api/")).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(f, QStringLiteral("https://public.example/api/")).type(), QNetworkProxy::HttpProxy);
}

QTEST_GUILESS_MAIN(TestProxyFactory)
#include "tst_proxyfactory.moc"
