#include "appidentity.h"

#include <QApplication>
#include <QIcon>

namespace einvoice {

void setUpApplicationIdentity()
{
    QApplication::setApplicationName(QStringLiteral("sepay-einvoice"));
    QApplication::setApplicationDisplayName(QStringLiteral("SePay eInvoice"));
    QApplication::setOrganizationName(QStringLiteral("SePay eInvoice"));
    QApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vn.sepay.EInvoice"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sepay-einvoice.png")));
}

} // namespace einvoice
