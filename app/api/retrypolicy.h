#pragma once

#include <QByteArray>
#include <QDateTime>

namespace einvoice {

// Exponential backoff with jitter for requests that may be repeated (GETs, the token request).
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 10000;
    double jitter = 0.25; // +/- this share of the delay
    int maxRetryAfterMs = 60000; // a longer Retry-After gives up instead of waiting

    // Delay before attempt number `attempt` + 1 (attempt >= 1), unitRandom in [0, 1).
    int delayMs(int attempt, double unitRandom) const;
    // Same with QRandomGenerator.
    int delayMs(int attempt) const;

    // Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
};

} // namespace einvoice
