#include "reportrate.h"
#include "reportsql.h"
#include "salesreportquery.h"
#include "store/sqlvalues.h"
#include "store/statement.h"

#include <QStringList>

#include <algorithm>

namespace einvoice {

using sqlvalues::toAmount;

namespace {

// The figures' query with `select` after it, bound and run; the statement is ready for next().
StoreStatus runOverFigures(Statement &statement, const QString &cte, const QString &select,
    const QString &environment, const ReportPeriod &period)
{
    if (auto s = statement.prepare(cte + select); !s)
        return s;
    reportsql::bindPeriod(statement, environment, period);
    return statement.exec();
}

Money moneyAt(const Statement &statement, int first)
{
    return {toAmount(statement.value(first)), toAmount(statement.value(first + 1)),
        toAmount(statement.value(first + 2))};
}

} // namespace

StoreResult<QList<ListingRow>> SalesReportQuery::listing(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report listing"));
    if (auto s = runOverFigures(statement, reportsql::figures(),
            QStringLiteral("SELECT currency, rate, ref, series, number, day, buyer, tax_code, amount,"
                           " vat, total, notes, template FROM fig ORDER BY currency <> 'VND', currency, rate "
                           "IS NULL, rate, day,"
                           " series, CAST(number AS INTEGER), ref"),
            m_environment, period);
        !s)
        return s.error();
    QList<ListingRow> rows;
    while (statement.next()) {
        ListingRow row;
        row.currency = statement.value(0).toString();
        row.rate = reportrate::fromUnits(statement.value(1));
        row.templateCode = statement.value(12).toString();
        row.referenceCode = statement.value(2).toString();
        row.series = statement.value(3).toString();
        row.number = statement.value(4).toString();
        row.issuedDate = sqlvalues::toDay(statement.value(5));
        row.buyerName = statement.value(6).toString();
        row.buyerTaxCode = statement.value(7).toString();
        row.money = moneyAt(statement, 8);
        row.notes = statement.value(11).toString();
        rows.append(row);
    }
    return rows;
}

// Buyers with a tax code are one buyer per code; buyers without one (people) one per name.
StoreResult<QList<BuyerRow>> SalesReportQuery::byBuyer(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report by buyer"));
    if (auto s = runOverFigures(statement, reportsql::figures(),
            QStringLiteral("SELECT currency, tax_code, MAX(buyer), COUNT(DISTINCT ref), SUM(amount),"
                           " SUM(vat), SUM(total) FROM fig GROUP BY currency, tax_code,"
                           " CASE WHEN tax_code = '' THEN buyer END"
                           " ORDER BY currency <> 'VND', currency, SUM(total) DESC, tax_code, MAX(buyer)"),
            m_environment, period);
        !s)
        return s.error();
    QList<BuyerRow> rows;
    while (statement.next())
        rows.append({statement.value(0).toString(), statement.value(1).toString(),
            statement.value(2).toString(), statement.value(3).toInt(), moneyAt(statement, 4)});
    return rows;
}

// From the lines: quantity of goods and promotion lines, revenue before tax with trade-discount
// lines subtracted (line amounts; a per-line discount is not in the API's lines).
StoreResult<QList<ItemRow>> SalesReportQuery::byItem(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report by item"));
    if (auto s = runOverFigures(statement, reportsql::invoices(),
            QStringLiteral("SELECT inv.currency, l.item_code, l.item_name, l.unit,"
                           " SUM(CASE WHEN l.line_type = 3 THEN 0 ELSE inv.sign * l.quantity END),"
                           " SUM(CASE WHEN l.line_type = 3 THEN -1 ELSE 1 END * inv.sign * l.total_amount)"
                           " FROM inv JOIN invoice_lines l ON l.environment = inv.env"
                           " AND l.reference_code = inv.ref WHERE l.line_type IN (1, 2, 3)"
                           " GROUP BY inv.currency, l.item_code, l.item_name, l.unit"
                           " ORDER BY inv.currency <> 'VND', inv.currency, l.item_code, l.item_name, l.unit"),
            m_environment, period);
        !s)
        return s.error();
    QList<ItemRow> rows;
    while (statement.next())
        rows.append(
            {statement.value(0).toString(), statement.value(1).toString(), statement.value(2).toString(),
                statement.value(3).toString(), toAmount(statement.value(4)), toAmount(statement.value(5))});
    return rows;
}

namespace {

// A month without invoices is a row of zeros, so that a year's table and chart have no holes.
QList<MonthRow> everyMonthOf(const ReportPeriod &period, const QList<MonthRow> &rows)
{
    QStringList currencies;
    for (const MonthRow &row : rows) {
        if (!currencies.contains(row.currency))
            currencies.append(row.currency);
    }
    QList<MonthRow> filled;
    for (const QString &currency : std::as_const(currencies)) {
        for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
             month = month.addMonths(1)) {
            const auto found = std::find_if(rows.begin(), rows.end(),
                [&](const MonthRow &row) { return row.currency == currency && row.month == month; });
            filled.append(found != rows.end() ? *found : MonthRow {currency, month, 0, {}});
        }
    }
    return filled;
}

} // namespace

StoreResult<QList<MonthRow>> SalesReportQuery::byMonth(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report by month"));
    if (auto s = runOverFigures(statement, reportsql::figures(),
            QStringLiteral("SELECT currency, day, COUNT(DISTINCT ref), SUM(amount), SUM(vat), SUM(total)"
                           " FROM fig GROUP BY currency, day ORDER BY currency <> 'VND', currency, day"),
            m_environment, period);
        !s)
        return s.error();
    QList<MonthRow> rows;
    while (statement.next()) {
        const QString currency = statement.value(0).toString();
        const QDate day = sqlvalues::toDay(statement.value(1));
        const QDate month(day.year(), day.month(), 1);
        if (rows.isEmpty() || rows.last().currency != currency || rows.last().month != month)
            rows.append({currency, month, 0, {}});
        rows.last().invoices += statement.value(2).toInt();
        rows.last().money += moneyAt(statement, 3);
    }
    return everyMonthOf(period, rows);
}

} // namespace einvoice
