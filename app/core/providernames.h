#pragma once

#include "remoteinvoice.h"

#include <QString>

namespace einvoice {

// A readable name for a provider code the API returns ("matbao" -> "Mắt Bão"); unknown codes are
// returned as they are.
QString providerDisplayName(const QString &code);

// How a picker names an account: "Mắt Bão", with the start of its id when another account of the
// list has the same provider ("Mắt Bão · 3f2a9c1e").
QString providerAccountLabel(const ProviderAccount &account, const QList<ProviderAccount> &all);

} // namespace einvoice
