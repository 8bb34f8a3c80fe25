#include "providernames.h"

#include <QHash>

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

} // namespace einvoice
