#include "pagecomposer.h"

#include "batch/batchresumer.h"
#include "batch/batchruns.h"
#include "editor/invoiceactions.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "mainwindow.h"
#include "reports/reportseller.h"
#include "session/connection.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "shelllog.h"
#include "statuspanel.h"
#include "store/localstore.h"
#include "store/seriesissuedates.h"
#include "ui/batch/batchpage.h"
#include "ui/common/environmenttext.h"
#include "ui/corrections/correctionactions.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/invoices/invoicespage.h"
#include "ui/reports/reportspage.h"
#include "ui/usage/usagepage.h"

#include <QLocale>
#include <QStatusBar>

namespace einvoice {

PageComposer::PageComposer(Session *session, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_settings(session->settings()),
      m_store(session->store()),
      m_environment(session->connection()->environment())
{
    connect(session->connection(), &Connection::clientChanged, this, &PageComposer::onClientChanged);
    if (BatchRuns *runs = session->batchRuns())
        connect(runs, &BatchRuns::resumed, this, &PageComposer::resumed);
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

ReportsPage *PageComposer::reportsPage() const
{
    return m_reports;
}

BatchPage *PageComposer::batchPage() const
{
    return m_batch;
}

QString PageComposer::currentKey() const
{
    return m_environment.key();
}

// The window paints first with its placeholders; the pages follow at once (issue 22: nothing that
// can wait comes before the first paint). The connection starts after them.
void PageComposer::attach(MainWindow *window)
{
    m_window = window;
    m_built = false;
    if (!isOpen()) {
        window->statusBar()->showMessage(m_session->storeError());
        return;
    }
    connect(window, &MainWindow::firstPainted, this, &PageComposer::buildPages, Qt::SingleShotConnection);
}

void PageComposer::buildPages()
{
    if (!m_window || m_built)
        return;
    m_built = true;
    Connection *connection = m_session->connection();
    if (connection->client()) {
        m_client = connection->client();
        m_environment = connection->environment();
    }
    buildInvoices();
    buildEditor();
    m_batch = nullptr; // went with the previous window
    buildBatch();
    buildUsage();
    buildReports();
    connectWindow();
    resumed(m_session->batchRuns() ? m_session->batchRuns()->resumer() : nullptr);
}

void PageComposer::buildInvoices()
{
    InvoicesPageServices services;
    services.cache = &m_store->invoices();
    services.files = &m_store->files();
    services.questions = m_questions;
    services.layoutSettings = m_batchSettings; // the app's settings
    m_invoices = new InvoicesPage(services);
    m_invoices->setEnvironment(currentKey(), m_client);
    m_invoices->setWork(invoiceListWork());
    connect(m_invoices, &InvoicesPage::openDraftRequested, this,
        [this](const Invoice &draft) { openInEditor(draft, true); });
    connect(m_invoices, &InvoicesPage::copyRequested, this,
        [this](const Invoice &copy) { openInEditor(copy, false); });
    // Issued drafts used quota: the status bar shows what is left.
    connect(m_invoices, &InvoicesPage::draftRunFinished, m_session->connection(), &Connection::refreshUsage);
    followDetailFill();
    buildCorrections();
    m_window->replacePage(Page::Invoices, m_invoices);
    Q_EMIT pageBuilt(Page::Invoices, m_invoices);
}

// The session's detail fill starts after each refresh of the list, fills the page's rows as the
// details arrive and shows its progress in the status bar; the page's end ends the wiring.
void PageComposer::followDetailFill()
{
    InvoiceDetailFill *fill = m_session->detailFill();
    if (!fill)
        return;
    InvoicesPage *page = m_invoices;
    connect(page->syncEngine(), &InvoiceSyncEngine::finished, fill, [fill](bool ok) {
        if (ok)
            fill->start();
    });
    connect(fill, &InvoiceDetailFill::detailStored, page,
        [page](const QString &environment, const CachedInvoiceRow &row) {
            if (environment == page->environment())
                page->model()->invoiceChanged(row.referenceCode);
        });
    StatusPanel *status = m_window->statusPanel();
    connect(fill, &InvoiceDetailFill::progress, page,
        [status](int done, int total) { status->setDetailFill(done, total); });
    status->setDetailFill(fill->done(), fill->total());
}

void PageComposer::buildUsage()
{
    UsagePageServices services;
    services.invoices = &m_store->invoices();
    services.readings = &m_store->readings();
    services.outbox = &m_store->outbox();
    services.settings = m_settings;
    m_usage = new UsagePage(services);
    StatusPanel *status = m_window->statusPanel();
    connect(m_usage, &UsagePage::quotaChanged, status, &StatusPanel::setQuota);
    connect(m_usage, &UsagePage::failedJobsRequested, m_window,
        [window = m_window] { window->setCurrentPage(Page::Invoices); });
    m_window->replacePage(Page::Usage, m_usage);
    Q_EMIT pageBuilt(Page::Usage, m_usage);
    m_usage->setClient(m_client, currentKey());
}

// The printed header names the seller the settings know (ReportSeller), else the environment.
void PageComposer::buildReports()
{
    ReportsPageServices services;
    services.store = m_store;
    services.environment = currentKey();
    services.client = m_client;
    services.clock = &m_session->clock();
    services.questions = m_questions;
    services.settings = m_settings;
    services.environmentName = EnvironmentText::longName(m_environment.kind());
    services.environmentKind = m_environment.kind();
    m_reports = new ReportsPage(services);
    ReportsPage *page = m_reports;
    if (m_invoices)
        connect(m_invoices->syncEngine(), &InvoiceSyncEngine::finished, page, &ReportsPage::storeChanged);
    if (InvoiceDetailFill *fill = m_session->detailFill())
        connect(fill, &InvoiceDetailFill::passFinished, page, &ReportsPage::storeChanged);
    m_window->replacePage(Page::Reports, m_reports);
    Q_EMIT pageBuilt(Page::Reports, m_reports);
}

SellerInfo PageComposer::knownSeller() const
{
    if (!m_settings || !m_store)
        return SellerInfo();
    const SellerProfile seller = ReportSeller::known(*m_settings, currentKey(), m_store->files());
    SellerInfo info;
    info.name = seller.name;
    info.taxCode = seller.taxCode;
    info.address = seller.address;
    return info;
}

void PageComposer::buildEditor()
{
    EditorServices services;
    services.actions = m_session->editorActions();
    m_editorActions = services.actions;
    services.drafts = &m_store->drafts();
    services.catalogue = &m_store->catalogue();
    services.questions = m_questions;
    services.environment = currentKey();
    services.environmentName = EnvironmentText::longName(m_environment.kind());
    services.production = m_environment.isProduction();
    services.lastIssuedInSeries = [store = m_store](const QString &environment, const QString &series) {
        const StoreResult<std::optional<QDate>> last
            = SeriesIssueDates::lastIssued(store->database(), environment, series);
        return last ? last.value() : std::nullopt;
    };
    services.seller = [this] {
        return knownSeller();
    };
    m_editor = new InvoiceEditorPage(services);
    connect(m_editor, &InvoiceEditorPage::stageChanged, this, [this](InvoiceEditorPage::Stage stage) {
        if ((stage == InvoiceEditorPage::Stage::ServerDraft || stage == InvoiceEditorPage::Stage::Issued)
            && m_invoices)
            m_invoices->refresh();
    });
    m_window->replacePage(Page::NewInvoice, m_editor);
    Q_EMIT pageBuilt(Page::NewInvoice, m_editor);
}

BatchPageServices PageComposer::batchServices() const
{
    BatchPageServices services;
    services.client = m_client;
    services.runs = m_session->batchRuns();
    if (isOpen()) {
        services.database = &m_store->database();
        services.outbox = &m_store->outbox();
        services.identities = &m_store->batchIdentities();
    }
    services.settings = m_batchSettings;
    services.questions = m_questions;
    return services;
}

void PageComposer::buildBatch()
{
    if (!m_client)
        return; // the placeholder stays until a connection exists
    m_batch = new BatchPage(batchServices());
    m_batch->setResumer(m_shownResumer);
    // The run added invoices and used quota: the list and the quota show it.
    connect(m_batch, &BatchPage::runFinished, this, [this] {
        if (m_invoices)
            m_invoices->refresh();
        if (m_usage)
            m_usage->refresh();
    });
    m_window->replacePage(Page::Batch, m_batch);
    Q_EMIT pageBuilt(Page::Batch, m_batch);
}

void PageComposer::connectWindow()
{
    connect(m_window, &MainWindow::newInvoiceRequested, this, &PageComposer::onNewInvoiceRequested);
    connect(m_window, &MainWindow::refreshRequested, this, &PageComposer::onRefreshRequested);
}

void PageComposer::onClientChanged(SepayClient *client)
{
    m_client = client;
    m_environment = m_session->connection()->environment();
    if (!m_window || !isOpen() || !m_built)
        return; // buildPages() takes the connection's client
    const QString key = currentKey();
    if (m_invoices) {
        m_invoices->setEnvironment(key, client);
        m_invoices->setWork(invoiceListWork());
    }
    if (m_corrections)
        m_corrections->setServices(correctionServices());
    if (m_usage)
        m_usage->setClient(client, key);
    if (m_reports && m_reports->environment() == key)
        m_reports->setClient(client);
    else if (m_reports)
        buildReports(); // another environment: another store part, another page
    if (m_batch && client)
        m_batch->setClient(client);
    if (m_batch)
        m_batch->setEnabled(client != nullptr);
    if (!m_batch && client)
        buildBatch();
    if (m_editor && m_editorActions != m_session->editorActions()) {
        m_editorActions = m_session->editorActions();
        m_editor->setEnvironment(m_editorActions, key, EnvironmentText::longName(m_environment.kind()),
            m_environment.isProduction());
    }
}

InvoiceListWork PageComposer::invoiceListWork() const
{
    InvoiceListWork work;
    work.drafts = m_session->draftRun();
    work.environmentName = EnvironmentText::longName(m_environment.kind());
    work.production = m_environment.isProduction();
    work.quotaRemaining = [connection = m_session->connection()] {
        return connection->quotaRemaining();
    };
    return work;
}

// A server draft (edit) or a copy (a new invoice) from the Invoices page goes into the editor; what
// the editor held stays a local draft.
void PageComposer::openInEditor(const Invoice &invoice, bool serverDraft)
{
    if (!m_editor || !m_window || m_editor->stage() == InvoiceEditorPage::Stage::Busy)
        return;
    if (serverDraft)
        m_editor->openServerDraft(invoice);
    else
        m_editor->openInvoice(invoice);
    m_window->setCurrentPage(Page::NewInvoice);
}

BatchResumer *PageComposer::batchResumer() const
{
    return m_session->batchRuns() ? m_session->batchRuns()->resumer() : nullptr;
}

// What an earlier process left unfinished was taken up (by the session, once per client): the
// batch page shows it and offers to continue, the status bar and a notification say so.
void PageComposer::resumed(BatchResumer *resumer)
{
    if (!resumer || resumer == m_shownResumer || !m_window)
        return;
    m_shownResumer = resumer;
    if (m_batch)
        m_batch->setResumer(resumer);
    const QString files = QLocale().createSeparatedList(resumer->fileNames());
    m_window->statusBar()->showMessage(
        tr("Resumed the interrupted batch run of %1 (see Batch issuing).").arg(files), 30000);
    Q_EMIT batchResumed(
        tr("The interrupted batch run of %1 was resumed: %2 invoice(s) sent before are checked "
           "on the server, %3 were not sent yet (see Batch issuing).")
            .arg(files)
            .arg(resumer->followedUp())
            .arg(resumer->notSent()));
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
    case Page::Reports:
        if (m_reports)
            m_reports->recompute();
        break;
    case Page::NewInvoice:
    case Page::Batch:
    case Page::ProviderAccounts:
        break;
    }
}

} // namespace einvoice
