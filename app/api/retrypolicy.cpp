#include "retrypolicy.h"

#include "apierror.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace einvoice {

int RetryPolicy::delayMs(int attempt, double unitRandom) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double raw = std::min<double>(maxDelayMs, double(baseDelayMs) * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * unitRandom - 1.0);
    return std::clamp(int(std::lround(raw * factor)), 0, maxDelayMs);
}

int RetryPolicy::delayMs(int attempt) const
{
    return delayMs(attempt, QRandomGenerator::global()->generateDouble());
}

int RetryPolicy::waitMs(const ApiError &error, int attempt) const
{
    if (asksTooLong(error))
        return -1;
    return error.retryAfterMs >= 0 ? error.retryAfterMs : delayMs(attempt);
}

bool RetryPolicy::asksTooLong(const ApiError &error) const
{
    return error.retryAfterMs > maxWaitMs;
}

int RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(nowUtc.msecsTo(when), 0, 24 * 3600 * 1000));
}

} // namespace einvoice
