#pragma once

#include <QString>
#include <QStringList>

namespace einvoice {

// The text "Copy diagnostics" puts on the clipboard: version, Qt, operating system, display,
// a short list of environment variables, where data and logs live, and the recent log lines.
// Never credentials: the environment is a fixed list of harmless names, and the whole text goes
// through LogRedactor.
class Diagnostics
{
public:
    static constexpr int recentLineCount = 50;

    static QString collect();
    // logLines: the recent log lines to include (collect() reads them from the log file).
    static QString collect(const QStringList &logLines);
    static QStringList environmentNames();
};

} // namespace einvoice
