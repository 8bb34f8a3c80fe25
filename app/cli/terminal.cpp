#include "terminal.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace einvoice {

bool Terminal::isInteractive()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

QString Terminal::readLine(const QString &prompt, bool echo)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved {};
    const bool hide = !echo && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
    }
    return line.trimmed();
}

} // namespace einvoice
