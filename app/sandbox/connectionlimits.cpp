#include "connectionlimits.h"

#include <algorithm>
#include <sys/resource.h>

namespace einvoice {

namespace {
constexpr rlim_t ReservedFiles = 64; // databases, logs, the app's own files and sockets
constexpr int MinConnections = 8;
} // namespace

int ConnectionLimits::effectiveMaxConnections() const
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::max(1, maxConnections);
    // Halved: in the Demo the client's end of each connection lives in the same process.
    const rlim_t room = limit.rlim_cur > ReservedFiles ? (limit.rlim_cur - ReservedFiles) / 2 : 0;
    const int cap = int(std::min<rlim_t>(room, rlim_t(1) << 20));
    return std::max(1, std::min(maxConnections, std::max(MinConnections, cap)));
}

} // namespace einvoice
