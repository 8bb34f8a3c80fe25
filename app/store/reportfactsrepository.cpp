#include "reportfactsrepository.h"

#include "sqlvalues.h"
#include "statement.h"
#include "transaction.h"

namespace einvoice {

using namespace sqlvalues;

ReportFactsRepository::ReportFactsRepository(Database &database) : m_database(database) { }

// The trigger reads the outbox payload only when it is valid JSON (CASE evaluates lazily), so that
// an odd payload can never make the outbox's own insert fail.
std::vector<const char *> ReportFactsRepository::migration()
{
    return {"CREATE TABLE invoice_rate_totals (environment TEXT NOT NULL,"
            " reference_code TEXT NOT NULL, tax_rate INTEGER NOT NULL, amount INTEGER NOT NULL,"
            " vat INTEGER NOT NULL, PRIMARY KEY(environment, reference_code, tax_rate)) WITHOUT ROWID",
        "CREATE TABLE invoice_known (environment TEXT NOT NULL, reference_code TEXT NOT NULL,"
        " currency TEXT NOT NULL DEFAULT '', template_code TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY(environment, reference_code)) WITHOUT ROWID",
        "CREATE TABLE series_templates (environment TEXT NOT NULL, invoice_series TEXT NOT NULL,"
        " template_code TEXT NOT NULL, PRIMARY KEY(environment, invoice_series)) WITHOUT ROWID",
        "CREATE INDEX invoice_details_original ON invoice_details(environment, original_reference_code)",
        "INSERT OR REPLACE INTO invoice_known SELECT environment, reference_code,"
        " upper(COALESCE(json_extract(payload, '$.currency'), '')),"
        " COALESCE(json_extract(payload, '$.template_code'), '') FROM outbox WHERE kind <> 'issue'"
        " AND CASE WHEN json_valid(payload) THEN json_type(payload) = 'object' ELSE 0 END ORDER BY id",
        "CREATE TRIGGER outbox_known AFTER INSERT ON outbox WHEN NEW.kind <> 'issue'"
        " AND CASE WHEN json_valid(NEW.payload) THEN json_type(NEW.payload) = 'object' ELSE 0 END"
        " BEGIN INSERT OR REPLACE INTO invoice_known VALUES (NEW.environment, NEW.reference_code,"
        " upper(COALESCE(json_extract(NEW.payload, '$.currency'), '')),"
        " COALESCE(json_extract(NEW.payload, '$.template_code'), '')); END"};
}
StoreStatus ReportFactsRepository::save(
    const QString &environment, const QString &referenceCode, const QList<InvoiceRateTotal> &totals)
{
    Transaction transaction(m_database, QStringLiteral("save rate totals"));
    if (!transaction.status())
        return transaction.status();
    Statement clear(m_database, QStringLiteral("clear rate totals"));
    if (auto s = clear.prepare(QStringLiteral("DELETE FROM invoice_rate_totals WHERE environment = :env"
                                              " AND reference_code = :ref"));
        !s)
        return s;
    if (auto s
        = clear.bind(QStringLiteral(":env"), environment).bind(QStringLiteral(":ref"), referenceCode).exec();
        !s)
        return s;
    Statement insert(m_database, QStringLiteral("insert rate total"));
    if (auto s
        = insert.prepare(QStringLiteral("INSERT OR REPLACE INTO invoice_rate_totals VALUES (:env, :ref,"
                                        " :rate, :amount, :vat)"));
        !s)
        return s;
    for (const InvoiceRateTotal &total : totals) {
        insert.bind(QStringLiteral(":env"), environment).bind(QStringLiteral(":ref"), referenceCode);
        insert.bind(QStringLiteral(":rate"), amount(Decimal::fromInteger(total.rate)))
            .bind(QStringLiteral(":amount"), amount(total.amount))
            .bind(QStringLiteral(":vat"), amount(total.vat));
        if (auto s = insert.exec(); !s)
            return s;
    }
    return transaction.commit();
}

StoreResult<QList<InvoiceRateTotal>> ReportFactsRepository::load(
    const QString &environment, const QString &referenceCode) const
{
    Statement select(m_database, QStringLiteral("load rate totals"));
    if (auto s = select.prepare(QStringLiteral("SELECT tax_rate, amount, vat FROM invoice_rate_totals"
                                               " WHERE environment = :env AND reference_code = :ref"
                                               " ORDER BY tax_rate"));
        !s)
        return s.error();
    if (auto s
        = select.bind(QStringLiteral(":env"), environment).bind(QStringLiteral(":ref"), referenceCode).exec();
        !s)
        return s.error();
    QList<InvoiceRateTotal> totals;
    while (select.next())
        totals.append({int(toAmount(select.value(0)).toRoundedInteger()), toAmount(select.value(1)),
            toAmount(select.value(2))});
    return totals;
}

StoreStatus ReportFactsRepository::setKnown(const QString &environment, const QString &referenceCode,
    const QString &currency, const QString &templateCode)
{
    Statement upsert(m_database, QStringLiteral("set known invoice facts"));
    if (auto s = upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO invoice_known VALUES (:env, :ref,"
                                               " :currency, :template)"));
        !s)
        return s;
    return upsert.bind(QStringLiteral(":env"), environment)
        .bind(QStringLiteral(":ref"), referenceCode)
        .bind(QStringLiteral(":currency"), currency.toUpper())
        .bind(QStringLiteral(":template"), templateCode)
        .exec();
}

StoreStatus ReportFactsRepository::saveSeriesTemplates(
    const QString &environment, const QList<std::pair<QString, QString>> &seriesTemplates)
{
    Transaction transaction(m_database, QStringLiteral("save series templates"));
    if (!transaction.status())
        return transaction.status();
    Statement clear(m_database, QStringLiteral("clear series templates"));
    if (auto s = clear.prepare(QStringLiteral("DELETE FROM series_templates WHERE environment = :env")); !s)
        return s;
    if (auto s = clear.bind(QStringLiteral(":env"), environment).exec(); !s)
        return s;
    Statement insert(m_database, QStringLiteral("insert series template"));
    if (auto s
        = insert.prepare(QStringLiteral("INSERT OR REPLACE INTO series_templates VALUES (:env, :series,"
                                        " :template)"));
        !s)
        return s;
    for (const auto &[series, templateCode] : seriesTemplates) {
        insert.bind(QStringLiteral(":env"), environment)
            .bind(QStringLiteral(":series"), series)
            .bind(QStringLiteral(":template"), templateCode);
        if (auto s = insert.exec(); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace einvoice
