#include "net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using lsdesk::ApiError;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
const QByteArray kJson = "application/json";
const QByteArray kHtml = "text/html; charset=utf-8";

const QByteArray kDjango404
    = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not "
      "Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";

QByteArray envelope(int status, const QString &detail, const QJsonObject &validation = {})
{
    QJsonObject o { { QStringLiteral("id"), QStringLiteral("4f1b0cbe-8f0f-4a4d-9a1b-3a7c2e1d0f00") },
        { QStringLiteral("status_code"), status }, { QStringLiteral("version"), QStringLiteral("1.23.2") },
        { QStringLiteral("detail"), detail }, { QStringLiteral("exc_info"), QJsonValue::Null } };
    if (!validation.isEmpty())
        o.insert(QStringLiteral("validation_errors"), validation);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void validationErrorsKeptVerbatim();
    void hugeBodiesGiveBoundedMessages_data();
    void hugeBodiesGiveBoundedMessages();
    void fromNetwork_data();
    void fromNetwork();
    void exitCodes_data();
    void exitCodes();
    void predicates();
    void fieldMessages();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("messageParts");

    const QString legacyDisabled = QStringLiteral("Authentication token no longer valid: legacy token "
                                                  "authentication has been disabled for this organization");

    QTest::newRow("400 validation envelope")
        << 400
        << envelope(400, QStringLiteral("Validation error"),
               QJsonObject { { QStringLiteral("label_config"),
                   QJsonArray { QStringLiteral("Tag Foo is not supported") } } })
        << kJson << ApiError::Kind::Http << 1 << QStringLiteral("Validation error")
        << QStringList { QStringLiteral("rejected"),
               QStringLiteral("label_config: Tag Foo is not supported") };
    QTest::newRow("400 plain DRF serializer errors")
        << 400 << QByteArray(R"({"title":["Ensure this field has no more than 50 characters."]})") << kJson
        << ApiError::Kind::Http << 1 << QString()
        << QStringList { QStringLiteral("title: Ensure this field has no more than 50 characters.") };
    QTest::newRow("400 detail only") << 400
                                     << QByteArray(R"({"detail":"Token is invalid or already blacklisted."})")
                                     << kJson << ApiError::Kind::Http << 1
                                     << QStringLiteral("Token is invalid or already blacklisted.")
                                     << QStringList { QStringLiteral(
                                            "Token is invalid or already blacklisted.") };
    QTest::newRow("401 legacy disabled")
        << 401 << envelope(401, legacyDisabled) << kJson << ApiError::Kind::Http << 3 << legacyDisabled
        << QStringList { legacyDisabled, QStringLiteral("personal access token") };
    QTest::newRow("401 not provided")
        << 401 << QByteArray(R"({"detail":"Authentication credentials were not provided."})") << kJson
        << ApiError::Kind::Http << 3 << QStringLiteral("Authentication credentials were not provided.")
        << QStringList { QStringLiteral("Authentication credentials were not provided."),
               QStringLiteral("API key") };
    QTest::newRow("403")
        << 403 << envelope(403, QStringLiteral("You do not have permission to perform this action.")) << kJson
        << ApiError::Kind::Http << 3 << QStringLiteral("You do not have permission to perform this action.")
        << QStringList { QStringLiteral("You do not have permission to perform this action.") };
    QTest::newRow("404 JSON") << 404 << envelope(404, QStringLiteral("Not found.")) << kJson
                              << ApiError::Kind::Http << 4 << QStringLiteral("Not found.")
                              << QStringList { QStringLiteral("Not found.") };
    QTest::newRow("404 invalid page")
        << 404 << envelope(404, QStringLiteral("Invalid page.")) << kJson << ApiError::Kind::Http << 4
        << QStringLiteral("Invalid page.") << QStringList { QStringLiteral("Invalid page.") };
    QTest::newRow("404 Django HTML") << 404 << kDjango404 << kHtml << ApiError::Kind::NotAvailable << 4
                                     << QString()
                                     << QStringList { QStringLiteral("not available"),
                                            QStringLiteral("Enterprise") };
    QTest::newRow("404 HTML without content type")
        << 404 << kDjango404 << QByteArray() << ApiError::Kind::NotAvailable << 4 << QString()
        << QStringList { QStringLiteral("not available") };
    QTest::newRow("405 HTML") << 405 << QByteArray("<html><body><h1>Method Not Allowed</h1></body></html>")
                              << kHtml << ApiError::Kind::NotAvailable << 4 << QString()
                              << QStringList { QStringLiteral("not available"), QStringLiteral("405") };
    QTest::newRow("404 plain text is the server speaking")
        << 404 << QByteArray("Export is not completed") << QByteArray("text/plain") << ApiError::Kind::Http
        << 4 << QStringLiteral("Export is not completed")
        << QStringList { QStringLiteral("Not found"), QStringLiteral("Export is not completed") };
    QTest::newRow("405 JSON") << 405 << QByteArray(R"({"detail":"Method \"PUT\" not allowed."})") << kJson
                              << ApiError::Kind::Http << 5 << QStringLiteral("Method \"PUT\" not allowed.")
                              << QStringList { QStringLiteral("405"), QStringLiteral("not allowed") };
    QTest::newRow("409 JSON")
        << 409
        << QByteArray(
               R"({"detail":"You already have a valid token. Please revoke it before creating a new one."})")
        << kJson << ApiError::Kind::Http << 5
        << QStringLiteral("You already have a valid token. Please revoke it before creating a new one.")
        << QStringList { QStringLiteral("409"), QStringLiteral("already have a valid token") };
    QTest::newRow("429") << 429 << QByteArray(R"({"detail":"Request was throttled."})") << kJson
                         << ApiError::Kind::Http << 5 << QStringLiteral("Request was throttled.")
                         << QStringList { QStringLiteral("429"), QStringLiteral("rate") };
    QTest::newRow("500 with detail") << 500 << envelope(500, QStringLiteral("database is locked")) << kJson
                                     << ApiError::Kind::Http << 5 << QStringLiteral("database is locked")
                                     << QStringList { QStringLiteral("500"),
                                            QStringLiteral("database is locked"),
                                            QStringLiteral("administrator") };
    QTest::newRow("500 HTML traceback")
        << 500 << QByteArray("<html><body><h1>Server Error (500)</h1></body></html>") << kHtml
        << ApiError::Kind::Http << 5 << QString() << QStringList { QStringLiteral("HTTP 500") };
    QTest::newRow("502 HTML") << 502
                              << QByteArray("<html><center><h1>502 Bad Gateway</h1></center>nginx</html>")
                              << kHtml << ApiError::Kind::Http << 5 << QString()
                              << QStringList { QStringLiteral("HTTP 502"), QStringLiteral("Try again") };
    QTest::newRow("503 plain text") << 503
                                    << QByteArray("upstream connect error or disconnect/reset before headers")
                                    << QByteArray("text/plain") << ApiError::Kind::Http << 5
                                    << QStringLiteral(
                                           "upstream connect error or disconnect/reset before headers")
                                    << QStringList { QStringLiteral("HTTP 503"),
                                           QStringLiteral("upstream connect error") };
    QTest::newRow("504 empty") << 504 << QByteArray() << QByteArray() << ApiError::Kind::Http << 5
                               << QString()
                               << QStringList { QStringLiteral("504"), QStringLiteral("timed out") };
    QTest::newRow("418 unknown 4xx, text")
        << 418 << QByteArray("I'm a teapot") << QByteArray("text/plain") << ApiError::Kind::Http << 5
        << QStringLiteral("I'm a teapot")
        << QStringList { QStringLiteral("HTTP 418"), QStringLiteral("I'm a teapot") };
    QTest::newRow("JSON array body") << 400 << QByteArray(R"(["first problem","second problem"])") << kJson
                                     << ApiError::Kind::Http << 1
                                     << QStringLiteral("first problem; second problem")
                                     << QStringList { QStringLiteral("first problem; second problem") };
    QTest::newRow("malformed JSON body")
        << 500 << QByteArray(R"({"detail": "cut off)") << kJson << ApiError::Kind::Http << 5
        << QStringLiteral(R"({"detail": "cut off)") << QStringList { QStringLiteral("HTTP 500") };
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, detail);
    QFETCH(QStringList, messageParts);

    const ApiError e = ApiError::fromHttp(status, body, QString::fromLatin1(contentType));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.exitCode(), exitCode);
    if (detail != QLatin1String("*")) // "*": not checked
        QCOMPARE(e.detail, detail);
    QVERIFY(!e.ok());
    QVERIFY(!e.message.isEmpty());
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(e.message.contains(part, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, e.message)));
    // HTML never leaks into a message.
    QVERIFY2(!e.message.contains(QLatin1String("<html")) && !e.message.contains(QLatin1String("<h1>")),
        qPrintable(e.message));
}

