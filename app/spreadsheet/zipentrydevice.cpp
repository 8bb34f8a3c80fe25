#include "zipentrydevice.h"

#include <climits>
#include <unzip.h>

namespace einvoice {

ZipEntryDevice::ZipEntryDevice(void *unzFile) : m_zip(unzFile)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    const int read = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(maxSize, INT_MAX)));
    if (read < 0) {
        setErrorString(QStringLiteral("zip error %1").arg(read));
        return -1;
    }
    return read;
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace einvoice
