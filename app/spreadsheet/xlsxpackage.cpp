#include "xlsxpackage.h"

#include "budgeteddevice.h"
#include "safexmlreader.h"
#include "spreadsheetlog.h"
#include "xlsxcontenttypes.h"
#include "xlsxrelationships.h"

#include <QFile>
#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

const QString ContentTypesPart = QStringLiteral("[Content_Types].xml");
constexpr quint16 EncryptedEntryFlag = 0x1;

SpreadsheetError zipError(int code)
{
    return SpreadsheetError::make(Code::CorruptZip, QString(), QStringLiteral("zip error %1").arg(code));
}

} // namespace

XlsxPackage::XlsxPackage(const SpreadsheetLimits &limits)
    : m_limits(limits), m_budget(limits.maxUncompressedBytes)
{
}

XlsxPackage::~XlsxPackage() = default;

SpreadsheetError XlsxPackage::open(const QString &path)
{
    SpreadsheetError error = checkFile(path);
    if (!error.isOk())
        return error;
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return zipError(m_zip->getZipError());
    error = checkCentralDirectory();
    if (error.isOk())
        error = findWorkbookPart();
    if (!error.isOk())
        qCInfo(lcSpreadsheet) << "refused" << path << error.toString();
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
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK)
        return zipError(m_zip->getZipError());
    quint64 declared = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.flags & EncryptedEntryFlag)
            return SpreadsheetError::make(Code::EncryptedWorkbook, entry.name);
        declared += entry.uncompressedSize;
        if (entry.uncompressedSize > quint64(m_limits.maxUncompressedBytes)
            || declared > quint64(m_limits.maxUncompressedBytes))
            return SpreadsheetError::limited(Code::UncompressedTooLarge, m_limits.maxUncompressedBytes);
        m_entries.insert(entry.name.toLower(), entry.name);
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

QString XlsxPackage::entryName(const QString &part) const
{
    return m_entries.value(part.toLower());
}

QByteArray XlsxPackage::readSmallEntry(const QString &part)
{
    constexpr qint64 MaxBytes = 256;
    if (!hasPart(part) || !m_zip->setCurrentFile(entryName(part), QuaZip::csSensitive))
        return QByteArray();
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray bytes = file.read(MaxBytes);
    m_budget.spend(bytes.size());
    return bytes;
}

SpreadsheetError XlsxPackage::readPart(const QString &part, const std::function<void(SafeXmlReader &)> &parse)
{
    if (!m_zip || !hasPart(part))
        return SpreadsheetError::make(Code::MissingPart, part);
    if (!m_zip->setCurrentFile(entryName(part), QuaZip::csSensitive))
        return zipError(m_zip->getZipError());
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return zipError(file.getZipError());
    BudgetedDevice device(&file, &m_budget);
    SafeXmlReader reader(&device, part);
    parse(reader);
    SpreadsheetError error = reader.error();
    // Reading to the end lets close() compare the CRC; a part cut short or altered fails here.
    while (error.isOk() && device.read(64 * 1024).size() > 0) { }
    file.close();
    if (error.isOk() && device.budgetExceeded())
        error = SpreadsheetError::limited(Code::UncompressedTooLarge, m_budget.limit());
    if (error.isOk() && (device.sourceFailed() || file.getZipError() != UNZ_OK))
        error = zipError(file.getZipError());
    if (!error.isOk() && error.part.isEmpty())
        error.part = part;
    return error;
}

} // namespace einvoice
