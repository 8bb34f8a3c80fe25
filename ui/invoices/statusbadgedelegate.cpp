#include "statusbadgedelegate.h"

#include "invoices/invoicebadge.h"
#include "invoices/invoicelistroles.h"

namespace einvoice {

QColor StatusBadgeDelegate::colorOf(int badge)
{
    switch (badgeFromInt(badge).value_or(InvoiceBadge::Draft)) {
    case InvoiceBadge::Draft:
        return QColor(0x61, 0x61, 0x61);
    case InvoiceBadge::Pending:
        return QColor(0x1e, 0x6f, 0xd9);
    case InvoiceBadge::Issued:
    case InvoiceBadge::TaxCodeGranted:
        return QColor(0x2e, 0x7d, 0x32);
    case InvoiceBadge::AwaitingTaxAuthority:
        return QColor(0x1e, 0x6f, 0xd9);
    case InvoiceBadge::SigningError:
    case InvoiceBadge::NoAnswer:
    case InvoiceBadge::NotEligible:
        return QColor(0xc6, 0x28, 0x28);
    case InvoiceBadge::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case InvoiceBadge::Cancelled:
        return QColor(0x5d, 0x40, 0x37);
    case InvoiceBadge::Replaced:
    case InvoiceBadge::Adjusted:
        return QColor(0xa3, 0x52, 0x00); // dark orange: white text at 5.6:1
    case InvoiceBadge::Replacement:
        return QColor(0x00, 0x69, 0x5c); // dark teal: white text at 6.6:1
    case InvoiceBadge::AdjustmentIncrease:
    case InvoiceBadge::AdjustmentDecrease:
    case InvoiceBadge::AdjustmentInfo:
    case InvoiceBadge::AdjustmentCombined:
        return QColor(0x6a, 0x1b, 0x9a); // purple: white text at 9.6:1
    }
    return Qt::gray;
}

QColor StatusBadgeDelegate::badgeColor(const QModelIndex &index) const
{
    return colorOf(index.data(invoicelistroles::BadgeRole).toInt());
}

} // namespace einvoice
