#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace einvoice {

// Why a spreadsheet could not be read or written. The message is built when asked for, so it
// follows a language switch; `detail` is English text for logs (a library's own wording).
struct SpreadsheetError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(einvoice::SpreadsheetError)

public:
    enum class Code {
        None,
        // The file as a whole
        FileUnreadable, // detail: the system's reason
        FileEmpty,
        FileTooLarge, // limit: bytes
        NotSpreadsheet, // neither an .xlsx workbook nor text
        TextFile, // CSV or other text given to the .xlsx reader
        Utf16Text, // Excel's "Unicode Text" (UTF-16), which the CSV reader does not take
        HtmlTable, // a web page saved under an Excel name
        Xml2003Workbook, // Excel 2003's XML Spreadsheet
        LegacyXls, // an Excel 97-2003 .xls (OLE compound file)
        EncryptedWorkbook, // a password-protected workbook (OLE compound file with EncryptionInfo)
        OpenDocument, // an .ods
        BinaryWorkbook, // an .xlsb
        // The zip container and its parts
        CorruptZip, // detail: what minizip said
        MissingPart, // part
        UncompressedTooLarge, // limit: bytes, checked before and while inflating
        XmlDtdRefused, // part
        MalformedXml, // part, line, detail
        InvalidCellReference, // part, name: the reference
        // Sheets and their size
        NoSheets,
        SheetNotFound, // name, detail: the sheet names, comma separated
        NoMatchingSheet, // detail: the sheet names looked at
        TooManyRows, // name: sheet, limit
        TooManyCells, // name: sheet, limit
        // Writing
        WriteFailed, // part: target path, detail
        InvalidSheetName, // name
        DuplicateSheetName, // name
        TextTooLong, // name: sheet, part: cell reference
        TooManyRowsToWrite, // name: sheet
        ChoiceListTooLong, // name: column header
    };
    Q_ENUM(Code)

    Code code = Code::None;
    QString part;
    QString name;
    QString detail;
    qint64 limit = 0;
    qint64 line = 0;

    bool isOk() const { return code == Code::None; }
    // One translated sentence that says what is wrong and, where it helps, what to do.
    QString message() const;
    // English, for logs: "MalformedXml xl/worksheets/sheet1.xml:3: ...".
    QString toString() const;

    static SpreadsheetError make(
        Code code, const QString &part = QString(), const QString &detail = QString());
    static SpreadsheetError limited(Code code, qint64 limit, const QString &name = QString());

private:
    QString fileMessage() const;
    QString formatMessage() const;
    QString containerMessage() const;
    QString sheetMessage() const;
    QString writeMessage() const;
};

} // namespace einvoice
