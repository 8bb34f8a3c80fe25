#pragma once

#include "core/environmentid.h"
#include "credentialsbackend.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace einvoice {

struct ConnectionTestRequest
{
    EnvironmentKind environment = EnvironmentKind::Demo;
    QUrl baseUrl; // for Custom; empty otherwise
    Credentials credentials;
};

struct ConnectionTestResult
{
    enum class Outcome { Success, WrongCredentials, NoNetwork, ServerError, Other };
    Outcome outcome = Outcome::Other;
    QString detail; // server or network message, never a secret
    std::optional<qint64> quotaRemaining; // from GET /v1/usage on success
};

// "Test connection": fetch a token and the usage with the given credentials. Every test() answers
// with exactly one finished(). The network work lives behind this seam, never in the dialog.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void test(const ConnectionTestRequest &request) = 0;

Q_SIGNALS:
    void finished(const einvoice::ConnectionTestResult &result);
};

} // namespace einvoice
