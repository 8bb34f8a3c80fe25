#include "reportjson.h"

#include "orderedjson.h"

namespace einvoice::reportjson {

using namespace orderedjson;

namespace {

QByteArray document(const ReportPeriod &period, const char *by, bool complete, const QByteArray &currencies)
{
    return object({{"from", string(period.from.toString(Qt::ISODate))},
        {"to", string(period.to.toString(Qt::ISODate))}, {"by", string(QString::fromLatin1(by))},
        {"complete", boolean(complete)}, {"currencies", currencies}});
}

QList<Field> moneyFields(const Money &amounts)
{
    return {{"before_tax", number(amounts.beforeTax)}, {"vat", number(amounts.vat)},
        {"total", number(amounts.total)}};
}

// Rows of several currencies, in the order they come, as [{"currency", "rows"}].
template<typename Row, typename ToJson> QByteArray perCurrency(const QList<Row> &rows, ToJson toJson)
{
    QList<QByteArray> currencies;
    QList<QByteArray> group;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        group.append(toJson(rows.at(i)));
        if (i + 1 == rows.size() || rows.at(i + 1).currency != rows.at(i).currency) {
            currencies.append(object({{"currency", string(rows.at(i).currency)}, {"rows", array(group)}}));
            group.clear();
        }
    }
    return array(currencies);
}

QByteArray currencyRates(const CurrencyRates &currency)
{
    QList<QByteArray> rows;
    for (const RateRow &row : currency.rows)
        rows.append(object(
            QList<Field> {{"tax_rate", number(qint64(row.rate))}, {"invoices", number(qint64(row.invoices))}}
            + moneyFields(row.money)));
    QList<Field> fields {{"currency", string(currency.currency)}, {"rows", array(rows)}};
    if (currency.salesInvoices > 0)
        fields.append({"sales_invoices",
            object({{"invoices", number(qint64(currency.salesInvoices))},
                {"total", number(currency.salesTotal)}})});
    fields.append({"totals",
        object(
            QList<Field> {{"invoices", number(qint64(currency.invoices))}} + moneyFields(currency.totals))});
    return object(fields);
}

} // namespace

QByteArray byRate(const ReportPeriod &period, bool complete, const QList<CurrencyRates> &currencies)
{
    QList<QByteArray> list;
    for (const CurrencyRates &currency : currencies)
        list.append(currencyRates(currency));
    return document(period, "rate", complete, array(list));
}

QByteArray listing(const ReportPeriod &period, bool complete, const QList<ListingRow> &rows)
{
    return document(period, "invoice", complete, perCurrency(rows, [](const ListingRow &row) {
        return object(QList<Field> {{"tax_rate", row.rate ? number(qint64(*row.rate)) : null()},
                          {"template_code", string(row.templateCode)}, {"invoice_series", string(row.series)},
                          {"invoice_number", string(row.number)},
                          {"issued_date", string(row.issuedDate.toString(Qt::ISODate))},
                          {"reference_code", string(row.referenceCode)},
                          {"buyer_name", string(row.buyerName)}, {"buyer_tax_code", string(row.buyerTaxCode)}}
            + moneyFields(row.money) + QList<Field> {{"notes", string(row.notes)}});
    }));
}

QByteArray byBuyer(const ReportPeriod &period, bool complete, const QList<BuyerRow> &rows)
{
    return document(period, "buyer", complete, perCurrency(rows, [](const BuyerRow &row) {
        return object(QList<Field> {{"tax_code", string(row.taxCode)}, {"name", string(row.name)},
                          {"invoices", number(qint64(row.invoices))}}
            + moneyFields(row.money));
    }));
}

QByteArray byItem(const ReportPeriod &period, bool complete, const QList<ItemRow> &rows)
{
    return document(period, "item", complete, perCurrency(rows, [](const ItemRow &row) {
        return object(
            {{"item_code", string(row.code)}, {"item_name", string(row.name)}, {"unit", string(row.unit)},
                {"quantity", number(row.quantity)}, {"revenue", number(row.revenue)}});
    }));
}

QByteArray byMonth(const ReportPeriod &period, bool complete, const QList<MonthRow> &rows)
{
    return document(period, "month", complete, perCurrency(rows, [](const MonthRow &row) {
        return object(QList<Field> {{"month", string(row.month.toString(QStringLiteral("yyyy-MM")))},
                          {"invoices", number(qint64(row.invoices))}}
            + moneyFields(row.money));
    }));
}

} // namespace einvoice::reportjson
