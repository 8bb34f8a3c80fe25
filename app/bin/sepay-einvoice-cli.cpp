#include "cli/clirunner.h"
#include "i18n/translator.h"
#include "logging/loghandler.h"

#include <QGuiApplication>
#include <QLoggingCategory>
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

    // Standard error is for the command's own notes: the libraries' progress lines stay quiet
    // unless asked for with QT_LOGGING_RULES (e.g. "einvoice.*=true"). Warnings still show,
    // redacted like every message.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("einvoice.*.debug=false\neinvoice.*.info=false"));
    einvoice::LogHandler::install(nullptr);

    // Messages and the headers of exported files follow the system locale (LC_ALL, LANG):
    // Vietnamese for a Vietnamese locale. Otherwise nothing is installed: the source texts are
    // English and numbers keep the C locale scripts were written against.
    einvoice::Translator translator;
    if (einvoice::Translator::resolveLanguage(QString()) == QLatin1String("vi"))
        translator.apply(QStringLiteral("vi"));

    einvoice::CliRunner runner(QCoreApplication::arguments().mid(1));
    QObject::connect(&runner, &einvoice::CliRunner::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, &einvoice::CliRunner::start);
    const int code = app.exec();
    einvoice::LogHandler::uninstall();
    return code;
}
