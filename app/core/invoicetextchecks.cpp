#include "invoicetextchecks.h"

#include "fieldlimits.h"
#include "invoicejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace einvoice {

namespace {

// One text of the invoice: its FieldLimits key, and its line when it belongs to one (-1).
struct TextValue
{
    QLatin1String key; // "buyer.address", "items.item_name"
    const QString *text;
    qsizetype line = -1;

    // The path an issue names: "buyer.address", "items[2].item_name" (built only for an issue).
    QString field() const
    {
        if (line < 0)
            return key;
        return QStringLiteral("items[") + QString::number(line) + QStringLiteral("].") + key.mid(6);
    }
};

// Calls check for every text of the invoice, header first, then the lines' in order.
template<typename Check> void forEachText(const Invoice &invoice, Check check)
{
    const Buyer &buyer = invoice.buyer;
    const std::pair<const char *, const QString *> header[] = {{"template_code", &invoice.templateCode},
        {"invoice_series", &invoice.invoiceSeries}, {"provider_account_id", &invoice.providerAccountId},
        {"notes", &invoice.notes}, {"buyer.name", &buyer.name}, {"buyer.legal_name", &buyer.legalName},
        {"buyer.tax_code", &buyer.taxCode}, {"buyer.address", &buyer.address}, {"buyer.email", &buyer.email},
        {"buyer.phone", &buyer.phone}, {"buyer.buyer_code", &buyer.buyerCode},
        {"buyer.national_id", &buyer.nationalId}};
    for (const auto &[key, text] : header)
        check(TextValue {QLatin1String(key), text});
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        check(TextValue {QLatin1String("items.item_code"), &line.itemCode, i});
        check(TextValue {QLatin1String("items.item_name"), &line.itemName, i});
        check(TextValue {QLatin1String("items.unit"), &line.unit, i});
    }
}

// Returns false when the value breaks a rule (and says which).
bool checkValue(const TextValue &value, const FieldLimits &limits, ValidationIssueList &issues)
{
    const std::optional<FieldLimits::TextField> limit = limits.textField(value.key);
    if (limit && value.text->size() > limit->maxLength) {
        issues.error(value.field(),
            QT_TRANSLATE_NOOP("einvoice::Validation", "%1 characters: the provider accepts at most %2."),
            {QString::number(value.text->size()), QString::number(limit->maxLength)});
        return false;
    }
    const InvoiceText::Lines lines = limit ? limit->lines : InvoiceText::Lines::Single;
    const std::optional<qsizetype> at = InvoiceText::forbiddenAt(*value.text, lines);
    if (!at)
        return true;
    const QChar c = value.text->at(*at);
    if (c == u'\n' || c == u'\r') {
        issues.error(value.field(),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "A line break at character %1: only the invoice note may have several lines."),
            {QString::number(*at + 1)});
    } else {
        issues.error(value.field(),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The character %1 at position %2 cannot be on an invoice (a control character or "
                "a damaged letter); remove it."),
            {InvoiceText::codeOf(c), QString::number(*at + 1)});
    }
    return false;
}

// What the request can weigh at most: every character in three UTF-8 bytes (JSON escapes only
// control characters, refused anyway, and quotes), plus the names and numbers around them.
qint64 requestSizeBound(const Invoice &invoice)
{
    constexpr qint64 Envelope = 2048;
    constexpr qint64 PerLine = 320;
    qint64 bound = Envelope + PerLine * invoice.lines.size();
    forEachText(invoice, [&bound](const TextValue &value) { bound += 3 * value.text->size(); });
    return bound;
}

void checkRequestSize(const Invoice &invoice, qint64 limit, ValidationIssueList &issues)
{
    if (requestSizeBound(invoice) <= limit)
        return; // the exact size needs the whole request built: only when it may matter
    const qint64 size = QJsonDocument(json::toCreatePayload(invoice)).toJson(QJsonDocument::Compact).size();
    if (size > limit) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The invoice makes a request of %1 KB; the provider accepts at most %2 KB. Split it "
                "into several invoices or shorten its texts."),
            {QString::number((size + 1023) / 1024), QString::number(limit / 1024)});
    }
}

} // namespace

void checkInvoiceText(const Invoice &invoice, ValidationIssueList &issues, const FieldLimits &limits)
{
    bool withinLimits = true;
    forEachText(invoice,
        [&](const TextValue &value) { withinLimits = checkValue(value, limits, issues) && withinLimits; });
    const int maxLines = limits.maxLines();
    if (invoice.lines.size() > maxLines) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "The invoice has %1 lines; the provider accepts at most %2."),
            {QString::number(invoice.lines.size()), QString::number(maxLines)});
        withinLimits = false;
    }
    // Only worth measuring when every part fits: otherwise the parts are the problem to fix.
    if (withinLimits)
        checkRequestSize(invoice, limits.maxRequestBytes(), issues);
}

} // namespace einvoice