void TestApiError::validationErrorsKeptVerbatim()
{
    const QJsonObject v { { QStringLiteral("label_config"),
                              QJsonArray { QStringLiteral("a"), QStringLiteral("b") } },
        { QStringLiteral("title"), QJsonArray { QStringLiteral("too long") } } };
    const ApiError e = ApiError::fromHttp(
        400, envelope(400, QStringLiteral("Validation error"), v), QStringLiteral("application/json"));
    QCOMPARE(e.validationErrors, v);
    QCOMPARE(e.validationText(), QStringLiteral("label_config: a; b; title: too long"));
}

void TestApiError::hugeBodiesGiveBoundedMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QByteArray html = "<!DOCTYPE html><html><head><title>Server Error</title></head><body>";
    while (html.size() < 2 * 1024 * 1024)
        html += "<div class=\"frame\">Traceback line with some text &amp; entities</div>\n";
    html += "</body></html>";
    QByteArray text;
    while (text.size() < 1024 * 1024)
        text += "File \"/usr/lib/python3/site-packages/django/core/handlers/base.py\", line 181\n";
    const QByteArray hugeDetail
        = QJsonDocument(QJsonObject { { QStringLiteral("detail"), QString::fromLatin1(text) } })
              .toJson(QJsonDocument::Compact);
    QJsonObject manyErrors;
    for (int i = 0; i < 2000; ++i)
        manyErrors.insert(
            QStringLiteral("field_%1").arg(i), QJsonArray { QStringLiteral("This field is required.") });

    QTest::newRow("500 html") << 500 << html << kHtml;
    QTest::newRow("500 html, no content type") << 500 << html << QByteArray();
    QTest::newRow("404 html") << 404 << html << kHtml;
    QTest::newRow("502 text") << 502 << text << QByteArray("text/plain");
    QTest::newRow("500 huge detail") << 500 << hugeDetail << kJson;
    QTest::newRow("401 huge detail") << 401 << hugeDetail << kJson;
    QTest::newRow("400 many validation errors")
        << 400 << envelope(400, QStringLiteral("Validation error"), manyErrors) << kJson;
    QTest::newRow("403 huge detail") << 403 << hugeDetail << kJson;
}

void TestApiError::hugeBodiesGiveBoundedMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const ApiError e = ApiError::fromHttp(status, body, QString::fromLatin1(contentType));
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.size() <= 1500, qPrintable(QString::number(e.message.size())));
    QVERIFY2(!e.message.contains(QLatin1Char('\n')), "the message is one line");
}

void TestApiError::fromNetwork_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << QStringLiteral("connection refused");
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << QStringLiteral("not found");
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError
                            << QStringLiteral("closed the connection");
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << QStringLiteral("CA bundle");
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << QStringLiteral("proxy");
    QTest::newRow("other") << QNetworkReply::TemporaryNetworkFailureError << QStringLiteral("Network error");
}

void TestApiError::fromNetwork()
{
    QFETCH(QNetworkReply::NetworkError, code);
    QFETCH(QString, messagePart);
    const ApiError e
        = ApiError::fromNetwork(code, QStringLiteral("qt says\nsomething"), QStringLiteral("ls.example.com"));
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QCOMPARE(e.networkError, code);
    QCOMPARE(e.httpStatus, 0);
    QCOMPARE(e.exitCode(), 5);
    QVERIFY2(e.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(e.message));
    if (code != QNetworkReply::ProxyConnectionRefusedError)
        QVERIFY2(e.message.contains(QLatin1String("ls.example.com")), qPrintable(e.message));
    QVERIFY(!e.message.contains(QLatin1Char('\n')));
}

