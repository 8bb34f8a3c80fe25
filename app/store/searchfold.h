#pragma once

#include <QString>
#include <QStringView>

namespace einvoice {

// Folds text for accent- and case-insensitive search of Vietnamese: "Công ty Đại Việt" ->
// "cong ty dai viet". Marks are removed after canonical decomposition; đ/Đ become d; runs of
// white space collapse to one space.
QString foldForSearch(QStringView text);
// The same letters, fast enough for a million rows (a table per character, no normalisation of
// whole strings); white space is kept as is. SearchKey and SQL's einvoice_fold() fold with it.
QString foldLetters(QStringView text);
void appendFoldedLetters(QString &out, QStringView text);

} // namespace einvoice
