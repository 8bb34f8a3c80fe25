#include "cataloguerowreader.h"

#include "batch/batchvalues.h"
#include "batch/csvreader.h"
#include "core/invoicetextchecks.h"
#include "core/invoicevalidator.h"
#include "core/taxcode.h"

#include <QSet>

namespace einvoice {

namespace {

using F = CatalogueField;

// The field of a text check's path ("buyer.tax_code", "items[0].item_name").
CatalogueField fieldOfPath(const QString &path)
{
    static const std::pair<const char *, CatalogueField> fields[]
        = {{"buyer.name", F::Name}, {"buyer.legal_name", F::LegalName}, {"buyer.tax_code", F::TaxCode},
            {"buyer.address", F::Address}, {"buyer.email", F::Email}, {"buyer.phone", F::Phone},
            {"item_code", F::Code}, {"item_name", F::Name}, {"unit", F::Unit}};
    for (const auto &[suffix, field] : fields) {
        if (path.endsWith(QLatin1String(suffix)))
            return field;
    }
    return F::Name;
}

// The invoice rules that hold for a catalogue entry as well: texts within the provider's lengths,
// without control characters; a valid tax code and email address.
std::optional<CatalogueRowReader::Rejection> firstProblem(const Invoice &invoice)
{
    ValidationIssueList texts;
    checkInvoiceText(invoice, texts);
    ValidationIssues issues = texts.take();
    for (const ValidationIssue &issue : InvoiceValidator::validate(invoice)) {
        if (issue.field == QLatin1String("buyer.tax_code") || issue.field == QLatin1String("buyer.email"))
            issues.append(issue);
    }
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (issue.isError())
            return CatalogueRowReader::Rejection {fieldOfPath(issue.field), issue.text()};
    }
    return std::nullopt;
}

} // namespace

CatalogueRowReader::CatalogueRowReader(const CatalogueHeader &header, const QList<CsvRecord> &rows)
    : m_header(header)
{
    QSet<QChar> shown;
    for (const CsvRecord &record : rows) {
        if (isText(record, F::UnitPrice))
            shown.insert(batchvalues::parseNumber(value(record, F::UnitPrice)).shape.decimalShown);
    }
    shown.remove(QChar());
    if (shown.size() == 1)
        m_priceSeparator = *shown.begin();
}

QString CatalogueRowReader::value(const CsvRecord &record, CatalogueField field) const
{
    return m_header.value(field, record.fields);
}

bool CatalogueRowReader::isText(const CsvRecord &record, CatalogueField field) const
{
    return m_header.has(field) && !record.isTypedNumber(m_header.index(field));
}

std::optional<CatalogueRowReader::Rejection> CatalogueRowReader::readCustomer(
    const CsvRecord &record, Customer &customer) const
{
    Buyer &buyer = customer.buyer;
    buyer.name = value(record, F::Name);
    buyer.legalName = value(record, F::LegalName);
    buyer.address = value(record, F::Address);
    buyer.email = value(record, F::Email);
    buyer.phone = value(record, F::Phone);
    const QString taxCode = value(record, F::TaxCode);
    buyer.taxCode
        = record.fromWorkbook && isText(record, F::TaxCode) ? taxCode : batchvalues::restoreTaxCode(taxCode);
    if (buyer.taxCode.isEmpty() && buyer.name.isEmpty())
        return Rejection {F::Name, tr("Empty: a customer without a tax code needs a name.")};
    buyer.type = buyer.taxCode.isEmpty() ? BuyerType::Personal : BuyerType::Company;
    readUse(record, customer.useCount, customer.lastUsedAt);
    Invoice invoice;
    invoice.buyer = buyer;
    if (auto rejected = firstProblem(invoice))
        return rejected;
    if (const TaxCode::Result checked = TaxCode::check(buyer.taxCode); checked.isValid())
        buyer.taxCode = checked.normalized;
    return std::nullopt;
}

std::optional<CatalogueRowReader::Rejection> CatalogueRowReader::readProduct(
    const CsvRecord &record, Product &product) const
{
    product.code = value(record, F::Code);
    product.name = value(record, F::Name);
    product.unit = value(record, F::Unit);
    if (product.name.isEmpty())
        return Rejection {F::Name, tr("Empty: a product needs a name.")};
    if (auto rejected = readPrice(record, product))
        return rejected;
    const QString rate = value(record, F::TaxRate);
    if (!rate.isEmpty()) {
        product.defaultTaxRate = batchvalues::parseTaxRate(rate);
        if (!product.defaultTaxRate)
            return Rejection {
                F::TaxRate, tr("\"%1\" is not a tax rate; use 0, 5, 8, 10, KCT or KKKNT.").arg(rate)};
    }
    readUse(record, product.useCount, product.lastUsedAt);
    Invoice invoice;
    InvoiceLine line;
    line.itemCode = product.code;
    line.itemName = product.name;
    line.unit = product.unit;
    invoice.lines.append(line);
    return firstProblem(invoice);
}

std::optional<CatalogueRowReader::Rejection> CatalogueRowReader::readPrice(
    const CsvRecord &record, Product &product) const
{
    const QString text = value(record, F::UnitPrice);
    if (text.isEmpty())
        return std::nullopt;
    const batchvalues::NumberCell cell = isText(record, F::UnitPrice)
        ? batchvalues::parseNumber(text, m_priceSeparator)
        : batchvalues::parseNumber(text, QLatin1Char('.'));
    if (cell.needsSeparator())
        return Rejection {F::UnitPrice,
            tr("\"%1\" reads two ways (a thousands separator or decimals) and no other price shows which; "
               "write it without separators.")
                .arg(text)};
    if (!cell.value || cell.shape.percent)
        return Rejection {F::UnitPrice, tr("\"%1\" is not a price.").arg(text)};
    if (cell.value->isNegative())
        return Rejection {F::UnitPrice, tr("\"%1\" is negative; a price is 0 or more.").arg(text)};
    product.defaultPrice = cell.value;
    return std::nullopt;
}

// How often and when the entry was used, as "Export to Excel…" writes it; kept only for a new
// entry (the catalogue's own count wins for one it has).
void CatalogueRowReader::readUse(const CsvRecord &record, int &useCount, QDateTime &lastUsedAt) const
{
    bool ok = false;
    const int uses = value(record, F::TimesUsed).toInt(&ok);
    if (ok && uses >= 0)
        useCount = uses;
    if (const auto used = batchvalues::parseDate(value(record, F::LastUsed)))
        lastUsedAt = used->toUTC();
}

} // namespace einvoice
