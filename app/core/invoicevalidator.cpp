#include "invoicevalidator.h"

#include "legalrules.h"
#include "series.h"
#include "taxcode.h"
#include "totals.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace einvoice {

namespace {

constexpr qsizetype MaxReferenceCodeLength = 100;

// Collects issues; every message is a source text of the "einvoice::Validation" context.
class IssueList
{
public:
    void error(const QString &field, const char *message, const QStringList &arguments = {})
    {
        m_issues.append({ValidationIssue::Severity::Error, field, message, arguments});
    }
    void warning(const QString &field, const char *message, const QStringList &arguments = {})
    {
        m_issues.append({ValidationIssue::Severity::Warning, field, message, arguments});
    }
    ValidationIssues take() { return std::move(m_issues); }

private:
    ValidationIssues m_issues;
};

QString itemField(qsizetype index, QLatin1String name)
{
    return QStringLiteral("items[") + QString::number(index) + QStringLiteral("].") + name;
}

// issued_date is a wall time in Vietnam whatever time spec the QDateTime carries.
QDateTime issuedInVietnam(const Invoice &invoice)
{
    return QDateTime(invoice.issuedAt.date(), invoice.issuedAt.time(), Clock::vietnamTimeZone());
}

// The (template, series) pair must be one the provider account returned.
void checkAccountTemplates(const Invoice &invoice, const QList<InvoiceTemplate> &templates, IssueList &issues)
{
    const auto sameTemplate = [&invoice](const InvoiceTemplate &t) {
        return t.templateCode == invoice.templateCode;
    };
    const auto samePair = [&invoice](const InvoiceTemplate &t) {
        return t.templateCode == invoice.templateCode && t.invoiceSeries == invoice.invoiceSeries;
    };
    if (std::none_of(templates.cbegin(), templates.cend(), sameTemplate)) {
        issues.error(QStringLiteral("template_code"),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The provider account has no template %1."),
            {invoice.templateCode});
        return;
    }
    if (InvoiceSeries::checkFormat(invoice.invoiceSeries) != InvoiceSeries::Problem::None)
        return; // checkSeries reports it
    if (std::none_of(templates.cbegin(), templates.cend(), samePair)) {
        issues.error(QStringLiteral("invoice_series"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The series %1 is not registered for template %2 on the provider account."),
            {invoice.invoiceSeries, invoice.templateCode});
    }
}

void checkTemplate(const Invoice &invoice, const InvoiceValidator::Context &context, IssueList &issues)
{
    const QString field = QStringLiteral("template_code");
    if (invoice.templateCode.isEmpty()) {
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "Choose an invoice template."));
        return;
    }
    if (!InvoiceSeries::isValidTemplateCode(invoice.templateCode)) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation", "The template code %1 is not one of %2."),
            {invoice.templateCode, LegalRules::current().templateDigits()});
        return;
    }
    if (context.account && !context.account->templates.isEmpty())
        checkAccountTemplates(invoice, context.account->templates, issues);
}

void checkSeries(const Invoice &invoice, IssueList &issues)
{
    const QString field = QStringLiteral("invoice_series");
    const QString &series = invoice.invoiceSeries;
    switch (InvoiceSeries::check(series, invoice.issuedAt.date())) {
    case InvoiceSeries::Problem::None:
        return;
    case InvoiceSeries::Problem::Empty:
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "Choose an invoice series."));
        return;
    case InvoiceSeries::Problem::BadFormat:
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The series %1 must be six characters such as C26TAA: a letter, the two "
                "year digits and three capital letters."),
            {series});
        return;
    case InvoiceSeries::Problem::BadYearLetterCode:
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The series %1 must start with one of %2 and have one of %3 as its "
                "fourth character."),
            {series, LegalRules::current().seriesKindLetters(), LegalRules::current().seriesTypeLetters()});
        return;
    case InvoiceSeries::Problem::YearMismatch:
        issues.error(field,
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "The series %1 is for the year %2 but the invoice is dated in %3."),
            {series, QString::number(InvoiceSeries::year(series)),
                QString::number(invoice.issuedAt.date().year())});
        return;
    }
}

