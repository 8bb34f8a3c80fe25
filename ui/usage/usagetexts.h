#pragma once

#include "usage/quotaforecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace einvoice {

// The dashboard's sentences, translated, with Vietnamese number formatting.
class UsageTexts
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::UsageTexts)

public:
    static QString age(qint64 seconds); // "just now", "5 minutes ago", ...
    static QString forecast(const QuotaForecast &forecast);
    static QString remaining(qint64 remaining);
    static QString readAt(const QDateTime &readAtUtc, const QDateTime &nowUtc);
};

} // namespace einvoice
