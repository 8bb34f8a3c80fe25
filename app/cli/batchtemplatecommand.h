#pragma once

#include "clicommand.h"

namespace einvoice {

// template [-o PATH]: writes the batch CSV template (Vietnamese headers, an example, the tax rate
// codes) to PATH, by default batch-template.csv. Needs no connection.
class BatchTemplateCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override { return expectArguments(0); }
    bool needsClient() const override { return false; }
    void run() override;
};

} // namespace einvoice
