#include "invoicedetailrepository.h"

#include "cachedinvoice.h"
#include "database.h"
#include "invoicecachesql.h"
#include "sqlvalues.h"
#include "statement.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QStringList>

namespace einvoice {

namespace {

StoreStatus runBound(
    Statement &statement, const QString &sql, const QString &environment, const QString &referenceCode)
{
    StoreStatus status = statement.prepare(sql);
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(referenceCode))
                     .exec();
    return status;
}

// A note line carries no tax rate; every other line's rate is kept, 0 included.
QVariant rateOf(const RemoteInvoiceLine &line)
{
    return line.lineType == LineType::Note ? QVariant() : sqlvalues::amount(line.taxRate);
}

void bindLine(Statement &statement, const RemoteInvoiceLine &line)
{
    using namespace sqlvalues;
    statement.bind(QStringLiteral(":number"), line.lineNumber)
        .bind(QStringLiteral(":type"), toWire(line.lineType))
        .bind(QStringLiteral(":code"), text(line.itemCode))
        .bind(QStringLiteral(":name"), text(line.itemName))
        .bind(QStringLiteral(":unit"), text(line.unit))
        .bind(QStringLiteral(":quantity"), amount(line.quantity))
        .bind(QStringLiteral(":price"), amount(line.unitPrice))
        .bind(QStringLiteral(":total"), amount(line.totalAmount))
        .bind(QStringLiteral(":rate"), rateOf(line))
        .bind(QStringLiteral(":tax"), amount(line.taxAmount));
}

RemoteInvoiceLine readLine(const Statement &statement)
{
    using namespace sqlvalues;
    RemoteInvoiceLine line;
    line.lineNumber = statement.value(0).toInt();
    line.lineType = lineTypeFromWire(statement.value(1).toInt()).value_or(LineType::Goods);
    line.itemCode = statement.value(2).toString();
    line.itemName = statement.value(3).toString();
    line.unit = statement.value(4).toString();
    line.quantity = toAmount(statement.value(5));
    line.unitPrice = toAmount(statement.value(6));
    line.totalAmount = toAmount(statement.value(7));
    line.taxRate = toOptionalAmount(statement.value(8)).value_or(Decimal());
    line.taxAmount = toAmount(statement.value(9));
    return line;
}

std::optional<DetailWorkItem::Reason> reasonFor(
    const CachedInvoice &cached, const QVariant &storedKey, const QVariant &final)
{
    if (storedKey.isNull())
        return DetailWorkItem::Reason::Missing;
    if (storedKey.toString() != InvoiceDetailRepository::summaryKey(cached.summary))
        return DetailWorkItem::Reason::SummaryChanged;
    if (final.toInt() == 0 || cached.localState == LocalState::Pending)
        return DetailWorkItem::Reason::NotFinal;
    return std::nullopt;
}

} // namespace

InvoiceDetailRepository::InvoiceDetailRepository(Database &database) : m_database(database) { }

