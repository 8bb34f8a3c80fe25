#pragma once

#include "clicommand.h"

namespace einvoice {

// accounts list | accounts show <id>
class AccountsCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    void run() override;

private:
    bool isShow() const { return options().command() == QLatin1String("accounts show"); }
    void list();
    void show();
};

} // namespace einvoice
