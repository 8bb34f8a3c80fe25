#include "fuzzsupport.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace einvoice::fuzz {

namespace {

void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) { }

} // namespace

QString visible(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7F)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "\n==FUZZ PROPERTY FAILED== %s\n%s\n", property, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace einvoice::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Lives for the whole process (libFuzzer never returns to main); reachable from a static, so
    // LeakSanitizer does not count it.
    static QGuiApplication *application = new QGuiApplication(*argc, *argv);
    Q_UNUSED(application)
    if (qEnvironmentVariableIntValue("EINVOICE_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(einvoice::fuzz::dropMessage);
    return 0;
}