// Only what a list item carries (sepay-api.md 4.1: its buyer has name, tax code, address, email
// and phone): the detail's fuller buyer would make every invoice look changed after each sync.
QString InvoiceDetailRepository::summaryKey(const InvoiceSummary &summary)
{
    const Buyer &b = summary.buyer;
    const QStringList parts {summary.referenceCode, summary.invoiceNumber,
        summary.issuedDate.toString(Qt::ISODate), toWire(summary.status), toWire(summary.source), b.name,
        b.taxCode, b.address, b.email, b.phone, summary.totalBeforeTax.toString(),
        summary.taxAmount.toString(), summary.totalAmount.toString(), summary.notes};
    const QByteArray text = parts.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

StoreStatus InvoiceDetailRepository::saveDetail(const QString &environment, const InvoiceDetail &detail,
    const QString &summaryKey, bool final, const QDateTime &fetchedAt)
{
    const QString operation = QStringLiteral("details.save");
    Transaction transaction(m_database, operation);
    StoreStatus status = transaction.status();
    if (status)
        status = writeCacheColumns(environment, detail, fetchedAt, operation);
    if (status)
        status = writeDetailRow(environment, detail, summaryKey, final, fetchedAt, operation);
    if (status)
        status = writeLines(environment, detail, operation);
    if (status)
        status = transaction.commit();
    return status;
}

StoreStatus InvoiceDetailRepository::writeCacheColumns(const QString &environment,
    const InvoiceDetail &detail, const QDateTime &fetchedAt, const QString &operation)
{
    Statement upsert(m_database, operation);
    StoreStatus status = upsert.prepare(InvoiceCacheSql::upsertSummary());
    if (status) {
        InvoiceCacheSql::bindSummary(upsert, environment, detail.summary, fetchedAt);
        status = upsert.exec();
    }
    Statement update(m_database, operation);
    if (status)
        status = update.prepare(QStringLiteral(
            "UPDATE invoice_cache SET invoice_series = :series, document_type = :document_type,"
            " provider_status = :provider_status, tax_authority_code = :tax_authority_code,"
            " payment_method = :payment_method WHERE environment = :env AND reference_code = :ref"));
    if (status)
        status = update.bind(QStringLiteral(":series"), sqlvalues::text(detail.invoiceSeries))
                     .bind(QStringLiteral(":document_type"), sqlvalues::optionalInt(detail.documentType))
                     .bind(QStringLiteral(":provider_status"), sqlvalues::text(detail.providerStatus))
                     .bind(QStringLiteral(":tax_authority_code"), sqlvalues::text(detail.taxAuthorityCode))
                     .bind(QStringLiteral(":payment_method"), sqlvalues::text(detail.paymentMethod))
                     .bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(detail.summary.referenceCode))
                     .exec();
    return status;
}

