#include "invoicecacherepository.h"

#include "core/clock.h"
#include "database.h"
#include "invoicecachesql.h"
#include "invoicesearchindex.h"
#include "likepattern.h"
#include "sqlvalues.h"
#include "statement.h"
#include "transaction.h"

namespace einvoice {

namespace {

QString likePattern(const QString &search)
{
    return QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
}

StoreResult<QList<CachedInvoiceRow>> readRows(Statement &statement)
{
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QList<CachedInvoiceRow> rows;
    while (statement.next())
        rows.append(InvoiceCacheSql::readRow(statement));
    return rows;
}

} // namespace

InvoiceCacheRepository::InvoiceCacheRepository(Database &database)
    : InvoiceCacheRepository(database, SystemClock::instance())
{
}

InvoiceCacheRepository::InvoiceCacheRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

StoreResult<UpsertCounts> InvoiceCacheRepository::upsertPage(
    const QString &environment, const QList<InvoiceSummary> &page)
{
    const QString operation = QStringLiteral("cache.upsertPage");
    Transaction transaction(m_database, operation);
    if (!transaction.status())
        return transaction.status().error();
    Statement exists(m_database, operation);
    Statement upsert(m_database, operation);
    StoreStatus status = upsert.prepare(InvoiceCacheSql::upsertSummary(
        InvoiceCacheSql::SummaryOrigin::ListPage, InvoiceCacheSql::SearchId::Bound));
    // Read once for the page: the index's last id costs more to find the larger it grows.
    qint64 nextSearchId = 0;
    if (status) {
        Statement next(m_database, operation);
        status = next.run(QStringLiteral("SELECT ") + InvoiceSearchIndex::nextSearchId());
        nextSearchId = status && next.next() ? next.value(0).toLongLong() : 1;
    }
    if (status)
        status = exists.prepare(QStringLiteral("SELECT 1 FROM invoice_cache WHERE environment = :environment"
                                               " AND reference_code = :reference_code"));
    const QDateTime now = m_clock.nowUtc();
    UpsertCounts counts;
    for (auto it = page.cbegin(); status && it != page.cend(); ++it) {
        exists.bind(QStringLiteral(":environment"), sqlvalues::text(environment))
            .bind(QStringLiteral(":reference_code"), sqlvalues::text(it->referenceCode));
        if (status = exists.exec(); !status)
            break;
        const bool existed = exists.next();
        exists.finish();
        InvoiceCacheSql::bindSummary(upsert, environment, *it, now);
        upsert.bind(QStringLiteral(":search_id"), existed ? QVariant() : QVariant(nextSearchId));
        if (status = upsert.exec(); !status)
            break;
        if (!existed)
            ++nextSearchId;
        int &counter = upsert.rowsAffected() == 0 ? counts.unchanged
            : existed                             ? counts.updated
                                                  : counts.inserted;
        ++counter;
    }
    if (status)
        status = transaction.commit();
    if (!status)
        return status.error();
    return counts;
}

StoreStatus InvoiceCacheRepository::applyDetail(const QString &environment, const InvoiceDetail &detail)
{
    const QString operation = QStringLiteral("cache.applyDetail");
    Transaction transaction(m_database, operation);
    if (!transaction.status())
        return transaction.status();
    StoreResult<CachedInvoice> existing = load(environment, detail.summary.referenceCode);
    CachedInvoice invoice = existing ? existing.value() : CachedInvoice();
    if (!existing && existing.error().kind != StoreError::Kind::NotFound)
        return existing.error();
    invoice.summary = detail.summary;
    invoice.invoiceSeries = detail.invoiceSeries;
    invoice.documentType = detail.documentType;
    invoice.providerStatus = detail.providerStatus;
    invoice.taxAuthorityCode = detail.taxAuthorityCode;
    invoice.paymentMethod = detail.paymentMethod;
    if (StoreStatus status = put(environment, invoice); !status)
        return status;
    return transaction.commit();
}

StoreStatus InvoiceCacheRepository::put(const QString &environment, const CachedInvoice &invoice)
{
    const QString operation = QStringLiteral("cache.put");
    Transaction transaction(m_database, operation);
    if (!transaction.status())
        return transaction.status();
    Statement upsert(m_database, operation);
    StoreStatus status = upsert.prepare(InvoiceCacheSql::upsertSummary());
    if (status) {
        InvoiceCacheSql::bindSummary(upsert, environment, invoice.summary, m_clock.nowUtc());
        status = upsert.exec();
    }
    Statement extras(m_database, operation);
    if (status)
        status = extras.prepare(InvoiceCacheSql::updateExtras());
    if (status) {
        InvoiceCacheSql::bindExtras(extras, environment, invoice);
        status = extras.exec();
    }
    if (!status)
        return status;
    return transaction.commit();
}

StoreStatus InvoiceCacheRepository::setLocalState(
    const QString &environment, const QString &referenceCode, LocalState state, const QString &message)
{
    const QString operation = QStringLiteral("cache.setLocalState");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(
        QStringLiteral("UPDATE invoice_cache SET local_state = :state, local_message = :message,"
                       " updated_at = :now WHERE environment = :env AND reference_code = :ref"));
    if (status)
        status = statement.bind(QStringLiteral(":state"), int(state))
                     .bind(QStringLiteral(":message"), sqlvalues::text(message))
                     .bind(QStringLiteral(":now"), sqlvalues::timestamp(m_clock.nowUtc()))
                     .bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(referenceCode))
                     .exec();
    if (status && statement.rowsAffected() == 0)
        return StoreError {
            StoreError::Kind::NotFound, operation, QStringLiteral("no cached invoice ") + referenceCode};
    return status;
}

