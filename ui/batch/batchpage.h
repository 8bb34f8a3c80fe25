#pragma once

#include "batch/batchsource.h"
#include "batch/batchtypes.h"
#include "batch/csvreader.h"
#include "batchpageservices.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace einvoice {

class TranslatedLabel;
class BatchAccountPicker;
class BatchColumnMapping;
class BatchNumberChoices;
class BatchPreviewTable;
class BatchResultsTable;
class BatchResumeBar;
class BatchResumer;
class BatchSheetPicker;
class BatchRunner;
class BatchRuns;
class BatchSession;
class Questions;

// Batch issuing from a spreadsheet: open a CSV or an .xlsx (or save the template to fill), map its columns,
// preview the invoices with each row's problems, then create drafts or issue them through the
// outbox with a concurrency limit, live counts, pause, resume and cancel, and export the results.
// Nothing is sent while an invoice has errors unless "send only the valid ones" is ticked, nor
// while a number reads two ways and its column's reading is not chosen (BatchNumberChoices). A run
// goes through a BatchSession: invoices sent by earlier runs of the same file are recognised,
// those that need a decision are asked about (BatchConflicts, through Questions), and another run of the same
// file (another window, the command line) keeps this one from starting.
class BatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPage(const BatchPageServices &services, QWidget *parent = nullptr);
    ~BatchPage() override;

    // The button actions without their file dialogs (tests and drag and drop use these).
    bool loadFile(const QString &path);
    // Rows that did not come from a file: fileName names their source (what identifies the
    // invoices across runs).
    void loadBytes(const QByteArray &bytes, const QString &fileName = QStringLiteral("batch.csv"));
    // A .csv path gets the CSV template, any other the Excel workbook.
    bool saveTemplate(const QString &path) const;
    bool exportResults(const QString &path) const;
    void startRun();
    // Follows the current connection (Connection::clientChanged); ignored while a run
    // is going (that run keeps its client to the end).
    void setClient(SepayClient *client);
    // An interrupted run taken up on start: shown (what was resumed, its results, Continue and
    // Discard) until this page starts a run of its own. Not owned.
    void setResumer(BatchResumer *resumer);

    const BatchImport &currentImport() const { return m_import; }
    BatchRunner *runner() const; // the page's own run; null before the first has been planned
    BatchSession *session() const;
    BatchCounts counts() const;
    // A run of this page is being planned or sent (a resumed run lives on without the page).
    bool isBusy() const;

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateRows();
    void readImport();
    QWidget *buildFileBar();
    QWidget *buildRunBar();
    void useBytes(const QByteArray &bytes);
    void useFile(const CsvFile &file);
    void useRead(const CsvFile &read); // a file or a sheet read from m_path
    BatchSource sheetSource(const QString &sheetName) const;
    void readSheet(const QString &sheetName);
    void reimport();
    void refreshPreview();
    void onPlanned();
    void onResumerChanged();
    bool showsResumed() const;
    BatchRunner *activeRunner() const; // the page's own run, or the resumed one it shows
    void onAccountChanged(const std::optional<ProviderAccount> &account);
    void updateControls();
    void showCounts(const BatchCounts &counts);
    void onRunFinished();
    bool confirmProduction(int invoices);
    Questions &questions() const;
    BatchRuns *runs();
    void togglePause();
    void chooseAndLoad();
    void chooseAndSaveTemplate();
    void chooseAndExport();
    void exportExcel();

    BatchPageServices m_services;
    CsvFile m_file; // the rows of the CSV or of the workbook's sheet
    bool m_loaded = false;
    QString m_path; // the file opened; empty for rows that did not come from a file
    QStringList m_sheetNames; // the opened workbook's visible sheets; none for CSV
    BatchSource m_source;
    BatchImport m_import;
    QPointer<BatchSession> m_session;
    QPointer<BatchResumer> m_resumer;
    BatchAccountPicker *m_account;
    BatchColumnMapping *m_mapping;
    BatchNumberChoices *m_numbers;
    BatchPreviewTable *m_preview;
    BatchResultsTable *m_results;
    BatchResumeBar *m_resumeBar;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QLabel *m_fileLabel = nullptr;
    BatchSheetPicker *m_sheets = nullptr;
    TranslatedLabel *m_summary = nullptr;
    TranslatedLabel *m_countsLabel = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QRadioButton *m_draft = nullptr;
    QRadioButton *m_issue = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportExcel = nullptr;
};

} // namespace einvoice
