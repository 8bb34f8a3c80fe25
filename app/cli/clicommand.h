#pragma once

#include "clicontext.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QObject>

namespace einvoice {

struct ApiError;
class ApiJob;
class InvoiceOperation;

// One command of sepay-einvoice-cli. The runner checks the arguments first (nothing is sent on
// a usage error), asks for confirmation of Production writes, prepares the client, then calls
// run(). A command ends by emitting finished() exactly once.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr) : QObject(parent), m_context(context)
    {
    }

    // A translated message for a usage error, or empty.
    virtual QString checkArguments() = 0;
    // Changes server state: needs --yes or a typed confirmation on Production.
    virtual bool writes() const { return false; }
    // Describes the write for the confirmation prompt.
    virtual QString confirmationText() const { return QString(); }
    virtual bool needsClient() const { return true; }
    virtual void run() = 0;

    // The command for the words of the command line, or null when unknown.
    static CliCommand *create(CliContext &context, QObject *parent);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext &context() const { return m_context; }
    CliOutput &out() const { return *m_context.out; }
    SepayClient *client() const { return m_context.client; }
    CliSession &session() const { return *m_context.session; }
    const CliOptions &options() const { return m_context.options; }
    // Positional argument after the command words (0-based), or empty.
    QString argument(int index) const;
    int argumentCount() const;
    QString expectArguments(int count) const; // usage error text when the count differs

    void done(ExitCode code);
    void fail(const ApiError &error); // prints it and ends with its exit code
    // Ends the command for a failed job (with its error) or for --json (the server's data as it
    // came); false when the caller still has to print the result for people.
    bool endedByFailureOrJson(const ApiJob &job);
    // Prints a create or issue outcome; exit 5 when the job ended Failed.
    void reportOperation(const InvoiceOperation &operation);

private:
    CliContext &m_context;
    bool m_done = false;
};

} // namespace einvoice
