#pragma once

#include <QString>
#include <QStringList>

namespace einvoice {

// How one column of a written sheet looks and what it accepts.
struct XlsxColumn
{
    enum class Kind {
        Text, // written as text, General format
        Code, // text that must stay text, also when typed into later (format "@"): tax codes
        Number, // numbers with thousands separators and `decimals` places ("#,##0.00")
        Date, // real dates, shown dd/mm/yyyy
        DateTime, // real date and time, shown dd/mm/yyyy hh:mm
        Boolean,
    };

    QString header; // may hold line breaks ("Mã số thuế\nTax code")
    Kind kind = Kind::Text;
    int decimals = 0; // Number: places shown; -1 shows what the value has (General)
    QStringList choices; // a drop-down list on the column's cells below the header
    QString hint; // shown by Excel when a cell of the column is selected (up to 255 characters)

    static XlsxColumn of(const QString &header, Kind kind = Kind::Text)
    {
        XlsxColumn column;
        column.header = header;
        column.kind = kind;
        return column;
    }
};

} // namespace einvoice
