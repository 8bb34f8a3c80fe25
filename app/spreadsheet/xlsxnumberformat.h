#pragma once

#include <QString>

namespace einvoice {

// What a cell's number format makes of the number it holds: the only place an .xlsx says that
// a number is a date. Built-in formats have ids (14 is a short date, 9 is "0%"); custom ones a
// code such as "dd/mm/yyyy hh:mm" or "#,##0 \"đ\"".
struct XlsxNumberFormat
{
    enum class Kind { General, Number, Percent, Text, Date, Time, DateTime, Duration };

    Kind kind = Kind::General;
    QString code;

    static constexpr int FirstCustomId = 164;

    static XlsxNumberFormat builtin(int id);
    static XlsxNumberFormat custom(const QString &code);
    static Kind classify(QStringView code);

    bool isDateOrTime() const { return kind == Kind::Date || kind == Kind::Time || kind == Kind::DateTime; }
};

} // namespace einvoice
