#include "sandboxcontext.h"

namespace einvoice {

SandboxContext::SandboxContext(SandboxConfig configuration, const Clock &clockSource)
    : config(std::move(configuration)),
      db(config.dataFile),
      faults(config.randomSeed, config.faults),
      log(config.requestLog),
      clock(clockSource)
{
}

bool SandboxContext::isAuthorized(const SandboxRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return false;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    return !token.isEmpty() && db.isTokenValid(token, nowMs());
}

} // namespace einvoice
