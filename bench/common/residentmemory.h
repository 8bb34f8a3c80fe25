#pragma once

// The resident memory of this process, for the benchmarks (header only).

#include <QByteArray>
#include <QFile>
#include <QList>

namespace einvoice::bench {

// VmRSS in MB; -1 when /proc cannot be read.
inline double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace einvoice::bench
