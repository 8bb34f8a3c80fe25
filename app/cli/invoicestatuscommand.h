#pragma once

#include "api/jobstatusjob.h"
#include "clicommand.h"

namespace einvoice {

// invoice status create|issue <tracking_code>: one look at a job; exit 5 when it ended Failed.
class InvoiceStatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    void run() override;

private:
    JobKind m_kind = JobKind::Create;
};

} // namespace einvoice
