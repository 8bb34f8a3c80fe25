#include "searchfold.h"

namespace einvoice {

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
