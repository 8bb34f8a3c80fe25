#pragma once

#include "spreadsheeterror.h"
#include "spreadsheetlimits.h"

#include <QByteArray>
#include <QString>

namespace einvoice {

// What a file is, told by its content whatever its name ends with.
enum class SpreadsheetFormat {
    Unreadable, // cannot be opened
    Empty,
    Csv, // text without NUL bytes (UTF-8 or a legacy code page: the CSV reader decides)
    Utf16Text, // Excel's "Unicode Text"
    HtmlTable, // a web page named .xls, as many portals and banks export "Excel" files
    Xml2003Workbook, // Excel 2003's XML Spreadsheet
    Xlsx, // a zip with [Content_Types].xml declaring a workbook part (or a damaged zip)
    OpenDocument,
    BinaryWorkbook, // .xlsb
    // Excel 97-2003. Refused with "save it as .xlsx": Debian's one C reader for it, libfreexl
    // 1.0.6, has had several memory-safety CVEs in its BIFF parser, and one "Save as" in Excel or
    // LibreOffice gives a file this reader handles fully (types, dates, merged cells).
    LegacyXls,
    EncryptedWorkbook, // password-protected Office file
    NotSpreadsheet, // a PDF, an image, a Word file, another zip
};

class SpreadsheetFormatDetector
{
public:
    // From the first bytes alone: a zip is Xlsx and a compound file LegacyXls until looked into.
    static SpreadsheetFormat fromHead(const QByteArray &head);
    // Looks into zips (content types, workbook part) and compound files (EncryptionInfo).
    // `why` gets the error a reader of that file would report (None for Csv and a sound Xlsx).
    static SpreadsheetFormat detect(
        const QString &path, SpreadsheetError *why = nullptr, const SpreadsheetLimits &limits = {});
    // The refusal for a format the .xlsx reader does not read.
    static SpreadsheetError errorFor(SpreadsheetFormat format);
};

} // namespace einvoice
