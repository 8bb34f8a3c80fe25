#include "invoicevalidator.h"

#include "blanklines.h"
#include "fieldlimits.h"
#include "invoicelinechecks.h"
#include "invoicetextchecks.h"
#include "legalrules.h"
#include "series.h"
#include "taxcode.h"
#include "totals.h"
#include "validationissuelist.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace einvoice {

namespace {

// issued_date is a wall time in Vietnam whatever time spec the QDateTime carries.
QDateTime issuedInVietnam(const Invoice &invoice)
{
    return QDateTime(invoice.issuedAt.date(), invoice.issuedAt.time(), Clock::vietnamTimeZone());
}

// The (template, series) pair must be one the provider account returned.
void checkAccountTemplates(
    const Invoice &invoice, const QList<InvoiceTemplate> &templates, ValidationIssueList &issues)
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

void checkTemplate(
    const Invoice &invoice, const InvoiceValidator::Context &context, ValidationIssueList &issues)
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

void checkSeries(const Invoice &invoice, ValidationIssueList &issues)
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

void checkIssuedDate(
    const Invoice &invoice, const InvoiceValidator::Context &context, ValidationIssueList &issues)
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
    if (context.lastIssuedInSeries && issued.date() < *context.lastIssuedInSeries) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The issued date %1 is before %2, the date of the last invoice issued in series %3: "
                "the invoices of a series must be dated in the order of their numbers."),
            {issued.date().toString(QStringLiteral("dd/MM/yyyy")),
                context.lastIssuedInSeries->toString(QStringLiteral("dd/MM/yyyy")), invoice.invoiceSeries});
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

void checkAccount(
    const Invoice &invoice, const InvoiceValidator::Context &context, ValidationIssueList &issues)
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

void checkReferenceCode(const Invoice &invoice, ValidationIssueList &issues)
{
    const QString field = QStringLiteral("reference_code");
    const QString &code = invoice.referenceCode;
    if (code.isEmpty())
        return; // the server generates one
    const int maxLength
        = FieldLimits::current().textField(field).value_or(FieldLimits::TextField()).maxLength;
    if (code.size() > maxLength) {
        issues.error(field,
            QT_TRANSLATE_NOOP("einvoice::Validation", "The reference code is longer than %1 characters."),
            {QString::number(maxLength)});
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

void checkBuyerTaxCode(const Buyer &buyer, ValidationIssueList &issues)
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

// ND 123/2020 Art. 10.5.a: a buyer that is a business with a tax code shows its name, address and
// tax code as registered, and QĐ 1450 makes NMua/Ten and NMua/DChi required for it; a company
// without a tax code (a foreign firm, a budget unit) is held to the same name and address.
// Art. 10.5.b: a buyer without a tax code shows none, and a consumer who asks for no invoice
// details ("khách lẻ không lấy hóa đơn", Art. 10.14) may have neither name nor address. QĐ 1450
// still lists the buyer's name (HVTNMHang) as required when there is no tax code and some
// providers enforce it: that case is a warning (vn-einvoice-domain.md 1.3 and 1.11).
void checkBuyerContent(const Buyer &buyer, ValidationIssueList &issues)
{
    const bool business = buyer.type == BuyerType::Company || !buyer.taxCode.trimmed().isEmpty();
    const bool named = !buyer.name.trimmed().isEmpty() || !buyer.legalName.trimmed().isEmpty();
    if (!business) {
        if (!named) {
            issues.warning(QStringLiteral("buyer.name"),
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "No buyer name: the invoice shows no buyer, as for a retail customer who asks for "
                    "no invoice details; some providers require a name such as \"Khách lẻ không lấy "
                    "hóa đơn\"."));
        }
        return;
    }
    if (!named) {
        issues.error(buyer.type == BuyerType::Company ? QStringLiteral("buyer.legal_name")
                                                      : QStringLiteral("buyer.name"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "Required for a company or a buyer with a tax code: the legal name (as "
                "registered) or the buyer name."));
    }
    if (buyer.address.trimmed().isEmpty()) {
        issues.error(QStringLiteral("buyer.address"),
            QT_TRANSLATE_NOOP("einvoice::Validation", "Required for a company or a buyer with a tax code."));
    }
}

void checkBuyerEmail(const Buyer &buyer, ValidationIssueList &issues)
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

} // namespace

ValidationIssues InvoiceValidator::validate(const Invoice &given, const Context &context)
{
    Invoice invoice = given;
    invoice.lines = withoutTrailingBlankLines(given.lines); // neither sent nor checked
    ValidationIssueList issues;
    checkTemplate(invoice, context, issues);
    checkSeries(invoice, issues);
    checkIssuedDate(invoice, context, issues);
    checkAccount(invoice, context, issues);
    checkReferenceCode(invoice, issues);
    checkBuyerContent(invoice.buyer, issues);
    checkBuyerTaxCode(invoice.buyer, issues);
    checkBuyerEmail(invoice.buyer, issues);
    checkInvoiceLines(invoice, issues);
    checkInvoiceText(invoice, issues);
    return issues.take();
}

ValidationIssues InvoiceValidator::validate(const Invoice &invoice)
{
    return validate(invoice, Context());
}

} // namespace einvoice
