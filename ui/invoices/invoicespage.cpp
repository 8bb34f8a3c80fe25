#include "invoicespage.h"

#include "api/sepayclient.h"
#include "columntoggles.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "i18n/uinumbers.h"
#include "invoicedetailpane.h"
#include "invoicefiletab.h"
#include "invoicefilterbar.h"
#include "invoicelistlayout.h"
#include "invoices/bulkdownloader.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicedetailloader.h"
#include "invoices/invoiceexporttable.h"
#include "invoices/invoicefilefetcher.h"
#include "invoices/invoicelinesexporttable.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelisttotals.h"
#include "invoices/invoicesyncengine.h"
#include "statusbadgedelegate.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"
#include "ui/common/excelexport.h"
#include "ui/common/pdfviewer.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"
#include "xmlviewer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *result = new QPushButton(parent);
    result->setObjectName(name);
    return result;
}

QString money(Decimal value)
{
    return UiNumbers::amount(value);
}

} // namespace

InvoicesPage::InvoicesPage(const InvoicesPageServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new InvoiceListModel(services.cache, this))
{
    Q_ASSERT(services.cache && services.files);
    if (!m_services.clock)
        m_services.clock = &SystemClock::instance();
    m_services.questions = &Questions::orDefault(m_services.questions);
    setObjectName(QStringLiteral("invoicesPage"));
    m_totals = new InvoiceListTotals(m_services.cache->databaseFile(), this);
    m_sync = new InvoiceSyncEngine(m_services.cache, m_model, m_services.clock, this);
    m_detailLoader = new InvoiceDetailLoader(m_services.cache, m_model, this);
    m_fetcher = new InvoiceFileFetcher(m_services.cache, m_services.files, this);
    m_bulk = new BulkDownloader(m_fetcher, this);

    m_filterBar = new InvoiceFilterBar(m_services.clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(InvoiceListModel::Status, new StatusBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Buyer, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    // Queued: the view sorts the model on the same signal.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        &InvoicesPage::showCurrentOrTop, Qt::QueuedConnection);
    m_table->sortByColumn(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
    setFocusProxy(m_table); // the keyboard starts at the list, never at a button (issue 16.12)
    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("findInvoicesAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, [this] {
        auto *search = m_filterBar->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("invoiceFooter"));
    m_selection = new InvoiceSelectionActions(m_table);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(createSidePane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_layout = new InvoiceListLayout(m_table, splitter, m_services.layoutSettings, this);
    addColumnToggles(m_table);
    addAction(m_layout->toggleDetailAction());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    // The actions on a selection share the filters' row: the list keeps its height at 800 pixels.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterBar);
    filterRow->addWidget(m_selection->toolBar(), 1);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_footer);
    m_selection->toolBar()->addSeparator(); // not a selection action: the last on its bar
    m_selection->toolBar()->addAction(m_layout->toggleDetailAction());
    connectParts();
    retranslateUi();
}

void InvoicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvoicesPage::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_find->setText(tr("Search the list"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportExcel->setText(ExcelExport::actionText());
    m_exportLines->setText(tr("Export lines to Excel…"));
    m_downloadPdfs->setText(tr("Download PDFs…"));
    m_downloadXmls->setText(tr("Download XMLs…"));
    m_downloadPdfs->setToolTip(tr("The selected invoices, or all listed ones when none is selected"));
    m_downloadXmls->setToolTip(m_downloadPdfs->toolTip());
    m_side->setTabText(m_side->indexOf(m_detail), tr("Detail"));
    m_side->setTabText(m_side->indexOf(m_pdfTab), tr("PDF"));
    m_side->setTabText(m_side->indexOf(m_xmlTab), tr("XML"));
    m_model->retranslate();
    m_selection->retranslate();
    m_layout->retranslate();
    updateFooter();
    updateLastSync();
}

InvoicesPage::~InvoicesPage()
{
    m_layout->save();
}

QWidget *InvoicesPage::createToolBar()
{
    auto *bar = new QWidget(this);
    m_refresh = button(QStringLiteral("refreshButton"), bar);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_lastSync = new QLabel(bar);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_status = new TranslatedLabel(bar);
    m_status->setObjectName(QStringLiteral("invoiceStatusLabel"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refresh);
    layout->addWidget(m_progress);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_status, 1);
    m_exportCsv = button(QStringLiteral("exportCsvButton"), bar);
    m_downloadPdfs = button(QStringLiteral("downloadPdfsButton"), bar);
    m_downloadXmls = button(QStringLiteral("downloadXmlsButton"), bar);
    layout->addWidget(m_exportCsv);
    m_exportExcel = button(QStringLiteral("exportExcelButton"), bar);
    layout->addWidget(m_exportExcel);
    connect(m_exportExcel, &QPushButton::clicked, this, &InvoicesPage::exportExcel);
    layout->addWidget(m_downloadPdfs);
    layout->addWidget(m_downloadXmls);
    connect(m_refresh, &QPushButton::clicked, this, &InvoicesPage::refresh);
    connect(m_exportCsv, &QPushButton::clicked, this, &InvoicesPage::exportCsv);
    connect(m_downloadPdfs, &QPushButton::clicked, this, [this] { downloadFiles(FileType::Pdf); });
    connect(m_downloadXmls, &QPushButton::clicked, this, [this] { downloadFiles(FileType::Xml); });
    return bar;
}

QWidget *InvoicesPage::createSidePane()
{
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("invoiceSideTabs"));
    m_detail = new InvoiceDetailPane(m_side);
    m_pdf = new PdfViewer(m_services.questions, m_side);
    m_xml = new XmlViewer(m_services.questions, m_side);
    m_pdfTab = new InvoiceFileTab(FileType::Pdf, m_pdf, m_side);
    m_xmlTab = new InvoiceFileTab(FileType::Xml, m_xml, m_side);
    m_side->addTab(m_detail, QString());
    m_side->addTab(m_pdfTab, QString());
    m_side->addTab(m_xmlTab, QString());
    connect(m_side, &QTabWidget::currentChanged, this, &InvoicesPage::showFileTab);
    for (InvoiceFileTab *tab : {m_pdfTab, m_xmlTab})
        connect(tab, &InvoiceFileTab::downloadRequested, this,
            [this, tab] { viewFile(m_detail->referenceCode(), tab->type()); });
    m_exportLines = new QAction(this);
    m_exportLines->setObjectName(QStringLiteral("exportDetailLinesAction"));
    m_exportLines->setEnabled(false);
    connect(m_exportLines, &QAction::triggered, this, &InvoicesPage::exportDetailLines);
    connect(m_detail, &InvoiceDetailPane::detailChanged, this,
        [this] { m_exportLines->setEnabled(m_detail->detail() && !m_detail->detail()->lines.isEmpty()); });
    m_detail->addActionMenu({m_exportLines});
    return m_side;
}

void InvoicesPage::connectParts()
{
    connect(m_filterBar, &InvoiceFilterBar::filterChanged, this, &InvoicesPage::applyFilter);
    m_filterBar->followSeriesOf(m_model);
    if (m_services.layoutSettings)
        m_filterBar->setSettings(m_services.layoutSettings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InvoicesPage::onCurrentRowChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &InvoicesPage::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateFooter);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InvoicesPage::updateFooter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InvoicesPage::updateFooter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InvoicesPage::followShownInvoice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::followShownInvoice);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InvoicesPage::followShownInvoice);
    connect(m_model, &InvoiceListModel::cacheChanged, this, &InvoicesPage::onShownInvoiceChanged);
    connect(m_totals, &InvoiceListTotals::computed, this, &InvoicesPage::showTotals);
    connect(m_model, &InvoiceListModel::readFailed, this,
        [this](const QString &message) { m_status->setMessage([message] { return message; }); });
    connect(m_sync, &InvoiceSyncEngine::started, this, [this] {
        m_refresh->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_status->setMessage([] { return tr("Refreshing…"); });
    });
    connect(m_sync, &InvoiceSyncEngine::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_sync, &InvoiceSyncEngine::finished, this, &InvoicesPage::onSyncFinished);
    connect(m_detailLoader, &InvoiceDetailLoader::loaded, m_detail, &InvoiceDetailPane::showDetail);
    connect(m_detailLoader, &InvoiceDetailLoader::loaded, this, [this] { m_shownState = shownState(); });
    connect(m_detailLoader, &InvoiceDetailLoader::failed, this,
        [this](const QString &reference, const QString &error) {
            if (reference == m_detail->referenceCode())
                m_detail->showError(error);
        });
    connect(m_detail, &InvoiceDetailPane::viewPdfRequested, this,
        [this](const QString &reference) { viewFile(reference, FileType::Pdf); });
    connect(m_detail, &InvoiceDetailPane::viewXmlRequested, this,
        [this](const QString &reference) { viewFile(reference, FileType::Xml); });
    connect(m_fetcher, &InvoiceFileFetcher::fileReady, this, &InvoicesPage::onFileReady);
    connect(m_fetcher, &InvoiceFileFetcher::fileFailed, this, &InvoicesPage::onFileFailed);
    connect(m_fetcher, &InvoiceFileFetcher::waitingForFile, this, [this](const QString &reference) {
        m_status->setMessage([reference] {
            return tr("The file of %1 is not ready yet; trying again shortly…").arg(reference);
        });
    });
    connect(m_bulk, &BulkDownloader::progress, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setMessage([done, total] { return tr("Downloading %1 of %2…").arg(done).arg(total); });
    });
    connect(m_bulk, &BulkDownloader::finished, this, &InvoicesPage::onBulkFinished);
    connectSelection();
}

