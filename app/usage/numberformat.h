#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace einvoice {

// Numbers and dates the Vietnamese way whatever the UI language: 1.234.567, 2,5, 24/11/2026.
class NumberFormat
{
public:
    static QLocale locale();
    static QString count(qint64 value);
    static QString decimal(double value, int decimals = 1);
    static QString date(QDate date);
    static QString dateTime(const QDateTime &when); // VietnamTime::format()
    static QString month(QDate month); // "11/2026"
};

} // namespace einvoice
