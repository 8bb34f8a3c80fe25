// The desktop app: a thin entry point over the libraries.
#include "settings/appsettings.h"
#include "ui/shell/appidentity.h"
#include "ui/shell/appshell.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    einvoice::setUpApplicationIdentity();

    einvoice::AppSettings settings;
    einvoice::ShellServices services;
    services.settings = &settings;
    einvoice::AppShell shell(services);
    shell.start();
    return app.exec();
}
