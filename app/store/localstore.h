#pragma once

#include "database.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class CatalogueRepository;
class Clock;
class FileCachePaths;
class InvoiceCacheRepository;
class InvoiceDetailRepository;
class LocalDraftRepository;
class OutboxRepository;
class UsageReadingRepository;

struct LocalStoreOptions
{
    DatabaseOptions database;
    const Clock *clock = nullptr; // null: the system clock
    // The custom servers this program knows, as typed (the settings' URL, --base-url): rows and
    // downloaded files an earlier version kept under another spelling of them move under
    // EnvironmentId::key().
    QStringList knownCustomUrls;
    // Where downloaded PDFs and XMLs are kept; empty: "files" next to the database file.
    QString filesFolder;
};

// The local data of every environment, opened in one place: the SQLite file (drafts, catalogue,
// invoice cache, quota readings, outbox) with its repositories, and the folder of downloaded
// files. Every row is keyed by EnvironmentId::key(); switching environment does not reopen it.
// The desktop app, the command line and the tests' fixtures all open it through this, so all of
// them see the same data and run the same migrations: the schema, old environment keys
// (EnvironmentKeyMigration) and the command line's old outbox files (LegacyOutboxImport).
class LocalStore
{
public:
    LocalStore();
    ~LocalStore();
    Q_DISABLE_COPY_MOVE(LocalStore)

    StoreStatus open(const QString &filePath, const LocalStoreOptions &options = {});
    bool isOpen() const { return m_database.isOpen(); }
    QString filePath() const { return m_database.filePath(); }

    // Only while open.
    Database &database() { return m_database; }
    LocalDraftRepository &drafts() const { return *m_drafts; }
    CatalogueRepository &catalogue() const { return *m_catalogue; }
    InvoiceCacheRepository &invoices() const { return *m_invoices; }
    InvoiceDetailRepository &details() const { return *m_details; }
    UsageReadingRepository &readings() const { return *m_readings; }
    OutboxRepository &outbox() const { return *m_outbox; }
    BatchIdentityRepository &batchIdentities() const { return *m_identities; }
    const FileCachePaths &files() const { return *m_files; }

    // <AppDataLocation>/einvoice.sqlite: the app's and the command line's.
    static QString defaultFilePath();

    // What the store keeps, applied every time it opens (and by the soak benchmark as simulated
    // days pass): quota readings of the last ReadingRetentionDays, and the finished outbox
    // entries of the editor and the CLI of the last OutboxRetentionDays (the rule is in
    // OutboxRepository::pruneFinished). Invoices with their details and lines, drafts, batch memory
    // and corrections stay.
    void applyRetention(const QDateTime &nowUtc);
    static constexpr int ReadingRetentionDays = 400; // the dashboard looks back 90, a year-on-year 365
    static constexpr int OutboxRetentionDays = 90;

private:
    void migrateEnvironmentKeys(const QStringList &knownCustomUrls);

    Database m_database;
    std::unique_ptr<LocalDraftRepository> m_drafts;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<InvoiceCacheRepository> m_invoices;
    std::unique_ptr<InvoiceDetailRepository> m_details;
    std::unique_ptr<UsageReadingRepository> m_readings;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
    std::unique_ptr<FileCachePaths> m_files;
};

} // namespace einvoice
