// The desktop app: a thin entry point over the libraries.
#include "logging/logfile.h"
#include "logging/loghandler.h"
#include "ui/shell/appidentity.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/singleinstance.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    einvoice::setUpApplicationIdentity();
    einvoice::LogFile log(einvoice::LogFile::defaultDirectory());
    einvoice::LogHandler::install(&log);

    // A second start raises the running window and ends here.
    einvoice::SingleInstance instance;
    if (!instance.start())
        return 0;

    einvoice::DesktopApp desktop;
    QObject::connect(&instance, &einvoice::SingleInstance::activationRequested, &app,
        [&desktop] { einvoice::SingleInstance::raiseWindow(desktop.shell()->mainWindow()); });
    desktop.start();
    const int result = app.exec();
    einvoice::LogHandler::uninstall();
    return result;
}
