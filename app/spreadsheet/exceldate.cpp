#include "exceldate.h"

#include "excelnumber.h"

namespace einvoice {

namespace {

constexpr qint64 MillisecondsPerDay = 86'400'000;
constexpr qint64 LeapDayBugSerial = 60;

__extension__ typedef __int128 Int128;

QDate epoch(bool date1904)
{
    return date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
}

// Milliseconds of a day from the fraction's digits ("5" of "0.5"), rounded half up, exactly.
qint64 millisecondsOf(QStringView fractionDigits)
{
    const QStringView digits = fractionDigits.left(18);
    Int128 numerator = 0;
    Int128 denominator = 1;
    for (QChar c : digits) {
        numerator = numerator * 10 + (c.unicode() - u'0');
        denominator *= 10;
    }
    return qint64((numerator * MillisecondsPerDay + denominator / 2) / denominator);
}

} // namespace

std::optional<QDate> ExcelDate::dateFromDays(qint64 days, bool date1904)
{
    if (days < 0 || (!date1904 && (days == 0 || days == LeapDayBugSerial)))
        return std::nullopt;
    // Before the fictitious 1900-02-29 the 1900 system's count runs one day ahead.
    const qint64 shift = (!date1904 && days < LeapDayBugSerial) ? days + 1 : days;
    const QDate date = epoch(date1904).addDays(shift);
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return date;
}

qint64 ExcelDate::daysOf(QDate date, bool date1904)
{
    const qint64 days = epoch(date1904).daysTo(date);
    return (!date1904 && days <= LeapDayBugSerial) ? days - 1 : days;
}

std::optional<ExcelDate::Value> ExcelDate::fromSerial(QStringView serial, bool date1904)
{
    const std::optional<QString> plain = ExcelNumber::canonical(serial);
    if (!plain || plain->startsWith(QLatin1Char('-')))
        return std::nullopt;
    const qsizetype dot = plain->indexOf(QLatin1Char('.'));
    bool ok = false;
    qint64 days = QStringView(*plain).left(dot < 0 ? plain->size() : dot).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 ms = dot < 0 ? 0 : millisecondsOf(QStringView(*plain).mid(dot + 1));
    if (ms >= MillisecondsPerDay) {
        ++days;
        ms -= MillisecondsPerDay;
    }
    Value value;
    value.time = QTime::fromMSecsSinceStartOfDay(int(ms));
    if (days == 0 && !date1904)
        return value; // a time of day only: Excel's "1900-01-00"
    const std::optional<QDate> date = dateFromDays(days, date1904);
    if (!date)
        return std::nullopt;
    value.date = *date;
    return value;
}

} // namespace einvoice
