#pragma once

#include "core/decimal.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// Numbers as Vietnamese accountants type and read them: the dot groups thousands and the comma
// separates decimals ("1.500.000", "2,5", "1.234,75"). Plain digits ("1500000") work too, and so
// does a lone decimal dot that cannot be a thousands group ("2.5", "0.25").
class NumberInput
{
public:
    // Rules (tested in tst_numberinput), the shapes of core NumberText read the Vietnamese way:
    //  - surrounding spaces are ignored, spaces (also no-break) may group thousands, a leading
    //    '-' is kept;
    //  - with a comma: the comma is the decimal separator (only one), dots before it group
    //    thousands and must come every three digits ("1.500,5");
    //  - two or more commas and no dot: commas every three digits group thousands ("1,500,000");
    //  - without a comma: dots every three digits group thousands ("1.500" is 1500); a single dot
    //    followed by 1, 2 or 4+ digits, or after a 0 ("0.125"), is a decimal point;
    //  - more than maxDecimals decimals, empty text, '+', '%' or any other character: nullopt.
    static std::optional<Decimal> parse(QStringView text, int maxDecimals = Decimal::Scale);

    // "1.500.000", "2,5", "-1.234,75"; pads to minDecimals ("2,50").
    static QString format(Decimal value, int minDecimals = 0);
    static QString format(const std::optional<Decimal> &value, int minDecimals = 0);
};

} // namespace einvoice
