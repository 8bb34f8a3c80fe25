#include "activebadgedelegate.h"

#include "accounts/accountroles.h"

namespace einvoice {

QColor ActiveBadgeDelegate::badgeColor(const QModelIndex &index) const
{
    return index.data(accountroles::ActiveRole).toBool() ? QColor(0x2e, 0x7d, 0x32)
                                                         : QColor(0x61, 0x61, 0x61);
}

} // namespace einvoice
