#pragma once

#include <QString>

#include <optional>

namespace einvoice {

// The pages of the main window, in navigation order.
enum class Page { Invoices, NewInvoice, Batch, ProviderAccounts, Usage, Reports };
inline constexpr int pageCount = 6;

// Stable names for the settings file ("invoices", "new-invoice", "batch", ...); they never change.
QString pageKey(Page page);
std::optional<Page> pageFromKey(const QString &key);

} // namespace einvoice