void TestApiError::exitCodes_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << ApiError::Kind::None << 0;
    QTest::newRow("auth") << ApiError::Kind::Auth << 3;
    QTest::newRow("not available") << ApiError::Kind::NotAvailable << 4;
    QTest::newRow("invalid input") << ApiError::Kind::InvalidInput << 2;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << 130;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << 5;
    QTest::newRow("network") << ApiError::Kind::Network << 5;
    QTest::newRow("parse") << ApiError::Kind::Parse << 5;
    QTest::newRow("redirect") << ApiError::Kind::Redirect << 5;
    QTest::newRow("unsupported") << ApiError::Kind::Unsupported << 5;
}

void TestApiError::exitCodes()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, exitCode);
    const ApiError e = ApiError::make(kind, QStringLiteral("x"));
    QCOMPARE(e.exitCode(), exitCode);
    QCOMPARE(e.ok(), kind == ApiError::Kind::None);
}

void TestApiError::predicates()
{
    QVERIFY(ApiError::make(ApiError::Kind::Auth, {}).isAuthError());
    QVERIFY(ApiError::fromHttp(401, "{}", QStringLiteral("application/json")).isAuthError());
    QVERIFY(ApiError::fromHttp(403, "{}", QStringLiteral("application/json")).isAuthError());
    QVERIFY(!ApiError::fromHttp(404, "{}", QStringLiteral("application/json")).isAuthError());
    QVERIFY(ApiError::fromHttp(404, "{}", QStringLiteral("application/json")).isNotFound());
    QVERIFY(ApiError::fromHttp(404, kDjango404, QString::fromLatin1(kHtml)).isNotFound());
    QVERIFY(!ApiError::fromHttp(500, "{}", QStringLiteral("application/json")).isNotFound());
}

void TestApiError::fieldMessages()
{
    // DRF: {"title": ["Ensure this field has at least 3 characters.", "Second."]} - one line per field.
    QCOMPARE(ApiError::fieldMessages(QJsonArray { QStringLiteral("Too short."), QStringLiteral("Second.") }),
        QStringLiteral("Too short. Second."));
    QCOMPARE(ApiError::fieldMessages(QStringLiteral("A valid integer is required.")),
        QStringLiteral("A valid integer is required."));
    // Nested serializers and stored values: compact JSON, never an empty text.
    QCOMPARE(ApiError::fieldMessages(
                 QJsonObject { { QStringLiteral("sampling"), QJsonArray { QStringLiteral("x") } } }),
        QStringLiteral("{\"sampling\":[\"x\"]}"));
    QCOMPARE(ApiError::fieldMessages(5), QStringLiteral("5"));
    QCOMPARE(ApiError::fieldMessages(true), QStringLiteral("true"));
    QCOMPARE(ApiError::fieldMessages(QJsonValue::Null), QStringLiteral("null"));
    QCOMPARE(ApiError::fieldMessages(QJsonArray {}), QString());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
