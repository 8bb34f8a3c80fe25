#include "countedinvoicesql.h"

#include <QPair>
#include <QStringList>

namespace einvoice::countedinvoicesql {

namespace {

// sepay-api.md 4.5; NULL while the detail was never read.
const QString DocumentType = QStringLiteral("COALESCE(c.document_type, 0)");

QString isDraft()
{
    return QStringLiteral("(c.status = 'draft' OR ") + DocumentType + QStringLiteral(" = 1)");
}

QString isCancelled()
{
    return QStringLiteral("(c.status <> 'issued' OR ") + DocumentType + QStringLiteral(" = 3)");
}

// INDEXED BY and CROSS JOIN keep the lookup on the originals' index (a report over a year of a
// large chain's invoices makes it once per invoice).
QString isReplaced()
{
    return QStringLiteral("(") + DocumentType
        + QStringLiteral(
            " = 5 OR EXISTS (SELECT 1 FROM invoice_details r INDEXED BY invoice_details_original"
            " CROSS JOIN invoice_cache rc"
            " ON rc.environment = r.environment AND rc.reference_code = r.reference_code"
            " WHERE r.environment = c.environment AND r.original_reference_code = c.reference_code"
            " AND r.adjustment_type = '' AND rc.status = 'issued'))");
}

QString isInformationOnly()
{
    return QStringLiteral("(") + DocumentType
        + QStringLiteral(" = 8 OR COALESCE(d.adjustment_type, '') = 'info')");
}

QString number(Reason reason)
{
    return QString::number(int(reason));
}

} // namespace

// The first term, alone, lets SQLite read a period's issued invoices from their index.
QString counts()
{
    return QStringLiteral("(c.status = 'issued' AND NOT ") + isDraft() + QStringLiteral(" AND NOT ")
        + isCancelled() + QStringLiteral(" AND NOT ") + isInformationOnly() + QStringLiteral(" AND NOT ")
        + isReplaced() + QLatin1Char(')');
}

QString reason()
{
    const QPair<QString, Reason> cases[] = {{isDraft(), Reason::Draft}, {isCancelled(), Reason::Cancelled},
        {isReplaced(), Reason::Replaced}, {isInformationOnly(), Reason::InformationOnly}};
    QString sql = QStringLiteral("(CASE");
    for (const auto &[condition, why] : cases)
        sql += QStringLiteral(" WHEN ") + condition + QStringLiteral(" THEN ") + number(why);
    return sql + QStringLiteral(" ELSE ") + number(Reason::Counted) + QStringLiteral(" END)");
}

QString sign()
{
    return QStringLiteral("(CASE WHEN (COALESCE(d.adjustment_type, '') = 'decrease' OR ") + DocumentType
        + QStringLiteral(" = 7) AND c.total_amount > 0 THEN -1 ELSE 1 END)");
}

QString detailsJoin()
{
    return QStringLiteral("LEFT JOIN invoice_details d"
                          " ON d.environment = c.environment AND d.reference_code = c.reference_code");
}

} // namespace einvoice::countedinvoicesql
