#include "originadjustments.h"

#include "core/invoicejson.h"
#include "core/totals.h"
#include "correctionledger.h"
#include "store/countedinvoicesql.h"
#include "store/statement.h"

#include <QSet>

namespace einvoice {

namespace {

// The counted adjustments whose stored detail names the origin, each with its signed total.
StoreStatus readStored(const Database &database, const QString &environment, const QString &origin,
    QSet<QString> *references, Decimal *net)
{
    Statement statement(database, QStringLiteral("corrections.originAdjustments"));
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT c.reference_code, ") + countedinvoicesql::sign()
            + QStringLiteral(
                " * c.total_amount FROM invoice_details d JOIN invoice_cache c"
                " ON c.environment = d.environment AND c.reference_code = d.reference_code"
                " WHERE d.environment = :environment AND d.original_reference_code = :origin"
                " AND (d.adjustment_type <> '' OR COALESCE(c.document_type, 0) IN (6, 7, 8, 9)) AND ")
            + countedinvoicesql::counts());
    if (status)
        status = statement.bind(QStringLiteral(":environment"), environment)
                     .bind(QStringLiteral(":origin"), origin)
                     .exec();
    if (!status)
        return status;
    while (statement.next()) {
        references->insert(statement.value(0).toString());
        *net += Decimal::fromUnits(statement.value(1).toLongLong());
    }
    return {};
}

// An adjustment this computer sent, by its recorded body: a decrease takes off whatever the sign
// its amounts were sent with (CorrectionContract::DecreaseSign).
std::optional<Decimal> effectOf(const OutboxEntry &entry)
{
    const std::optional<CorrectionKind> kind = CorrectionLedger::kindOf(entry);
    if (!kind || !isAdjustment(*kind) || *kind == CorrectionKind::Info)
        return std::nullopt;
    const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(entry.payload);
    const Invoice *invoice = std::get_if<Invoice>(&parsed);
    if (!invoice)
        return std::nullopt;
    const InvoiceTotals totals = computeTotals(*invoice);
    if (totals.outOfRange)
        return std::nullopt;
    const Decimal total = totals.grandTotal;
    if (*kind == CorrectionKind::Decrease)
        return total.isNegative() ? total : -total;
    return total;
}

} // namespace

StoreResult<Decimal> OriginAdjustments::netOf(const Database &database, const OutboxRepository &outbox,
    const QString &environment, const QString &originReferenceCode)
{
    QSet<QString> stored;
    Decimal net;
    if (StoreStatus status = readStored(database, environment, originReferenceCode, &stored, &net); !status)
        return status.error();
    const StoreResult<QList<OutboxEntry>> entries
        = CorrectionLedger(database, outbox, environment).entriesFor(originReferenceCode);
    if (!entries)
        return entries.error();
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.state != OutboxState::Succeeded || stored.contains(entry.referenceCode))
            continue;
        if (const std::optional<Decimal> effect = effectOf(entry))
            net += *effect;
    }
    return net;
}

} // namespace einvoice
