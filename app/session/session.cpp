#include "session.h"

#include "batch/batchruns.h"
#include "connection.h"
#include "core/clock.h"
#include "corrections/correctionruns.h"
#include "demo/demoenvironment.h"
#include "editor/sepayinvoiceactions.h"
#include "invoices/draftselectionrun.h"
#include "invoices/invoicedetailfill.h"
#include "sessionlog.h"
#include "settings/appsettings.h"
#include "store/localstore.h"

#include <QDir>

namespace einvoice {

Session::Session(AppSettings *settings, SecretStore *secrets, const Options &options, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock(options.clock ? options.clock : &SystemClock::instance())
{
    openStore(options.localDataFile.isEmpty() ? LocalStore::defaultFilePath() : options.localDataFile,
        options.clock);
    const QString demoFile
        = options.demoDataFile.isEmpty() ? DemoEnvironment::defaultDataFile() : options.demoDataFile;
    m_connection = std::make_unique<Connection>(settings, secrets, demoFile, options.clientOptions);
    // First: whoever hears of a new client after the session finds the new actions.
    if (LocalStore *store = this->store())
        m_batchRuns = std::make_unique<BatchRuns>(
            BatchStores {&store->database(), &store->outbox(), &store->batchIdentities()});
    if (LocalStore *store = this->store())
        m_correctionRuns = std::make_unique<CorrectionRuns>(&store->database(), &store->outbox());
    if (LocalStore *store = this->store())
        createDetailFill(*store, options.clock ? options.clock : &SystemClock::instance());
    connect(m_connection.get(), &Connection::clientChanged, this, &Session::onClientChanged);
    onClientChanged(m_connection->client(), m_connection->environment());
}

// The work is gone before the connection it talks through and the store it writes to.
Session::~Session()
{
    m_detailFill.reset();
    m_draftRun.reset();
    m_editorActions.reset();
    m_correctionRuns.reset();
    m_batchRuns.reset();
    m_connection.reset();
    m_store.reset();
}

LocalStore *Session::store() const
{
    return m_storeError.isEmpty() ? m_store.get() : nullptr;
}

InvoiceActions *Session::editorActions() const
{
    return m_editorActions.get();
}

// The editor's actions and the batch runs follow the new client first; what earlier runs of
// the process left unfinished in its environment is taken up at once.
void Session::onClientChanged(SepayClient *client, const EnvironmentId &environment)
{
    renewEditorActions(client, environment);
    if (m_correctionRuns) {
        m_correctionRuns->setClient(client, environment.key());
        m_correctionRuns->resumeUnfinished();
    }
    if (m_batchRuns && client)
        m_batchRuns->resume(client);
    if (m_detailFill) // what an earlier process left is fetched from now on
        m_detailFill->setClient(client, environment.key());
}

void Session::createDetailFill(LocalStore &store, const Clock *clock)
{
    m_detailFill = std::make_unique<InvoiceDetailFill>(&store.invoices(), &store.details(), clock);
    m_detailFill->setRate(m_settings->detailFillRate());
    connect(m_settings, &AppSettings::changed, m_detailFill.get(),
        [this] { m_detailFill->setRate(m_settings->detailFillRate()); });
}

// The previous actions go later: a page may still be in the slot that reports their result.
// Work they had sent stays unfinished in the outbox and is followed up by the next ones.
void Session::renewEditorActions(SepayClient *client, const EnvironmentId &environment)
{
    if (m_editorActions)
        m_editorActions.release()->deleteLater();
    if (m_draftRun) // an issue entry it leaves open is followed up by the new editor actions
        m_draftRun.release()->deleteLater();
    if (client && store()) {
        m_editorActions
            = std::make_unique<SepayInvoiceActions>(client, &m_store->outbox(), environment.key());
        m_draftRun = std::make_unique<DraftSelectionRun>(client, &m_store->outbox(), environment.key());
    }
}

void Session::openStore(const QString &file, const Clock *clock)
{
    m_store = std::make_unique<LocalStore>();
    LocalStoreOptions options;
    options.clock = clock;
    if (!m_settings->customUrl().isEmpty())
        options.knownCustomUrls.append(m_settings->customUrl());
    if (const StoreStatus status = m_store->open(file, options); !status) {
        qCWarning(lcSession) << "local database not opened:" << status.error().toString();
        m_storeError = tr("The local data could not be opened (%1): %2")
                           .arg(QDir::toNativeSeparators(file), status.error().userMessage());
    }
}

} // namespace einvoice