void checkIssuedDate(const Invoice &invoice, const InvoiceValidator::Context &context, IssueList &issues)
{
    const QString field = QStringLiteral("issued_date");
    if (!invoice.issuedAt.isValid()) {
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "The issued date is required."));
        return;
    }
    const QDateTime issued = issuedInVietnam(invoice);
    const QString shown = issued.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (issued > context.clock->nowInVietnam()) {
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "The issued date %1 is in the future."),
            {shown});
    }
    if (!context.account || !context.account->taxAuthorityApprovedDate)
        return;
    const QDate approved = *context.account->taxAuthorityApprovedDate;
    if (issued.date() < approved) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The issued date %1 is before the tax authority approved the provider "
                "account on %2."),
            {shown, approved.toString(Qt::ISODate)});
    }
}

void checkAccount(const Invoice &invoice, const InvoiceValidator::Context &context, IssueList &issues)
{
    const QString field = QStringLiteral("provider_account_id");
    if (invoice.providerAccountId.isEmpty())
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "Choose a provider account."));
    else if (context.account && !context.account->active)
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "The provider account is not active."));
}

bool isForbiddenInReference(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || QStringView(u"/\\?#%").contains(c);
}

void checkReferenceCode(const Invoice &invoice, IssueList &issues)
{
    const QString field = QStringLiteral("reference_code");
    const QString &code = invoice.referenceCode;
    if (code.isEmpty())
        return; // the server generates one
    if (code.size() > MaxReferenceCodeLength) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation", "The reference code is longer than %1 characters."),
            {QString::number(MaxReferenceCodeLength)});
    }
    if (std::any_of(code.cbegin(), code.cend(), isForbiddenInReference)) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The reference code must not contain spaces, control characters "
                "or any of / \\ ? # %."));
    }
    static const QStringList reserved {QStringLiteral("create"), QStringLiteral("issue"),
        QStringLiteral("delete"), QStringLiteral("replace"), QStringLiteral("adjust")};
    if (reserved.contains(code, Qt::CaseInsensitive)) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation", "The reference code %1 is reserved by the API."),
            {code});
    }
}

const char *taxCodeMessage(TaxCode::Problem problem)
{
    switch (problem) {
    case TaxCode::Problem::BadCheckDigit:
        return QT_TRANSLATE_NOOP("einvoice::Validation", "The tax code %1 has a wrong check digit.");
    case TaxCode::Problem::BadBranchNumber:
        return QT_TRANSLATE_NOOP(
            "einvoice::Validation", "The branch number of the tax code %1 must be between 001 and 999.");
    default:
        return QT_TRANSLATE_NOOP("einvoice::Validation",
            "The tax code %1 must have 10 digits, or 10 digits, a dash and a 3-digit branch "
            "number.");
    }
}

void checkBuyerTaxCode(const Buyer &buyer, IssueList &issues)
{
    const QString field = QStringLiteral("buyer.tax_code");
    if (buyer.taxCode.trimmed().isEmpty()) {
        if (buyer.type == BuyerType::Company) {
            issues.warning(field,
                QT_TRANSLATE_NOOP("einvoice::Validation", "The buyer is a company but has no tax code."));
        }
        return;
    }
    const TaxCode::Result result = TaxCode::check(buyer.taxCode);
    if (result.kind == TaxCode::Kind::PersonalId12) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "%1 is a 12-digit personal identification number: enter it as the "
                "national ID, not as the tax code."),
            {buyer.taxCode});
    } else if (!result.isValid()) {
        issues.error(field, taxCodeMessage(result.problem), {buyer.taxCode});
    }
}

