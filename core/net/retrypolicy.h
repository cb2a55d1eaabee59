#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <optional>

namespace lsdesk {

// When to try a request again, as data rather than control flow (libQuotient's errorStrategy idea).
// Idempotent verbs are retried on connection errors and on the statuses below; POST and PATCH only when
// the request provably never reached the server (connection refused, host not found), because a
// replayed POST may create a second project or annotation.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 500; // first backoff; doubles each retry
    int maxDelayMs = 30000; // cap for backoff and for the server's Retry-After
    double jitter = 0.2; // +-20% so that many clients do not retry in lockstep
    QList<int> retryStatuses { 408, 429, 502, 503, 504 };
    QList<QNetworkReply::NetworkError> retryNetworkErrors {
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::NetworkSessionFailedError,
        QNetworkReply::UnknownNetworkError,
        QNetworkReply::ProxyConnectionClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
    };

    static RetryPolicy none()
    {
        RetryPolicy p;
        p.maxRetries = 0;
        return p;
    }

    static bool isIdempotent(const QByteArray &verb);
    // Errors that happen before a single byte of the request could have reached the server.
    static bool provablyUnsent(QNetworkReply::NetworkError error);

    // The delay before retry number `retriesTaken + 1`, or nullopt when the request must not be retried.
    // `status` is 0 for network errors; `retryAfter` is the raw Retry-After header (seconds or HTTP date).
    std::optional<int> delayFor(int retriesTaken, const QByteArray &verb, int status,
        QNetworkReply::NetworkError error, const QByteArray &retryAfter,
        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Retry-After in milliseconds (capped), nullopt when absent or unreadable.
    std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now) const;
};

} // namespace lsdesk
