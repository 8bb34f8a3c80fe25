#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// The number a cell holds, as Excel shows it: the stored text ("0.30000000000000004",
// "1.2345678901234501E+17") rounded to Excel's 15 significant digits on the digits themselves,
// never through a double, and written plainly ("0.3", "123456789012345000"). Typed values such as
// "0.1" or "1500000" come back unchanged.
class ExcelNumber
{
public:
    static constexpr int SignificantDigits = 15;

    // nullopt when `stored` is not a number ("", "abc", "1e", "--1").
    static std::optional<QString> canonical(QStringView stored);
    // How many significant digits a plain decimal text has ("0.0012" -> 2, "1500" -> 2).
    static int significantDigits(QStringView plain);
};

} // namespace einvoice
