#pragma once

#include <QtGlobal>

namespace einvoice {

// How much one sandbox server lets its clients hold: connections, request sizes and time. The
// defaults leave the Demo, the tests and the benchmarks far below them; sepay-sandbox has an
// option for each (README, "Local sandbox server").
struct ConnectionLimits
{
    int maxConnections = 256; // lowered further to fit the process's open-file limit
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers
    qint64 maxBodyBytes = 2 * 1024 * 1024; // larger Content-Length: 413 before the body is read
    qint64 maxBufferedBytes = 32 * 1024 * 1024; // memory of unfinished requests, all connections
    qint64 maxUnsentBytes = 8 * 1024 * 1024; // answers a client has not read; more closes it
    int requestTimeoutMs = 30000; // from the first byte of a request to its last
    int idleTimeoutMs = 60000; // a connection with nothing to read or write is closed

    // maxConnections, capped so that the server and an in-process client together stay below the
    // open-file limit (RLIMIT_NOFILE) with room for databases and logs.
    int effectiveMaxConnections() const;
};

} // namespace einvoice
