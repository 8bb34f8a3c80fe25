#include "pagecomposer.h"

#include "batch/batchresumer.h"
#include "environmenttext.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "statuspanel.h"
#include "store/batchidentityrepository.h"
#include "store/cataloguerepository.h"
#include "store/database.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"
#include "store/localdraftrepository.h"
#include "store/outboxrepository.h"
#include "store/usagereadingrepository.h"
#include "ui/batch/batchpage.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/editor/sepayinvoiceactions.h"
#include "ui/invoices/invoicespage.h"
#include "ui/settings/confirmationprompter.h"
#include "ui/usage/usagepage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcComposer, "einvoice.ui.composer")

namespace einvoice {

PageComposer::PageComposer(
    AppSettings *settings, ConnectionController *connection, const QString &dataFile, QObject *parent)
    : QObject(parent), m_settings(settings), m_connection(connection), m_choice(settings->environment())
{
    openStore(dataFile);
    connect(m_connection, &ConnectionController::clientChanged, this, &PageComposer::onClientChanged);
}

PageComposer::~PageComposer() = default;

InvoicesPage *PageComposer::invoicesPage() const
{
    return m_invoices;
}

InvoiceEditorPage *PageComposer::editorPage() const
{
    return m_editor;
}

UsagePage *PageComposer::usagePage() const
{
    return m_usage;
}

BatchPage *PageComposer::batchPage() const
{
    return m_batch;
}

BatchResumer *PageComposer::batchResumer() const
{
    return m_resumer;
}

void PageComposer::openStore(const QString &dataFile)
{
    m_database = std::make_unique<Database>();
    const StoreStatus status = m_database->open(dataFile);
    if (!status) {
        qCWarning(lcComposer) << "local database not opened:" << status.error().toString();
        m_error = tr("The local data could not be opened (%1): %2")
                      .arg(QDir::toNativeSeparators(dataFile), status.error().userMessage());
        return;
    }
    m_drafts = std::make_unique<LocalDraftRepository>(*m_database);
    m_catalogue = std::make_unique<CatalogueRepository>(*m_database);
    m_cache = std::make_unique<InvoiceCacheRepository>(*m_database);
    m_readings = std::make_unique<UsageReadingRepository>(*m_database);
    m_outbox = std::make_unique<OutboxRepository>(*m_database);
    m_identities = std::make_unique<BatchIdentityRepository>(*m_database);
    m_files = std::make_unique<FileCachePaths>(
        QFileInfo(dataFile).absoluteDir().filePath(QStringLiteral("files")));
}

QString PageComposer::storeKey(EnvironmentChoice choice, const QString &customUrl)
{
    if (choice == EnvironmentChoice::Custom)
        return QStringLiteral("custom:") + customUrl;
    return environmentKey(choice);
}

QString PageComposer::currentKey() const
{
    return storeKey(m_choice, m_settings->customUrl());
}

void PageComposer::attach(MainWindow *window)
{
    m_window = window;
    if (!isOpen()) {
        window->statusBar()->showMessage(m_error);
        return;
    }
    if (m_connection->client()) {
        m_client = m_connection->client();
        m_choice = m_settings->environment();
    }
    buildInvoices();
    buildEditor();
    m_batch = nullptr; // went with the previous window
    buildBatch();
    buildUsage();
    connectWindow();
    Q_EMIT pagesChanged();
    resumeBatches();
}

void PageComposer::buildInvoices()
{
    InvoicesPageServices services;
    services.cache = m_cache.get();
    services.files = m_files.get();
    m_invoices = new InvoicesPage(services);
    m_invoices->setEnvironment(currentKey(), m_client);
    m_window->replacePage(Page::Invoices, m_invoices);
}

void PageComposer::buildUsage()
{
    UsagePageServices services;
    services.invoices = m_cache.get();
    services.readings = m_readings.get();
    services.outbox = m_outbox.get();
    services.settings = m_settings;
    m_usage = new UsagePage(services);
    StatusPanel *status = m_window->statusPanel();
    connect(m_usage, &UsagePage::quotaChanged, status, &StatusPanel::setQuota);
    connect(m_usage, &UsagePage::failedJobsRequested, m_window,
        [window = m_window] { window->setCurrentPage(Page::Invoices); });
    m_window->replacePage(Page::Usage, m_usage);
    m_usage->setClient(m_client, currentKey());
}

void PageComposer::buildEditor()
{
    EditorServices services;
    // Through the outbox: sent work survives a crash, and unfinished entries are followed up.
    auto *actions = m_client ? new SepayInvoiceActions(m_client, m_outbox.get(), currentKey()) : nullptr;
    services.actions = actions;
    services.drafts = m_drafts.get();
    services.catalogue = m_catalogue.get();
    services.environment = currentKey();
    services.environmentName = EnvironmentText::longName(m_choice);
    services.production = m_choice == EnvironmentChoice::Production;
    m_editor = new InvoiceEditorPage(services);
    if (actions)
        actions->setParent(m_editor); // goes with the page that uses it
    m_editorKey = services.environment;
    m_editorClient = m_client;
    connect(m_editor, &InvoiceEditorPage::stageChanged, this, [this](InvoiceEditorPage::Stage stage) {
        if ((stage == InvoiceEditorPage::Stage::ServerDraft || stage == InvoiceEditorPage::Stage::Issued)
            && m_invoices)
            m_invoices->refresh();
    });
    m_window->replacePage(Page::NewInvoice, m_editor);
}

BatchPageServices PageComposer::batchServices() const
{
    BatchPageServices services;
    services.client = m_client;
    services.database = m_database.get();
    services.outbox = m_outbox.get();
    services.identities = m_identities.get();
    services.settings = m_batchSettings;
    if (ConfirmationPrompter *prompter = m_prompter) {
        services.confirmProduction = [prompter](QWidget *parent, const QString &text) {
            return prompter->confirm(parent, {tr("Send the batch to Production?"), text, tr("Send")});
        };
    }
    return services;
}

void PageComposer::buildBatch()
{
    if (!m_client)
        return; // the placeholder stays until a connection exists
    m_batch = new BatchPage(batchServices());
    m_batch->setResumer(m_resumer);
    // The run added invoices and used quota: the list and the quota show it.
    connect(m_batch, &BatchPage::runFinished, this, [this] {
        if (m_invoices)
            m_invoices->refresh();
        if (m_usage)
            m_usage->refresh();
    });
    m_window->replacePage(Page::Batch, m_batch);
}

void PageComposer::connectWindow()
{
    connect(m_window, &MainWindow::newInvoiceRequested, this, &PageComposer::onNewInvoiceRequested);
    connect(m_window, &MainWindow::refreshRequested, this, &PageComposer::onRefreshRequested);
}

void PageComposer::onClientChanged(SepayClient *client, EnvironmentChoice choice)
{
    m_client = client;
    m_choice = choice;
    if (!m_window || !isOpen())
        return;
    const QString key = currentKey();
    if (m_invoices)
        m_invoices->setEnvironment(key, client);
    if (m_usage)
        m_usage->setClient(client, key);
    if (m_batch && client)
        m_batch->setClient(client);
    if (m_batch)
        m_batch->setEnabled(client != nullptr);
    const bool batchBuilt = !m_batch && client;
    if (batchBuilt)
        buildBatch();
    if (m_editor && (key != m_editorKey || client != m_editorClient)) {
        buildEditor();
        Q_EMIT pagesChanged();
    } else if (batchBuilt) {
        Q_EMIT pagesChanged();
    }
    resumeBatches();
}

// Takes up what batch runs of an earlier process left unfinished in this environment (once per
// client): sent invoices are followed up at once, the batch page offers to continue the others.
void PageComposer::resumeBatches()
{
    if (!m_client || !isOpen() || (m_resumer && m_resumer->parent() == m_client))
        return;
    auto *resumer = new BatchResumer(
        m_client, BatchStores {m_database.get(), m_outbox.get(), m_identities.get()}, m_client.data());
    if (!resumer->start()) {
        delete resumer;
        return;
    }
    m_resumer = resumer;
    if (m_batch)
        m_batch->setResumer(resumer);
    const QString message
        = tr("The interrupted batch run of %1 was resumed: %2 invoice(s) sent before are checked on the "
             "server, %3 were not sent yet (see Batch issuing).")
              .arg(QLocale().createSeparatedList(resumer->fileNames()))
              .arg(resumer->followedUp())
              .arg(resumer->notSent());
    if (m_window)
        m_window->statusBar()->showMessage(tr("Resumed the interrupted batch run of %1 (see Batch issuing).")
                                               .arg(QLocale().createSeparatedList(resumer->fileNames())),
            30000);
    Q_EMIT batchResumed(message);
}

void PageComposer::onNewInvoiceRequested(const QString &accountId)
{
    if (!m_editor)
        return;
    m_window->setCurrentPage(Page::NewInvoice);
    if (m_editor->stage() == InvoiceEditorPage::Stage::Busy)
        return; // the running action ends first; the page stays as it is
    m_editor->newInvoice(); // the one being edited is saved as a local draft
    if (accountId.isEmpty())
        return;
    Invoice invoice = m_editor->invoice();
    invoice.providerAccountId = accountId;
    m_editor->openInvoice(invoice);
}

void PageComposer::onRefreshRequested()
{
    if (!m_window)
        return;
    switch (m_window->currentPage()) {
    case Page::Invoices:
        if (m_invoices)
            m_invoices->refresh();
        break;
    case Page::Usage:
        if (m_usage)
            m_usage->refresh();
        break;
    case Page::NewInvoice:
    case Page::Batch:
    case Page::ProviderAccounts:
        break;
    }
}

} // namespace einvoice
