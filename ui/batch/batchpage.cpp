#include "batchpage.h"

#include "api/sepayclient.h"
#include "batch/batchfilereader.h"
#include "batch/batchimporter.h"
#include "batch/batchlog.h"
#include "batch/batchoutcome.h"
#include "batch/batchplanner.h"
#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "batch/batchsheetsource.h"
#include "batch/batchtemplate.h"
#include "batch/batchworkbooktemplate.h"
#include "batch/csvreader.h"
#include "batchaccountpicker.h"
#include "batchcolumnmapping.h"
#include "batchnumberchoices.h"
#include "batchpreviewexport.h"
#include "batchpreviewtable.h"
#include "batchresultsexport.h"
#include "batchresultstable.h"
#include "batchresumebar.h"
#include "batchsheetpicker.h"
#include "ui/common/excelexport.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace einvoice {

BatchPage::BatchPage(const BatchPageServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_account(new BatchAccountPicker(this)),
      m_mapping(new BatchColumnMapping(services.settings, services.columnMapKey, this)),
      m_numbers(new BatchNumberChoices(this)),
      m_preview(new BatchPreviewTable(this)),
      m_results(new BatchResultsTable(this)),
      m_resumeBar(new BatchResumeBar(this))
{
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(m_preview, QString());
    tabs->addTab(m_mapping, QString());
    tabs->addTab(m_results, QString());
    m_summary = new TranslatedLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_resumeBar);
    layout->addWidget(buildFileBar());
    layout->addWidget(m_account);
    layout->addWidget(m_summary);
    layout->addWidget(m_numbers);
    layout->addWidget(tabs, 1);
    layout->addWidget(buildRunBar());
    connect(m_mapping, &BatchColumnMapping::mappingChanged, this, &BatchPage::reimport);
    connect(m_numbers, &BatchNumberChoices::choicesChanged, this, &BatchPage::reimport);
    connect(m_account, &BatchAccountPicker::accountChanged, this, &BatchPage::onAccountChanged);
    m_account->setClient(m_services.client);
    retranslateUi();
}

// Rows without an account go through the chosen one; its first template and series fill rows
// that name none, and its templates are what those rows are checked against.
void BatchPage::onAccountChanged(const std::optional<ProviderAccount> &account)
{
    BatchImportOptions &defaults = m_services.importDefaults;
    defaults.providerAccountId = account ? account->id : QString();
    defaults.validation.account = account;
    if (account && !account->templates.isEmpty()) {
        defaults.templateCode = account->templates.constFirst().templateCode;
        defaults.invoiceSeries = account->templates.constFirst().invoiceSeries;
    }
    reimport();
}

BatchPage::~BatchPage() = default;

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The words of the page; a run's counts and state are worded again too (the summary line says
// what happened last, in the language it happened in, until the next change).
void BatchPage::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_preview), tr("Preview"));
    m_tabs->setTabText(m_tabs->indexOf(m_mapping), tr("Column mapping"));
    m_tabs->setTabText(m_tabs->indexOf(m_results), tr("Results"));
    m_open->setText(tr("Open CSV or Excel…"));
    m_saveTemplate->setText(tr("Save template…"));
    m_saveTemplate->setToolTip(BatchTemplate::taxRateHelp());
    m_exportPreview->setText(tr("Export p&review to Excel…"));
    if (!m_loaded)
        m_fileLabel->setText(tr("No file opened."));
    m_validOnly->setText(tr("Send only the valid invoices"));
    m_draft->setText(tr("Create drafts"));
    m_issue->setText(tr("Issue"));
    m_concurrency->setPrefix(tr("At once: "));
    m_start->setText(tr("Send"));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export results…"));
    m_exportExcel->setText(ExcelExport::actionText());
    updateControls(); // the pause button's word
    retranslateRows();
}

// The file's problems and what earlier runs did, worded again (the import is read again unless
// a run sends it); the results' statuses follow by themselves, and the summary and counts lines
// are TranslatedLabels.
void BatchPage::retranslateRows()
{
    if (!m_loaded)
        return;
    if (isBusy())
        refreshPreview();
    else
        readImport();
}

// The file read with the page's choices (columns, mode, number readings), and shown.
void BatchPage::readImport()
{
    BatchImportOptions options = m_services.importDefaults;
    options.columns = m_mapping->columnMap();
    options.draft = m_draft->isChecked();
    options.decimalSeparators = m_numbers->choices();
    m_import = BatchImporter::import(m_file, options);
    refreshPreview();
    m_numbers->showImport(m_import);
}

