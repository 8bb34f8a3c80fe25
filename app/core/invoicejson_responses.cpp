// Reading server answers (sepay-api.md 4, 5). Tolerant where the API is loose: numbers may be
// strings ("2.00"), xml_url may be null, optional fields may be absent, unknown fields are
// ignored, unknown buyer types and sources read as unspecified. Required fields (a missing one
// is a ParseError naming its path):
//   summary: reference_code, invoice_number, status
//   detail:  the summary's, and per item: line_number, item_name
//   job state: reference_code, status      job ticket: tracking_code
//   provider account: id; per template: template_code, invoice_series
//   download: file_type, file_name, content (valid base64)      usage: quota_remaining
//   paging: none (absent fields keep their defaults)

#include "buyerjson.h"
#include "invoicejson.h"
#include "jsonfieldreader.h"

#include <algorithm>
#include <limits>

namespace einvoice::json {

namespace {

using Need = JsonFieldReader::Need;
using Mode = JsonFieldReader::Mode;

// "2026-05-04"; a date-time ("2026-05-04 09:30:00", "2026-05-04T09:30:00Z") gives its date.
std::optional<QDate> readDate(JsonFieldReader &reader, const QString &name)
{
    const QString text = reader.string(name);
    if (text.isEmpty())
        return std::nullopt;
    const bool dateTime = text.size() > 10 && (text.at(10) == u' ' || text.at(10) == u'T');
    const QDate date = QDate::fromString(dateTime ? text.left(10) : text, Qt::ISODate);
    if (!date.isValid() || (text.size() != 10 && !dateTime))
        reader.fail(name, QStringLiteral("expected a date yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Decimal readAmount(JsonFieldReader &reader, const QString &name)
{
    return reader.decimal(name).value_or(Decimal());
}

int readInt(JsonFieldReader &reader, const QString &name, Need need, int fallback)
{
    const std::optional<qint64> value = reader.integer(name, need);
    if (value && (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()))
        reader.fail(name, QStringLiteral("integer out of range"));
    return value ? int(*value) : fallback;
}

InvoiceSummary readSummary(JsonFieldReader &reader)
{
    InvoiceSummary summary;
    summary.referenceCode = reader.string(QStringLiteral("reference_code"), Need::Required);
    summary.invoiceNumber = reader.string(QStringLiteral("invoice_number"), Need::Required);
    summary.issuedDate = readDate(reader, QStringLiteral("issued_date")).value_or(QDate());
    summary.pdfUrl = reader.string(QStringLiteral("pdf_url"));
    summary.xmlUrl = reader.string(QStringLiteral("xml_url"));
    const QString status = reader.string(QStringLiteral("status"), Need::Required);
    if (!reader.failed()) {
        const std::optional<InvoiceStatus> parsed = invoiceStatusFromWire(status);
        if (!parsed)
            reader.fail(QStringLiteral("status"), QStringLiteral("expected draft, issued or cancelled"));
        summary.status = parsed.value_or(InvoiceStatus::Draft);
    }
    if (std::optional<JsonFieldReader> buyer = reader.object(QStringLiteral("buyer")))
        summary.buyer = readBuyer(*buyer);
    summary.totalBeforeTax = readAmount(reader, QStringLiteral("total_before_tax"));
    summary.taxAmount = readAmount(reader, QStringLiteral("tax_amount"));
    summary.totalAmount = readAmount(reader, QStringLiteral("total_amount"));
    summary.notes = reader.string(QStringLiteral("notes"));
    summary.source
        = invoiceSourceFromWire(reader.string(QStringLiteral("source"))).value_or(InvoiceSource::Unknown);
    return summary;
}

RemoteInvoiceLine readRemoteLine(JsonFieldReader &item)
{
    RemoteInvoiceLine line;
    line.lineNumber = readInt(item, QStringLiteral("line_number"), Need::Required, 0);
    const int type = readInt(item, QStringLiteral("line_type"), Need::Optional, toWire(LineType::Goods));
    const std::optional<LineType> lineType = lineTypeFromWire(type);
    if (!lineType)
        item.fail(QStringLiteral("line_type"), QStringLiteral("expected one of 1, 2, 3, 4"));
    line.lineType = lineType.value_or(LineType::Goods);
    line.itemCode = item.string(QStringLiteral("item_code"));
    line.itemName = item.string(QStringLiteral("item_name"), Need::Required);
    line.unit = item.string(QStringLiteral("unit"));
    line.quantity = readAmount(item, QStringLiteral("quantity"));
    line.unitPrice = readAmount(item, QStringLiteral("unit_price"));
    line.totalAmount = readAmount(item, QStringLiteral("total_amount"));
    line.taxRate = readAmount(item, QStringLiteral("tax_rate"));
    line.taxAmount = readAmount(item, QStringLiteral("tax_amount"));
    return line;
}

template<typename T> Parsed<T> finish(const JsonFieldReader &reader, T value)
{
    if (reader.failed())
        return reader.error();
    return value;
}

} // namespace

Parsed<InvoiceSummary> parseSummary(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path, Mode::Response);
    InvoiceSummary summary = readSummary(reader);
    return finish(reader, std::move(summary));
}

Parsed<InvoiceDetail> parseDetail(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path, Mode::Response);
    InvoiceDetail detail;
    detail.summary = readSummary(reader);
    detail.invoiceSeries = reader.string(QStringLiteral("invoice_series"));
    if (reader.has(QStringLiteral("document_type")))
        detail.documentType = readInt(reader, QStringLiteral("document_type"), Need::Optional, 0);
    detail.taxAuthorityCode = reader.string(QStringLiteral("tax_authority_code"));
    detail.providerStatus = reader.string(QStringLiteral("provider_status"));
    detail.paymentMethod = reader.string(QStringLiteral("payment_method"));
    detail.originalReferenceCode = reader.string(QStringLiteral("original_invoice_reference_code"));
    detail.adjustmentType = reader.string(QStringLiteral("adjustment_type"));
    const QString itemsKey = QStringLiteral("items");
    const QJsonArray items = reader.array(itemsKey).value_or(QJsonArray());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        if (std::optional<JsonFieldReader> item = reader.element(itemsKey, items, i))
            detail.lines.append(readRemoteLine(*item));
    }
    return finish(reader, std::move(detail));
}

Parsed<JobState> parseJobState(const QJsonObject &data, const QString &path)
{
    JsonFieldReader reader(data, path, Mode::Response);
    JobState state;
    state.referenceCode = reader.string(QStringLiteral("reference_code"), Need::Required);
    const QString status = reader.string(QStringLiteral("status"), Need::Required);
    if (!reader.failed()) {
        // Documented capitalised; other casings are accepted rather than failing a poll.
        const std::optional<JobStatus> parsed = jobStatusFromWire(status);
        const QString folded = status.left(1).toUpper() + status.mid(1).toLower();
        state.status = parsed ? *parsed : jobStatusFromWire(folded).value_or(JobStatus::Pending);
        if (!parsed && !jobStatusFromWire(folded))
            reader.fail(QStringLiteral("status"), QStringLiteral("expected Pending, Success or Failed"));
    }
    state.message = reader.string(QStringLiteral("message")); // documented required; tolerated
    if (std::optional<JsonFieldReader> invoice = reader.object(QStringLiteral("invoice")))
        state.invoice = readSummary(*invoice);
    return finish(reader, std::move(state));
}

Parsed<JobTicket> parseJobTicket(const QJsonObject &data, const QString &path)
{
    JsonFieldReader reader(data, path, Mode::Response);
    JobTicket ticket;
    ticket.trackingCode = reader.string(QStringLiteral("tracking_code"), Need::Required);
    ticket.trackingUrl = reader.string(QStringLiteral("tracking_url")); // documented required; unused
    ticket.message = reader.string(QStringLiteral("message"));
    return finish(reader, std::move(ticket));
}

Parsed<ProviderAccount> parseProviderAccount(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path, Mode::Response);
    ProviderAccount account;
    account.id = reader.string(QStringLiteral("id"), Need::Required);
    account.provider = reader.string(QStringLiteral("provider"));
    account.active = reader.boolean(QStringLiteral("active")).value_or(false); // absent: do not use
    account.taxAuthorityApprovedDate = readDate(reader, QStringLiteral("tax_authority_approved_date"));
    const QString templatesKey = QStringLiteral("templates");
    const QJsonArray templates = reader.array(templatesKey).value_or(QJsonArray());
    for (qsizetype i = 0; i < templates.size() && !reader.failed(); ++i) {
        std::optional<JsonFieldReader> entry = reader.element(templatesKey, templates, i);
        if (!entry)
            break;
        InvoiceTemplate invoiceTemplate;
        invoiceTemplate.templateCode = entry->string(QStringLiteral("template_code"), Need::Required);
        invoiceTemplate.invoiceSeries = entry->string(QStringLiteral("invoice_series"), Need::Required);
        invoiceTemplate.invoiceLabel = entry->string(QStringLiteral("invoice_label"));
        account.templates.append(invoiceTemplate);
    }
    return finish(reader, std::move(account));
}

