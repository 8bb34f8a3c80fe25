#include "compoundfile.h"

#include <QIODevice>
#include <QString>

namespace einvoice {

namespace {

constexpr qsizetype EntryBytes = 128;
constexpr qsizetype NameFieldBytes = 64;
constexpr qsizetype ChunkBytes = 1024 * EntryBytes;

// The name of a directory entry at `entry` (UTF-16LE, its byte length with the terminator at
// offset 64, object type 1 = storage or 2 = stream at offset 66); empty when it is not one.
QString entryName(const char *entry)
{
    const auto byteAt = [entry](int i) {
        return quint8(entry[i]);
    };
    const int nameBytes = byteAt(NameFieldBytes) | (byteAt(NameFieldBytes + 1) << 8);
    const int objectType = byteAt(NameFieldBytes + 2);
    if (nameBytes < 4 || nameBytes > NameFieldBytes || nameBytes % 2 != 0
        || (objectType != 1 && objectType != 2))
        return QString();
    QString name;
    for (int i = 0; i + 1 < nameBytes - 2; i += 2)
        name += QChar(char16_t(byteAt(i) | (byteAt(i + 1) << 8)));
    return name;
}

} // namespace

bool CompoundFile::hasMagic(const QByteArray &head)
{
    return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

CompoundFile::Content CompoundFile::classify(QIODevice &device, qint64 maxBytes)
{
    bool excel = false;
    device.seek(0);
    while (device.pos() < maxBytes) {
        const QByteArray chunk = device.read(ChunkBytes);
        for (qsizetype at = 0; at + EntryBytes <= chunk.size(); at += EntryBytes) {
            const QString name = entryName(chunk.constData() + at);
            if (name == u"EncryptionInfo" || name == u"EncryptedPackage")
                return Content::EncryptedPackage;
            excel = excel || name == u"Workbook" || name == u"Book";
        }
        if (chunk.size() < ChunkBytes)
            break;
    }
    return excel ? Content::ExcelWorkbook : Content::Other;
}

} // namespace einvoice
