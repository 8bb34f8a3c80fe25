#include "reporttables.h"

#include "reportrate.h"

namespace einvoice {

namespace {

using Kind = XlsxColumn::Kind;

QList<XlsxColumn> moneyColumns()
{
    return {XlsxColumn::of(ReportTables::tr("Before tax"), Kind::Number),
        XlsxColumn::of(ReportTables::tr("VAT"), Kind::Number),
        XlsxColumn::of(ReportTables::tr("Total"), Kind::Number)};
}

QList<SpreadsheetValue> moneyValues(const Money &money)
{
    return {money.beforeTax, money.vat, money.total};
}

void showDecimalsFrom(ExportTable &table, qsizetype firstMoneyColumn)
{
    for (qsizetype column = firstMoneyColumn; column < table.columns.size(); ++column)
        if (table.columns.at(column).kind == Kind::Number)
            table.showAllDecimals(column);
}

} // namespace

QString ReportTables::rateText(const std::optional<int> &rate)
{
    if (!rate)
        return tr("Sales invoices (no VAT rate)");
    if (*rate == -2)
        return tr("Not subject to VAT (KCT)");
    if (*rate == -1)
        return tr("Not declared (KKKNT)");
    return reportrate::label(*rate);
}

ExportTable ReportTables::byRate(const QList<CurrencyRates> &currencies)
{
    ExportTable table;
    table.sheetName = tr("By VAT rate");
    table.columns = QList<XlsxColumn> {XlsxColumn::of(tr("Currency"), Kind::Code),
                        XlsxColumn::of(tr("VAT rate")), XlsxColumn::of(tr("Invoices"), Kind::Number)}
        + moneyColumns();
    for (const CurrencyRates &currency : currencies) {
        for (const RateRow &row : currency.rows)
            table.append(QList<SpreadsheetValue> {currency.currency, rateText(row.rate), qint64(row.invoices)}
                + moneyValues(row.money));
        table.append(QList<SpreadsheetValue> {currency.currency, tr("Total"), qint64(currency.invoices)}
            + moneyValues(currency.totals));
        if (currency.salesInvoices > 0)
            table.append({currency.currency, rateText(std::nullopt), qint64(currency.salesInvoices),
                std::monostate(), std::monostate(), currency.salesTotal});
    }
    showDecimalsFrom(table, 3);
    return table;
}

ExportTable ReportTables::listing(const QList<ListingRow> &rows)
{
    ExportTable table;
    table.sheetName = tr("Listing by rate");
    table.columns
        = QList<XlsxColumn> {XlsxColumn::of(tr("Currency"), Kind::Code), XlsxColumn::of(tr("VAT rate")),
              XlsxColumn::of(tr("Template"), Kind::Code), XlsxColumn::of(tr("Series"), Kind::Code),
              XlsxColumn::of(tr("Number"), Kind::Code), XlsxColumn::of(tr("Date"), Kind::Date),
              XlsxColumn::of(tr("Buyer")), XlsxColumn::of(tr("Tax code"), Kind::Code)}
        + moneyColumns() + QList<XlsxColumn> {XlsxColumn::of(tr("Notes"))};
    Money subtotal;
    int count = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ListingRow &row = rows.at(i);
        table.append(QList<SpreadsheetValue> {row.currency, rateText(row.rate), row.templateCode, row.series,
                         row.number, row.issuedDate, row.buyerName, row.buyerTaxCode}
            + moneyValues(row.money) + QList<SpreadsheetValue> {row.notes});
        subtotal += row.money;
        ++count;
        const bool last = i + 1 == rows.size() || rows.at(i + 1).currency != row.currency
            || rows.at(i + 1).rate != row.rate;
        if (!last)
            continue;
        table.append(QList<SpreadsheetValue> {row.currency, rateText(row.rate), std::monostate(),
                         std::monostate(), std::monostate(), std::monostate(),
                         tr("Subtotal: %n invoice(s)", nullptr, count), std::monostate()}
            + moneyValues(subtotal) + QList<SpreadsheetValue> {std::monostate()});
        subtotal = {};
        count = 0;
    }
    showDecimalsFrom(table, 8);
    return table;
}

ExportTable ReportTables::byBuyer(const QList<BuyerRow> &rows)
{
    ExportTable table;
    table.sheetName = tr("By buyer");
    table.columns = QList<XlsxColumn> {XlsxColumn::of(tr("Currency"), Kind::Code),
                        XlsxColumn::of(tr("Tax code"), Kind::Code), XlsxColumn::of(tr("Buyer")),
                        XlsxColumn::of(tr("Invoices"), Kind::Number)}
        + moneyColumns();
    for (const BuyerRow &row : rows)
        table.append(QList<SpreadsheetValue> {row.currency, row.taxCode, row.name, qint64(row.invoices)}
            + moneyValues(row.money));
    showDecimalsFrom(table, 4);
    return table;
}

ExportTable ReportTables::byItem(const QList<ItemRow> &rows)
{
    ExportTable table;
    table.sheetName = tr("By item");
    table.columns = {XlsxColumn::of(tr("Currency"), Kind::Code), XlsxColumn::of(tr("Item code"), Kind::Code),
        XlsxColumn::of(tr("Item name")), XlsxColumn::of(tr("Unit")),
        XlsxColumn::of(tr("Quantity"), Kind::Number), XlsxColumn::of(tr("Revenue before tax"), Kind::Number)};
    for (const ItemRow &row : rows)
        table.append({row.currency, row.code, row.name, row.unit, row.quantity, row.revenue});
    showDecimalsFrom(table, 4);
    return table;
}

ExportTable ReportTables::byMonth(const QList<MonthRow> &rows)
{
    ExportTable table;
    table.sheetName = tr("By month");
    table.columns = QList<XlsxColumn> {XlsxColumn::of(tr("Currency"), Kind::Code),
                        XlsxColumn::of(tr("Month")), XlsxColumn::of(tr("Invoices"), Kind::Number)}
        + moneyColumns();
    for (const MonthRow &row : rows)
        table.append(QList<SpreadsheetValue> {
                         row.currency, row.month.toString(QStringLiteral("MM/yyyy")), qint64(row.invoices)}
            + moneyValues(row.money));
    showDecimalsFrom(table, 3);
    return table;
}

ExportTable ReportTables::vatReturn(const QList<VatReturnLine> &lines)
{
    ExportTable table;
    table.sheetName = tr("VAT return 01-GTGT");
    table.columns = {XlsxColumn::of(tr("Indicator"), Kind::Code), XlsxColumn::of(tr("Description")),
        XlsxColumn::of(tr("Amount (VND)"), Kind::Number)};
    for (const VatReturnLine &line : lines)
        table.append({line.code, line.text, line.value});
    return table;
}

} // namespace einvoice
