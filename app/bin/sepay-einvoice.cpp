#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sepay-einvoice"));
    QApplication::setApplicationDisplayName(QStringLiteral("SePay eInvoice"));
    QApplication::setOrganizationName(QStringLiteral("SePay eInvoice"));
    QApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));

    einvoice::MainWindow window;
    window.show();
    return app.exec();
}
