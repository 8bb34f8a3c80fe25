#include "page.h"

namespace einvoice {

QString pageKey(Page page)
{
    switch (page) {
    case Page::Invoices:
        return QStringLiteral("invoices");
    case Page::NewInvoice:
        return QStringLiteral("new-invoice");
    case Page::Batch:
        return QStringLiteral("batch");
    case Page::ProviderAccounts:
        return QStringLiteral("provider-accounts");
    case Page::Usage:
        return QStringLiteral("usage");
    case Page::Reports:
        return QStringLiteral("reports");
    }
    return {};
}

std::optional<Page> pageFromKey(const QString &key)
{
    for (int i = 0; i < pageCount; ++i) {
        if (pageKey(Page(i)) == key)
            return Page(i);
    }
    return std::nullopt;
}

} // namespace einvoice
