#pragma once

#include "clicommand.h"

namespace einvoice {

// usage: the quota left.
class UsageCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override { return expectArguments(0); }
    void run() override;
};

} // namespace einvoice
