#pragma once

#include "connectionlimits.h"
#include "correctionreadings.h"
#include "requestlog.h"
#include "sandboxfaults.h"

#include <QString>
#include <QtGlobal>

namespace einvoice {

// Everything that shapes one run of the local SePay sandbox server.
struct SandboxConfig
{
    // Credentials POST /v1/token accepts (documented in the README).
    QString clientId = QStringLiteral("sandbox-client-id");
    QString clientSecret = QStringLiteral("sandbox-client-secret");
    int tokenLifetimeSeconds = 86400;

    // Persistent state; empty means an in-memory database. Every request reads and writes the
    // database (no in-memory cache), so two processes on one file see the same invoices.
    QString dataFile;
    int seedInvoices = 0; // demo invoices created on first start of an empty database
    quint64 randomSeed = 1; // makes seeding and fault injection deterministic

    // Asynchronous jobs stay Pending for this many polls and at least this long.
    int jobPendingPolls = 1;
    int jobPendingMs = 0;

    // After issue provider_status stays "3" (not yet sent) this long, then becomes the outcome
    // ("4" code granted; "2", "5", "6" failures). ProviderStatusSchedule.
    int providerStatusDelayMs = 0;
    QString providerStatusOutcome = QStringLiteral("4");

    qint64 initialQuota = 500;

    // Faults active from the start; /_sandbox/faults changes them at run time.
    SandboxFaults faults;

    // The contract says a file can only be downloaded once the invoice is issued; with this set,
    // GET /v1/invoices/{x}/download also serves drafts (with the draft mark).
    bool allowDraftDownload = false;

    // Which reading of the correction contract's open points the server follows.
    CorrectionReadings corrections;
    // What clients may hold (connections, sizes, time) and what the request log keeps.
    ConnectionLimits limits;
    RequestLogLimits requestLog;
};

} // namespace einvoice
