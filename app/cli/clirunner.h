#pragma once

#include "clicontext.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace einvoice {

class CliCommand;
class CliOutput;

// One run of sepay-einvoice-cli: parses the arguments, checks them (exit 2 before anything is
// sent), confirms Production writes, prepares environment and credentials, runs the command and
// reports its exit code through finished(). Everything is asynchronous; main() runs the event loop.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const QStringList &arguments, QObject *parent = nullptr);
    ~CliRunner() override;

    void start(); // from the event loop

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool prepare(); // false when the run already ended
    bool confirmWrite();
    void launch();
    void end(int exitCode);

    QStringList m_arguments;
    CliContext m_context;
    std::unique_ptr<CliOutput> m_out;
    CliCommand *m_command = nullptr;
    bool m_ended = false;
};

} // namespace einvoice
