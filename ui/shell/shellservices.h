#pragma once

#include "settings/sellerprofile.h"

#include <QString>

#include <functional>

namespace einvoice {

class AccountsSource;
class AppSettings;
class Connection;
class ConnectionTester;
class CredentialsBackend;
class Questions;

// What the main window works with, handed in from outside so that tests can replace each part.
// None is owned by the window. settings and credentials are required; null questions means the
// real message boxes and file dialogs (Questions::orDefault); a null tester or
// accounts source means the feature is not available (no client yet); with a connection the status
// bar shows it and the refresh action reads the quota again.
struct ShellServices
{
    AppSettings *settings = nullptr;
    Questions *questions = nullptr;
    CredentialsBackend *credentials = nullptr;
    ConnectionTester *connectionTester = nullptr;
    AccountsSource *accounts = nullptr;
    Connection *connection = nullptr;
    // The user's company as a downloaded invoice XML names it, per environment key; offered in
    // Settings while none is set. Empty: nothing is offered.
    std::function<SellerProfile(const QString &environment)> learnedSeller;
};

} // namespace einvoice
