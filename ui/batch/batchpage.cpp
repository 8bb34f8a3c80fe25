#include "batchpage.h"

#include "api/sepayclient.h"
#include "batch/batchimporter.h"
#include "batch/batchoutcome.h"
#include "batch/batchplanner.h"
#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "batch/batchtemplate.h"
#include "batch/csvreader.h"
#include "batchaccountpicker.h"
#include "batchcolumnmapping.h"
#include "batchconflictdialog.h"
#include "batchnumberchoices.h"
#include "batchpreviewtable.h"
#include "batchresultstable.h"
#include "batchresumebar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
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
    tabs->addTab(m_preview, tr("Preview"));
    tabs->addTab(m_mapping, tr("Column mapping"));
    tabs->addTab(m_results, tr("Results"));
    m_summary = new QLabel(this);
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
    updateControls();
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

QWidget *BatchPage::buildFileBar()
{
    auto *bar = new QWidget(this);
    auto *open = new QPushButton(tr("Open CSV…"), bar);
    open->setObjectName(QStringLiteral("openButton"));
    auto *saveTemplate = new QPushButton(tr("Save template…"), bar);
    saveTemplate->setObjectName(QStringLiteral("templateButton"));
    saveTemplate->setToolTip(BatchTemplate::taxRateHelp());
    m_fileLabel = new QLabel(tr("No file opened."), bar);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(open);
    layout->addWidget(saveTemplate);
    layout->addWidget(m_fileLabel, 1);
    connect(open, &QPushButton::clicked, this, &BatchPage::chooseAndLoad);
    connect(saveTemplate, &QPushButton::clicked, this, &BatchPage::chooseAndSaveTemplate);
    return bar;
}

QWidget *BatchPage::buildRunBar()
{
    auto *bar = new QWidget(this);
    m_validOnly = new QCheckBox(tr("Send only the valid invoices"), bar);
    m_validOnly->setObjectName(QStringLiteral("validOnlyCheck"));
    m_draft = new QRadioButton(tr("Create drafts"), bar);
    m_draft->setObjectName(QStringLiteral("draftRadio"));
    m_issue = new QRadioButton(tr("Issue"), bar);
    m_issue->setObjectName(QStringLiteral("issueRadio"));
    m_draft->setChecked(true);
    auto *mode = new QButtonGroup(bar);
    mode->addButton(m_draft);
    mode->addButton(m_issue);
    m_concurrency = new QSpinBox(bar);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(m_services.concurrency);
    m_concurrency->setPrefix(tr("At once: "));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_countsLabel = new QLabel(bar);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_start = new QPushButton(tr("Send"), bar);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause = new QPushButton(tr("Pause"), bar);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_export = new QPushButton(tr("Export results…"), bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *options = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> {m_validOnly, m_draft, m_issue, m_concurrency})
        options->addWidget(widget);
    options->addStretch();
    auto *run = new QHBoxLayout;
    for (QWidget *widget :
        std::initializer_list<QWidget *> {m_progress, m_countsLabel, m_start, m_pause, m_cancel, m_export})
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
    return bar;
}

bool BatchPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (const QString tooBig = BatchImporter::fileSizeProblem(file.size()); !tooBig.isEmpty()) {
        m_summary->setText(QFileInfo(path).fileName() + QStringLiteral(": ") + tooBig);
        return false;
    }
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_source = BatchSource::fromPath(path);
    useBytes(file.readAll());
    return true;
}

void BatchPage::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    m_source = BatchSource::named(fileName);
    useBytes(bytes);
}

void BatchPage::useBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    const QList<CsvRecord> records = CsvReader::parse(bytes);
    {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setHeader(records.isEmpty() ? QStringList() : records.first().fields);
    }
    m_numbers->clear(); // a new file: its columns are chosen afresh
    reimport();
}

void BatchPage::reimport()
{
    if (m_bytes.isEmpty() || isBusy())
        return;
    BatchImportOptions options = m_services.importDefaults;
    options.columns = m_mapping->columnMap();
    options.draft = m_draft->isChecked();
    options.decimalSeparators = m_numbers->choices();
    m_import = BatchImporter::import(m_bytes, options);
    refreshPreview();
    m_numbers->showImport(m_import);
    m_summary->setText(BatchPreviewTable::summary(m_import));
    updateControls();
}

// The preview, with what earlier runs of this file did with each invoice (local records only).
void BatchPage::refreshPreview()
{
    const BatchPlan plan = m_services.client && m_services.outbox && m_services.identities
        ? BatchPlanner::planLocally(m_source, m_import.invoices,
            BatchRunner::environmentKey(*m_services.client), m_draft->isChecked(), *m_services.outbox,
            *m_services.identities)
        : BatchPlan();
    m_preview->showImport(m_import, plan.items.isEmpty() ? nullptr : &plan);
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
    for (QWidget *widget :
        std::initializer_list<QWidget *> {m_validOnly, m_draft, m_issue, m_concurrency, m_mapping, m_numbers})
        widget->setEnabled(!running);
}

bool BatchPage::saveTemplate(const QString &path) const
{
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

void BatchPage::chooseAndLoad()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open batch file"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void BatchPage::chooseAndSaveTemplate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save template"), tr("batch-template.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !saveTemplate(path))
        QMessageBox::warning(this, tr("Save template"), tr("Cannot write %1.").arg(path));
}

void BatchPage::chooseAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), tr("batch-results.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportResults(path))
        QMessageBox::warning(this, tr("Export results"), tr("Cannot write %1.").arg(path));
}

} // namespace einvoice
