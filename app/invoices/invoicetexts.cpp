#include "invoicetexts.h"

namespace einvoice {

QString InvoiceTexts::badge(InvoiceBadge badge)
{
    switch (badge) {
    case InvoiceBadge::Draft:
        return tr("Draft");
    case InvoiceBadge::Pending:
        return tr("Pending");
    case InvoiceBadge::Issued:
        return tr("Issued");
    case InvoiceBadge::Failed:
        return tr("Failed");
    case InvoiceBadge::Cancelled:
        return tr("Cancelled");
    case InvoiceBadge::Replaced:
        return tr("Replaced");
    case InvoiceBadge::Adjusted:
        return tr("Adjusted");
    case InvoiceBadge::Replacement:
        return tr("Replacement");
    case InvoiceBadge::AdjustmentIncrease:
        return tr("Adjustment +");
    case InvoiceBadge::AdjustmentDecrease:
        return tr("Adjustment −");
    case InvoiceBadge::AdjustmentInfo:
        return tr("Adjustment (info)");
    case InvoiceBadge::AdjustmentCombined:
        return tr("Adjustment ±");
    case InvoiceBadge::TaxCodeGranted:
        return tr("Code granted");
    case InvoiceBadge::AwaitingTaxAuthority:
        return tr("Awaiting code");
    case InvoiceBadge::SigningError:
        return tr("Signing error");
    case InvoiceBadge::NoAnswer:
        return tr("No answer");
    case InvoiceBadge::NotEligible:
        return tr("Not eligible");
    }
    return QString();
}

QString InvoiceTexts::source(InvoiceSource source)
{
    switch (source) {
    case InvoiceSource::Api:
        return tr("API");
    case InvoiceSource::Manual:
        return tr("Manual");
    case InvoiceSource::Unknown:
        break;
    }
    return QString();
}

QString InvoiceTexts::documentType(std::optional<int> type)
{
    if (!type)
        return QString();
    switch (*type) {
    case 1:
        return tr("Draft invoice");
    case 2:
        return tr("Original invoice");
    case 3:
        return tr("Cancelled invoice");
    case 4:
        return tr("Replacement invoice");
    case 5:
        return tr("Invoice that has been replaced");
    case 6:
        return tr("Adjustment: increase");
    case 7:
        return tr("Adjustment: decrease");
    case 8:
        return tr("Adjustment: information only");
    case 9:
        return tr("Adjustment: increase and decrease");
    case 10:
        return tr("Invoice that has been adjusted");
    default:
        return tr("Unknown (%1)").arg(*type);
    }
}

QString InvoiceTexts::providerStatus(const QString &code)
{
    if (code.isEmpty())
        return QString();
    switch (code.toInt()) {
    case 1:
        return tr("Draft");
    case 2:
        return tr("Signing error");
    case 3:
        return tr("Not yet sent to the tax authority");
    case 4:
        return tr("Code granted by the tax authority");
    case 5:
        return tr("The tax authority has not answered");
    case 6:
        return tr("Not eligible for a tax authority code");
    case 7:
        return tr("Form 04/SS: declaration not yet created");
    case 8:
        return tr("Form 04/SS: not yet received by the tax authority");
    case 9:
        return tr("Form 04/SS: approved by the tax authority");
    default:
        return tr("Unknown (%1)").arg(code);
    }
}

QString InvoiceTexts::paymentMethod(const QString &wire)
{
    switch (paymentMethodFromWire(wire).value_or(PaymentMethod::Other)) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Transfer:
        return tr("Bank transfer");
    case PaymentMethod::CashOrTransfer:
        return tr("Cash or bank transfer");
    case PaymentMethod::Other:
        break;
    }
    return wire.isEmpty() ? QString() : tr("Other (%1)").arg(wire);
}

QString InvoiceTexts::taxRate(const Decimal &wireRate)
{
    if (const std::optional<TaxRate> known = taxRateFromWire(int(wireRate.toRoundedInteger())))
        return taxRateLabel(*known);
    return wireRate.toString() + QLatin1Char('%');
}

} // namespace einvoice
