#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace lsdesk {

bool RetryPolicy::isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE" || verb == "OPTIONS";
}

bool RetryPolicy::provablyUnsent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError;
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now) const
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok && seconds >= 0 && std::isfinite(seconds))
        return static_cast<int>(std::min<double>(seconds * 1000.0, maxDelayMs));
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    // Parse date and time apart and join them in UTC: QLocale::toDateTime() would read them as local time,
    // which does not exist in a DST gap.
    const QStringList parts = QString::fromLatin1(v).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != QLatin1String("GMT"))
        return std::nullopt;
    const QDate date
        = QLocale::c().toDate(parts.mid(0, 4).join(QLatin1Char(' ')), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(parts.at(4), QStringLiteral("HH:mm:ss"));
    const QDateTime when(date, time, QTimeZone::utc());
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = std::max<qint64>(0, now.msecsTo(when));
    return static_cast<int>(std::min<qint64>(ms, maxDelayMs));
}

std::optional<int> RetryPolicy::delayFor(int retriesTaken, const QByteArray &verb, int status,
    QNetworkReply::NetworkError error, const QByteArray &retryAfter, const QDateTime &now) const
{
    if (retriesTaken >= maxRetries)
        return std::nullopt;
    const bool idempotent = isIdempotent(verb);
    if (status > 0) {
        if (!idempotent || !retryStatuses.contains(status))
            return std::nullopt;
    } else {
        if (!retryNetworkErrors.contains(error))
            return std::nullopt;
        if (!idempotent && !provablyUnsent(error))
            return std::nullopt;
    }
    if (const auto server = parseRetryAfter(retryAfter, now))
        return *server;
    const double base = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, retriesTaken));
    const double spread
        = jitter > 0 ? (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * jitter : 0.0;
    return static_cast<int>(std::clamp(base * (1.0 + spread), 0.0, double(maxDelayMs)));
}

} // namespace lsdesk