// Further features' actions (the corrections' Replace… and Adjust…): in the selection's context
// menu and toolbar, and in the detail pane's "⋯" menu; their owner decides when they apply.
void InvoicesPage::addInvoiceActions(const QList<QAction *> &actions)
{
    m_selection->addActionGroup(actions);
    m_detail->addActionMenu(actions);
}

bool InvoicesPage::selectInvoice(const QString &referenceCode)
{
    if (!m_model->invoice(referenceCode))
        return false;
    int row = m_model->rowOf(referenceCode);
    if (row < 0) {
        m_filterBar->reset(); // applied at once (filterChanged)
        row = m_model->rowOf(referenceCode);
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

void InvoicesPage::setEnvironment(const QString &environmentKey, SepayClient *client)
{
    m_environment = environmentKey;
    m_client = client;
    m_sync->setClient(client, environmentKey);
    m_detailLoader->setClient(client, environmentKey);
    m_fetcher->setClient(client, environmentKey);
    m_refresh->setEnabled(client != nullptr);
    clearSidePanes();
    m_status->clearMessage(); // the last environment's "n invoices in the list"
    reload();
    updateLastSync();
    updateSelectionActions();
    if (client) // after the caller has connected to the page's signals
        QTimer::singleShot(0, this, &InvoicesPage::refreshIfStale);
}

void InvoicesPage::refreshIfStale()
{
    const std::optional<QDateTime> last = m_sync->lastSync();
    if (!last || last->secsTo(m_services.clock->nowUtc()) > staleAfterSeconds)
        refresh();
}

void InvoicesPage::reload()
{
    m_model->setEnvironment(m_environment);
}

bool InvoicesPage::refresh()
{
    return m_sync->start();
}

void InvoicesPage::noteInvoice(const CachedInvoice &invoice)
{
    if (const StoreStatus stored = m_services.cache->put(m_environment, invoice); !stored)
        m_status->setMessage([error = stored.error()] { return error.userMessage(); });
    m_model->refresh();
}

void InvoicesPage::applyFilter(const InvoiceFilter &filter)
{
    m_model->setFilter(filter);
    followShownInvoice();
    updateFooter();
    showCurrentOrTop();
}

// After a new filter or order the list shows the current invoice where it went, or its first
// rows: the scroll position of the old view means nothing in the new one.
void InvoicesPage::showCurrentOrTop()
{
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
    else
        m_table->scrollToTop();
}

void InvoicesPage::onCurrentRowChanged()
{
    const QString reference = m_model->referenceCodeAt(m_table->currentIndex().row());
    if (reference.isEmpty() || reference == m_detail->referenceCode())
        return;
    m_pdf->clear(); // they showed another invoice
    m_xml->clear();
    m_detail->showLoading(reference);
    m_shownState = shownState();
    m_detailLoader->load(reference);
    showFileTab();
}

void InvoicesPage::showFileTab()
{
    auto *tab = qobject_cast<InvoiceFileTab *>(m_side->currentWidget());
    if (!tab)
        return;
    const QString reference = m_detail->referenceCode();
    if (reference.isEmpty()) {
        tab->showNotice(InvoiceFileTab::Notice::NoInvoice);
        return;
    }
    const FileType type = tab->type();
    const QString cached
        = m_services.files ? m_services.files->existingFile(m_environment, reference, type) : QString();
    if (cached.isEmpty()) {
        const bool fetching = m_viewReference == reference && m_viewType == type;
        tab->showNotice(
            fetching ? InvoiceFileTab::Notice::Downloading : InvoiceFileTab::Notice::NotDownloaded);
        return;
    }
    const QString shown = type == FileType::Pdf ? m_pdf->filePath() : m_xml->filePath();
    if (shown != cached) {
        const bool opened = type == FileType::Pdf ? m_pdf->open(cached) : m_xml->open(cached);
        if (!opened) {
            m_status->setMessage([type, error = m_xml->errorString()] {
                return type == FileType::Pdf ? tr("The PDF could not be opened.") : error;
            });
            tab->showNotice(InvoiceFileTab::Notice::NotDownloaded); // downloading again may mend it
            return;
        }
    }
    tab->showViewer();
}

void InvoicesPage::clearSidePanes()
{
    m_detail->showEmpty();
    m_pdf->clear();
    m_xml->clear();
    m_shownState.clear();
    showFileTab();
}

void InvoicesPage::followShownInvoice()
{
    const QString shown = m_detail->referenceCode();
    if (!shown.isEmpty() && m_model->rowOf(shown) < 0)
        clearSidePanes();
}

QString InvoicesPage::shownState() const
{
    const std::optional<CachedInvoiceRow> invoice = m_model->invoice(m_detail->referenceCode());
    return invoice ? QString::number(int(badgeOf(*invoice))) + QLatin1Char('/') + invoice->invoiceNumber
                   : QString();
}

void InvoicesPage::onShownInvoiceChanged()
{
    const QString shown = m_detail->referenceCode();
    if (shown.isEmpty())
        return;
    const QString state = shownState();
    if (state == m_shownState)
        return;
    m_shownState = state; // e.g. issued since: the detail still said "Draft"
    m_detail->showLoading(shown);
    m_detailLoader->load(shown);
    followShownInvoice();
}

void InvoicesPage::onSyncFinished(bool ok, const QString &error)
{
    m_refresh->setEnabled(true);
    m_progress->setVisible(false);
    const std::optional<int> count
        = m_model->isCounted() ? std::optional<int>(m_model->rowCount()) : std::nullopt;
    m_status->setMessage([ok, count, error] {
        if (!ok)
            return tr("Refresh failed: %1").arg(error);
        return count ? tr("%n invoice(s) in the list.", nullptr, *count) : tr("The list is refreshed.");
    });
    updateLastSync();
    updateFooter();
}

void InvoicesPage::viewFile(const QString &referenceCode, FileType type)
{
    if (referenceCode.isEmpty())
        return;
    m_viewReference = referenceCode;
    m_viewType = type;
    m_status->setMessage(
        [type] { return type == FileType::Pdf ? tr("Getting the PDF…") : tr("Getting the XML…"); });
    showFileTab();
    m_fetcher->fetch(referenceCode, type);
}

void InvoicesPage::onFileReady(const QString &referenceCode, FileType type, const QString &path)
{
    if (referenceCode != m_viewReference || type != m_viewType)
        return;
    m_viewReference.clear();
    m_status->clearMessage();
    if (type == FileType::Pdf) {
        if (!m_pdf->open(path))
            m_status->setMessage([] { return tr("The PDF could not be opened."); });
    } else {
        if (!m_xml->open(path))
            m_status->setMessage([error = m_xml->errorString()] { return error; });
    }
    fileTab(type)->showViewer();
    m_side->setCurrentWidget(fileTab(type));
}

void InvoicesPage::onFileFailed(const QString &referenceCode, FileType type, const QString &error)
{
    if (referenceCode != m_viewReference || type != m_viewType)
        return;
    m_viewReference.clear();
    m_status->setMessage([error] { return tr("The file could not be downloaded: %1").arg(error); });
    showFileTab();
}

void InvoicesPage::exportCsv()
{
    const QString path = m_services.questions->saveFile(
        this, {tr("Export CSV"), tr("invoices.csv"), tr("CSV files (*.csv)")});
    if (path.isEmpty())
        return;
    QString error;
    int count = 0;
    if (!CsvExporter::writeFile(*m_model, path, &error, &count))
        m_services.questions->warn(this, tr("Export CSV"), error);
    else
        m_status->setMessage([count] { return tr("Exported %n invoice(s).", nullptr, count); });
}

// The list as filtered and sorted on screen.
void InvoicesPage::exportExcel()
{
    const ExportTable table = InvoiceExportTable::of(*m_model);
    if (!ExcelExport::save(this, *m_services.questions, {table}, tr("invoices.xlsx")).isEmpty())
        m_status->setMessage(
            [count = int(table.rows.size())] { return tr("Exported %n invoice(s).", nullptr, count); });
}

// The lines of the invoice the detail pane shows.
void InvoicesPage::exportDetailLines()
{
    const std::optional<InvoiceDetail> &detail = m_detail->detail();
    if (!detail)
        return;
    if (!ExcelExport::save(this, *m_services.questions, {InvoiceLinesExportTable::of(*detail)},
            InvoiceLinesExportTable::suggestedFileName(*detail))
             .isEmpty())
        m_status->setMessage(
            [count = detail->lines.size()] { return tr("Exported %n line(s).", nullptr, int(count)); });
}

QStringList InvoicesPage::chosenReferences() const
{
    QStringList references;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        static_cast<void>(m_model->forEachRow([&references](const CachedInvoiceRow &row) {
            references.append(row.referenceCode);
            return true;
        })); // a failure is in the status line (readFailed)
        return references;
    }
    for (const QModelIndex &index : selected)
        references.append(m_model->referenceCodeAt(index.row()));
    return references;
}

void InvoicesPage::downloadFiles(FileType type)
{
    const QStringList references = chosenReferences();
    if (references.isEmpty() || m_bulk->isRunning())
        return;
    const QString folder = m_services.questions->chooseFolder(this,
        {type == FileType::Pdf ? tr("Download PDFs to folder") : tr("Download XMLs to folder"), {}, {}});
    if (folder.isEmpty())
        return;
    QHash<QString, QString> names;
    for (const QString &reference : references) {
        if (const std::optional<CachedInvoiceRow> invoice = m_model->invoice(reference))
            names.insert(reference, BulkDownloader::suggestedName(*invoice));
    }
    m_bulk->start(references, type, folder, names);
}

void InvoicesPage::onBulkFinished(const BulkDownloadResult &result)
{
    m_progress->setVisible(false);
    m_status->clearMessage();
    if (const auto then = std::exchange(m_afterBulk, nullptr)) {
        then(result); // files for printing or a ZIP
        updateSelectionActions();
        return;
    }
    QString text = tr("%n file(s) saved.", nullptr, int(result.savedFiles.size()));
    if (!result.failures.isEmpty()) {
        text += QLatin1Char('\n') + tr("%n invoice(s) failed:", nullptr, int(result.failures.size()));
        for (const BulkDownloadResult::Failure &failure : result.failures)
            text += QLatin1Char('\n') + failure.referenceCode + QStringLiteral(": ") + failure.error;
    }
    m_services.questions->inform(this, tr("Download finished"), text);
    Q_EMIT bulkDownloadFinished();
}

// The count is known at once (but for a search matching many rows); the sums take a while on a
// large cache and follow from a worker, with the count the list did not make.
void InvoicesPage::updateFooter()
{
    if (m_takingCount)
        return; // the rows the worker counted are being added: its sums are for them already
    m_footer->setText(m_model->isCounted() ? tr("%n invoice(s) · …", nullptr, m_model->rowCount())
                                           : tr("Counting the invoices…"));
    m_totals->compute(m_environment, m_model->filter());
}

// What the sums leave out, as the month-end reports do: the accountant reconciles the two.
QString InvoicesPage::notInTheSums(const FilteredTotals &totals)
{
    QStringList parts;
    if (totals.draftCount > 0)
        parts.append(tr("%n draft(s)", nullptr, totals.draftCount));
    if (totals.cancelledCount > 0)
        parts.append(tr("%n cancelled", nullptr, totals.cancelledCount));
    if (totals.replacedCount > 0)
        parts.append(tr("%n replaced", nullptr, totals.replacedCount));
    if (totals.informationOnlyCount > 0)
        parts.append(tr("%n information-only adjustment(s)", nullptr, totals.informationOnlyCount));
    return parts.join(QStringLiteral(", "));
}

void InvoicesPage::showTotals(const FilteredTotals &totals, const QString &error)
{
    if (!error.isEmpty()) {
        const int rows = m_model->rowCount();
        m_footer->setText((m_model->isCounted() ? tr("%n invoice(s)", nullptr, rows)
                                                : tr("at least %n invoice(s)", nullptr, rows))
            + QStringLiteral(" · ") + error);
        return;
    }
    {
        const QScopedValueRollback taking(m_takingCount, true);
        m_model->setCounted(totals.count);
    }
    QString text = tr("%n invoice(s)", nullptr, totals.count);
    if (const QString apart = notInTheSums(totals); !apart.isEmpty())
        text += tr(" (%1: not in the sums)").arg(apart);
    const auto sum = [this](const std::optional<Decimal> &amount) {
        return amount ? money(*amount) : tr("too large to add up");
    };
    m_footer->setText(text
        + tr(" · before tax %1 · VAT %2 · total %3")
              .arg(sum(totals.totalBeforeTax), sum(totals.taxAmount), sum(totals.totalAmount)));
}

void InvoicesPage::updateLastSync()
{
    const std::optional<QDateTime> when = m_environment.isEmpty() ? std::nullopt : m_sync->lastSync();
    m_lastSync->setText(
        when ? tr("Last refreshed %1").arg(VietnamTime::format(*when)) : tr("Never refreshed"));
}

} // namespace einvoice