StoreStatus InvoiceDetailRepository::writeDetailRow(const QString &environment, const InvoiceDetail &detail,
    const QString &summaryKey, bool final, const QDateTime &fetchedAt, const QString &operation)
{
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(QStringLiteral(
        "INSERT INTO invoice_details (environment, reference_code, summary_key, fetched_at, final,"
        " original_reference_code, adjustment_type) VALUES (:env, :ref, :key, :at, :final, :original,"
        " :adjustment) ON CONFLICT(environment, reference_code) DO UPDATE SET"
        " summary_key = excluded.summary_key, fetched_at = excluded.fetched_at, final = excluded.final,"
        " original_reference_code = excluded.original_reference_code,"
        " adjustment_type = excluded.adjustment_type"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(detail.summary.referenceCode))
                     .bind(QStringLiteral(":key"), sqlvalues::text(summaryKey))
                     .bind(QStringLiteral(":at"), sqlvalues::timestamp(fetchedAt))
                     .bind(QStringLiteral(":final"), final ? 1 : 0)
                     .bind(QStringLiteral(":original"), sqlvalues::text(detail.originalReferenceCode))
                     .bind(QStringLiteral(":adjustment"), sqlvalues::text(detail.adjustmentType))
                     .exec();
    return status;
}

StoreStatus InvoiceDetailRepository::writeLines(
    const QString &environment, const InvoiceDetail &detail, const QString &operation)
{
    Statement statement(m_database, operation);
    StoreStatus status = runBound(statement,
        QStringLiteral("DELETE FROM invoice_lines WHERE environment = :env AND reference_code = :ref"),
        environment, detail.summary.referenceCode);
    if (status)
        status = statement.prepare(QStringLiteral(
            "INSERT INTO invoice_lines (environment, reference_code, line_number, line_type, item_code,"
            " item_name, unit, quantity, unit_price, total_amount, tax_rate, tax_amount) VALUES (:env,"
            " :ref, :number, :type, :code, :name, :unit, :quantity, :price, :total, :rate, :tax)"));
    for (auto it = detail.lines.cbegin(); status && it != detail.lines.cend(); ++it) {
        statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
            .bind(QStringLiteral(":ref"), sqlvalues::text(detail.summary.referenceCode));
        bindLine(statement, *it);
        status = statement.exec();
    }
    return status;
}

StoreResult<QList<RemoteInvoiceLine>> InvoiceDetailRepository::lines(
    const QString &environment, const QString &referenceCode) const
{
    Statement statement(m_database, QStringLiteral("details.lines"));
    StoreStatus status = runBound(statement,
        QStringLiteral("SELECT line_number, line_type, item_code, item_name, unit, quantity, unit_price,"
                       " total_amount, tax_rate, tax_amount FROM invoice_lines"
                       " WHERE environment = :env AND reference_code = :ref ORDER BY line_number"),
        environment, referenceCode);
    if (!status)
        return status.error();
    QList<RemoteInvoiceLine> result;
    while (statement.next())
        result.append(readLine(statement));
    return result;
}

StoreResult<std::optional<InvoiceDetailInfo>> InvoiceDetailRepository::detailInfo(
    const QString &environment, const QString &referenceCode) const
{
    Statement statement(m_database, QStringLiteral("details.info"));
    StoreStatus status = runBound(statement,
        QStringLiteral("SELECT summary_key, fetched_at, final, original_reference_code, adjustment_type"
                       " FROM invoice_details WHERE environment = :env AND reference_code = :ref"),
        environment, referenceCode);
    if (!status)
        return status.error();
    if (!statement.next())
        return std::optional<InvoiceDetailInfo>();
    InvoiceDetailInfo info;
    info.summaryKey = statement.value(0).toString();
    info.fetchedAt = sqlvalues::toTimestamp(statement.value(1));
    info.final = statement.value(2).toInt() != 0;
    info.originalReferenceCode = statement.value(3).toString();
    info.adjustmentType = statement.value(4).toString();
    return std::optional<InvoiceDetailInfo>(info);
}

StoreResult<QList<StoredCorrection>> InvoiceDetailRepository::correctionsOf(
    const QString &environment, const QString &originReferenceCode) const
{
    Statement statement(m_database, QStringLiteral("details.corrections"));
    StoreStatus status = runBound(statement,
        QStringLiteral("SELECT d.reference_code, c.invoice_number, c.issued_day, c.document_type,"
                       " d.adjustment_type FROM invoice_details d LEFT JOIN invoice_cache c"
                       " ON c.environment = d.environment AND c.reference_code = d.reference_code"
                       " WHERE d.environment = :env AND d.original_reference_code = :ref"
                       " ORDER BY c.issued_day IS NULL, c.issued_day, d.reference_code"),
        environment, originReferenceCode);
    if (!status)
        return status.error();
    QList<StoredCorrection> result;
    while (statement.next()) {
        StoredCorrection correction;
        correction.referenceCode = statement.value(0).toString();
        correction.invoiceNumber = statement.value(1).toString();
        correction.issuedDate = sqlvalues::toDay(statement.value(2));
        correction.documentType = sqlvalues::toOptionalInt(statement.value(3));
        correction.adjustmentType = statement.value(4).toString();
        result.append(correction);
    }
    return result;
}

// The key is computed here rather than in SQL so that one function defines it; reading every row's
// summary costs a few milliseconds per thousand invoices, once per pass of the fill.
StoreResult<QList<DetailWorkItem>> InvoiceDetailRepository::needingDetail(
    const QString &environment, int limit) const
{
    Statement statement(m_database, QStringLiteral("details.needing"));
    const QString sql = QStringLiteral("SELECT f.*, d.summary_key, d.final FROM (")
        + InvoiceCacheSql::selectFull()
        + QStringLiteral(
            " WHERE environment = :env) f LEFT JOIN invoice_details d"
            " ON d.environment = :env2 AND d.reference_code = f.reference_code"
            " ORDER BY f.issued_day DESC, CAST(f.invoice_number AS INTEGER) DESC, f.reference_code");
    StoreStatus status = statement.prepare(sql);
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":env2"), sqlvalues::text(environment))
                     .exec();
    if (!status)
        return status.error();
    QList<DetailWorkItem> missing;
    QList<DetailWorkItem> stale;
    while (statement.next()) {
        const CachedInvoice cached = InvoiceCacheSql::readFull(statement);
        const auto reason = reasonFor(cached, statement.value(28), statement.value(29));
        if (reason)
            (*reason == DetailWorkItem::Reason::Missing ? missing : stale)
                .append({cached.summary.referenceCode, *reason});
    }
    missing.append(stale);
    if (limit >= 0 && missing.size() > limit)
        missing.resize(limit);
    return missing;
}

} // namespace einvoice
