#include "invoicetextchecks.h"

#include "fieldlimits.h"
#include "invoicejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace einvoice {

namespace {

struct TextValue
{
    QString field; // the path the issue names: "buyer.address", "items[2].item_name"
    QString limitKey; // the FieldLimits key: "buyer.address", "items.item_name"
    const QString *text;
};

QList<TextValue> textValues(const Invoice &invoice)
{
    const auto same = [](const char *path, const QString *text) {
        return TextValue {QString::fromLatin1(path), QString::fromLatin1(path), text};
    };
    const Buyer &buyer = invoice.buyer;
    QList<TextValue> values {same("template_code", &invoice.templateCode),
        same("invoice_series", &invoice.invoiceSeries),
        same("provider_account_id", &invoice.providerAccountId), same("notes", &invoice.notes),
        same("buyer.name", &buyer.name), same("buyer.legal_name", &buyer.legalName),
        same("buyer.tax_code", &buyer.taxCode), same("buyer.address", &buyer.address),
        same("buyer.email", &buyer.email), same("buyer.phone", &buyer.phone),
        same("buyer.buyer_code", &buyer.buyerCode), same("buyer.national_id", &buyer.nationalId)};
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const QString prefix = QStringLiteral("items[") + QString::number(i) + QStringLiteral("].");
        for (const auto &[name, text] : {std::pair {"item_code", &line.itemCode},
                 std::pair {"item_name", &line.itemName}, std::pair {"unit", &line.unit}}) {
            values.append(
                {prefix + QLatin1String(name), QStringLiteral("items.") + QLatin1String(name), text});
        }
    }
    return values;
}

// Returns false when the value breaks a rule (and says which).
bool checkValue(const TextValue &value, const FieldLimits &limits, ValidationIssueList &issues)
{
    const std::optional<FieldLimits::TextField> limit = limits.textField(value.limitKey);
    if (limit && value.text->size() > limit->maxLength) {
        issues.error(value.field,
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
        issues.error(value.field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "A line break at character %1: only the invoice note may have several lines."),
            {QString::number(*at + 1)});
    } else {
        issues.error(value.field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The character %1 at position %2 cannot be on an invoice (a control character or "
                "a damaged letter); remove it."),
            {InvoiceText::codeOf(c), QString::number(*at + 1)});
    }
    return false;
}

void checkRequestSize(const Invoice &invoice, qint64 limit, ValidationIssueList &issues)
{
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
    for (const TextValue &value : textValues(invoice))
        withinLimits = checkValue(value, limits, issues) && withinLimits;
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
