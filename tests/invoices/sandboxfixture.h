#pragma once

#include "api/sepayclient.h"
#include "sandbox/sandboxserver.h"
#include "store/database.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace einvoice::testdata {

// A seeded SandboxServer on a loopback port, a client for it, and a cache database and file cache
// in a temporary folder.
struct SandboxFixture
{
    static constexpr auto Environment = "test-sandbox";

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SepayClient> client;
    Database database;
    std::unique_ptr<InvoiceCacheRepository> cache;
    std::unique_ptr<FileCachePaths> paths;

    QString environment() const { return QString::fromLatin1(Environment); }

    bool setUp(int seedInvoices, const SandboxConfig &base = SandboxConfig())
    {
        SandboxConfig config = base;
        config.seedInvoices = seedInvoices;
        server = std::make_unique<SandboxServer>(config);
        if (!server->listen())
            return false;
        ClientOptions options;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 50;
        client = std::make_unique<SepayClient>(einvoice::Environment::custom(server->baseUrl()), options);
        client->setCredentials(Credentials {config.clientId, config.clientSecret});
        DatabaseOptions dbOptions;
        dbOptions.fullSync = false;
        if (!database.open(dir.filePath(QStringLiteral("cache.sqlite")), dbOptions))
            return false;
        cache = std::make_unique<InvoiceCacheRepository>(database);
        paths = std::make_unique<FileCachePaths>(dir.filePath(QStringLiteral("files")));
        return true;
    }
};

} // namespace einvoice::testdata
