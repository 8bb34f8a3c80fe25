#pragma once

#include <QString>

namespace einvoice {

// Escapes % _ and \ for a LIKE ... ESCAPE '\' pattern.
QString escapeLike(const QString &text);

} // namespace einvoice
