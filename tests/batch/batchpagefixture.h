#pragma once

// What the batch page tests share: a real SandboxServer, a client for it, an outbox in a private
// SQLite file (with the batch identities) and private settings, made afresh for every test function.

#include "../api/sandboxfixture.h"
#include "store/batchidentityrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "ui/batch/batchpageservices.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace einvoice::test {

class BatchPageFixture : public QObject
{
protected:
    void setUpFixture()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxFixture>();
        m_client = m_sandbox->client();
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("outbox.sqlite"))).ok());
        m_outbox = std::make_unique<OutboxRepository>(*m_database);
        m_identities = std::make_unique<BatchIdentityRepository>(*m_database);
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    }

    void tearDownFixture()
    {
        m_identities.reset();
        m_outbox.reset();
        m_database.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    BatchPageServices services()
    {
        BatchPageServices s;
        s.client = m_client.get();
        s.database = m_database.get();
        s.outbox = m_outbox.get();
        s.identities = m_identities.get();
        s.settings = m_settings.get();
        return s;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace einvoice::test
