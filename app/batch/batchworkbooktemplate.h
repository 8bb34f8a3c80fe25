#pragma once

#include "core/remoteinvoice.h"
#include "spreadsheet/spreadsheeterror.h"

#include <QDate>
#include <QString>

namespace einvoice {

// The batch template as an Excel workbook: sheet "Hóa đơn" with the columns and example of the CSV
// template (BatchTemplateColumns), headers in Vietnamese over English, drop-down lists for the line
// type, tax rate, payment method, currency and buyer type, and for the template code and series
// when made for an account (its templates), real dates, numbers with thousands separators, tax
// codes kept as text; sheet "Hướng dẫn" explains every column. Like the CSV template it is a
// bilingual document: its texts are the same whatever the app's language.
class BatchWorkbookTemplate
{
public:
    static bool write(const QString &path, SpreadsheetError *error);
    static bool write(const QString &path, const QList<InvoiceTemplate> &templates, SpreadsheetError *error);
    static bool write(const QString &path, const QDate &issuedDate, const QList<InvoiceTemplate> &templates,
        SpreadsheetError *error);
};

} // namespace einvoice
