#include "diagnostics.h"

#include "logging/logfile.h"
#include "logging/loghandler.h"
#include "logging/logredactor.h"

#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

namespace einvoice {

namespace {

QString line(const QString &name, const QString &value)
{
    return name + QLatin1String(": ") + value + QLatin1Char('\n');
}

QString systemSection()
{
    QString out;
    out += line(QStringLiteral("Version"), QCoreApplication::applicationVersion());
    out += line(QStringLiteral("Qt"),
        QString::fromLatin1(qVersion()) + QLatin1String(" (built with ") + QLatin1String(QT_VERSION_STR)
            + QLatin1Char(')'));
    out += line(QStringLiteral("OS"), QSysInfo::prettyProductName());
    out += line(
        QStringLiteral("Kernel"), QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    out += line(QStringLiteral("CPU"), QSysInfo::currentCpuArchitecture());
    out += line(QStringLiteral("Platform"), QGuiApplication::platformName());
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        out += line(QStringLiteral("Screen"),
            QStringLiteral("%1x%2 @ %3")
                .arg(screen->size().width())
                .arg(screen->size().height())
                .arg(screen->devicePixelRatio()));
    }
    out += line(QStringLiteral("Locale"), QLocale().name());
    return out;
}

QString pathsSection()
{
    QString out;
    out += line(QStringLiteral("Data"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const LogFile *file = LogHandler::installedFile();
    out += line(
        QStringLiteral("Log"), file ? file->filePath() : LogFile(LogFile::defaultDirectory()).filePath());
    out += line(QStringLiteral("Settings"), QSettings().fileName());
    return out;
}

} // namespace

QStringList Diagnostics::environmentNames()
{
    return {QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("LANGUAGE"),
        QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("XDG_SESSION_TYPE"),
        QStringLiteral("DESKTOP_SESSION"), QStringLiteral("QT_QPA_PLATFORM"),
        QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("QT_SCREEN_SCALE_FACTORS"),
        QStringLiteral("QT_AUTO_SCREEN_SCALE_FACTOR"), QStringLiteral("QT_STYLE_OVERRIDE"),
        QStringLiteral("QT_QPA_PLATFORMTHEME")};
}

QString Diagnostics::collect()
{
    const LogFile *installed = LogHandler::installedFile();
    const QStringList lines = installed ? installed->recentLines(recentLineCount)
                                        : LogFile(LogFile::defaultDirectory()).recentLines(recentLineCount);
    return collect(lines);
}

QString Diagnostics::collect(const QStringList &logLines)
{
    QString out = QStringLiteral("SePay eInvoice diagnostics\n\n") + systemSection();
    out += QStringLiteral("\nEnvironment\n");
    const QStringList names = environmentNames();
    for (const QString &name : names) {
        if (qEnvironmentVariableIsSet(name.toLatin1().constData()))
            out += line(name, qEnvironmentVariable(name.toLatin1().constData()));
    }
    out += QStringLiteral("\nPaths\n") + pathsSection();
    out += QStringLiteral("\nRecent log lines (%1)\n").arg(logLines.size());
    for (const QString &logLine : logLines)
        out += logLine + QLatin1Char('\n');
    return LogRedactor::redact(out);
}

} // namespace einvoice
