#pragma once

#include <QString>

namespace einvoice {

// A readable name for a provider code the API returns ("matbao" -> "Mắt Bão"); unknown codes are
// returned as they are.
QString providerDisplayName(const QString &code);

} // namespace einvoice
