#include "invoicefieldnames.h"

#include <QRegularExpression>

#include <utility>

namespace einvoice {

namespace {

const std::pair<const char *, const char *> Names[] = {
    {"provider_account_id", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Provider account")},
    {"template_code", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Template")},
    {"invoice_series", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Series")},
    {"issued_date", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Issued at")},
    {"currency", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Currency")},
    {"payment_method", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Payment method")},
    {"reference_code", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Reference code")},
    {"notes", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Notes")},
    {"items", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Lines")},
    {"total_amount", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Grand total")},
    {"buyer", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Buyer")},
    {"buyer.type", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Buyer type")},
    {"buyer.name", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Buyer name")},
    {"buyer.legal_name", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Legal name")},
    {"buyer.tax_code", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Tax code")},
    {"buyer.address", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Address")},
    {"buyer.email", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Email")},
    {"buyer.phone", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Phone")},
    {"buyer.buyer_code", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Buyer code")},
    {"buyer.national_id", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "National ID")},
    {"line_type", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Line type")},
    {"item_code", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Item code")},
    {"item_name", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Item name")},
    {"unit", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Unit")},
    {"quantity", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Quantity")},
    {"unit_price", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Unit price")},
    {"tax_rate", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "VAT rate")},
    {"discount_tax", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Discount %")},
    {"discount_amount", QT_TRANSLATE_NOOP("einvoice::InvoiceFieldNames", "Discount")},
};

} // namespace

QString InvoiceFieldNames::label(const QString &path)
{
    static const QRegularExpression line(QStringLiteral("^items\\[(\\d+)\\]\\.?(.*)$"));
    if (const QRegularExpressionMatch match = line.match(path); match.hasMatch()) {
        const QString field = match.captured(2);
        const QString line = QString::number(match.captured(1).toInt() + 1); // paths count from 0
        return field.isEmpty() ? tr("Line %1").arg(line) : tr("Line %1, %2").arg(line, label(field));
    }
    for (const auto &[key, name] : Names) {
        if (path == QLatin1String(key))
            return tr(name);
    }
    return path;
}

QString InvoiceFieldNames::describe(const QStringList &paths)
{
    QStringList labels;
    for (const QString &path : paths)
        labels.append(label(path));
    return labels.join(QStringLiteral(", "));
}

} // namespace einvoice
