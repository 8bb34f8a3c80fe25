#include "searchkey.h"

#include "store/searchfold.h"

namespace einvoice {

namespace {

constexpr QChar separator = QChar(0x1f);

} // namespace

QString SearchKey::fold(QStringView text)
{
    return foldLetters(text);
}

QString SearchKey::forRow(QStringView number, QStringView buyer, QStringView taxCode, QStringView reference)
{
    QString out;
    out.reserve(number.size() + buyer.size() + taxCode.size() + reference.size() + 3);
    appendFoldedLetters(out, number);
    out.append(separator);
    appendFoldedLetters(out, buyer);
    out.append(separator);
    appendFoldedLetters(out, taxCode);
    out.append(separator);
    appendFoldedLetters(out, reference);
    out.squeeze();
    return out;
}

QStringList SearchKey::terms(QStringView searchText)
{
    QStringList result;
    const QString folded = fold(searchText);
    for (const QStringView term : QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString text = term.trimmed().toString();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

bool SearchKey::matches(const QString &key, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

} // namespace einvoice
