// A whole batch file through BatchImporter: decoding, header matching, number conventions per
// column, dates, enums, grouping rows into invoices, and validation. The input's length picks the
// stated decimal separator (none, ',' or '.'), as the CLI's --decimal-separator would.
// Properties: what the importer lets through is what the API may receive (no control characters
// outside the note, unique reference codes) and survives the create payload's round trip.
#include "batch/batchimporter.h"
#include "core/blanklines.h"
#include "core/invoicejson.h"
#include "fuzzsupport.h"

#include <QSet>

using namespace einvoice;

namespace {

const ManualClock fixedClock(QDateTime(QDate(2026, 12, 4), QTime(3, 0), Qt::UTC));

BatchImportOptions optionsFor(size_t size)
{
    BatchImportOptions options;
    options.invoiceSeries = QStringLiteral("C26TAA");
    options.providerAccountId = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
    options.validation.clock = &fixedClock;
    const QChar stated = size % 3 == 1 ? QLatin1Char(',') : size % 3 == 2 ? QLatin1Char('.') : QChar();
    if (!stated.isNull()) {
        for (BatchColumn column : BatchColumnMap::all())
            options.decimalSeparators.insert(column, stated);
    }
    return options;
}

bool hasControl(const QString &text, bool lineBreaksAllowed)
{
    return std::any_of(text.cbegin(), text.cend(), [lineBreaksAllowed](QChar c) {
        return c.category() == QChar::Other_Control && !(lineBreaksAllowed && c == u'\n');
    });
}

QStringList texts(const Invoice &invoice)
{
    const Buyer &b = invoice.buyer;
    QStringList all {invoice.templateCode, invoice.invoiceSeries, invoice.providerAccountId,
        invoice.referenceCode, b.name, b.legalName, b.taxCode, b.address, b.email, b.phone, b.buyerCode,
        b.nationalId};
    for (const InvoiceLine &line : invoice.lines)
        all << line.itemCode << line.itemName << line.unit;
    return all;
}

void checkSendable(const BatchInvoice &batchInvoice)
{
    const Invoice &invoice = batchInvoice.invoice;
    const QString where = QStringLiteral("invoice of line %1").arg(batchInvoice.firstRow);
    for (const QString &text : texts(invoice))
        FUZZ_EXPECT(!hasControl(text, false), where + QStringLiteral(": ") + text);
    FUZZ_EXPECT(!hasControl(invoice.notes, true), where + QStringLiteral(" notes"));
    const Parsed<Invoice> again = json::invoiceFromCreatePayload(json::toCreatePayload(invoice));
    FUZZ_EXPECT(std::holds_alternative<Invoice>(again), where + QStringLiteral(" does not read back"));
    // Blank lines at the end (a row that names the invoice and nothing else) are neither checked
    // nor sent (core/blanklines.h): the payload is the invoice without them.
    Invoice sent = invoice;
    sent.lines = withoutTrailingBlankLines(sent.lines);
    FUZZ_EXPECT(std::get<Invoice>(again) == sent, where + QStringLiteral(" reads back changed"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const BatchImport result = BatchImporter::import(fuzz::bytes(data, size), optionsFor(size));
    QSet<QString> references;
    for (const BatchInvoice &invoice : result.validInvoices()) {
        checkSendable(invoice);
        const QString reference = invoice.invoice.referenceCode;
        if (reference.isEmpty())
            continue; // given when the run plans the invoice (batch identity, issue 14)
        FUZZ_EXPECT(!references.contains(reference), QStringLiteral("two valid invoices are ") + reference);
        references.insert(reference);
    }
    result.ambiguousColumns();
    return 0;
}
