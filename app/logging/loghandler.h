#pragma once

#include <QString>
#include <QtGlobal>

namespace einvoice {

class LogFile;

// Installs a Qt message handler that writes every message, redacted, with time, level and
// category to a LogFile, and then hands the (redacted) message to the handler that was installed
// before it (by default Qt's own, which prints to stderr).
class LogHandler
{
public:
    // The file must outlive the installation; install() again replaces the file.
    static void install(LogFile *file);
    static void uninstall();
    static LogFile *installedFile();

    static QString formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

} // namespace einvoice
