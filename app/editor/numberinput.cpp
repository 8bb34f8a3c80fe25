#include "numberinput.h"

#include "core/numbertext.h"
#include "i18n/uinumbers.h"

namespace einvoice {

std::optional<Decimal> NumberInput::parse(QStringView input, const QLocale &numbers, int maxDecimals)
{
    const NumberText::Shape shape = NumberText::scan(input);
    if (!shape.valid || shape.plusSign || shape.percent)
        return std::nullopt;
    const QChar decimalPoint
        = numbers.decimalPoint() == QLatin1String(".") ? QLatin1Char('.') : QLatin1Char(',');
    if (decimalPoint == QLatin1Char('.')) {
        // English: "1,5" is not one and a half misplaced; it is a typo the user must see.
        if (shape.decimalShown == QLatin1Char(','))
            return std::nullopt;
    } else if (shape.grouping == QLatin1Char(',') && !shape.fraction.isEmpty()) {
        // Vietnamese: "1,234.5" (English) is refused, not re-read.
        return std::nullopt;
    }
    // An ambiguous "1.500" / "1,500" is read with the UI's decimal separator.
    return Decimal::fromString(NumberText::plain(shape, decimalPoint), maxDecimals);
}

QString NumberInput::format(const std::optional<Decimal> &value, int minDecimals)
{
    return value ? UiNumbers::money(*value, minDecimals) : QString();
}

} // namespace einvoice
