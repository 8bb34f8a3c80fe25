#include "spreadsheetformat.h"

#include "compoundfile.h"
#include "xlsxpackage.h"

#include <QFile>

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

constexpr qsizetype HeadBytes = 64 * 1024;

bool isUtf16(const QByteArray &head)
{
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff"))
        return true;
    // Without a BOM: ASCII text in UTF-16LE has a NUL after every character.
    const qsizetype pairs = qMin<qsizetype>(head.size() / 2, 64);
    qsizetype nulls = 0;
    for (qsizetype i = 0; i < pairs; ++i)
        nulls += head[2 * i + 1] == '\0' && head[2 * i] != '\0' ? 1 : 0;
    return pairs >= 4 && nulls * 10 >= pairs * 9;
}

// Text that is markup, not CSV: web pages and Excel 2003 XML saved under an Excel name.
SpreadsheetFormat markupFormat(const QByteArray &head)
{
    const QByteArray start
        = (head.startsWith("\xef\xbb\xbf") ? head.mid(3) : head).left(4096).trimmed().toLower();
    if (!start.startsWith('<'))
        return SpreadsheetFormat::Csv;
    if (start.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return SpreadsheetFormat::Xml2003Workbook;
    if (start.startsWith("<!doctype html") || start.contains("<html") || start.contains("<table"))
        return SpreadsheetFormat::HtmlTable;
    return SpreadsheetFormat::NotSpreadsheet;
}

SpreadsheetFormat formatOfZip(const QString &path, const SpreadsheetLimits &limits, SpreadsheetError *why)
{
    XlsxPackage package(limits);
    *why = package.open(path);
    switch (why->code) {
    case Code::OpenDocument:
        return SpreadsheetFormat::OpenDocument;
    case Code::BinaryWorkbook:
        return SpreadsheetFormat::BinaryWorkbook;
    case Code::EncryptedWorkbook:
        return SpreadsheetFormat::EncryptedWorkbook;
    case Code::NotSpreadsheet:
        return SpreadsheetFormat::NotSpreadsheet;
    default:
        return SpreadsheetFormat::Xlsx; // sound, or a workbook too damaged or too large to read
    }
}

SpreadsheetFormat formatOfCompoundFile(QFile &file, qint64 maxBytes)
{
    switch (CompoundFile::classify(file, maxBytes)) {
    case CompoundFile::Content::EncryptedPackage:
        return SpreadsheetFormat::EncryptedWorkbook;
    case CompoundFile::Content::ExcelWorkbook:
        return SpreadsheetFormat::LegacyXls;
    case CompoundFile::Content::Other:
        break;
    }
    return SpreadsheetFormat::NotSpreadsheet;
}

} // namespace

SpreadsheetFormat SpreadsheetFormatDetector::fromHead(const QByteArray &head)
{
    if (head.isEmpty())
        return SpreadsheetFormat::Empty;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return SpreadsheetFormat::Xlsx;
    if (CompoundFile::hasMagic(head))
        return SpreadsheetFormat::LegacyXls;
    if (isUtf16(head))
        return SpreadsheetFormat::Utf16Text;
    if (head.startsWith("%PDF") || head.contains('\0'))
        return SpreadsheetFormat::NotSpreadsheet;
    return markupFormat(head);
}

SpreadsheetFormat SpreadsheetFormatDetector::detect(
    const QString &path, SpreadsheetError *why, const SpreadsheetLimits &limits)
{
    SpreadsheetError ignored;
    SpreadsheetError &error = why ? *why : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = SpreadsheetError::make(Code::FileUnreadable, path, file.errorString());
        return SpreadsheetFormat::Unreadable;
    }
    SpreadsheetFormat format = fromHead(file.read(HeadBytes));
    if (format == SpreadsheetFormat::Xlsx)
        return formatOfZip(path, limits, &error);
    if (format == SpreadsheetFormat::LegacyXls)
        format = formatOfCompoundFile(file, limits.maxFileBytes);
    error = errorFor(format);
    return format;
}

SpreadsheetError SpreadsheetFormatDetector::errorFor(SpreadsheetFormat format)
{
    switch (format) {
    case SpreadsheetFormat::Unreadable:
        return SpreadsheetError::make(Code::FileUnreadable);
    case SpreadsheetFormat::Empty:
        return SpreadsheetError::make(Code::FileEmpty);
    case SpreadsheetFormat::Csv:
    case SpreadsheetFormat::Xlsx:
        return SpreadsheetError();
    case SpreadsheetFormat::Utf16Text:
        return SpreadsheetError::make(Code::Utf16Text);
    case SpreadsheetFormat::HtmlTable:
        return SpreadsheetError::make(Code::HtmlTable);
    case SpreadsheetFormat::Xml2003Workbook:
        return SpreadsheetError::make(Code::Xml2003Workbook);
    case SpreadsheetFormat::OpenDocument:
        return SpreadsheetError::make(Code::OpenDocument);
    case SpreadsheetFormat::BinaryWorkbook:
        return SpreadsheetError::make(Code::BinaryWorkbook);
    case SpreadsheetFormat::LegacyXls:
        return SpreadsheetError::make(Code::LegacyXls);
    case SpreadsheetFormat::EncryptedWorkbook:
        return SpreadsheetError::make(Code::EncryptedWorkbook);
    case SpreadsheetFormat::NotSpreadsheet:
        break;
    }
    return SpreadsheetError::make(Code::NotSpreadsheet);
}

} // namespace einvoice