StoreResult<QList<CachedInvoiceRow>> InvoiceCacheRepository::loadRows(const QString &environment) const
{
    Statement statement(m_database, QStringLiteral("cache.loadRows"));
    const QString sql = InvoiceCacheSql::selectRows()
        + QStringLiteral(" WHERE environment = :env ORDER BY issued_day DESC, CAST(invoice_number AS "
                         "INTEGER) DESC, reference_code");
    if (StoreStatus status = statement.prepare(sql); !status)
        return status.error();
    statement.bind(QStringLiteral(":env"), sqlvalues::text(environment));
    return readRows(statement);
}

StoreResult<QList<CachedInvoiceRow>> InvoiceCacheRepository::find(
    const QString &environment, const CacheFilter &filter) const
{
    QString sql = InvoiceCacheSql::selectRows() + QStringLiteral(" WHERE environment = :env");
    if (filter.from)
        sql += QStringLiteral(" AND issued_day >= :from");
    if (filter.to)
        sql += QStringLiteral(" AND issued_day <= :to");
    if (filter.status)
        sql += QStringLiteral(" AND status = :status");
    if (filter.source)
        sql += QStringLiteral(" AND source = :source");
    if (!filter.search.isEmpty())
        sql += QStringLiteral(
            " AND (invoice_number LIKE :q ESCAPE '\\' OR buyer_name LIKE :q ESCAPE '\\'"
            " OR buyer_legal_name LIKE :q ESCAPE '\\'"
            " OR buyer_tax_code LIKE :q ESCAPE '\\' OR reference_code LIKE :q ESCAPE '\\')");
    sql += QStringLiteral(
               " ORDER BY issued_day DESC, CAST(invoice_number AS INTEGER) DESC, reference_code LIMIT ")
        + QString::number(filter.limit);
    Statement statement(m_database, QStringLiteral("cache.find"));
    if (StoreStatus status = statement.prepare(sql); !status)
        return status.error();
    statement.bind(QStringLiteral(":env"), sqlvalues::text(environment));
    if (filter.from)
        statement.bind(QStringLiteral(":from"), sqlvalues::day(*filter.from));
    if (filter.to)
        statement.bind(QStringLiteral(":to"), sqlvalues::day(*filter.to));
    if (filter.status)
        statement.bind(QStringLiteral(":status"), toWire(*filter.status));
    if (filter.source)
        statement.bind(QStringLiteral(":source"), sqlvalues::text(toWire(*filter.source)));
    if (!filter.search.isEmpty())
        statement.bind(QStringLiteral(":q"), likePattern(filter.search));
    return readRows(statement);
}

