#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// The API's enumerations, with their exact wire spellings (sepay-api.md section 4.4).

enum class Currency { VND, USD, CAD };
enum class PaymentMethod { Cash, Transfer, CashOrTransfer, Other }; // TM, CK, TM/CK, KHAC
enum class BuyerType { Unspecified, Personal, Company };
enum class LineType { Goods = 1, Promotion = 2, TradeDiscount = 3, Note = 4 };
// Percent values except the two special codes: -2 not subject to VAT (KCT), -1 not declared (KKKNT).
enum class TaxRate { NotSubject = -2, NotDeclared = -1, Zero = 0, Five = 5, Eight = 8, Ten = 10 };
enum class InvoiceStatus { Draft, Issued, Cancelled };
enum class InvoiceSource { Unknown, Api, Manual };
enum class JobStatus { Pending, Success, Failed };
enum class FileType { Pdf, Xml };

QString toWire(Currency value);
QString toWire(PaymentMethod value);
QString toWire(BuyerType value); // empty for Unspecified
QString toWire(InvoiceStatus value);
QString toWire(InvoiceSource value); // empty for Unknown
QString toWire(JobStatus value);
QString toWire(FileType value);
int toWire(LineType value);
int toWire(TaxRate value);

std::optional<Currency> currencyFromWire(QStringView text);
std::optional<PaymentMethod> paymentMethodFromWire(QStringView text);
std::optional<BuyerType> buyerTypeFromWire(QStringView text);
std::optional<InvoiceStatus> invoiceStatusFromWire(QStringView text);
std::optional<InvoiceSource> invoiceSourceFromWire(QStringView text);
std::optional<JobStatus> jobStatusFromWire(QStringView text);
std::optional<FileType> fileTypeFromWire(QStringView text);
std::optional<LineType> lineTypeFromWire(int value);
std::optional<TaxRate> taxRateFromWire(int value);

// Digits after the decimal point of the currency's minor unit: 0 for VND, 2 for USD and CAD.
int minorDigits(Currency currency);
// The percent a rate charges; 0 for the two special codes.
int percentOf(TaxRate rate);
// The label printed on invoices and in the XML: "KCT", "KKKNT", "0%", "5%", "8%", "10%".
QString taxRateLabel(TaxRate rate);

} // namespace einvoice
