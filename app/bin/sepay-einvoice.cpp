// The desktop app: a thin entry point over the libraries.
#include "settings/appsettings.h"
#include "ui/shell/appshell.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sepay-einvoice"));
    QApplication::setApplicationDisplayName(QStringLiteral("SePay eInvoice"));
    QApplication::setOrganizationName(QStringLiteral("SePay eInvoice"));
    QApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sepay-einvoice.png")));
    QApplication::setDesktopFileName(QStringLiteral("sepay-einvoice"));

    einvoice::AppSettings settings;
    einvoice::ShellServices services;
    services.settings = &settings;
    einvoice::AppShell shell(services);
    shell.start();
    return app.exec();
}