StoreResult<CachedInvoice> InvoiceCacheRepository::load(
    const QString &environment, const QString &referenceCode) const
{
    const QString operation = QStringLiteral("cache.load");
    Statement statement(m_database, operation);
    const QString sql = InvoiceCacheSql::selectFull()
        + QStringLiteral(" WHERE environment = :env AND reference_code = :ref");
    StoreStatus status = statement.prepare(sql);
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(referenceCode))
                     .exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return StoreError {
            StoreError::Kind::NotFound, operation, QStringLiteral("no cached invoice ") + referenceCode};
    return InvoiceCacheSql::readFull(statement);
}

StoreResult<int> InvoiceCacheRepository::count(const QString &environment) const
{
    return countIn(environment, QStringLiteral("cache.count"));
}

StoreResult<int> InvoiceCacheRepository::countIn(const QString &environment, const QString &operation) const
{
    Statement statement(m_database, operation);
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT COUNT(*) FROM invoice_cache WHERE environment = :env"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

// The invoice's detail and lines (migration 7) go with it.
StoreStatus InvoiceCacheRepository::remove(const QString &environment, const QString &referenceCode)
{
    const QString operation = QStringLiteral("cache.remove");
    Transaction transaction(m_database, operation);
    StoreStatus status = transaction.status();
    Statement statement(m_database, operation);
    for (const char *table : {"invoice_cache", "invoice_details", "invoice_lines"}) {
        if (status)
            status = statement.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table)
                + QStringLiteral(" WHERE environment = :env AND reference_code = :ref"));
        if (status)
            status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                         .bind(QStringLiteral(":ref"), sqlvalues::text(referenceCode))
                         .exec();
    }
    if (status)
        status = transaction.commit();
    return status;
}

StoreResult<QStringList> InvoiceCacheRepository::removeDraftsNotListed(
    const QString &environment, const QSet<QString> &listed)
{
    const QString operation = QStringLiteral("cache.removeDraftsNotListed");
    Transaction transaction(m_database, operation);
    StoreStatus status = transaction.status();
    Statement drafts(m_database, operation);
    if (status)
        status = drafts.prepare(
            QStringLiteral("SELECT reference_code FROM invoice_cache WHERE environment = :env"
                           " AND status = :draft AND local_state <> :pending"));
    if (status)
        status = drafts.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":draft"), sqlvalues::text(toWire(InvoiceStatus::Draft)))
                     .bind(QStringLiteral(":pending"), int(LocalState::Pending))
                     .exec();
    QStringList unlisted;
    while (status && drafts.next()) {
        const QString reference = drafts.value(0).toString();
        if (!listed.contains(reference))
            unlisted.append(reference);
    }
    drafts.finish();
    for (auto it = unlisted.cbegin(); status && it != unlisted.cend(); ++it)
        status = remove(environment, *it);
    if (status)
        status = transaction.commit();
    if (!status)
        return status.error();
    return unlisted;
}

StoreStatus InvoiceCacheRepository::clear(const QString &environment)
{
    const QString operation = QStringLiteral("cache.clear");
    Transaction transaction(m_database, operation);
    StoreStatus status = transaction.status();
    Statement statement(m_database, operation);
    for (const char *table : {"invoice_cache", "sync_state", "invoice_details", "invoice_lines"}) {
        if (status)
            status = statement.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table)
                + QStringLiteral(" WHERE environment = :env"));
        if (status)
            status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    }
    if (status)
        status = transaction.commit();
    return status;
}

StoreResult<std::optional<QDateTime>> InvoiceCacheRepository::lastSync(const QString &environment) const
{
    Statement statement(m_database, QStringLiteral("cache.lastSync"));
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT last_sync_at FROM sync_state WHERE environment = :env"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(sqlvalues::toTimestamp(statement.value(0)));
}

StoreStatus InvoiceCacheRepository::setLastSync(const QString &environment, const QDateTime &whenUtc)
{
    Statement statement(m_database, QStringLiteral("cache.setLastSync"));
    StoreStatus status = statement.prepare(
        QStringLiteral("INSERT INTO sync_state (environment, last_sync_at) VALUES (:env, :at)"
                       " ON CONFLICT(environment) DO UPDATE SET last_sync_at = excluded.last_sync_at"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":at"), sqlvalues::timestamp(whenUtc))
                     .exec();
    return status;
}

QString InvoiceCacheRepository::databaseFile() const
{
    return m_database.filePath();
}

} // namespace einvoice
