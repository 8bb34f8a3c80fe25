#pragma once

#include "core/decimal.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// Numbers as the user types them into the app, read the way the UI language shows them
// (UiNumbers): what the user sees in a cell is what they type back. Files, the command line and
// JSON never come here; they keep their own rules (batch NumberText readers, Decimal::fromString)
// so that the same file gives the same amounts in either UI language.
class NumberInput
{
public:
    // numbers is the UI language's numbers (UiNumbers::locale()); only its decimal point counts.
    // Rules (tested in tst_numberinput), the shapes of core NumberText:
    //  - both: surrounding spaces are ignored, spaces (also no-break) may group thousands, a
    //    leading '-' is kept; plain digits read the same; '+', '%', empty text, any other
    //    character, groups that are not every three digits ("1,50,0", "1,5.0") or more than
    //    maxDecimals decimals: nullopt;
    //  - Vietnamese (decimal comma): the comma separates decimals (only one), dots before it
    //    group thousands ("1.500,5"); two or more commas and no dot group thousands
    //    ("1,500,000"); without a comma, dots every three digits group thousands ("1.500" is
    //    1500) and a single dot followed by 1, 2 or 4+ digits, or after a 0 ("0.125"), is a
    //    decimal point; "1,234.5" is refused;
    //  - English (decimal point): the dot separates decimals, commas group thousands ("1,500" is
    //    1500, "1.500" is 1.5, "1,500.75"); a comma that can only be decimal ("1,5", "1.234,5",
    //    "1.500.000") is refused, never re-read.
    static std::optional<Decimal> parse(
        QStringView text, const QLocale &numbers, int maxDecimals = Decimal::Scale);

    // The text a number cell shows, which parse reads back: UiNumbers::money, empty when unset.
    static QString format(const std::optional<Decimal> &value, int minDecimals = 0);
};

} // namespace einvoice
