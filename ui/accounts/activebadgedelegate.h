#pragma once

#include "ui/common/badgedelegate.h"

namespace einvoice {

// Paints the active/inactive state of a provider account as a rounded badge, from accountroles::ActiveRole,
// with the display text as its label.
class ActiveBadgeDelegate : public BadgeDelegate
{
    Q_OBJECT

public:
    using BadgeDelegate::BadgeDelegate;

protected:
    QColor badgeColor(const QModelIndex &index) const override;
};

} // namespace einvoice
