#include "enums.h"

#include <utility>

namespace einvoice {

namespace {

// One table per string enum: the exact wire spellings of sepay-api.md 4.4.
constexpr std::pair<Currency, QLatin1String> currencyNames[] = {
    {Currency::VND, QLatin1String("VND")},
    {Currency::USD, QLatin1String("USD")},
    {Currency::CAD, QLatin1String("CAD")},
};

constexpr std::pair<PaymentMethod, QLatin1String> paymentMethodNames[] = {
    {PaymentMethod::Cash, QLatin1String("TM")},
    {PaymentMethod::Transfer, QLatin1String("CK")},
    {PaymentMethod::CashOrTransfer, QLatin1String("TM/CK")},
    {PaymentMethod::Other, QLatin1String("KHAC")},
};

constexpr std::pair<BuyerType, QLatin1String> buyerTypeNames[] = {
    {BuyerType::Personal, QLatin1String("personal")},
    {BuyerType::Company, QLatin1String("company")},
};

constexpr std::pair<InvoiceStatus, QLatin1String> invoiceStatusNames[] = {
    {InvoiceStatus::Draft, QLatin1String("draft")},
    {InvoiceStatus::Issued, QLatin1String("issued")},
    {InvoiceStatus::Cancelled, QLatin1String("cancelled")},
};

constexpr std::pair<InvoiceSource, QLatin1String> invoiceSourceNames[] = {
    {InvoiceSource::Api, QLatin1String("api")},
    {InvoiceSource::Manual, QLatin1String("manual")},
};

// The job status is the only capitalised enum of the API.
constexpr std::pair<JobStatus, QLatin1String> jobStatusNames[] = {
    {JobStatus::Pending, QLatin1String("Pending")},
    {JobStatus::Success, QLatin1String("Success")},
    {JobStatus::Failed, QLatin1String("Failed")},
};

constexpr std::pair<FileType, QLatin1String> fileTypeNames[] = {
    {FileType::Pdf, QLatin1String("pdf")},
    {FileType::Xml, QLatin1String("xml")},
};

template<typename E, std::size_t N> QString nameOf(const std::pair<E, QLatin1String> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString(entry.second);
    }
    return QString();
}

// Exact, case-sensitive match: the API's spellings are fixed.
template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, QLatin1String> (&table)[N], QStringView text)
{
    for (const auto &entry : table) {
        if (text == entry.second)
            return entry.first;
    }
    return std::nullopt;
}

} // namespace

QString toWire(Currency value)
{
    return nameOf(currencyNames, value);
}

QString toWire(PaymentMethod value)
{
    return nameOf(paymentMethodNames, value);
}

QString toWire(BuyerType value)
{
    return nameOf(buyerTypeNames, value);
}

QString toWire(InvoiceStatus value)
{
    return nameOf(invoiceStatusNames, value);
}

QString toWire(InvoiceSource value)
{
    return nameOf(invoiceSourceNames, value);
}

QString toWire(JobStatus value)
{
    return nameOf(jobStatusNames, value);
}

QString toWire(FileType value)
{
    return nameOf(fileTypeNames, value);
}

int toWire(LineType value)
{
    return static_cast<int>(value);
}

int toWire(TaxRate value)
{
    return static_cast<int>(value);
}

std::optional<Currency> currencyFromWire(QStringView text)
{
    return valueOf(currencyNames, text);
}

std::optional<PaymentMethod> paymentMethodFromWire(QStringView text)
{
    return valueOf(paymentMethodNames, text);
}

std::optional<BuyerType> buyerTypeFromWire(QStringView text)
{
    return valueOf(buyerTypeNames, text);
}

std::optional<InvoiceStatus> invoiceStatusFromWire(QStringView text)
{
    return valueOf(invoiceStatusNames, text);
}

std::optional<InvoiceSource> invoiceSourceFromWire(QStringView text)
{
    return valueOf(invoiceSourceNames, text);
}

std::optional<JobStatus> jobStatusFromWire(QStringView text)
{
    return valueOf(jobStatusNames, text);
}

std::optional<FileType> fileTypeFromWire(QStringView text)
{
    return valueOf(fileTypeNames, text);
}

std::optional<LineType> lineTypeFromWire(int value)
{
    switch (value) {
    case 1:
        return LineType::Goods;
    case 2:
        return LineType::Promotion;
    case 3:
        return LineType::TradeDiscount;
    case 4:
        return LineType::Note;
    default:
        return std::nullopt;
    }
}

std::optional<TaxRate> taxRateFromWire(int value)
{
    switch (value) {
    case -2:
        return TaxRate::NotSubject;
    case -1:
        return TaxRate::NotDeclared;
    case 0:
        return TaxRate::Zero;
    case 5:
        return TaxRate::Five;
    case 8:
        return TaxRate::Eight;
    case 10:
        return TaxRate::Ten;
    default:
        return std::nullopt;
    }
}

int minorDigits(Currency currency)
{
    // ISO 4217: the đồng has no minor unit; dollars have cents.
    return currency == Currency::VND ? 0 : 2;
}

int percentOf(TaxRate rate)
{
    // KCT (-2) and KKKNT (-1) are codes, not percentages: no VAT is charged.
    return rate == TaxRate::NotSubject || rate == TaxRate::NotDeclared ? 0 : static_cast<int>(rate);
}

QString taxRateLabel(TaxRate rate)
{
    switch (rate) {
    case TaxRate::NotSubject:
        return QStringLiteral("KCT");
    case TaxRate::NotDeclared:
        return QStringLiteral("KKKNT");
    default:
        return QString::number(static_cast<int>(rate)) + u'%';
    }
}

} // namespace einvoice
