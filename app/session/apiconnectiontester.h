#pragma once

#include "api/sepayclient.h"
#include "session/connectiontester.h"

#include <QPointer>

#include <functional>

namespace einvoice {

class SepayClient;
class UsageJob;

// "Test connection" through the real client: a throw-away SepayClient for the environment and
// credentials being edited fetches a token and GET /v1/usage.
class ApiConnectionTester : public ConnectionTester
{
    Q_OBJECT

public:
    // demoUrl gives the running Demo server's address (empty while it is not running).
    ApiConnectionTester(
        std::function<QUrl()> demoUrl, const ClientOptions &options, QObject *parent = nullptr);
    ~ApiConnectionTester() override;

    void test(const ConnectionTestRequest &request) override;

private:
    void onUsageFinished(UsageJob *job);

    std::function<QUrl()> m_demoUrl;
    ClientOptions m_options;
    QPointer<SepayClient> m_client;
};

} // namespace einvoice
