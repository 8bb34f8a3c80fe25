#pragma once

// Shared by the correction tests of the client: issued origins on the local sandbox, corrections
// in the house's signed form, and the sandbox's own view of an invoice (/_sandbox/invoices).

#include "api/createinvoiceoperation.h"
#include "api/invoicedetailjob.h"
#include "core/clock.h"
#include "core/correctionkind.h"
#include "sandboxfixture.h"

namespace einvoice::test {

// Now in Vietnam minus some minutes, as the wall time invoices carry; series of that year.
inline QDateTime vietnamWallTime(int minutesAgo)
{
    const QDateTime now = SystemClock::instance().nowInVietnam().addSecs(-60 * minutesAgo);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Clock::vietnamTimeZone());
}

inline Invoice issuedInvoice(const QString &reference, int minutesAgo)
{
    Invoice invoice = sampleInvoice(reference);
    invoice.issuedAt = vietnamWallTime(minutesAgo);
    invoice.invoiceSeries
        = QStringLiteral("C") + invoice.issuedAt.toString(QStringLiteral("yy")) + QStringLiteral("TAA");
    invoice.isDraft = false;
    return invoice;
}

// A correction of this kind in signed form: the whole invoice for a replacement, one line of
// 1 x 100,000 (negative for a decrease), two opposite lines for combined, a note for info.
inline Invoice correctionInvoice(CorrectionKind kind, const QString &reference = QString())
{
    Invoice invoice = issuedInvoice(reference, 2);
    InvoiceLine &line = invoice.lines.first();
    if (kind == CorrectionKind::Replace)
        return invoice;
    line.quantity = Decimal::fromInteger(kind == CorrectionKind::Decrease ? -1 : 1);
    line.unitPrice = Decimal::fromInteger(100000);
    if (kind == CorrectionKind::Combined) {
        InvoiceLine down = line;
        down.itemName = QStringLiteral("Phí dịch vụ (thu thừa)");
        down.unitPrice = Decimal::fromInteger(-40000);
        invoice.lines.append(down);
    } else if (kind == CorrectionKind::Info) {
        InvoiceLine note;
        note.lineType = LineType::Note;
        note.itemName = QStringLiteral("Sửa địa chỉ người mua: 9 Đường Số 9, Quận 3");
        invoice.lines = {note};
        invoice.buyer.address = QStringLiteral("9 Đường Số 9, Quận 3, TP.HCM");
    }
    return invoice;
}

// Creates and issues an invoice through the client, then reads its detail.
inline std::optional<InvoiceDetail> issueOrigin(
    SepayClient *client, const QString &reference, int minutesAgo = 10)
{
    auto *create = client->createInvoice(issuedInvoice(reference, minutesAgo), true);
    bool created = false;
    if (!finish(create,
            [&] {
                created = create->succeeded() && !create->jobFailed();
                if (!created)
                    qWarning() << "origin" << reference << "not issued:" << create->error().text();
            })
        || !created)
        return std::nullopt;
    auto *detail = client->invoice(reference);
    std::optional<InvoiceDetail> result;
    finish(detail, [&] {
        if (detail->succeeded())
            result = detail->invoice();
    });
    return result;
}

// The sandbox's view of one invoice: status, document_type, corrections...
inline QJsonObject sandboxState(SandboxFixture &sandbox, const QString &reference)
{
    return sandbox.admin(QStringLiteral("/_sandbox/invoices/") + reference, {}, false);
}

} // namespace einvoice::test
