#pragma once

#include <QByteArray>
#include <QDateTime>

namespace einvoice {

struct ApiError;

// When a request is tried again, for every request alike: exponential backoff with jitter, or
// the server's Retry-After, and one cap on how long any request waits (issue 14: a create
// answered 429 with Retry-After 3000 s waited 50 minutes in silence while GETs gave up after a
// minute). Above the cap the request ends with its error, which stays retryable: the caller keeps
// the work (the outbox keeps the invoice for a later run).
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 10000;
    double jitter = 0.25; // +/- this share of the delay
    int maxWaitMs = 60000; // the longest any request waits before it is tried again

    // Delay before attempt number `attempt` + 1 (attempt >= 1), unitRandom in [0, 1).
    int delayMs(int attempt, double unitRandom) const;
    // Same with QRandomGenerator.
    int delayMs(int attempt) const;
    // How long to wait after error before attempt `attempt` + 1: the Retry-After it carries, else
    // the backoff; -1 when the server asks for longer than maxWaitMs (do not wait: give up).
    int waitMs(const ApiError &error, int attempt) const;
    bool asksTooLong(const ApiError &error) const;

    // Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
};

} // namespace einvoice
