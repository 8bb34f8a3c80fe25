#pragma once

#include <QString>
#include <QStringView>

namespace einvoice {

// Folds text for accent- and case-insensitive search of Vietnamese: "Công ty Đại Việt" ->
// "cong ty dai viet". Marks are removed after canonical decomposition; đ/Đ become d; runs of
// white space collapse to one space.
QString foldForSearch(QStringView text);

} // namespace einvoice
