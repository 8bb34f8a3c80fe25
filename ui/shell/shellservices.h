#pragma once

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
};

} // namespace einvoice
