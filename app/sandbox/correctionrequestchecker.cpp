#include "correctionrequestchecker.h"

#include "core/totals.h"

namespace einvoice {

namespace {

// -1, 0 or 1: how a line moves the total. Trade-discount lines lower it by construction.
int signOf(const InvoiceLine &line, Currency currency)
{
    if (line.lineType == LineType::TradeDiscount)
        return -1;
    const Decimal net = computeLineAmounts(line, currency).net;
    return net.isZero() ? 0 : (net.isNegative() ? -1 : 1);
}

bool anyLine(const Invoice &invoice, const std::function<bool(const InvoiceLine &, int)> &test)
{
    for (const InvoiceLine &line : invoice.lines) {
        if (test(line, signOf(line, invoice.currency)))
            return true;
    }
    return false;
}

} // namespace

CorrectionRequestChecker::Result CorrectionRequestChecker::check(
    const QByteArray &body, const Clock &clock, bool adjusting)
{
    Result result;
    result.create = CreateRequestChecker::check(body, clock);
    if (result.create.error) {
        result.error = result.create.error;
        return result;
    }
    const QJsonObject &payload = result.create.payload;
    const QJsonValue origin = payload.value(QStringLiteral("original_invoice_reference_code"));
    if (!origin.isString() || origin.toString().trimmed().isEmpty()) {
        result.error = HttpReply::badRequest(QStringLiteral("original_invoice_reference_code"),
            origin.isUndefined() ? QStringLiteral("thiếu giá trị") : QStringLiteral("sai định dạng"));
        return result;
    }
    result.originCode = origin.toString();
    if (result.create.isDraft) {
        result.error = HttpReply::badRequest(
            QStringLiteral("is_draft"), QStringLiteral("hóa đơn thay thế, điều chỉnh không lưu nháp"));
        return result;
    }
    if (adjusting) {
        const std::optional<CorrectionKind> kind
            = adjustmentFromWire(payload.value(QStringLiteral("adjustment_type")).toString());
        if (!kind) {
            result.error = HttpReply::badRequest(QStringLiteral("adjustment_type"),
                QStringLiteral("chỉ nhận increase, decrease, combined, info"));
            return result;
        }
        result.kind = *kind;
    }
    return result;
}

std::optional<CorrectionRefusal> CorrectionRequestChecker::checkLines(
    const Invoice &invoice, CorrectionKind kind, CorrectionReadings::DecreaseSign sign)
{
    const bool positiveDecrease = sign == CorrectionReadings::DecreaseSign::Positive;
    switch (kind) {
    case CorrectionKind::Info:
        if (anyLine(invoice, [](const InvoiceLine &, int s) { return s != 0; }))
            return CorrectionRefusal::InfoWithAmounts;
        break;
    case CorrectionKind::Increase:
        if (anyLine(invoice, [](const InvoiceLine &, int s) { return s < 0; }))
            return CorrectionRefusal::SignMismatch;
        break;
    case CorrectionKind::Decrease:
        if (anyLine(invoice, [positiveDecrease](const InvoiceLine &line, int s) {
                return positiveDecrease ? (s < 0 && line.lineType != LineType::TradeDiscount) : s > 0;
            }))
            return CorrectionRefusal::SignMismatch;
        break;
    case CorrectionKind::Replace:
    case CorrectionKind::Combined:
        break;
    }
    return std::nullopt;
}

} // namespace einvoice
