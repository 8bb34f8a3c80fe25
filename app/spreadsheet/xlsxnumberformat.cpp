#include "xlsxnumberformat.h"

namespace einvoice {

namespace {

using Kind = XlsxNumberFormat::Kind;

struct Builtin
{
    int id;
    const char *code;
};

// ECMA-376 part 1, 18.8.30; ids 27-36 and 50-58 are East Asian dates whose code depends on the
// locale (given here as Excel's English fallback).
constexpr Builtin Builtins[] = {{0, "General"}, {1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"},
    {9, "0%"}, {10, "0.00%"}, {11, "0.00E+00"}, {12, "# ?/?"}, {13, "# ?\?/??"}, {14, "mm-dd-yy"},
    {15, "d-mmm-yy"}, {16, "d-mmm"}, {17, "mmm-yy"}, {18, "h:mm AM/PM"}, {19, "h:mm:ss AM/PM"}, {20, "h:mm"},
    {21, "h:mm:ss"}, {22, "m/d/yy h:mm"}, {37, "#,##0 ;(#,##0)"}, {38, "#,##0 ;[Red](#,##0)"},
    {39, "#,##0.00;(#,##0.00)"}, {40, "#,##0.00;[Red](#,##0.00)"}, {45, "mm:ss"}, {46, "[h]:mm:ss"},
    {47, "mmss.0"}, {48, "##0.0E+0"}, {49, "@"}};

bool isEastAsianDate(int id)
{
    return (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58);
}

struct Letters
{
    bool date = false; // y, d, e (era year), g, b
    bool month = false; // m: a month, or minutes next to h or s
    bool time = false; // h, s, AM/PM
    bool elapsed = false; // [h], [m], [s]
    bool percent = false;
    bool text = false;
    bool digits = false; // 0 # ?
};

// Skips what shows literally: "quoted", \x escapes, _x padding, *x fill.
qsizetype skipLiteral(QStringView code, qsizetype i)
{
    const QChar c = code[i];
    if (c == u'"') {
        const qsizetype end = code.indexOf(u'"', i + 1);
        return end < 0 ? code.size() : end + 1;
    }
    if (c == u'\\' || c == u'_' || c == u'*')
        return i + 2;
    return i;
}

void readBracket(QStringView inside, Letters &letters)
{
    const QString lower = inside.toString().toLower();
    if (lower == u"h" || lower == u"hh" || lower == u"m" || lower == u"mm" || lower == u"s" || lower == u"ss")
        letters.elapsed = true;
}

void readLetter(QChar c, Letters &letters, QStringView rest)
{
    switch (c.toLower().unicode()) {
    case u'y':
    case u'd':
    case u'g':
    case u'b':
        letters.date = true;
        break;
    case u'm':
        letters.month = true;
        break;
    case u'h':
    case u's':
        letters.time = true;
        break;
    case u'a':
        if (rest.startsWith(u"am/pm", Qt::CaseInsensitive) || rest.startsWith(u"a/p", Qt::CaseInsensitive))
            letters.time = true;
        break;
    case u'%':
        letters.percent = true;
        break;
    case u'@':
        letters.text = true;
        break;
    case u'0':
    case u'#':
    case u'?':
        letters.digits = true;
        break;
    default:
        break;
    }
}

Letters scan(QStringView code)
{
    Letters letters;
    qsizetype i = 0;
    while (i < code.size()) {
        const qsizetype after = skipLiteral(code, i);
        if (after != i) {
            i = after;
            continue;
        }
        if (code[i] == u';')
            break; // the first section decides
        if (code.mid(i).startsWith(u"General", Qt::CaseInsensitive)) {
            letters.digits = true;
            i += 7;
            continue;
        }
        if (code[i] == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            readBracket(code.mid(i + 1, end < 0 ? -1 : end - i - 1), letters);
            i = end < 0 ? code.size() : end + 1;
            continue;
        }
        readLetter(code[i], letters, code.mid(i));
        ++i;
    }
    return letters;
}

} // namespace

XlsxNumberFormat::Kind XlsxNumberFormat::classify(QStringView code)
{
    if (code.isEmpty() || code.compare(u"General", Qt::CaseInsensitive) == 0)
        return Kind::General;
    const Letters letters = scan(code);
    if (letters.elapsed)
        return Kind::Duration;
    const bool date = letters.date || (letters.month && !letters.time);
    if (date && letters.time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (letters.time)
        return Kind::Time;
    if (letters.percent)
        return Kind::Percent;
    if (letters.text && !letters.digits)
        return Kind::Text;
    return Kind::Number;
}

XlsxNumberFormat XlsxNumberFormat::builtin(int id)
{
    for (const Builtin &builtin : Builtins) {
        if (builtin.id == id)
            return custom(QString::fromLatin1(builtin.code));
    }
    if (isEastAsianDate(id))
        return {Kind::Date, QStringLiteral("yyyy-mm-dd")};
    if (id == 32 || id == 33)
        return {Kind::Time, QStringLiteral("h:mm:ss")};
    return {Kind::General, QString()}; // 5-8 and 41-44 are currencies: plain numbers here
}

XlsxNumberFormat XlsxNumberFormat::custom(const QString &code)
{
    return {classify(code), code};
}

} // namespace einvoice
