#include "invoicedocument.h"

#include "core/amountinwords.h"

namespace einvoice {

// The printed invoice is a legal document whose language is Vietnamese (ND 123 Art. 10 k.13),
// whatever the user interface language is, so its wording is not translated.

QString InvoiceDocument::effectiveTemplateName() const
{
    if (!templateName.isEmpty())
        return templateName;
    if (invoice.templateCode == QLatin1String("1"))
        return QStringLiteral("Hóa đơn giá trị gia tăng");
    if (invoice.templateCode == QLatin1String("2"))
        return QStringLiteral("Hóa đơn bán hàng");
    return QStringLiteral("Hóa đơn");
}

Decimal InvoiceDocument::payableTotal(const InvoiceTotals &totals) const
{
    return invoice.totalAmountOverride ? Decimal::fromInteger(*invoice.totalAmountOverride)
                                       : totals.grandTotal;
}

QString InvoiceDocument::payableTotalInWords(const InvoiceTotals &totals) const
{
    qint64 divisor = Decimal::One;
    for (int i = 0; i < minorDigits(invoice.currency); ++i)
        divisor /= 10;
    const Decimal total = payableTotal(totals).rounded(minorDigits(invoice.currency));
    return amountInVietnameseWords(total.units() / divisor, invoice.currency);
}

QString InvoiceDocument::buyerOrganisationName() const
{
    const Buyer &buyer = invoice.buyer;
    if (buyer.type != BuyerType::Company)
        return QString();
    return buyer.legalName.isEmpty() ? buyer.name : buyer.legalName;
}

QString InvoiceDocument::buyerPersonName() const
{
    const Buyer &buyer = invoice.buyer;
    if (buyer.type != BuyerType::Company)
        return buyer.name;
    // The editor asks for "Tên người mua" beside "Tên đơn vị": with both, the name is the person
    // who buys for the company.
    const bool sameAsCompany = buyer.name.compare(buyer.legalName, Qt::CaseInsensitive) == 0;
    return buyer.legalName.isEmpty() || sameAsCompany ? QString() : buyer.name;
}

} // namespace einvoice
