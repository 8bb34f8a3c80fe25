#pragma once

#include <QIODevice>

namespace einvoice {

// The entry a minizip unzFile has open (unzOpenCurrentFile), inflated as it is read.
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(void *unzFile);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void *m_zip = nullptr;
};

} // namespace einvoice
