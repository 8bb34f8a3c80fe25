#include "seriesissuedates.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

StoreResult<std::optional<QDate>> SeriesIssueDates::lastIssued(
    const Database &database, const QString &environment, const QString &series)
{
    // Newest first along (environment, invoice_series, ...) and stop at the first numbered one.
    Statement statement(database, QStringLiteral("series.lastIssued"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "SELECT issued_day FROM invoice_cache WHERE environment = :env AND invoice_series = :series"
        " AND status <> 'draft' AND invoice_number NOT IN ('', '0') AND issued_day IS NOT NULL"
        " ORDER BY issued_day DESC LIMIT 1"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), environment)
                     .bind(QStringLiteral(":series"), series.trimmed())
                     .exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return std::optional<QDate>();
    return std::optional<QDate>(sqlvalues::toDay(statement.value(0)));
}

} // namespace einvoice