void checkBuyerEmail(const Buyer &buyer, IssueList &issues)
{
    if (buyer.email.trimmed().isEmpty())
        return;
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]+$"));
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    const QStringList addresses = buyer.email.split(separators);
    for (const QString &address : addresses) {
        if (!pattern.match(address.trimmed()).hasMatch()) {
            issues.error(QStringLiteral("buyer.email"),
                QT_TRANSLATE_NOOP("einvoice::Validation", "The email address %1 is not valid."),
                {address.trimmed()});
        }
    }
}

// Amounts a note line (type 4) must not carry, with their API names.
void checkNoteLine(const InvoiceLine &line, qsizetype index, IssueList &issues)
{
    const std::pair<const std::optional<Decimal> *, QLatin1String> amounts[]
        = {{&line.quantity, QLatin1String("quantity")}, {&line.unitPrice, QLatin1String("unit_price")},
            {&line.discountPercent, QLatin1String("discount_tax")},
            {&line.discountAmount, QLatin1String("discount_amount")},
            {&line.amountBeforeDiscountAndTax, QLatin1String("before_discount_and_tax_amount")}};
    for (const auto &[value, name] : amounts) {
        if (value->has_value() && !(*value)->isZero()) {
            issues.error(itemField(index, name),
                QT_TRANSLATE_NOOP("einvoice::Validation", "A note line must not carry amounts."));
        }
    }
    if (line.taxRate) {
        issues.error(itemField(index, QLatin1String("tax_rate")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A note line must not carry a VAT rate."));
    }
}

void checkLineNumbers(const InvoiceLine &line, qsizetype index, IssueList &issues)
{
    if (line.quantity) {
        const QString field = itemField(index, QLatin1String("quantity"));
        if (line.quantity->decimalPlaces() > 2)
            issues.error(field,
                QT_TRANSLATE_NOOP("einvoice::Validation", "The quantity may have at most two decimals."));
        if (*line.quantity <= Decimal())
            issues.error(
                field, QT_TRANSLATE_NOOP("einvoice::Validation", "The quantity must be greater than zero."));
    }
    if (line.unitPrice && line.unitPrice->isNegative()) {
        issues.error(itemField(index, QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The unit price must not be negative."));
    }
    if (line.discountAmount && line.discountAmount->isNegative()) {
        issues.error(itemField(index, QLatin1String("discount_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The discount amount must not be negative."));
    }
    if (line.discountPercent
        && (line.discountPercent->isNegative() || *line.discountPercent > Decimal::fromInteger(100))) {
        issues.error(itemField(index, QLatin1String("discount_tax")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The discount percentage must be between 0 and 100."));
    }
}

bool goodsLinesHaveRate(const Invoice &invoice, TaxRate rate)
{
    return std::any_of(invoice.lines.cbegin(), invoice.lines.cend(),
        [rate](const InvoiceLine &line) { return line.lineType == LineType::Goods && line.taxRate == rate; });
}

void checkLineTaxRate(const Invoice &invoice, qsizetype index, IssueList &issues)
{
    const InvoiceLine &line = invoice.lines.at(index);
    const QString field = itemField(index, QLatin1String("tax_rate"));
    const bool needsRate = line.lineType == LineType::Goods || line.lineType == LineType::TradeDiscount;
    if (!invoice.isVatInvoice()) {
        if (line.taxRate && InvoiceSeries::isValidTemplateCode(invoice.templateCode)) {
            issues.warning(field,
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "A sales invoice has no VAT rate per line; this rate is ignored."));
        }
        return;
    }
    if (needsRate && !line.taxRate) {
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "Choose a VAT rate for this line."));
    } else if (line.lineType == LineType::TradeDiscount && line.taxRate
        && !goodsLinesHaveRate(invoice, *line.taxRate)) {
        issues.error(field,
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "No goods line has the VAT rate %1 that this discount applies to."),
            {taxRateLabel(*line.taxRate)});
    }
}

void checkLine(const Invoice &invoice, qsizetype index, IssueList &issues)
{
    const InvoiceLine &line = invoice.lines.at(index);
    if (line.itemName.trimmed().isEmpty()) {
        issues.error(itemField(index, QLatin1String("item_name")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The line needs a name."));
    }
    if (line.lineType == LineType::Note) {
        checkNoteLine(line, index, issues);
        return;
    }
    if (line.lineType == LineType::Goods && !line.quantity) {
        issues.error(itemField(index, QLatin1String("quantity")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A goods line needs a quantity."));
    }
    if (line.lineType == LineType::Goods && !line.unitPrice) {
        issues.error(itemField(index, QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A goods line needs a unit price."));
    }
    if (line.lineType == LineType::TradeDiscount
        && !(line.amountBeforeDiscountAndTax && *line.amountBeforeDiscountAndTax > Decimal())) {
        issues.error(itemField(index, QLatin1String("before_discount_and_tax_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A trade-discount line needs a positive amount."));
    }
    checkLineNumbers(line, index, issues);
    checkLineTaxRate(invoice, index, issues);
}

void checkReducedRates(const Invoice &invoice, IssueList &issues)
{
    if (!invoice.isVatInvoice() || !invoice.issuedAt.isValid())
        return;
    const QDate date = invoice.issuedAt.date();
    if (LegalRules::current().isInVatReductionPeriod(date))
        return; // 10 % inside a period is not flagged: the item's eligibility is unknown
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        if (invoice.lines.at(i).taxRate == TaxRate::Eight && invoice.lines.at(i).lineType != LineType::Note) {
            issues.warning(itemField(i, QLatin1String("tax_rate")),
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "The 8% rate applies only in a VAT reduction period; %1 is outside "
                    "every period."),
                {date.toString(Qt::ISODate)});
        }
    }
}

void checkTotals(const Invoice &invoice, IssueList &issues)
{
    const InvoiceTotals totals = computeTotals(invoice);
    Decimal payable = totals.grandTotal;
    if (invoice.totalAmountOverride) {
        const QString field = QStringLiteral("total_amount");
        const Decimal override = Decimal::fromInteger(*invoice.totalAmountOverride);
        if (!totals.grandTotal.isInteger()) {
            issues.error(field,
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "The total amount must be a whole number, but the lines add up to %1."),
                {totals.grandTotal.toString()});
        } else if (override != totals.grandTotal) {
            issues.warning(field,
                QT_TRANSLATE_NOOP(
                    "einvoice::Validation", "The total amount %1 differs from the total of the lines, %2."),
                {override.toString(), totals.grandTotal.toString()});
        }
        payable = override;
    }
    const qint64 threshold = LegalRules::current().cashPaymentWarningThreshold();
    if (invoice.paymentMethod == PaymentMethod::Cash && invoice.currency == Currency::VND
        && payable >= Decimal::fromInteger(threshold)) {
        issues.warning(QStringLiteral("payment_method"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "Cash payment of %1 đồng or more: the buyer cannot deduct the input VAT "
                "without proof of a non-cash payment."),
            {QString::number(threshold)});
    }
}

void checkLines(const Invoice &invoice, IssueList &issues)
{
    if (invoice.lines.isEmpty()) {
        issues.error(
            QStringLiteral("items"), QT_TRANSLATE_NOOP("einvoice::Validation", "Add at least one line."));
        return;
    }
    for (qsizetype i = 0; i < invoice.lines.size(); ++i)
        checkLine(invoice, i, issues);
    checkReducedRates(invoice, issues);
    checkTotals(invoice, issues);
}

} // namespace

ValidationIssues InvoiceValidator::validate(const Invoice &invoice, const Context &context)
{
    IssueList issues;
    checkTemplate(invoice, context, issues);
    checkSeries(invoice, issues);
    checkIssuedDate(invoice, context, issues);
    checkAccount(invoice, context, issues);
    checkReferenceCode(invoice, issues);
    checkBuyerTaxCode(invoice.buyer, issues);
    checkBuyerEmail(invoice.buyer, issues);
    checkLines(invoice, issues);
    return issues.take();
}

ValidationIssues InvoiceValidator::validate(const Invoice &invoice)
{
    return validate(invoice, Context());
}

} // namespace einvoice
