#include "spreadsheeterror.h"

#include <QLocale>
#include <QMetaEnum>

namespace einvoice {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

SpreadsheetError SpreadsheetError::make(Code code, const QString &part, const QString &detail)
{
    SpreadsheetError error;
    error.code = code;
    error.part = part;
    error.detail = detail;
    return error;
}

SpreadsheetError SpreadsheetError::limited(Code code, qint64 limit, const QString &name)
{
    SpreadsheetError error;
    error.code = code;
    error.limit = limit;
    error.name = name;
    return error;
}

QString SpreadsheetError::message() const
{
    QString text = fileMessage();
    if (text.isEmpty())
        text = formatMessage();
    if (text.isEmpty())
        text = containerMessage();
    if (text.isEmpty())
        text = sheetMessage();
    if (text.isEmpty())
        text = writeMessage();
    return text;
}

QString SpreadsheetError::toString() const
{
    QString text = QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
    if (!part.isEmpty())
        text += QLatin1Char(' ') + part;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    if (!name.isEmpty())
        text += QStringLiteral(" [") + name + QLatin1Char(']');
    if (limit > 0)
        text += QStringLiteral(" limit ") + QString::number(limit);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

QString SpreadsheetError::fileMessage() const
{
    switch (code) {
    case Code::FileUnreadable:
        return tr("The file cannot be opened: %1.").arg(detail);
    case Code::FileEmpty:
        return tr("The file is empty.");
    case Code::FileTooLarge:
        return tr("The file is larger than %1 MB; split it into smaller files.").arg(megabytes(limit));
    case Code::NotSpreadsheet:
        return tr("This file is not an Excel workbook (.xlsx) or a CSV file.");
    case Code::TextFile:
        return tr("This file is text (CSV), not an Excel workbook.");
    default:
        return QString();
    }
}

QString SpreadsheetError::formatMessage() const
{
    switch (code) {
    case Code::Utf16Text:
        return tr("This file is Unicode text (UTF-16). In Excel, save it as \"CSV UTF-8\" or as an Excel "
                  "workbook (.xlsx).");
    case Code::HtmlTable:
        return tr("This file is a web page (HTML) with an Excel name. Open it in Excel or LibreOffice and "
                  "save it as an Excel workbook (.xlsx).");
    case Code::Xml2003Workbook:
        return tr("This is an Excel 2003 XML spreadsheet. Open it in Excel or LibreOffice and save it as an "
                  "Excel workbook (.xlsx).");
    case Code::LegacyXls:
        return tr("This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save "
                  "it as an Excel workbook (.xlsx).");
    case Code::EncryptedWorkbook:
        return tr("This workbook is protected with a password. Open it in Excel, remove the password "
                  "(File > Info > Protect Workbook) and save it again.");
    case Code::OpenDocument:
        return tr("This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx).");
    case Code::BinaryWorkbook:
        return tr("This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx).");
    default:
        return QString();
    }
}

QString SpreadsheetError::containerMessage() const
{
    switch (code) {
    case Code::CorruptZip:
        return tr("The workbook is damaged and cannot be read (%1). Open it in Excel or LibreOffice and "
                  "save it again.")
            .arg(detail);
    case Code::MissingPart:
        return tr("The workbook is incomplete: its part \"%1\" is missing. Open it in Excel or LibreOffice "
                  "and save it again.")
            .arg(part);
    case Code::UncompressedTooLarge:
        return tr("The workbook unpacks to more than %1 MB; it is refused to protect the computer's "
                  "memory.")
            .arg(megabytes(limit));
    case Code::XmlDtdRefused:
        return tr("The workbook part \"%1\" contains a document type declaration, which workbooks saved "
                  "by Excel never have; it is refused.")
            .arg(part);
    case Code::MalformedXml:
        return tr("The workbook part \"%1\" is damaged at line %2 (%3).").arg(part).arg(line).arg(detail);
    case Code::InvalidCellReference:
        return tr("The workbook part \"%1\" names a cell outside the sheet: \"%2\".").arg(part, name);
    default:
        return QString();
    }
}

QString SpreadsheetError::sheetMessage() const
{
    switch (code) {
    case Code::NoSheets:
        return tr("The workbook has no worksheet.");
    case Code::SheetNotFound:
        return tr("The workbook has no sheet named \"%1\". Its sheets are: %2.").arg(name, detail);
    case Code::NoMatchingSheet:
        return tr("No sheet of the workbook starts with the expected header row (sheets: %1).").arg(detail);
    case Code::TooManyRows:
        return tr("The sheet \"%1\" has more than %2 rows; split it into smaller files.")
            .arg(name, QLocale().toString(limit));
    case Code::TooManyCells:
        return tr("The sheet \"%1\" has more than %2 cells; remove unused columns or split it.")
            .arg(name, QLocale().toString(limit));
    default:
        return QString();
    }
}

QString SpreadsheetError::writeMessage() const
{
    switch (code) {
    case Code::WriteFailed:
        return tr("The workbook could not be saved as \"%1\": %2.").arg(part, detail);
    case Code::InvalidSheetName:
        return tr("\"%1\" cannot be a sheet name: at most 31 characters, none of : \\ / ? * [ ].").arg(name);
    case Code::DuplicateSheetName:
        return tr("The workbook already has a sheet named \"%1\".").arg(name);
    case Code::TextTooLong:
        return tr("The text for cell %1 of sheet \"%2\" is longer than Excel's 32,767 characters.")
            .arg(part, name);
    case Code::TooManyRowsToWrite:
        return tr("The sheet \"%1\" would have more rows than Excel allows (1,048,576).").arg(name);
    case Code::ChoiceListTooLong:
        return tr("The drop-down list of column \"%1\" is longer than Excel's 255 characters.").arg(name);
    default:
        return QString();
    }
}

} // namespace einvoice
