#include "appidentity.h"

#include <QApplication>
#include <QIcon>

// Q_INIT_RESOURCE must run in the global namespace. The icons are in the ui static library, whose
// resource object is only linked into a program when something calls this.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace einvoice {

QIcon applicationIcon()
{
    static const bool registered = (initUiResources(), true);
    Q_UNUSED(registered);
    // Two bitmaps: 48 px for small uses, 256 px so that 2x screens get sharp pixels too.
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/sepay-einvoice-48.png"), QSize(48, 48));
    icon.addFile(QStringLiteral(":/icons/sepay-einvoice.png"), QSize(256, 256));
    return icon;
}

void setUpApplicationIdentity()
{
    QApplication::setApplicationName(QStringLiteral("sepay-einvoice"));
    QApplication::setApplicationDisplayName(QStringLiteral("SePay eInvoice"));
    QApplication::setOrganizationName(QStringLiteral("SePay eInvoice"));
    QApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vn.sepay.EInvoice"));
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace einvoice
