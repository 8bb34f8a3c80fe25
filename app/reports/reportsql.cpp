#include "reportsql.h"

#include "store/countedinvoicesql.h"
#include "store/sqlvalues.h"
#include "store/statement.h"

namespace einvoice::reportsql {

namespace {

// Each included invoice once (countedinvoicesql: the rule the invoice list's footer shares), with
// how many distinct rates its money lines have. Both lookups go through the lines' primary key:
// "+ 0" keeps MIN() off the rate index (a scan of every line per invoice).
const char *const IncludedInvoices
    = "inv AS MATERIALIZED (SELECT c.environment AS env, c.reference_code AS ref, c.issued_day AS day,"
      " c.invoice_number AS number, c.invoice_series AS series,"
      " CASE WHEN c.buyer_legal_name <> '' THEN c.buyer_legal_name ELSE c.buyer_name END AS buyer,"
      " c.buyer_tax_code AS tax_code, c.notes AS notes, c.total_before_tax AS tb,"
      " c.tax_amount AS tv, c.total_amount AS tt, COALESCE(NULLIF(k.currency, ''), 'VND') AS currency,"
      " COALESCE(k.currency, '') = '' AS assumed,"
      " COALESCE(NULLIF(k.template_code, ''), st.template_code, '1') AS template,"
      " %SIGN% AS sign,"
      " (SELECT COUNT(DISTINCT l.tax_rate) FROM invoice_lines l WHERE l.environment = c.environment"
      " AND l.reference_code = c.reference_code AND l.line_type IN (1, 2, 3)) AS rates,"
      " (SELECT MIN(l.tax_rate + 0) FROM invoice_lines l WHERE l.environment = c.environment"
      " AND l.reference_code = c.reference_code AND l.line_type IN (1, 2, 3)) AS line_rate"
      " FROM invoice_cache c"
      " JOIN invoice_details d ON d.environment = c.environment AND d.reference_code = c.reference_code"
      " LEFT JOIN invoice_known k ON k.environment = c.environment AND k.reference_code = c.reference_code"
      " LEFT JOIN series_templates st"
      " ON st.environment = c.environment AND st.invoice_series = c.invoice_series"
      " WHERE c.environment = :env AND c.issued_day BETWEEN :from AND :to AND %COUNTS%)";

// A sales invoice (template 2) makes one row without a rate, whatever its lines say; an invoice
// without money lines makes none.
const char *const Figures
    = "fig AS MATERIALIZED (SELECT inv.*, CASE WHEN inv.template = '2' THEN NULL ELSE inv.line_rate END"
      " AS rate, inv.sign * inv.tb AS amount, inv.sign * inv.tv AS vat, inv.sign * inv.tt AS total"
      " FROM inv WHERE inv.rates = 1 OR (inv.template = '2' AND inv.rates > 0)"
      " UNION ALL SELECT inv.*, t.tax_rate, inv.sign * t.amount, inv.sign * t.vat,"
      " inv.sign * (t.amount + t.vat) FROM inv"
      " JOIN invoice_rate_totals t ON t.environment = inv.env AND t.reference_code = inv.ref"
      " WHERE inv.template <> '2' AND inv.rates > 1)";

QString includedInvoices()
{
    return QString::fromLatin1(IncludedInvoices)
        .replace(QLatin1String("%SIGN%"), countedinvoicesql::sign())
        .replace(QLatin1String("%COUNTS%"), countedinvoicesql::counts());
}

} // namespace

QString figures()
{
    return QStringLiteral("WITH ") + includedInvoices() + QStringLiteral(", ") + QLatin1String(Figures)
        + QLatin1Char(' ');
}

QString invoices()
{
    return QStringLiteral("WITH ") + includedInvoices() + QLatin1Char(' ');
}

void bindPeriod(Statement &statement, const QString &environment, const ReportPeriod &period)
{
    statement.bind(QStringLiteral(":env"), environment)
        .bind(QStringLiteral(":from"), sqlvalues::day(period.from))
        .bind(QStringLiteral(":to"), sqlvalues::day(period.to));
}

} // namespace einvoice::reportsql
