#include "batchworkbooktemplate.h"

#include "batchcolumns.h"
#include "batchtemplatecolumns.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "spreadsheet/exporttable.h"

namespace einvoice {

namespace {

// The account's template codes or series, each once, when the template is made for an account.
QStringList accountChoices(BatchColumn column, const QList<InvoiceTemplate> &templates)
{
    QStringList choices;
    for (const InvoiceTemplate &entry : templates)
        choices.append(column == BatchColumn::TemplateCode ? entry.templateCode : entry.invoiceSeries);
    choices.removeDuplicates();
    return choices;
}

ExportTable invoiceSheet(const QDate &issuedDate, const QList<InvoiceTemplate> &templates)
{
    ExportTable sheet;
    sheet.sheetName = QStringLiteral("Hóa đơn");
    for (const BatchTemplateColumn &spec : BatchTemplateColumns::all()) {
        XlsxColumn column;
        column.header = BatchColumnMap::templateHeader(spec.column) + u'\n' + spec.english;
        column.kind = spec.kind;
        column.decimals = spec.column == BatchColumn::Quantity ? -1 : 0;
        column.choices = spec.choices;
        if (spec.column == BatchColumn::TemplateCode || spec.column == BatchColumn::InvoiceSeries)
            column.choices = accountChoices(spec.column, templates);
        column.hint = spec.explanation;
        sheet.columns.append(column);
    }
    for (const QList<SpreadsheetValue> &row : BatchTemplateColumns::example(issuedDate))
        sheet.append(row);
    return sheet;
}

ExportTable helpSheet()
{
    ExportTable help;
    help.sheetName = QStringLiteral("Hướng dẫn");
    XlsxColumn column;
    column.header = QStringLiteral("Cột\nColumn");
    XlsxColumn meaning;
    meaning.header = QStringLiteral("Ý nghĩa\nMeaning");
    help.columns = {column, meaning};
    help.append({QStringLiteral("Cách dùng / How to use"),
        QStringLiteral("Mỗi dòng của sheet Hóa đơn là một dòng hàng; nhập số và ngày dưới dạng số và ngày. "
                       "/ Each row of the sheet Hóa đơn is one line item; type numbers and dates as such.")});
    for (const BatchTemplateColumn &spec : BatchTemplateColumns::all()) {
        help.append({BatchColumnMap::templateHeader(spec.column) + QStringLiteral(" / ") + spec.english,
            spec.explanation});
    }
    return help;
}

} // namespace

bool BatchWorkbookTemplate::write(const QString &path, SpreadsheetError *error)
{
    return write(path, VietnamTime::today(SystemClock::instance()), {}, error);
}

bool BatchWorkbookTemplate::write(
    const QString &path, const QList<InvoiceTemplate> &templates, SpreadsheetError *error)
{
    return write(path, VietnamTime::today(SystemClock::instance()), templates, error);
}

bool BatchWorkbookTemplate::write(const QString &path, const QDate &issuedDate,
    const QList<InvoiceTemplate> &templates, SpreadsheetError *error)
{
    return ExportTableWriter::writeXlsx({invoiceSheet(issuedDate, templates), helpSheet()}, path, error);
}

} // namespace einvoice
