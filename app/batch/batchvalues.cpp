#include "batchvalues.h"

#include "batchcolumns.h"
#include "core/taxcode.h"
#include "core/vietnamtime.h"

#include <QRegularExpression>

namespace einvoice::batchvalues {

namespace {

std::optional<QTime> parseTime(const QString &text)
{
    if (text.isEmpty())
        return QTime(0, 0);
    for (const QLatin1String format : {QLatin1String("H:mm:ss"), QLatin1String("H:mm")}) {
        const QTime time = QTime::fromString(text, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype split = trimmed.indexOf(QRegularExpression(QStringLiteral("[ T]")));
    const QString datePart = split < 0 ? trimmed : trimmed.left(split);
    const std::optional<QTime> time = parseTime(split < 0 ? QString() : trimmed.mid(split + 1).trimmed());
    if (!time)
        return std::nullopt;
    for (const QLatin1String format : {QLatin1String("d/M/yyyy"), QLatin1String("yyyy-MM-dd"),
             QLatin1String("d-M-yyyy"), QLatin1String("d.M.yyyy")}) {
        // yyyy also reads "-2026" (and years before 1000 when written "0026"): no date of an invoice.
        const QDate date = QDate::fromString(datePart, format);
        if (date.isValid() && date.year() >= 1000)
            return VietnamTime::fromWallTime(date, *time);
    }
    return std::nullopt;
}

NumberCell parseNumber(const QString &text, QChar decimalSeparator)
{
    NumberCell cell;
    cell.shape = NumberText::scan(text);
    const QString plain = NumberText::plain(cell.shape, decimalSeparator);
    if (plain.isEmpty())
        return cell;
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QStringView fraction = point < 0 ? QStringView() : QStringView(plain).mid(point + 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    cell.tooManyDecimals = fraction.size() > Decimal::Scale;
    if (!cell.tooManyDecimals)
        cell.value = Decimal::fromString(plain);
    return cell;
}

std::optional<TaxRate> parseTaxRate(const QString &text)
{
    const QString folded = BatchColumnMap::fold(text);
    if (folded == QLatin1String("kct") || folded == QLatin1String("khongchiuthue"))
        return TaxRate::NotSubject;
    if (folded == QLatin1String("kkknt") || folded == QLatin1String("khongkekhainopthue"))
        return TaxRate::NotDeclared;
    QString number = text.trimmed();
    if (number.endsWith(QLatin1Char('%')))
        number.chop(1);
    bool ok = false;
    const int value = number.trimmed().toInt(&ok);
    return ok ? taxRateFromWire(value) : std::nullopt;
}

std::optional<LineType> parseLineType(const QString &text)
{
    const QString folded = BatchColumnMap::fold(text);
    if (folded.isEmpty() || folded == QLatin1String("hanghoa") || folded == QLatin1String("hanghoadichvu")
        || folded == QLatin1String("goods"))
        return LineType::Goods;
    if (folded == QLatin1String("khuyenmai") || folded == QLatin1String("promotion"))
        return LineType::Promotion;
    if (folded == QLatin1String("chietkhau") || folded == QLatin1String("chietkhauthuongmai")
        || folded == QLatin1String("tradediscount") || folded == QLatin1String("discount"))
        return LineType::TradeDiscount;
    if (folded == QLatin1String("ghichu") || folded == QLatin1String("diengiai")
        || folded == QLatin1String("note"))
        return LineType::Note;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? lineTypeFromWire(value) : std::nullopt;
}

std::optional<PaymentMethod> parsePaymentMethod(const QString &text)
{
    const QString folded = BatchColumnMap::fold(text);
    if (folded == QLatin1String("tienmat") || folded == QLatin1String("cash"))
        return PaymentMethod::Cash;
    if (folded == QLatin1String("chuyenkhoan") || folded == QLatin1String("transfer"))
        return PaymentMethod::Transfer;
    if (folded == QLatin1String("tmck") || folded == QLatin1String("tienmatchuyenkhoan"))
        return PaymentMethod::CashOrTransfer;
    if (folded == QLatin1String("khac") || folded == QLatin1String("other"))
        return PaymentMethod::Other;
    return paymentMethodFromWire(text.trimmed().toUpper());
}

std::optional<BuyerType> parseBuyerType(const QString &text)
{
    const QString folded = BatchColumnMap::fold(text);
    if (folded.isEmpty())
        return BuyerType::Unspecified;
    if (folded == QLatin1String("canhan") || folded == QLatin1String("personal")
        || folded == QLatin1String("khachle"))
        return BuyerType::Personal;
    if (folded == QLatin1String("doanhnghiep") || folded == QLatin1String("congty")
        || folded == QLatin1String("company") || folded == QLatin1String("tochuc"))
        return BuyerType::Company;
    return buyerTypeFromWire(text.trimmed().toLower());
}

std::optional<Currency> parseCurrency(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Currency::VND;
    return currencyFromWire(text.trimmed().toUpper());
}

QString restoreTaxCode(const QString &text, bool *restored)
{
    QString code = text.trimmed();
    code.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (restored)
        *restored = false;
    if (code.isEmpty() || TaxCode::check(code).isValid())
        return code;
    QString candidate = TaxCode::restoreLeadingZero(code);
    if (candidate == code && code.size() == 11 && TaxCode::check(QString(u'0' + code)).isValid())
        candidate = u'0' + code;
    if (candidate != code && TaxCode::check(candidate).isValid()) {
        if (restored)
            *restored = true;
        return candidate;
    }
    return code;
}

} // namespace einvoice::batchvalues
