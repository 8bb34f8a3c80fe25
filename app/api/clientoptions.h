#pragma once

#include "correctioncontract.h"
#include "retrypolicy.h"

#include <QString>

namespace einvoice {

// How job polling paces itself: the interval starts at initialIntervalMs and doubles while the
// job stays Pending, up to maxIntervalMs; overallTimeoutMs (measured with the client's clock)
// ends the wait with a Timeout error.
struct PollingOptions
{
    int initialIntervalMs = 1000;
    int maxIntervalMs = 10000;
    double factor = 2.0;
    int overallTimeoutMs = 180000;
};

// Everything tunable about one SepayClient. Tests shrink the times to milliseconds.
struct ClientOptions
{
    int transferTimeoutMs = 30000; // per HTTP attempt
    int maxConcurrent = 4; // requests on the wire at once
    int maxQueued = 500; // waiting requests; beyond that a job fails with Busy
    int tokenRefreshMarginSeconds = 300; // renew the token this long before it expires
    RetryPolicy retry;
    PollingOptions polling;
    int maxCreateResends = 2; // POSTs of one create after proof that the first did not land
    CorrectionContract corrections; // the guesses about replace and adjust
    QString userAgent; // empty: "sepay-einvoice/<version> (Qt <version>)"

    static QString defaultUserAgent();
};

} // namespace einvoice
