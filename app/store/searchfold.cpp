#include "searchfold.h"

#include <array>

namespace einvoice {

namespace {

constexpr char16_t tableSize = 0x2000; // Latin, Greek, Cyrillic and Latin Extended Additional

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

} // namespace

void appendFoldedLetters(QString &out, QStringView text)
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

QString foldLetters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendFoldedLetters(out, text);
    return out;
}

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace)
            folded.append(QLatin1Char(' '));
        pendingSpace = false;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            folded.append(QLatin1Char('d'));
        else
            folded.append(c.toLower());
    }
    return folded;
}

} // namespace einvoice
