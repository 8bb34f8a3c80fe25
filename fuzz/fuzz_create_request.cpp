// The body of POST /v1/invoices/create as the local server receives it: CreateRequestChecker
// (JSON, required fields, enums, number shapes, dates against the server's clock), then what the
// server does with an accepted invoice before touching its database: totals, the stored row,
// and the detail answer it will give for it.
// Properties: an accepted invoice is stored so that it reads back the same, and the server's
// detail and summary answers for it read in the client (json::parseDetail, json::parseSummary).
#include "core/invoicejson.h"
#include "fuzzsupport.h"
#include "sandbox/createrequestchecker.h"
#include "sandbox/invoicejsonwriter.h"
#include "sandbox/invoicerows.h"

#include <QUrl>

using namespace einvoice;

namespace {

const ManualClock fixedClock(QDateTime(QDate(2026, 12, 4), QTime(3, 0), Qt::UTC));

template<typename T> QString problemOf(const Parsed<T> &parsed)
{
    const auto *error = std::get_if<ParseError>(&parsed);
    return error ? error->field + QStringLiteral(": ") + error->reason : QString();
}

void checkAccepted(CreateRequestChecker::Result checked)
{
    if (checked.invoice.referenceCode.isEmpty()) { // the server makes one up, as here
        checked.invoice.referenceCode = QStringLiteral("FUZZ-0001");
        checked.payload.insert(QStringLiteral("reference_code"), checked.invoice.referenceCode);
    }
    StoredInvoice row = InvoiceRows::fromInvoice(checked.invoice, checked.payload);
    const std::optional<Invoice> stored = InvoiceRows::invoiceOf(row);
    FUZZ_EXPECT(stored.has_value(), QString::fromUtf8(row.payload));
    Invoice expected = checked.invoice;
    expected.isDraft = stored->isDraft; // kept apart in the row, not in the payload
    FUZZ_EXPECT(*stored == expected, QString::fromUtf8(row.payload));
    const QUrl base(QStringLiteral("http://127.0.0.1:8080"));
    row.status = QStringLiteral("draft");
    const QJsonObject detail = InvoiceJsonWriter::detail(row, *stored, base);
    FUZZ_EXPECT(std::holds_alternative<InvoiceDetail>(json::parseDetail(detail)),
        problemOf(json::parseDetail(detail)));
    const QJsonObject summary = InvoiceJsonWriter::summary(row, base);
    FUZZ_EXPECT(std::holds_alternative<InvoiceSummary>(json::parseSummary(summary)),
        problemOf(json::parseSummary(summary)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CreateRequestChecker::Result checked
        = CreateRequestChecker::check(fuzz::bytes(data, size), fixedClock);
    if (checked.error) {
        FUZZ_EXPECT(checked.error->status == 400, QString::number(checked.error->status));
        return 0;
    }
    checkAccepted(checked);
    return 0;
}
