#pragma once

#include <QString>
#include <QStringView>

namespace einvoice {

// Vietnamese tax code (MST) rules (vn-einvoice-domain.md 1.8).
class TaxCode
{
public:
    enum class Kind { Invalid, Enterprise10, Branch13, PersonalId12 };
    enum class Problem { None, Empty, BadCharacters, BadLength, BadCheckDigit, BadBranchNumber };

    struct Result
    {
        Kind kind = Kind::Invalid;
        Problem problem = Problem::Empty;
        QString normalized; // "0100109106" or "0100109106-001"; empty when invalid
        bool isValid() const { return problem == Problem::None; }
    };

    // Strips spaces and dots; accepts a dash only before the three-digit branch number.
    static Result check(QStringView input);
    // The check digit for nine digits, or -1 when the prefix can never be issued (r == 0).
    static int checkDigit(QStringView nineDigits);
    // Restores a leading zero that a spreadsheet dropped (9 -> 10, 12 -> 13 digits with dash).
    static QString restoreLeadingZero(QStringView digits);
};

} // namespace einvoice
