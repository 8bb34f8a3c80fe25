#include "series.h"

#include "legalrules.h"

namespace einvoice {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// The shape ^[A-Z]\d{2}[A-Z]{3}$ before the legal letter lists are consulted.
bool hasSeriesShape(QStringView series)
{
    return series.size() == 6 && isAsciiUpper(series[0]) && isAsciiDigit(series[1]) && isAsciiDigit(series[2])
        && isAsciiUpper(series[3]) && isAsciiUpper(series[4]) && isAsciiUpper(series[5]);
}

} // namespace

// Equivalent to ^[<kind letters>]\d{2}[<type letters>][A-Z]{2}$ with the letters of LegalRules.
InvoiceSeries::Problem InvoiceSeries::checkFormat(QStringView series)
{
    if (series.isEmpty())
        return Problem::Empty;
    if (!hasSeriesShape(series))
        return Problem::BadFormat;
    const LegalRules &rules = LegalRules::current();
    if (!rules.seriesKindLetters().contains(series[0]) || !rules.seriesTypeLetters().contains(series[3]))
        return Problem::BadYearLetterCode;
    return Problem::None;
}

InvoiceSeries::Problem InvoiceSeries::check(QStringView series, QDate issuedDate)
{
    const Problem problem = checkFormat(series);
    if (problem != Problem::None)
        return problem;
    if (issuedDate.isValid() && year(series) != issuedDate.year())
        return Problem::YearMismatch;
    return Problem::None;
}

int InvoiceSeries::year(QStringView series)
{
    if (checkFormat(series) != Problem::None)
        return 0;
    return 2000 + (series[1].unicode() - u'0') * 10 + (series[2].unicode() - u'0');
}

bool InvoiceSeries::isCoded(QStringView series)
{
    return checkFormat(series) == Problem::None && series[0] == u'C';
}

bool InvoiceSeries::isValidTemplateCode(QStringView templateCode)
{
    return templateCode.size() == 1 && LegalRules::current().templateDigits().contains(templateCode[0]);
}

} // namespace einvoice
