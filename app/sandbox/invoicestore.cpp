#include "invoicestore.h"

namespace einvoice {

namespace {

const QString s_columns = QStringLiteral(
    "reference_code, account_id, template_code, invoice_series, issued_date, status, invoice_number,"
    " tax_authority_code, payload, source, total_before_tax, tax_amount, total_amount, create_tracking,"
    " issue_tracking, sequence, document_type, provider_status, original_reference_code, adjustment_type");

// Binds "" rather than NULL for "all sources", so that "?1 = ''" holds.
QVariant sourceValue(const QString &source)
{
    return source.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(source);
}

QString sourceFilter(const QString &source)
{
    return source.isEmpty() ? QStringLiteral("status <> 'creating' AND ?1 = ''")
                            : QStringLiteral("status <> 'creating' AND source = ?1");
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

StoredInvoice InvoiceStore::fromRow(const QSqlQuery &query)
{
    StoredInvoice row;
    row.referenceCode = query.value(0).toString();
    row.accountId = query.value(1).toString();
    row.templateCode = query.value(2).toString();
    row.invoiceSeries = query.value(3).toString();
    row.issuedDate = query.value(4).toString();
    row.status = query.value(5).toString();
    row.invoiceNumber = query.value(6).toLongLong();
    row.taxAuthorityCode = query.value(7).toString();
    row.payload = query.value(8).toByteArray();
    row.source = query.value(9).toString();
    row.totalBeforeTax = query.value(10).toString();
    row.taxAmount = query.value(11).toString();
    row.totalAmount = query.value(12).toString();
    row.createTracking = query.value(13).toString();
    row.issueTracking = query.value(14).toString();
    row.sequence = query.value(15).toLongLong();
    if (!query.value(16).isNull())
        row.documentType = query.value(16).toInt();
    row.providerStatus = query.value(17).toString();
    row.originalReferenceCode = query.value(18).toString();
    row.adjustmentType = query.value(19).toString();
    return row;
}

bool InvoiceStore::exists(const QString &referenceCode)
{
    QSqlQuery query
        = m_db.select(QStringLiteral("SELECT 1 FROM invoices WHERE reference_code = ?"), {referenceCode});
    return query.next();
}

bool InvoiceStore::insert(const StoredInvoice &row)
{
    return m_db.exec(QStringLiteral("INSERT INTO invoices(") + s_columns
            + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " (SELECT COALESCE(MAX(sequence), 0) + 1 FROM invoices), ?, ?, ?, ?)"),
        {row.referenceCode, row.accountId, row.templateCode, row.invoiceSeries, row.issuedDate, row.status,
            row.invoiceNumber, row.taxAuthorityCode, row.payload, row.source, row.totalBeforeTax,
            row.taxAmount, row.totalAmount, row.createTracking, row.issueTracking,
            row.documentType ? QVariant(*row.documentType) : QVariant(), nullIfEmpty(row.providerStatus),
            nullIfEmpty(row.originalReferenceCode), nullIfEmpty(row.adjustmentType)});
}

std::optional<StoredInvoice> InvoiceStore::find(const QString &referenceCode)
{
    QSqlQuery query = m_db.select(
        QStringLiteral("SELECT ") + s_columns + QStringLiteral(" FROM invoices WHERE reference_code = ?"),
        {referenceCode});
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<StoredInvoice> InvoiceStore::findByAnyCode(const QString &code)
{
    QSqlQuery query = m_db.select(QStringLiteral("SELECT ") + s_columns
            + QStringLiteral(" FROM invoices WHERE reference_code = ? OR create_tracking = ?"
                             " OR issue_tracking = ? ORDER BY reference_code = ? DESC LIMIT 1"),
        {code, code, code, code});
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

void InvoiceStore::remove(const QString &referenceCode)
{
    m_db.exec(QStringLiteral("DELETE FROM invoices WHERE reference_code = ?"), {referenceCode});
}

void InvoiceStore::setStatus(const QString &referenceCode, const QString &status)
{
    m_db.exec(
        QStringLiteral("UPDATE invoices SET status = ? WHERE reference_code = ?"), {status, referenceCode});
}

void InvoiceStore::setIssued(const QString &referenceCode, qint64 number, const QString &taxAuthorityCode)
{
    m_db.exec(
        QStringLiteral("UPDATE invoices SET status = 'issued', invoice_number = ?, tax_authority_code = ?"
                       " WHERE reference_code = ?"),
        {number, taxAuthorityCode, referenceCode});
}

void InvoiceStore::setDocumentType(const QString &referenceCode, int documentType)
{
    m_db.exec(QStringLiteral("UPDATE invoices SET document_type = ? WHERE reference_code = ?"),
        {documentType, referenceCode});
}

void InvoiceStore::setProviderStatus(const QString &referenceCode, const QString &providerStatus)
{
    // An explicit change wins over what ProviderStatusSchedule had planned.
    m_db.exec(QStringLiteral("UPDATE invoices SET provider_status = ?, provider_next = NULL,"
                             " provider_due_ms = NULL WHERE reference_code = ?"),
        {providerStatus, referenceCode});
}

QList<StoredInvoice> InvoiceStore::correctionsOf(const QString &originalReferenceCode)
{
    QList<StoredInvoice> rows;
    QSqlQuery query = m_db.select(QStringLiteral("SELECT ") + s_columns
            + QStringLiteral(" FROM invoices WHERE original_reference_code = ? ORDER BY sequence"),
        {originalReferenceCode});
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

void InvoiceStore::setIssueTracking(const QString &referenceCode, const QString &trackingCode)
{
    m_db.exec(QStringLiteral("UPDATE invoices SET issue_tracking = ? WHERE reference_code = ?"),
        {trackingCode, referenceCode});
}

QList<StoredInvoice> InvoiceStore::page(const QString &source, int offset, int limit)
{
    QList<StoredInvoice> rows;
    QSqlQuery query = m_db.select(QStringLiteral("SELECT ") + s_columns
            + QStringLiteral(" FROM invoices WHERE ") + sourceFilter(source)
            + QStringLiteral(" ORDER BY issued_date DESC, sequence DESC LIMIT ?2 OFFSET ?3"),
        {sourceValue(source), limit, offset});
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

int InvoiceStore::visibleCount(const QString &source)
{
    QSqlQuery query = m_db.select(
        QStringLiteral("SELECT COUNT(*) FROM invoices WHERE ") + sourceFilter(source), {sourceValue(source)});
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 InvoiceStore::takeNumber(const QString &seriesKey)
{
    m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO counters(series_key, last_number) VALUES(?, 0)"), {seriesKey});
    m_db.exec(QStringLiteral("UPDATE counters SET last_number = last_number + 1 WHERE series_key = ?"),
        {seriesKey});
    QSqlQuery query
        = m_db.select(QStringLiteral("SELECT last_number FROM counters WHERE series_key = ?"), {seriesKey});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void InvoiceStore::insertJob(const StoredJob &job)
{
    m_db.exec(QStringLiteral(
                  "INSERT INTO jobs(tracking_code, kind, reference_code, polls, created_ms, state, message,"
                  " also_issue) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {job.trackingCode, job.kind, job.referenceCode, job.polls, job.createdMs, job.state, job.message,
            job.alsoIssue});
}

std::optional<StoredJob> InvoiceStore::findJob(const QString &trackingCode)
{
    QSqlQuery query
        = m_db.select(QStringLiteral("SELECT tracking_code, kind, reference_code, polls, created_ms, state,"
                                     " message, also_issue FROM jobs WHERE tracking_code = ?"),
            {trackingCode});
    if (!query.next())
        return std::nullopt;
    return StoredJob {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toInt(), query.value(4).toLongLong(), query.value(5).toString(),
        query.value(6).toString(), query.value(7).toBool()};
}

void InvoiceStore::updateJob(const StoredJob &job)
{
    m_db.exec(QStringLiteral("UPDATE jobs SET polls = ?, state = ?, message = ? WHERE tracking_code = ?"),
        {job.polls, job.state, job.message, job.trackingCode});
}

} // namespace einvoice
