#include "xlsxpackage.h"

#include "budgeteddevice.h"
#include "safexmlreader.h"
#include "xlsxcontenttypes.h"
#include "xlsxrelationships.h"
#include "zipentrydevice.h"

#include <QFile>
#include <QFileInfo>

#include <unzip.h>

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

const QString ContentTypesPart = QStringLiteral("[Content_Types].xml");
constexpr quint16 EncryptedEntryFlag = 0x1;
constexpr quint64 MaxEntries = 10'000; // a workbook has dozens; more only costs memory

SpreadsheetError zipError(int code)
{
    return SpreadsheetError::make(Code::CorruptZip, QString(), QStringLiteral("zip error %1").arg(code));
}

} // namespace

XlsxPackage::XlsxPackage(const SpreadsheetLimits &limits)
    : m_limits(limits), m_budget(limits.maxUncompressedBytes)
{
}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

SpreadsheetError XlsxPackage::open(const QString &path)
{
    SpreadsheetError error = checkFile(path);
    if (!error.isOk())
        return error;
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        return SpreadsheetError::make(
            Code::CorruptZip, QString(), QStringLiteral("no zip central directory"));
    error = checkCentralDirectory();
    if (error.isOk())
        error = findWorkbookPart();
    return error;
}

SpreadsheetError XlsxPackage::checkFile(const QString &path) const
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return SpreadsheetError::make(Code::FileUnreadable, path, file.errorString());
    if (file.size() == 0)
        return SpreadsheetError::make(Code::FileEmpty, path);
    if (file.size() > m_limits.maxFileBytes)
        return SpreadsheetError::limited(Code::FileTooLarge, m_limits.maxFileBytes);
    return SpreadsheetError();
}

SpreadsheetError XlsxPackage::checkCentralDirectory()
{
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return zipError(UNZ_BADZIPFILE);
    if (global.number_entry > MaxEntries)
        return SpreadsheetError::limited(Code::UncompressedTooLarge, m_limits.maxUncompressedBytes);
    quint64 declared = 0;
    for (int status = unzGoToFirstFile(m_zip); status != UNZ_END_OF_LIST_OF_FILE;
         status = unzGoToNextFile(m_zip)) {
        unz_file_info64 info {};
        QByteArray name(1024, '\0');
        unz64_file_pos position {};
        if (status != UNZ_OK
            || unzGetCurrentFileInfo64(m_zip, &info, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0)
                != UNZ_OK
            || unzGetFilePos64(m_zip, &position) != UNZ_OK)
            return zipError(status != UNZ_OK ? status : UNZ_BADZIPFILE);
        name.truncate(qMin<qsizetype>(info.size_filename, name.size()));
        if (info.flag & EncryptedEntryFlag)
            return SpreadsheetError::make(Code::EncryptedWorkbook, QString::fromUtf8(name));
        declared += info.uncompressed_size;
        if (info.uncompressed_size > quint64(m_limits.maxUncompressedBytes)
            || declared > quint64(m_limits.maxUncompressedBytes))
            return SpreadsheetError::limited(Code::UncompressedTooLarge, m_limits.maxUncompressedBytes);
        // Some generators write Windows separators ("xl\\workbook.xml"); part names use '/'.
        m_entries.insert(QString::fromUtf8(name).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower(),
            ZipEntry {position.pos_in_zip_directory, position.num_of_file});
    }
    return SpreadsheetError();
}
SpreadsheetError XlsxPackage::findWorkbookPart()
{
    if (!hasPart(ContentTypesPart)) {
        if (readSmallEntry(QStringLiteral("mimetype"))
                .startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return SpreadsheetError::make(Code::OpenDocument);
        if (hasPart(QStringLiteral("xl/workbook.xml")))
            return SpreadsheetError::make(Code::MissingPart, ContentTypesPart);
        return SpreadsheetError::make(Code::NotSpreadsheet);
    }
    XlsxContentTypes types;
    SpreadsheetError error
        = readPart(ContentTypesPart, [&](SafeXmlReader &r) { types = XlsxContentTypes::parse(r); });
    if (!error.isOk())
        return error;
    const QString packageRels = XlsxRelationships::relsPartFor(QString());
    XlsxRelationships relationships;
    error = readPart(
        packageRels, [&](SafeXmlReader &r) { relationships = XlsxRelationships::parse(r, QString()); });
    if (!error.isOk())
        return error;
    m_workbookPart = relationships.targetOfKind(u"officeDocument");
    switch (types.workbookKind(m_workbookPart)) {
    case XlsxContentTypes::WorkbookKind::Binary:
        return SpreadsheetError::make(Code::BinaryWorkbook);
    case XlsxContentTypes::WorkbookKind::NotWorkbook:
        return SpreadsheetError::make(Code::NotSpreadsheet);
    case XlsxContentTypes::WorkbookKind::Xml:
        break;
    }
    if (!hasPart(m_workbookPart))
        return SpreadsheetError::make(Code::MissingPart, m_workbookPart);
    return SpreadsheetError();
}

bool XlsxPackage::hasPart(const QString &part) const
{
    return !part.isEmpty() && m_entries.contains(part.toLower());
}

bool XlsxPackage::openEntry(const QString &part)
{
    const ZipEntry entry = m_entries.value(part.toLower());
    const unz64_file_pos position {entry.directoryOffset, entry.index};
    return unzGoToFilePos64(m_zip, &position) == UNZ_OK && unzOpenCurrentFile(m_zip) == UNZ_OK;
}

QByteArray XlsxPackage::readSmallEntry(const QString &part)
{
    constexpr int MaxBytes = 256;
    if (!hasPart(part) || !openEntry(part))
        return QByteArray();
    QByteArray bytes(MaxBytes, '\0');
    const int read = unzReadCurrentFile(m_zip, bytes.data(), MaxBytes);
    unzCloseCurrentFile(m_zip);
    bytes.truncate(qMax(read, 0));
    m_budget.spend(bytes.size());
    return bytes;
}

SpreadsheetError XlsxPackage::readPart(const QString &part, const std::function<void(SafeXmlReader &)> &parse)
{
    if (!m_zip || !hasPart(part))
        return SpreadsheetError::make(Code::MissingPart, part);
    if (!openEntry(part))
        return zipError(UNZ_BADZIPFILE);
    ZipEntryDevice entry(m_zip);
    BudgetedDevice device(&entry, &m_budget);
    SafeXmlReader reader(&device, part);
    parse(reader);
    SpreadsheetError error = reader.error();
    // Reading to the end lets unzCloseCurrentFile() compare the CRC: a part cut short or altered
    // fails here.
    while (error.isOk() && device.read(64 * 1024).size() > 0) { }
    const int closed = unzCloseCurrentFile(m_zip);
    if (error.isOk() && device.budgetExceeded())
        error = SpreadsheetError::limited(Code::UncompressedTooLarge, m_budget.limit());
    if (error.isOk() && device.sourceFailed())
        error = SpreadsheetError::make(Code::CorruptZip, QString(), entry.errorString());
    if (error.isOk() && closed != UNZ_OK)
        error = zipError(closed);
    if (!error.isOk() && error.part.isEmpty())
        error.part = part;
    return error;
}

} // namespace einvoice
