#pragma once

#include "core/clock.h"
#include "faultinjector.h"
#include "requestlog.h"
#include "sandboxconfig.h"
#include "sandboxdatabase.h"
#include "sandboxrequest.h"

#include <QUrl>

namespace einvoice {

// What every endpoint of one sandbox server shares. Owned by SandboxServer's private part.
class SandboxContext
{
public:
    SandboxContext(SandboxConfig config, const Clock &clock);

    SandboxConfig config; // job timing and the rest; the admin path changes some fields at run time
    SandboxDatabase db;
    FaultInjector faults;
    RequestLog log;
    QUrl baseUrl;
    const Clock &clock;

    qint64 nowMs() const { return clock.nowUtc().toMSecsSinceEpoch(); }
    // A valid "Authorization: Bearer <token>" that has not expired.
    bool isAuthorized(const SandboxRequest &request);
};

} // namespace einvoice
