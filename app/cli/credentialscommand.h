#pragma once

#include "api/credentials.h"
#include "clicommand.h"

namespace einvoice {

// login: checks SEPAY_CLIENT_ID/SEPAY_CLIENT_SECRET (or asks at a terminal) by fetching a token,
// then stores them in the keychain for the chosen environment.
// logout: removes the stored credentials of the chosen environment.
class CredentialsCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    bool needsClient() const override { return false; }
    void run() override;

private:
    bool isLogin() const { return options().command() == QLatin1String("login"); }
    void login();
    void store();
    void logout();

    Credentials m_credentials;
};

} // namespace einvoice
