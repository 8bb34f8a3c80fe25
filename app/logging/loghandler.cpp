#include "loghandler.h"

#include "logfile.h"
#include "logredactor.h"

#include <QAtomicPointer>
#include <QDateTime>

namespace einvoice {

namespace {

QAtomicPointer<LogFile> g_file;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("unknown");
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = LogRedactor::redact(message);
    if (LogFile *file = g_file.loadAcquire())
        file->append(LogHandler::formatLine(type, context, redacted));
    if (g_previous)
        g_previous(type, context, redacted);
}

} // namespace

void LogHandler::install(LogFile *file)
{
    g_file.storeRelease(file);
    if (g_installed)
        return;
    g_previous = qInstallMessageHandler(handleMessage);
    g_installed = true;
}

void LogHandler::uninstall()
{
    if (!g_installed)
        return;
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    g_installed = false;
    g_file.storeRelease(nullptr);
}

LogFile *LogHandler::installedFile()
{
    return g_file.loadAcquire();
}

QString LogHandler::formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = context.category ? QString::fromUtf8(context.category) : QString();
    return QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + levelName(type)
        + QLatin1Char(' ') + category + QLatin1String(": ") + message;
}

} // namespace einvoice
