#include "searchkey.h"

#include <array>

namespace einvoice {

namespace {

constexpr char16_t tableSize = 0x2000; // Latin, Greek, Cyrillic and Latin Extended Additional
constexpr QChar separator = QChar(0x1f);

// For each code point below tableSize: its folded form, or 0 when it is dropped (a mark).
std::array<char16_t, tableSize> buildTable()
{
    std::array<char16_t, tableSize> table {};
    for (char16_t c = 0; c < tableSize; ++c) {
        const QChar ch(c);
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == 0x0111 || c == 0x0110) {
            table[c] = u'd';
            continue;
        }
        const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
        table[c] = decomposed.isEmpty() ? c : decomposed.at(0).toLower().unicode();
    }
    return table;
}

const std::array<char16_t, tableSize> &foldTable()
{
    static const std::array<char16_t, tableSize> table = buildTable();
    return table;
}

void appendFolded(QString &out, QStringView text)
{
    const auto &table = foldTable();
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
        } else if (c < tableSize) {
            if (table[c] != 0)
                out.append(QChar(table[c]));
        } else {
            out.append(ch.toLower());
        }
    }
}

} // namespace

QString SearchKey::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendFolded(out, text);
    return out;
}

QString SearchKey::forRow(QStringView number, QStringView buyer, QStringView taxCode, QStringView reference)
{
    QString out;
    out.reserve(number.size() + buyer.size() + taxCode.size() + reference.size() + 3);
    appendFolded(out, number);
    out.append(separator);
    appendFolded(out, buyer);
    out.append(separator);
    appendFolded(out, taxCode);
    out.append(separator);
    appendFolded(out, reference);
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
