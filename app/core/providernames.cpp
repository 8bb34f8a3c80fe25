#include "providernames.h"

#include <QHash>

#include <algorithm>

namespace einvoice {

QString providerDisplayName(const QString &code)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("matbao"), QStringLiteral("Mắt Bão")},
        {QStringLiteral("bkav"), QStringLiteral("BKAV")},
        {QStringLiteral("viettel"), QStringLiteral("Viettel")},
        {QStringLiteral("vnpt"), QStringLiteral("VNPT")},
        {QStringLiteral("misa"), QStringLiteral("MISA")},
        {QStringLiteral("fpt"), QStringLiteral("FPT")},
    };
    return names.value(code.toLower(), code);
}

QString providerAccountLabel(const ProviderAccount &account, const QList<ProviderAccount> &all)
{
    const QString name = providerDisplayName(account.provider);
    const auto sameProvider
        = std::count_if(all.cbegin(), all.cend(), [&account](const ProviderAccount &other) {
              return other.provider.compare(account.provider, Qt::CaseInsensitive) == 0;
          });
    return sameProvider > 1 ? name + QStringLiteral(" · ") + account.id.left(8) : name;
}

} // namespace einvoice
