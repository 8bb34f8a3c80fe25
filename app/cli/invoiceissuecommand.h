#pragma once

#include "clicommand.h"

namespace einvoice {

// invoice issue <reference_code> [--wait] [--yes]
class InvoiceIssueCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override { return expectArguments(1); }
    bool writes() const override { return true; }
    QString confirmationText() const override;
    void run() override;
};

} // namespace einvoice
