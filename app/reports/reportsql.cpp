#include "reportsql.h"

#include "store/sqlvalues.h"
#include "store/statement.h"

namespace einvoice::reportsql {

namespace {

const char *const IncludedInvoices
    = "inv AS (SELECT c.environment AS env, c.reference_code AS ref, c.issued_day AS day,"
      " c.invoice_number AS number, c.invoice_series AS series,"
      " CASE WHEN c.buyer_legal_name <> '' THEN c.buyer_legal_name ELSE c.buyer_name END AS buyer,"
      " c.buyer_tax_code AS tax_code, c.notes AS notes, c.total_before_tax AS tb,"
      " c.tax_amount AS tv, c.total_amount AS tt, COALESCE(cur.currency, 'VND') AS currency,"
      " cur.currency IS NULL AS assumed,"
      " CASE WHEN (d.adjustment_type = 'decrease' OR c.document_type = 7) AND c.total_amount > 0"
      " THEN -1 ELSE 1 END AS sign"
      " FROM invoice_cache c"
      " JOIN invoice_details d ON d.environment = c.environment AND d.reference_code = c.reference_code"
      " LEFT JOIN invoice_currency cur"
      " ON cur.environment = c.environment AND cur.reference_code = c.reference_code"
      " WHERE c.environment = :env AND c.issued_day BETWEEN :from AND :to AND c.status = 'issued'"
      " AND COALESCE(c.document_type, 0) NOT IN (1, 3, 5, 8) AND d.adjustment_type <> 'info'"
      " AND NOT EXISTS (SELECT 1 FROM invoice_details r JOIN invoice_cache rc"
      " ON rc.environment = r.environment AND rc.reference_code = r.reference_code"
      " WHERE r.environment = c.environment AND r.original_reference_code = c.reference_code"
      " AND r.adjustment_type = '' AND rc.status = 'issued'))";

// rates: how many distinct rates the money lines have (0: a sales invoice's lines, no rate).
const char *const Shape
    = "shape AS (SELECT l.reference_code AS ref, COUNT(DISTINCT l.tax_rate) AS rates,"
      " MIN(l.tax_rate) AS rate FROM inv JOIN invoice_lines l"
      " ON l.environment = inv.env AND l.reference_code = inv.ref"
      " WHERE l.line_type IN (1, 2, 3) GROUP BY l.reference_code)";

const char *const Figures
    = "fig AS (SELECT inv.*, s.rate AS rate, inv.sign * inv.tb AS amount, inv.sign * inv.tv AS vat,"
      " inv.sign * inv.tt AS total FROM inv JOIN shape s ON s.ref = inv.ref WHERE s.rates <= 1"
      " UNION ALL SELECT inv.*, t.tax_rate, inv.sign * t.amount, inv.sign * t.vat,"
      " inv.sign * (t.amount + t.vat) FROM inv JOIN shape s ON s.ref = inv.ref"
      " JOIN invoice_rate_totals t ON t.environment = inv.env AND t.reference_code = inv.ref"
      " WHERE s.rates > 1)";

} // namespace

QString figures()
{
    return QStringLiteral("WITH ") + QLatin1String(IncludedInvoices) + QStringLiteral(", ")
        + QLatin1String(Shape) + QStringLiteral(", ") + QLatin1String(Figures) + QLatin1Char(' ');
}

QString invoices()
{
    return QStringLiteral("WITH ") + QLatin1String(IncludedInvoices) + QLatin1Char(' ');
}

void bindPeriod(Statement &statement, const QString &environment, const ReportPeriod &period)
{
    statement.bind(QStringLiteral(":env"), environment)
        .bind(QStringLiteral(":from"), sqlvalues::day(period.from))
        .bind(QStringLiteral(":to"), sqlvalues::day(period.to));
}

} // namespace einvoice::reportsql
