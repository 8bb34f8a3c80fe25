// The tolerant JSON mapping of app/core: a create payload (the CLI's input file, the sandbox's
// request body) read strictly and written back, and the response objects read tolerantly.
// Property: a payload that reads is written so that it reads back as the same invoice, through
// the bytes that go on the wire; blank lines at the end are not written (withoutTrailingBlankLines),
// and a payload of blank lines alone reads back refused, never as an invoice without lines.
#include "core/blanklines.h"
#include "core/invoicejson.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

using namespace einvoice;

namespace {

QString describe(const Parsed<Invoice> &parsed)
{
    if (const auto *error = std::get_if<ParseError>(&parsed))
        return error->field + QStringLiteral(": ") + error->reason;
    return QString();
}

void checkRoundTrip(const Invoice &invoice)
{
    Invoice sent = invoice;
    sent.lines = withoutTrailingBlankLines(invoice.lines);
    const QByteArray wire = QJsonDocument(json::toCreatePayload(invoice)).toJson(QJsonDocument::Compact);
    const Parsed<Invoice> again = json::invoiceFromCreatePayload(QJsonDocument::fromJson(wire).object());
    if (sent.lines.isEmpty()) {
        FUZZ_EXPECT(
            !std::holds_alternative<Invoice>(again), QStringLiteral("written: ") + QString::fromUtf8(wire));
        return;
    }
    FUZZ_EXPECT(std::holds_alternative<Invoice>(again),
        describe(again) + QStringLiteral("\nwritten: ") + QString::fromUtf8(wire));
    FUZZ_EXPECT(std::get<Invoice>(again) == sent, QStringLiteral("written: ") + QString::fromUtf8(wire));
}

void readResponseObjects(const QJsonObject &object)
{
    json::parseSummary(object);
    json::parseDetail(object);
    json::parseJobState(object);
    json::parseJobTicket(object);
    json::parseProviderAccount(object);
    json::parsePaging(object);
    json::parseDownload(object);
    json::parseQuotaRemaining(object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(object);
    if (const auto *invoice = std::get_if<Invoice>(&parsed))
        checkRoundTrip(*invoice);
    readResponseObjects(object);
    return 0;
}
