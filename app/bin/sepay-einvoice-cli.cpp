#include "cli/clirunner.h"

#include <QGuiApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    // A GUI application without windows: the embedded Demo server renders invoice PDFs, which
    // needs QGuiApplication; the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Same names as the desktop app, so both find the same Demo data folder.
    QCoreApplication::setApplicationName(QStringLiteral("sepay-einvoice"));
    QCoreApplication::setOrganizationName(QStringLiteral("SePay eInvoice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));

    einvoice::CliRunner runner(QCoreApplication::arguments().mid(1));
    QObject::connect(&runner, &einvoice::CliRunner::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, &einvoice::CliRunner::start);
    return app.exec();
}
