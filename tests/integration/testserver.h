#pragma once

// Access to the real Label Studio servers that the CTest fixtures start (tests/fixtures/lsserver.py):
// each fixture writes a server.json whose path arrives in LSDESK_TEST_SERVER_<FIXTURE>.

#include "api/client.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <optional>

namespace lsdesk::test {

struct TestServer
{
    QString url; // http://127.0.0.1:PORT
    QString prefixUrl; // http://127.0.0.1:NGINX/ls, or empty
    QString legacyToken;
    QString pat;
    QString username;
    bool legacyEnabled = true;
    // Ordinary members of the server's organization who joined through its invite link
    // (annotator1..3@lsdesk.test), each with their own keys: for tests where several people annotate.
    struct Member
    {
        QString email;
        QString password;
        QString legacyToken;
        QString pat;
        int userId = 0;
    };
    QList<Member> annotators;
    QString error;

    static TestServer load(const char *envVar)
    {
        TestServer s;
        const QString path = qEnvironmentVariable(envVar);
        if (path.isEmpty()) {
            s.error = QStringLiteral("%1 is not set: run this test through ctest (it starts the server)")
                          .arg(QLatin1String(envVar));
            return s;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            s.error = QStringLiteral("cannot read %1").arg(path);
            return s;
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        s.url = o.value(QLatin1String("url")).toString();
        s.prefixUrl = o.value(QLatin1String("prefix_url")).toString();
        s.legacyToken = o.value(QLatin1String("legacy_token")).toString();
        s.pat = o.value(QLatin1String("pat")).toString();
        s.username = o.value(QLatin1String("username")).toString();
        s.legacyEnabled = o.value(QLatin1String("legacy_enabled")).toBool(true);
        const QJsonArray members = o.value(QLatin1String("annotators")).toArray();
        for (const QJsonValue &v : members) {
            const QJsonObject m = v.toObject();
            s.annotators.append(
                { m.value(QLatin1String("email")).toString(), m.value(QLatin1String("password")).toString(),
                    m.value(QLatin1String("legacy_token")).toString(),
                    m.value(QLatin1String("pat")).toString(), m.value(QLatin1String("user_id")).toInt() });
        }
        if (s.url.isEmpty() || s.pat.isEmpty())
            s.error = QStringLiteral("%1 lacks url or pat").arg(path);
        return s;
    }
};

// Runs one asynchronous API call to completion: `start` receives the callback to pass on.
template <class T, class Start> Result<T> await(Start &&start, int timeoutMs = 180000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&out, &loop](const Result<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return Result<T>::failure(
            ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test: no completion")));
    return *out;
}

// The bytes of a file (empty when it cannot be read).
inline QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace lsdesk::test
