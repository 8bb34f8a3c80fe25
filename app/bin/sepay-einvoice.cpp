// The desktop app: a thin entry point over the libraries.
#include "ui/shell/appidentity.h"
#include "ui/shell/desktopapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    einvoice::setUpApplicationIdentity();
    einvoice::DesktopApp desktop;
    desktop.start();
    return app.exec();
}
