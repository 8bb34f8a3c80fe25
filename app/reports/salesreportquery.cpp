#include "salesreportquery.h"

#include "reportrate.h"
#include "reportsql.h"
#include "store/sqlvalues.h"
#include "store/statement.h"

#include <QMap>

namespace einvoice {

using sqlvalues::toAmount;

namespace {

// One row per currency and rate (NULL: sales invoices), and the distinct invoices per currency:
// in the totals each VAT invoice counts once although a mixed-rate one has a row per rate.
const char *const RateSelect
    = "SELECT currency, rate, COUNT(DISTINCT ref), SUM(amount), SUM(vat), SUM(total), 0, 0 FROM fig"
      " GROUP BY currency, rate UNION ALL SELECT currency, 'all', 0, 0, 0, 0,"
      " COUNT(DISTINCT CASE WHEN rate IS NOT NULL THEN ref END),"
      " COUNT(DISTINCT CASE WHEN assumed THEN ref END) FROM fig GROUP BY currency";

void addRow(CurrencyRates &group, const Statement &statement)
{
    if (statement.value(1).toString() == QLatin1String("all")) {
        group.invoices = statement.value(6).toInt();
        group.assumedVnd = statement.value(7).toInt();
        return;
    }
    const int invoices = statement.value(2).toInt();
    const Money money {
        toAmount(statement.value(3)), toAmount(statement.value(4)), toAmount(statement.value(5))};
    if (const auto rate = reportrate::fromUnits(statement.value(1))) {
        group.rows.append({*rate, invoices, money});
        group.totals += money;
    } else {
        group.salesInvoices = invoices;
        group.salesTotal = money.total;
    }
}

} // namespace

SalesReportQuery::SalesReportQuery(const Database &database, QString environment)
    : m_database(database), m_environment(std::move(environment))
{
}

StoreResult<QList<CurrencyRates>> SalesReportQuery::byRate(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report sales by rate"));
    if (auto s = statement.prepare(reportsql::figures() + QLatin1String(RateSelect)); !s)
        return s.error();
    reportsql::bindPeriod(statement, m_environment, period);
    if (auto s = statement.exec(); !s)
        return s.error();
    QMap<QString, CurrencyRates> groups;
    while (statement.next()) {
        CurrencyRates &group = groups[statement.value(0).toString()];
        group.currency = statement.value(0).toString();
        addRow(group, statement);
    }
    QList<CurrencyRates> result = groups.values();
    std::stable_sort(result.begin(), result.end(), [](const CurrencyRates &a, const CurrencyRates &b) {
        return (a.currency == QLatin1String("VND")) > (b.currency == QLatin1String("VND"));
    });
    for (CurrencyRates &group : result)
        std::sort(group.rows.begin(), group.rows.end(),
            [](const RateRow &a, const RateRow &b) { return a.rate < b.rate; });
    return result;
}

} // namespace einvoice
