#pragma once

#include <QByteArray>

class QIODevice;

namespace einvoice {

// OLE compound files (D0 CF 11 E0 A1 B1 1A E1): the container of Excel 97-2003 .xls files and
// of password-protected .xlsx files (the encrypted package sits in a stream "EncryptedPackage"
// next to "EncryptionInfo"). Only the directory entries' names are looked at.
class CompoundFile
{
public:
    enum class Content { EncryptedPackage, ExcelWorkbook, Other };

    static bool hasMagic(const QByteArray &head);
    // Reads the device from its start, up to maxBytes; directory entries sit on 128-byte
    // boundaries.
    static Content classify(QIODevice &device, qint64 maxBytes);
};

} // namespace einvoice
