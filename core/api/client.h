#pragma once

#include "api/result.h"
#include "auth/apikey.h"
#include "auth/tokenmanager.h"
#include "dto/dto.h"
#include "net/apijob.h"
#include "net/requestfactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>

class QNetworkAccessManager;

namespace lsdesk {

// One connection to one Label Studio server: base URL, key, options and the network access manager.
// The NAM is injected (tests pass a fake one; the app passes its own); if none is given the client
// makes one. Every request goes through send(), which builds it with the RequestFactory and runs it
// as an ApiJob.
class Client : public QObject
{
    Q_OBJECT
public:
    Client(ServerUrl server, ApiKey key, QNetworkAccessManager *nam = nullptr, ClientOptions options = {},
        QObject *parent = nullptr);

    const ServerUrl &server() const { return m_factory.server(); }
    const RequestFactory &factory() const { return m_factory; }
    TokenManager *tokens() { return &m_tokens; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Starts a job for `spec`. The job belongs to the client, emits finished() once and deletes itself.
    ApiJob *send(const RequestSpec &spec);
    // The same, with a 2xx body streamed into `sink` from the first attempt on (see ApiJob::setSink).
    ApiJob *send(const RequestSpec &spec, QIODevice *sink);

    // Sends `spec` and calls `cb` once with the parsed value - only while `context` lives. `parse` turns a
    // 2xx body into T, or returns nullopt and sets the error text for a body that is not what the API
    // promises.
    template <class T, class Parse>
    ApiJob *call(const RequestSpec &spec, QObject *context, Callback<T> cb, Parse parse)
    {
        ApiJob *job = send(spec);
        QObject::connect(
            job, &ApiJob::finished, context, [job, cb = std::move(cb), parse = std::move(parse)] {
                if (!job->error().ok()) {
                    cb(Result<T>::failure(job->error()));
                    return;
                }
                QString parseError;
                std::optional<T> value = parse(job->body(), &parseError);
                if (!value) {
                    cb(Result<T>::failure(ApiError::make(ApiError::Kind::Parse,
                        QCoreApplication::translate("Client", "Unexpected reply from %1: %2")
                            .arg(job->spec().path, parseError))));
                    return;
                }
                cb(Result<T>::success(std::move(*value)));
            });
        return job;
    }

private:
    QNetworkAccessManager *m_nam;
    RequestFactory m_factory;
    TokenManager m_tokens;
};

// Parses a JSON object body into T via T::fromJson.
template <class T> std::optional<T> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = perr.error != QJsonParseError::NoError
            ? QCoreApplication::translate("Client", "malformed JSON (%1 at byte %2)")
                  .arg(perr.errorString())
                  .arg(perr.offset)
            : QCoreApplication::translate("Client", "expected a JSON object");
        return std::nullopt;
    }
    return T::fromJson(doc.object());
}

// Parses a JSON array body into QList<T>.
template <class T> std::optional<QList<T>> parseArray(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = perr.error != QJsonParseError::NoError
            ? QCoreApplication::translate("Client", "malformed JSON (%1 at byte %2)")
                  .arg(perr.errorString())
                  .arg(perr.offset)
            : QCoreApplication::translate("Client", "expected a JSON array");
        return std::nullopt;
    }
    return listFromJson<T>(doc.array());
}

// A parser for one page of a paginated list (either envelope) of T.
template <class T> auto parsePage(int page, int pageSize)
{
    return [page, pageSize](const QByteArray &body, QString *error) -> std::optional<Page<T>> {
        const auto env = PageEnvelope::parse(body, error);
        if (!env)
            return std::nullopt;
        Page<T> p;
        p.items = listFromJson<T>(env->items);
        p.page = page;
        p.pageSize = pageSize;
        p.total = env->total;
        return p;
    };
}

inline std::optional<Empty> parseEmpty(const QByteArray &, QString *)
{
    return Empty {};
}

} // namespace lsdesk