QWidget *BatchPage::buildFileBar()
{
    auto *bar = new QWidget(this);
    auto *open = new QPushButton(bar);
    m_open = open;
    open->setObjectName(QStringLiteral("openButton"));
    auto *saveTemplate = new QPushButton(bar);
    m_saveTemplate = saveTemplate;
    saveTemplate->setObjectName(QStringLiteral("templateButton"));
    m_fileLabel = new QLabel(bar);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_sheets = new BatchSheetPicker(bar);
    m_exportPreview = new QPushButton(bar);
    m_exportPreview->setObjectName(QStringLiteral("exportPreviewButton"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(open);
    layout->addWidget(saveTemplate);
    layout->addWidget(m_sheets);
    layout->addWidget(m_fileLabel, 1);
    layout->addWidget(m_exportPreview);
    connect(m_exportPreview, &QPushButton::clicked, this, &BatchPage::exportPreviewExcel);
    connect(open, &QPushButton::clicked, this, &BatchPage::chooseAndLoad);
    connect(m_sheets, &BatchSheetPicker::sheetChosen, this, &BatchPage::readSheet);
    connect(saveTemplate, &QPushButton::clicked, this, &BatchPage::chooseAndSaveTemplate);
    return bar;
}

QWidget *BatchPage::buildRunBar()
{
    auto *bar = new QWidget(this);
    m_validOnly = new QCheckBox(bar);
    m_validOnly->setObjectName(QStringLiteral("validOnlyCheck"));
    m_draft = new QRadioButton(bar);
    m_draft->setObjectName(QStringLiteral("draftRadio"));
    m_issue = new QRadioButton(bar);
    m_issue->setObjectName(QStringLiteral("issueRadio"));
    m_draft->setChecked(true);
    auto *mode = new QButtonGroup(bar);
    mode->addButton(m_draft);
    mode->addButton(m_issue);
    m_concurrency = new QSpinBox(bar);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(m_services.concurrency);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_countsLabel = new TranslatedLabel(bar);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_start = new QPushButton(bar);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause = new QPushButton(bar);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(bar);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_exportExcel = new QPushButton(bar);
    m_exportExcel->setObjectName(QStringLiteral("exportExcelButton"));
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *options = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> {m_validOnly, m_draft, m_issue, m_concurrency})
        options->addWidget(widget);
    options->addStretch();
    auto *run = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_progress, m_countsLabel, m_start, m_pause, m_cancel, m_export, m_exportExcel})
        run->addWidget(widget);
    layout->addLayout(options);
    layout->addLayout(run);
    connect(m_validOnly, &QCheckBox::toggled, this, &BatchPage::updateControls);
    connect(m_draft, &QRadioButton::toggled, this, &BatchPage::reimport);
    connect(m_start, &QPushButton::clicked, this, &BatchPage::startRun);
    connect(m_pause, &QPushButton::clicked, this, &BatchPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (BatchRunner *running = activeRunner())
            running->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &BatchPage::chooseAndExport);
    connect(m_exportExcel, &QPushButton::clicked, this, &BatchPage::exportExcel);
    return bar;
}

bool BatchPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setMessage([name = QFileInfo(path).fileName(), error = file.errorString()]() -> QString {
            return tr("Cannot read %1: %2").arg(name, error);
        });
        return false;
    }
    if (const qint64 size = file.size(); !BatchImporter::fileSizeProblem(size).isEmpty()) {
        m_summary->setMessage([name = QFileInfo(path).fileName(), size]() -> QString {
            return name + QStringLiteral(": ") + BatchImporter::fileSizeProblem(size);
        });
        return false;
    }
    file.close();
    m_path = path;
    const CsvFile read = BatchFileReader::read(path); // CSV or .xlsx, told by content
    m_sheetNames = BatchFileReader::sheetNames(path); // every sheet counts for the batch's identity
    m_sheets->showSheets(BatchFileReader::batchSheetNames(path), read.sheetName);
    useRead(read);
    return true;
}

// Another sheet of the opened workbook, read and previewed in place of the last.
void BatchPage::readSheet(const QString &sheetName)
{
    if (m_path.isEmpty() || isBusy())
        return;
    useRead(BatchFileReader::read(m_path, sheetName));
}

void BatchPage::useRead(const CsvFile &read)
{
    m_source = sheetSource(read.sheetName);
    m_fileLabel->setText(read.sheetName.isEmpty()
            ? QFileInfo(m_path).fileName()
            : tr("%1, sheet \"%2\"").arg(QFileInfo(m_path).fileName(), read.sheetName));
    useFile(read);
}

// The sheet's own source, or the file's when the sheet used it before, as for the command line.
BatchSource BatchPage::sheetSource(const QString &sheetName) const
{
    if (!m_services.client || !m_services.identities)
        return BatchSheetSource::withoutRecords(m_path, sheetName, m_sheetNames);
    const StoreResult<BatchSource> source = BatchSheetSource::resolve(
        *m_services.identities, m_services.client->environment().id().key(), m_path, sheetName, m_sheetNames);
    if (source)
        return source.value();
    qCWarning(lcBatch) << "batch source of" << sheetName << source.error().toString();
    return BatchSheetSource::withoutRecords(m_path, sheetName, m_sheetNames);
}

