#include "amountinwords.h"

#include <QStringList>

namespace einvoice {

namespace {

constexpr quint64 Billion = 1000000000ULL;

// The magnitude of a qint64 without overflow, also for the minimum value.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

// ---- Vietnamese -------------------------------------------------------------------------------

QString vietnameseDigit(int digit)
{
    static const char16_t *const names[]
        = {u"không", u"một", u"hai", u"ba", u"bốn", u"năm", u"sáu", u"bảy", u"tám", u"chín"};
    return QString::fromUtf16(names[digit]);
}

// Tens and units of a group: "mười lăm", "hai mươi mốt", "linh năm" (when afterHundred).
void appendVietnameseTens(
    QStringList &words, int tens, int units, bool afterHundred, const VietnameseWordsOptions &options)
{
    if (tens == 0) {
        if (units == 0)
            return;
        if (afterHundred)
            words << (options.le ? QStringLiteral("lẻ") : QStringLiteral("linh"));
        words << vietnameseDigit(units);
        return;
    }
    if (tens == 1) {
        words << QStringLiteral("mười");
        if (units == 5)
            words << QStringLiteral("lăm");
        else if (units != 0)
            words << vietnameseDigit(units);
        return;
    }
    words << vietnameseDigit(tens) << QStringLiteral("mươi");
    if (units == 1)
        words << QStringLiteral("mốt");
    else if (units == 4)
        words << (options.bonForTu ? QStringLiteral("bốn") : QStringLiteral("tư"));
    else if (units == 5)
        words << QStringLiteral("lăm");
    else if (units != 0)
        words << vietnameseDigit(units);
}

// One group of three digits. A full group is read with its hundreds even when they are zero
// ("không trăm linh năm"); the leading group of a number is not.
void appendVietnameseGroup(QStringList &words, int group, bool full, const VietnameseWordsOptions &options)
{
    const int hundreds = group / 100;
    const int tens = group / 10 % 10;
    const int units = group % 10;
    if (full || hundreds > 0) {
        words << vietnameseDigit(hundreds) << QStringLiteral("trăm");
        appendVietnameseTens(words, tens, units, true, options);
    } else {
        appendVietnameseTens(words, tens, units, false, options);
    }
}

// Below one billion: groups of triệu, nghìn and units; empty groups are skipped.
void appendVietnameseBelowBillion(
    QStringList &words, quint64 value, bool inner, const VietnameseWordsOptions &options)
{
    const QString thousand = options.ngan ? QStringLiteral("ngàn") : QStringLiteral("nghìn");
    const int groups[] = {int(value / 1000000), int(value / 1000 % 1000), int(value % 1000)};
    const QString scales[] = {QStringLiteral("triệu"), thousand, QString()};
    bool full = inner;
    for (int i = 0; i < 3; ++i) {
        if (groups[i] == 0)
            continue;
        appendVietnameseGroup(words, groups[i], full, options);
        if (!scales[i].isEmpty())
            words << scales[i];
        full = true;
    }
}

// Above a billion the pattern repeats: the count of billions is read as a number, then "tỷ".
void appendVietnameseNumber(QStringList &words, quint64 value, const VietnameseWordsOptions &options)
{
    if (value >= Billion) {
        appendVietnameseNumber(words, value / Billion, options);
        words << QStringLiteral("tỷ");
        appendVietnameseBelowBillion(words, value % Billion, true, options);
        return;
    }
    appendVietnameseBelowBillion(words, value, false, options);
}

QString vietnameseNumber(quint64 value, const VietnameseWordsOptions &options)
{
    if (value == 0)
        return vietnameseDigit(0);
    QStringList words;
    appendVietnameseNumber(words, value, options);
    return words.join(u' ');
}

QString vietnameseCurrency(Currency currency)
{
    switch (currency) {
    case Currency::USD:
        return QStringLiteral("đô la Mỹ");
    case Currency::CAD:
        return QStringLiteral("đô la Canada");
    case Currency::VND:
        break;
    }
    return QStringLiteral("đồng");
}

// ---- English ----------------------------------------------------------------------------------

QString englishBelowHundred(int value)
{
    static const char *const small[]
        = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[]
        = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (value < 20)
        return QLatin1String(small[value]);
    QString text = QLatin1String(tens[value / 10]);
    if (value % 10 != 0)
        text += u'-' + QLatin1String(small[value % 10]);
    return text;
}

// "one hundred and five"; with andBefore, a group below a hundred gets "and" ("thousand and five").
void appendEnglishGroup(QStringList &words, int group, bool andBefore)
{
    const int hundreds = group / 100;
    const int rest = group % 100;
    if (hundreds > 0)
        words << englishBelowHundred(hundreds) << QStringLiteral("hundred");
    if (rest == 0)
        return;
    if (hundreds > 0 || andBefore)
        words << QStringLiteral("and");
    words << englishBelowHundred(rest);
}

QString englishNumber(quint64 value)
{
    if (value == 0)
        return QStringLiteral("zero");
    static const char *const scales[]
        = {"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};
    int groups[7] = {};
    for (int i = 0; i < 7; ++i) {
        groups[i] = int(value % 1000);
        value /= 1000;
    }
    QStringList words;
    for (int i = 6; i >= 0; --i) {
        if (groups[i] == 0)
            continue;
        appendEnglishGroup(words, groups[i], i == 0 && !words.isEmpty());
        if (i > 0)
            words << QLatin1String(scales[i]);
    }
    return words.join(u' ');
}

QString englishCurrency(Currency currency, bool singular)
{
    switch (currency) {
    case Currency::USD:
        return singular ? QStringLiteral("US dollar") : QStringLiteral("US dollars");
    case Currency::CAD:
        return singular ? QStringLiteral("Canadian dollar") : QStringLiteral("Canadian dollars");
    case Currency::VND:
        break;
    }
    return QStringLiteral("dong");
}

} // namespace

QString amountInVietnameseWords(qint64 minorUnits, Currency currency, const VietnameseWordsOptions &options)
{
    const quint64 magnitude = magnitudeOf(minorUnits);
    const quint64 divisor = minorDigits(currency) == 2 ? 100 : 1;
    const quint64 major = magnitude / divisor;
    const int minor = int(magnitude % divisor);

    QString text = vietnameseNumber(major, options) + u' ' + vietnameseCurrency(currency);
    if (minor != 0)
        text += u' ' + vietnameseNumber(quint64(minor), options) + QStringLiteral(" xu");
    else if (options.appendChan)
        text += QStringLiteral(" chẵn");
    if (minorUnits < 0)
        text = QStringLiteral("âm ") + text;
    return capitalised(text);
}

QString amountInEnglishWords(qint64 minorUnits, Currency currency)
{
    const quint64 magnitude = magnitudeOf(minorUnits);
    const quint64 divisor = minorDigits(currency) == 2 ? 100 : 1;
    const quint64 major = magnitude / divisor;
    const int minor = int(magnitude % divisor);

    QString text = englishNumber(major) + u' ' + englishCurrency(currency, major == 1);
    if (minor != 0) {
        text += QStringLiteral(" and ") + englishNumber(quint64(minor))
            + (minor == 1 ? QStringLiteral(" cent") : QStringLiteral(" cents"));
    }
    if (minorUnits < 0)
        text = QStringLiteral("minus ") + text;
    return capitalised(text);
}

} // namespace einvoice
