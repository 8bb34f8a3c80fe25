#include "localdraftrepository.h"

#include "core/clock.h"
#include "core/invoicejson.h"
#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace einvoice {

namespace {

StoreError notFound(const QString &operation, const QString &id)
{
    return StoreError {StoreError::Kind::NotFound, operation, QStringLiteral("no draft ") + id};
}

StoreResult<Invoice> invoiceFromText(const QString &text, const QString &id)
{
    const QString operation = QStringLiteral("drafts.load");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject())
        return StoreError {StoreError::Kind::InvalidData, operation,
            QStringLiteral("draft ") + id + QStringLiteral(": ") + parseError.errorString()};
    Parsed<Invoice> parsed = json::invoiceFromCreatePayload(document.object(), json::LinesNeeded::None);
    if (const ParseError *error = std::get_if<ParseError>(&parsed))
        return StoreError {StoreError::Kind::InvalidData, operation,
            QStringLiteral("draft ") + id + QStringLiteral(": ") + error->field + QStringLiteral(" ")
                + error->reason};
    return std::get<Invoice>(std::move(parsed));
}

} // namespace

LocalDraftRepository::LocalDraftRepository(Database &database)
    : LocalDraftRepository(database, SystemClock::instance())
{
}

LocalDraftRepository::LocalDraftRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

StoreResult<LocalDraft> LocalDraftRepository::save(LocalDraft draft)
{
    using namespace sqlvalues;
    const QDateTime now = m_clock.nowUtc();
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!draft.createdAt.isValid())
        draft.createdAt = now;
    draft.updatedAt = now;
    const QByteArray payload
        = QJsonDocument(json::toCreatePayload(draft.invoice)).toJson(QJsonDocument::Compact);

    Statement statement(m_database, QStringLiteral("drafts.save"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "INSERT INTO local_drafts (draft_id, environment, reference_code, buyer_name, buyer_tax_code,"
        " invoice_series, issued_at, line_count, grand_total, payload, created_at, updated_at)"
        " VALUES (:id, :env, :ref, :buyer, :tax, :series, :issued, :lines, :total, :payload, :created,"
        " :updated) ON CONFLICT(draft_id) DO UPDATE SET environment = excluded.environment,"
        " reference_code = excluded.reference_code, buyer_name = excluded.buyer_name,"
        " buyer_tax_code = excluded.buyer_tax_code, invoice_series = excluded.invoice_series,"
        " issued_at = excluded.issued_at, line_count = excluded.line_count,"
        " grand_total = excluded.grand_total, payload = excluded.payload,"
        " updated_at = excluded.updated_at"));
    if (!status)
        return status.error();
    statement.bind(QStringLiteral(":id"), draft.id)
        .bind(QStringLiteral(":env"), text(draft.environment))
        .bind(QStringLiteral(":ref"), text(draft.invoice.referenceCode))
        .bind(QStringLiteral(":buyer"), text(draft.invoice.buyer.name))
        .bind(QStringLiteral(":tax"), text(draft.invoice.buyer.taxCode))
        .bind(QStringLiteral(":series"), text(draft.invoice.invoiceSeries))
        .bind(QStringLiteral(":issued"), timestamp(draft.invoice.issuedAt))
        .bind(QStringLiteral(":lines"), int(draft.invoice.lines.size()))
        .bind(QStringLiteral(":total"), optionalAmount(draft.grandTotal))
        .bind(QStringLiteral(":payload"), QString::fromUtf8(payload))
        .bind(QStringLiteral(":created"), timestamp(draft.createdAt))
        .bind(QStringLiteral(":updated"), timestamp(draft.updatedAt));
    if (status = statement.exec(); !status)
        return status.error();
    return draft;
}

StoreResult<LocalDraft> LocalDraftRepository::load(const QString &id) const
{
    using namespace sqlvalues;
    const QString operation = QStringLiteral("drafts.load");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(
        QStringLiteral("SELECT environment, grand_total, payload, created_at, updated_at FROM local_drafts"
                       " WHERE draft_id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":id"), id).exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return notFound(operation, id);
    StoreResult<Invoice> invoice = invoiceFromText(statement.value(2).toString(), id);
    if (!invoice)
        return invoice.error();
    LocalDraft draft;
    draft.id = id;
    draft.environment = statement.value(0).toString();
    draft.invoice = std::move(invoice).value();
    draft.grandTotal = toOptionalAmount(statement.value(1));
    draft.createdAt = toTimestamp(statement.value(3));
    draft.updatedAt = toTimestamp(statement.value(4));
    return draft;
}

StoreResult<QJsonObject> LocalDraftRepository::loadPayload(const QString &id) const
{
    const QString operation = QStringLiteral("drafts.loadPayload");
    Statement statement(m_database, operation);
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT payload FROM local_drafts WHERE draft_id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":id"), id).exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return notFound(operation, id);
    return QJsonDocument::fromJson(statement.value(0).toString().toUtf8()).object();
}

StoreResult<QList<LocalDraftListItem>> LocalDraftRepository::list(const QString &environment) const
{
    using namespace sqlvalues;
    Statement statement(m_database, QStringLiteral("drafts.list"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "SELECT draft_id, reference_code, buyer_name, buyer_tax_code, invoice_series, issued_at,"
        " line_count, grand_total, created_at, updated_at FROM local_drafts WHERE environment = :env"
        " ORDER BY updated_at DESC, draft_id"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), text(environment)).exec();
    if (!status)
        return status.error();
    QList<LocalDraftListItem> items;
    while (statement.next()) {
        LocalDraftListItem item;
        item.id = statement.value(0).toString();
        item.environment = environment;
        item.referenceCode = statement.value(1).toString();
        item.buyerName = statement.value(2).toString();
        item.buyerTaxCode = statement.value(3).toString();
        item.invoiceSeries = statement.value(4).toString();
        item.issuedAt = toTimestamp(statement.value(5));
        item.lineCount = statement.value(6).toInt();
        item.grandTotal = toOptionalAmount(statement.value(7));
        item.createdAt = toTimestamp(statement.value(8));
        item.updatedAt = toTimestamp(statement.value(9));
        items.append(std::move(item));
    }
    return items;
}

StoreResult<int> LocalDraftRepository::count(const QString &environment) const
{
    Statement statement(m_database, QStringLiteral("drafts.count"));
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT COUNT(*) FROM local_drafts WHERE environment = :env"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

StoreStatus LocalDraftRepository::remove(const QString &id)
{
    const QString operation = QStringLiteral("drafts.remove");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(QStringLiteral("DELETE FROM local_drafts WHERE draft_id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":id"), id).exec();
    if (status && statement.rowsAffected() == 0)
        return notFound(operation, id);
    return status;
}

} // namespace einvoice
