#pragma once

#include "clicommand.h"

namespace einvoice {

// invoice get <reference_code>
class InvoiceGetCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override { return expectArguments(1); }
    void run() override;
};

} // namespace einvoice
