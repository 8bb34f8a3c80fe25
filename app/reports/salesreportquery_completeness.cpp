#include "reportsql.h"
#include "salesreportquery.h"
#include "store/countedinvoicesql.h"
#include "store/statement.h"

namespace einvoice {

namespace {

// The issued invoices of the period that may count (countedinvoicesql: not known to be cancelled,
// replaced or an information-only adjustment), with what each still lacks: 1 the detail, 2 the
// XML's totals (its money lines have more than one rate), 0 nothing.
const char *const Needs
    = "SELECT c.reference_code, CASE WHEN d.reference_code IS NULL THEN 1"
      " WHEN COALESCE(NULLIF(k.template_code, ''), st.template_code, '1') <> '2'"
      " AND (SELECT COUNT(DISTINCT l.tax_rate) FROM invoice_lines l"
      " WHERE l.environment = c.environment AND l.reference_code = c.reference_code"
      " AND l.line_type IN (1, 2, 3)) > 1 AND NOT EXISTS (SELECT 1 FROM invoice_rate_totals t"
      " WHERE t.environment = c.environment AND t.reference_code = c.reference_code) THEN 2"
      " ELSE 0 END AS need FROM invoice_cache c LEFT JOIN invoice_details d"
      " ON d.environment = c.environment AND d.reference_code = c.reference_code"
      " LEFT JOIN invoice_known k ON k.environment = c.environment AND k.reference_code = c.reference_code"
      " LEFT JOIN series_templates st"
      " ON st.environment = c.environment AND st.invoice_series = c.invoice_series"
      " WHERE c.environment = :env AND c.issued_day BETWEEN :from AND :to AND %COUNTS%";

// The counting rule as far as what is stored tells (an invoice without its detail may count).
QString needs()
{
    return QString::fromLatin1(Needs).replace(QLatin1String("%COUNTS%"), countedinvoicesql::counts());
}

} // namespace

StoreResult<Completeness> SalesReportQuery::completeness(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report completeness"));
    if (auto s = statement.prepare(QStringLiteral("SELECT COUNT(*), SUM(need = 1), SUM(need = 2) FROM (")
            + needs() + QLatin1Char(')'));
        !s)
        return s.error();
    reportsql::bindPeriod(statement, m_environment, period);
    if (auto s = statement.exec(); !s)
        return s.error();
    Completeness completeness;
    if (statement.next()) {
        completeness.invoices = statement.value(0).toInt();
        completeness.waitingDetail = statement.value(1).toInt();
        completeness.waitingXml = statement.value(2).toInt();
    }
    return completeness;
}

StoreResult<WaitingInvoices> SalesReportQuery::waiting(const ReportPeriod &period) const
{
    Statement statement(m_database, QStringLiteral("report waiting invoices"));
    if (auto s = statement.prepare(QStringLiteral("SELECT * FROM (") + needs()
            + QStringLiteral(") WHERE need > 0 ORDER BY reference_code"));
        !s)
        return s.error();
    reportsql::bindPeriod(statement, m_environment, period);
    if (auto s = statement.exec(); !s)
        return s.error();
    WaitingInvoices waiting;
    while (statement.next())
        (statement.value(1).toInt() == 1 ? waiting.needDetail : waiting.needXml)
            .append(statement.value(0).toString());
    return waiting;
}

} // namespace einvoice
