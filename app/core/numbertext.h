#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace einvoice {

// The written form of a number as people type it in spreadsheets and forms: an optional sign,
// ASCII digits grouped with '.', ',' or spaces, an optional decimal part, an optional '%'.
// scan() never guesses: it says what the text proves about the decimal separator, and whether
// the text reads two ways. Whoever knows the convention of the text (the editor: Vietnamese; a
// batch file: what its column shows) picks the reading with plain().
class NumberText
{
public:
    struct Shape
    {
        bool valid = false;
        bool negative = false;
        bool plusSign = false; // a leading '+'
        bool percent = false; // a trailing '%'
        // '.' or ',' when the text proves which one separates the decimals: "1.234,5" and
        // "1.234.567" prove ','; "0.125", "2,5", "1.2345" and "1,234.5" prove their own.
        QChar decimalShown;
        // '.', ',' or ' ' (any space, no-break spaces too) when the text groups thousands.
        QChar grouping;
        // Exactly one '.' or ',' followed by exactly three digits, with one to three digits
        // before it that do not start with 0 ("1.500", "12,345"): thousands grouping or decimals.
        bool ambiguous = false;
        QChar separator; // the separator of an ambiguous text
        QString integer; // the digits before the decimal separator (ambiguous: before separator)
        QString fraction; // the digits after it (ambiguous: the three digits after separator)
    };

    static Shape scan(QStringView text);

    // The number in the plain form Decimal::fromString reads ("-1234.5"). An ambiguous shape is
    // read with decimalSeparator ('.' or ','); without one it has no plain form. Empty when the
    // shape is not valid.
    static QString plain(const Shape &shape, QChar decimalSeparator = QChar());

    // The other separator: ',' for '.', '.' for ','.
    static QChar otherSeparator(QChar separator);

private:
    static bool scanBody(QStringView body, Shape &shape);
};

} // namespace einvoice