Parsed<Paging> parsePaging(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path, Mode::Response);
    Paging paging;
    paging.perPage = readInt(reader, QStringLiteral("per_page"), Need::Optional, paging.perPage);
    paging.total = readInt(reader, QStringLiteral("total"), Need::Optional, paging.total);
    paging.hasMore = reader.boolean(QStringLiteral("has_more")).value_or(false);
    paging.currentPage = readInt(reader, QStringLiteral("current_page"), Need::Optional, paging.currentPage);
    paging.pageCount = readInt(reader, QStringLiteral("page_count"), Need::Optional, paging.pageCount);
    return finish(reader, std::move(paging));
}

Parsed<DownloadedFile> parseDownload(const QJsonObject &data, const QString &path)
{
    JsonFieldReader reader(data, path, Mode::Response);
    DownloadedFile file;
    const QString type = reader.string(QStringLiteral("file_type"), Need::Required);
    if (!reader.failed()) {
        const std::optional<FileType> parsed = fileTypeFromWire(type);
        if (!parsed)
            reader.fail(QStringLiteral("file_type"), QStringLiteral("expected pdf or xml"));
        file.fileType = parsed.value_or(FileType::Pdf);
    }
    file.fileName = reader.string(QStringLiteral("file_name"), Need::Required);
    // Strict base64 (line breaks allowed): a truncated or corrupted file must not be saved.
    QByteArray encoded = reader.string(QStringLiteral("content"), Need::Required).toLatin1();
    encoded.replace('\n', QByteArray()).replace('\r', QByteArray());
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!reader.failed() && !decoded)
        reader.fail(QStringLiteral("content"), QStringLiteral("expected base64"));
    file.content = decoded.decoded;
    return finish(reader, std::move(file));
}

Parsed<qint64> parseQuotaRemaining(const QJsonObject &data, const QString &path)
{
    JsonFieldReader reader(data, path, Mode::Response);
    const QString name = QStringLiteral("quota_remaining");
    if (!reader.has(name)) {
        reader.fail(name, QStringLiteral("missing required field"));
        return reader.error();
    }
    // Documented as a string of digits; a JSON integer is tolerated. No sign, no decimals.
    const QJsonValue value = data.value(name);
    qint64 remaining = -1;
    if (value.isString()) {
        const QString text = value.toString();
        const bool digitsOnly = !text.isEmpty() && text.size() <= 18
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (digitsOnly)
            remaining = text.toLongLong();
    } else if (value.isDouble()) {
        remaining = value.toInteger(-1);
    }
    if (remaining < 0) {
        reader.fail(name, QStringLiteral("expected a non-negative integer"));
        return reader.error();
    }
    return remaining;
}

} // namespace einvoice::json