void BatchPage::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    m_source = BatchSource::named(fileName);
    m_path.clear();
    m_sheetNames.clear();
    m_sheets->showSheets({}, QString());
    useBytes(bytes);
}

void BatchPage::useBytes(const QByteArray &bytes)
{
    useFile(BatchImporter::readCsv(bytes));
}

void BatchPage::useFile(const CsvFile &file)
{
    m_file = file;
    m_loaded = true;
    {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setHeader(m_file.records.isEmpty() ? QStringList() : m_file.records.first().fields);
    }
    m_numbers->clear(); // a new file: its columns are chosen afresh
    if (m_session && !m_session->isBusy()) { // the last file's results are not this file's
        m_session = nullptr; // BatchRuns keeps it
        m_results->showResults({});
        m_countsLabel->clearMessage();
        m_progress->setValue(0);
    }
    reimport();
}

void BatchPage::reimport()
{
    if (!m_loaded || isBusy())
        return;
    readImport();
    m_summary->setMessage([this]() -> QString { return BatchPreviewTable::summary(m_import); });
    updateControls();
}

// The preview, with what earlier runs of this file did with each invoice (local records only).
void BatchPage::refreshPreview()
{
    m_plan = m_services.client && m_services.outbox && m_services.identities
        ? BatchPlanner::planLocally(m_source, m_import.invoices, m_services.client->environment().id().key(),
            m_draft->isChecked(), *m_services.outbox, *m_services.identities)
        : BatchPlan();
    m_preview->showImport(m_import, m_plan.items.isEmpty() ? nullptr : &m_plan);
}

bool BatchPage::isBusy() const
{
    return m_session && m_session->isBusy();
}

void BatchPage::updateControls()
{
    const bool running = isBusy();
    BatchRunner *current = activeRunner();
    const bool sending = current && current->isRunning();
    const bool hasErrors = m_import.errorCount() > 0;
    const bool confirmed = m_import.confirmationCount() == 0 && m_numbers->unchosenCount() == 0;
    const bool sendable = !confirmed ? false
        : hasErrors                  ? m_validOnly->isChecked() && !m_import.validInvoices().isEmpty()
                                     : !m_import.invoices.isEmpty();
    m_start->setEnabled(!running && sendable);
    m_pause->setEnabled(sending);
    m_pause->setText(sending && current->isPaused() ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(sending);
    m_export->setEnabled(!running && runner());
    m_exportExcel->setEnabled(!running && runner());
    m_exportPreview->setEnabled(m_loaded);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_validOnly, m_draft, m_issue, m_concurrency, m_mapping, m_numbers, m_sheets})
        widget->setEnabled(!running);
}

bool BatchPage::saveTemplate(const QString &path) const
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        // The chosen account's template codes and series become the workbook's drop-down lists.
        const std::optional<ProviderAccount> &account = m_services.importDefaults.validation.account;
        SpreadsheetError error;
        return BatchWorkbookTemplate::write(
            path, account ? account->templates : QList<InvoiceTemplate>(), &error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(BatchTemplate::csv());
    return file.commit();
}

bool BatchPage::exportResults(const QString &path) const
{
    if (!runner())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(runner()->resultsCsv());
    return file.commit();
}

Questions &BatchPage::questions() const
{
    return Questions::orDefault(m_services.questions);
}

void BatchPage::chooseAndLoad()
{
    const QString path = questions().openFile(this,
        {tr("Open batch file"), QString(),
            tr("CSV and Excel files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files "
               "(*)")});
    if (!path.isEmpty())
        loadFile(path);
}

void BatchPage::chooseAndSaveTemplate()
{
    QString path = questions().saveFile(this,
        {tr("Save template"), tr("batch-template.xlsx"), tr("Excel workbooks (*.xlsx);;CSV files (*.csv)")});
    // A name typed without its ending gets the workbook's, so that Excel opens it.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".xlsx");
    if (!path.isEmpty() && !saveTemplate(path))
        questions().warn(this, tr("Save template"), tr("Cannot write %1.").arg(path));
}

void BatchPage::chooseAndExport()
{
    const QString path = questions().saveFile(
        this, {tr("Export results"), tr("batch-results.csv"), tr("CSV files (*.csv)")});
    if (!path.isEmpty() && !exportResults(path))
        questions().warn(this, tr("Export results"), tr("Cannot write %1.").arg(path));
}

void BatchPage::exportExcel()
{
    if (runner())
        ExcelExport::save(
            this, questions(), {BatchResultsExport::table(runner()->results())}, tr("batch-results.xlsx"));
}

void BatchPage::exportPreviewExcel()
{
    if (m_loaded)
        ExcelExport::save(this, questions(),
            {BatchPreviewExport::table(m_import, m_plan.items.isEmpty() ? nullptr : &m_plan)},
            BatchPreviewExport::suggestedFileName(m_path.isEmpty() ? m_source.fileName : m_path));
}

} // namespace einvoice
