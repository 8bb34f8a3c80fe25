#include "localstore.h"

#include "batchidentityrepository.h"
#include "cataloguerepository.h"
#include "core/clock.h"
#include "core/environmentid.h"
#include "environmentkeymigration.h"
#include "filecachepaths.h"
#include "invoicecacherepository.h"
#include "invoicedetailrepository.h"
#include "legacyoutboximport.h"
#include "localdraftrepository.h"
#include "outboxrepository.h"
#include "storelog.h"
#include "usagereadingrepository.h"

#include <QDir>
#include <QFileInfo>

namespace einvoice {

LocalStore::LocalStore() = default;

LocalStore::~LocalStore() = default;

QString LocalStore::defaultFilePath()
{
    return Database::defaultFilePath();
}

StoreStatus LocalStore::open(const QString &filePath, const LocalStoreOptions &options)
{
    if (StoreStatus status = m_database.open(filePath, options.database); !status)
        return status;
    const QString folder = QFileInfo(filePath).absolutePath();
    const QString files = options.filesFolder.isEmpty() ? QDir(folder).filePath(QStringLiteral("files"))
                                                        : options.filesFolder;
    m_files = std::make_unique<FileCachePaths>(files);
    LegacyOutboxImport::run(m_database, folder);
    migrateEnvironmentKeys(options.knownCustomUrls);
    const Clock &clock = options.clock ? *options.clock : SystemClock::instance();
    m_drafts = std::make_unique<LocalDraftRepository>(m_database, clock);
    m_catalogue = std::make_unique<CatalogueRepository>(m_database, clock);
    m_invoices = std::make_unique<InvoiceCacheRepository>(m_database, clock);
    m_details = std::make_unique<InvoiceDetailRepository>(m_database);
    m_readings = std::make_unique<UsageReadingRepository>(m_database);
    m_outbox = std::make_unique<OutboxRepository>(m_database, clock);
    m_identities = std::make_unique<BatchIdentityRepository>(m_database, clock);
    applyRetention(clock.nowUtc());
    return {};
}

// A failure is logged and the store opens anyway: the rows stay until the next start.
void LocalStore::applyRetention(const QDateTime &nowUtc)
{
    const auto readings = m_readings->pruneBefore(nowUtc.addDays(-ReadingRetentionDays));
    const auto entries = m_outbox->pruneFinished(nowUtc.addDays(-OutboxRetentionDays));
    if (!readings || !entries) {
        qCWarning(lcStore) << "retention not applied:"
                           << (!readings ? readings.error() : entries.error()).toString();
        return;
    }
    if (readings.value() > 0 || entries.value() > 0)
        qCInfo(lcStore) << "retention:" << readings.value() << "quota readings and" << entries.value()
                        << "finished outbox entries removed";
}

// Rows and downloaded files under another spelling of a known custom server move under its key.
// A failure is logged and the store opens anyway: the rows stay where they are until next time.
void LocalStore::migrateEnvironmentKeys(const QStringList &knownCustomUrls)
{
    QList<QUrl> urls;
    for (const QString &typed : knownCustomUrls) {
        urls.append(QUrl(typed));
        const QString oldFolder = m_files->environmentDirectory(QStringLiteral("custom:") + typed);
        const QString newFolder = m_files->environmentDirectory(EnvironmentId::custom(QUrl(typed)).key());
        if (oldFolder != newFolder && QFileInfo::exists(oldFolder) && !QFileInfo::exists(newFolder)
            && !QDir().rename(oldFolder, newFolder))
            qCWarning(lcStore) << "downloaded files not moved from" << oldFolder;
    }
    if (const auto report = EnvironmentKeyMigration::run(m_database, urls); !report)
        qCWarning(lcStore) << "environment keys not migrated:" << report.error().toString();
}

} // namespace einvoice
