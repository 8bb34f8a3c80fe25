#pragma once

#include "clicommand.h"

namespace einvoice {

// invoice delete <reference_code> [--yes]: deletes a draft.
class InvoiceDeleteCommand : public CliCommand
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
