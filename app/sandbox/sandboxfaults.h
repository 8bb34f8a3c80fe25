#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

namespace einvoice {

// Fault switches of the sandbox. Rates are shares of /v1 requests (0.0 .. 1.0), drawn from a
// generator seeded with SandboxConfig::randomSeed, so a run is repeatable. The *Next counters
// hit exactly the next N requests, which is what most tests want.
struct SandboxFaults
{
    int latencyMs = 0; // every /v1 answer is deferred this long (the handler does not block)
    double errorRate = 0; // share of 500 INTERNAL_ERROR answers (request not executed)
    double dropRate = 0; // share of connections closed without an answer (request not executed)
    double malformedRate = 0; // share of 200 answers whose JSON body is cut off (request executed)
    double rateLimitRate = 0; // share of 429 TOO_MANY_REQUESTS answers with Retry-After
    int retryAfterSeconds = 1;
    bool failJobs = false; // every create/issue job ends Failed
    int errorNext = 0;
    int dropNext = 0;
    int malformedNext = 0;
    int rateLimitNext = 0;
    // A hostile server: downloads carry this file_name and/or these bytes instead (empty: off).
    QString downloadFileName;
    QString downloadContent;

    // JSON names: latency_ms, error_rate, drop_rate, malformed_rate, rate_limit_rate,
    // retry_after_seconds, fail_jobs, error_next, drop_next, malformed_next, rate_limit_next,
    // download_file_name, download_content.
    QJsonObject toJson() const;
    // Changes only the keys present; returns the first bad key name, or an empty string.
    QString applyJson(const QJsonObject &object);
};

} // namespace einvoice
