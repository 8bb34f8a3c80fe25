#include "reportperiod.h"

#include "core/vietnamtime.h"

namespace einvoice {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::twelveMonthsTo(QDate lastDay)
{
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    return {lastMonth.addMonths(-11), lastMonth.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::previousMonth(QDate today)
{
    const QDate previous = QDate(today.year(), today.month(), 1).addMonths(-1);
    return month(previous.year(), previous.month());
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &from, const QString &to, QString *error)
{
    const auto day = [](const QString &text) {
        return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    };
    ReportPeriod period {day(from), day(to)};
    if (!period.from.isValid())
        *error = tr("--from needs a date as YYYY-MM-DD, not \"%1\".").arg(from);
    else if (!period.to.isValid())
        *error = tr("--to needs a date as YYYY-MM-DD, not \"%1\".").arg(to);
    else if (period.to < period.from)
        *error = tr("--to (%1) is before --from (%2).").arg(to, from);
    else
        return period;
    return std::nullopt;
}

QString ReportPeriod::text() const
{
    return VietnamTime::formatDate(from) + QStringLiteral(" – ") + VietnamTime::formatDate(to);
}

} // namespace einvoice
