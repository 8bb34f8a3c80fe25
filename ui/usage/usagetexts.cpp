#include "usagetexts.h"

#include "usage/numberformat.h"

namespace einvoice {

QString UsageTexts::age(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString UsageTexts::forecast(const QuotaForecast &forecast)
{
    switch (forecast.kind) {
    case QuotaForecast::Kind::NoReading:
        return tr("Unknown until the remaining quota has been read");
    case QuotaForecast::Kind::NoActivity:
        return tr("No invoices issued in the last 30 days");
    case QuotaForecast::Kind::Exhausted:
        return tr("The quota is used up");
    case QuotaForecast::Kind::BeyondHorizon:
        return tr("Not within the next five years at this pace");
    case QuotaForecast::Kind::OnDate:
        break;
    }
    return tr("%1 (in %n working day(s))", nullptr, forecast.workingDaysLeft)
        .arg(NumberFormat::date(forecast.date));
}

QString UsageTexts::remaining(qint64 remaining)
{
    return tr("%1 invoices left").arg(NumberFormat::count(remaining));
}

QString UsageTexts::readAt(const QDateTime &readAtUtc, const QDateTime &nowUtc)
{
    return tr("read at %1, %2")
        .arg(NumberFormat::dateTime(readAtUtc), age(qMax<qint64>(0, readAtUtc.secsTo(nowUtc))));
}

} // namespace einvoice
