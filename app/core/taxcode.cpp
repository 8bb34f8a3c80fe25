#include "taxcode.h"

namespace einvoice {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

TaxCode::Result failure(TaxCode::Problem problem)
{
    TaxCode::Result result;
    result.problem = problem;
    return result;
}

TaxCode::Result success(TaxCode::Kind kind, QString normalized)
{
    TaxCode::Result result;
    result.kind = kind;
    result.problem = TaxCode::Problem::None;
    result.normalized = std::move(normalized);
    return result;
}

// Ten digits whose last one is the check digit of the first nine.
bool hasValidCheckDigit(QStringView tenDigits)
{
    const int expected = TaxCode::checkDigit(tenDigits.left(9));
    return expected >= 0 && expected == tenDigits.at(9).unicode() - u'0';
}

TaxCode::Result checkBranch(QStringView parent, QStringView branch)
{
    if (!hasValidCheckDigit(parent))
        return failure(TaxCode::Problem::BadCheckDigit);
    if (branch == u"000")
        return failure(TaxCode::Problem::BadBranchNumber);
    return success(TaxCode::Kind::Branch13, parent.toString() + u'-' + branch.toString());
}

// The code without spaces and dots, which people type to group the digits.
QString stripped(QStringView input)
{
    QString text;
    text.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace() && c != u'.')
            text += c;
    }
    return text;
}

} // namespace

TaxCode::Result TaxCode::check(QStringView input)
{
    const QString text = stripped(input);
    if (text.isEmpty())
        return failure(Problem::Empty);
    const qsizetype dash = text.indexOf(u'-');
    if (dash >= 0) {
        const QStringView parent = QStringView(text).left(dash);
        const QStringView branch = QStringView(text).mid(dash + 1);
        if (!allDigits(parent) || !allDigits(branch) || branch.size() != 3)
            return failure(Problem::BadCharacters);
        if (parent.size() != 10)
            return failure(Problem::BadLength);
        return checkBranch(parent, branch);
    }
    if (!allDigits(text))
        return failure(Problem::BadCharacters);
    switch (text.size()) {
    case 10:
        if (!hasValidCheckDigit(text))
            return failure(Problem::BadCheckDigit);
        return success(Kind::Enterprise10, text);
    case 12:
        // The personal identification number has no check digit; only its shape is known.
        return success(Kind::PersonalId12, text);
    case 13:
        return checkBranch(QStringView(text).left(10), QStringView(text).mid(10));
    default:
        return failure(Problem::BadLength);
    }
}

int TaxCode::checkDigit(QStringView nineDigits)
{
    static constexpr int weights[] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    if (nineDigits.size() != 9 || !allDigits(nineDigits))
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * (nineDigits.at(i).unicode() - u'0');
    const int remainder = sum % 11;
    // r == 0 would need the digit 10: such prefixes are never issued.
    if (remainder == 0)
        return -1;
    return 10 - remainder;
}

QString TaxCode::restoreLeadingZero(QStringView digits)
{
    if (allDigits(digits)) {
        if (digits.size() == 9)
            return u'0' + digits.toString();
        if (digits.size() == 12)
            return u'0' + digits.left(9).toString() + u'-' + digits.mid(9).toString();
    }
    const qsizetype dash = digits.indexOf(u'-');
    if (dash == 9 && digits.size() == 13 && allDigits(digits.left(9)) && allDigits(digits.mid(10)))
        return u'0' + digits.toString();
    return digits.toString();
}

} // namespace einvoice
