#pragma once

#include "ui/common/badgedelegate.h"

namespace einvoice {

// Paints an invoice's status as a rounded coloured badge, from invoicelistroles::BadgeRole, with
// the display text as its label.
class StatusBadgeDelegate : public BadgeDelegate
{
    Q_OBJECT

public:
    using BadgeDelegate::BadgeDelegate;

    // The badge's fill colour for a badge value (einvoice::InvoiceBadge as int).
    static QColor colorOf(int badge);

protected:
    QColor badgeColor(const QModelIndex &index) const override;
};

} // namespace einvoice
