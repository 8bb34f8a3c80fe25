#pragma once

#include "spreadsheet/spreadsheeterror.h"

#include <QDate>
#include <QString>

namespace einvoice {

// The batch template as an Excel workbook: sheet "Hóa đơn" with the CSV template's columns plus
// the currency, headers in Vietnamese over English, drop-down lists for the line type, tax rate,
// payment method, currency and buyer type, real dates, numbers with thousands separators, tax
// codes kept as text, and an example invoice of two lines dated today in Vietnam; sheet
// "Hướng dẫn" explains every column. Like the CSV template it is a bilingual document: its texts
// are the same whatever the app's language.
class BatchWorkbookTemplate
{
public:
    static bool write(const QString &path, SpreadsheetError *error);
    static bool write(const QString &path, const QDate &issuedDate, SpreadsheetError *error);
};

} // namespace einvoice
