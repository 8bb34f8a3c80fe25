#pragma once

// Starts the sepay-sandbox program (SEPAY_SANDBOX_PATH, defined by the test target) and reads
// its base URL from the first line it prints. Header-only.

#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

// The URL of "Listening on <url>", or an empty URL when the program did not start or say it.
inline QUrl startSandboxProgram(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(SEPAY_SANDBOX_PATH), arguments);
    if (!process.waitForStarted())
        return QUrl();
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (!output.wait(10000))
            return QUrl();
    }
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    return first.startsWith(QLatin1String("Listening on ")) ? QUrl(first.section(QLatin1Char(' '), 2))
                                                            : QUrl();
}
