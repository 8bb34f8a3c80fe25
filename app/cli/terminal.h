#pragma once

#include <QString>

namespace einvoice {

// Standard input as a terminal: the CLI only prompts when a person is there.
class Terminal
{
public:
    static bool isInteractive(); // stdin and stderr are terminals
    // Prints prompt on stderr and reads one line from stdin; echo off for secrets.
    static QString readLine(const QString &prompt, bool echo = true);
};

} // namespace einvoice
