#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "editor/invoiceactions.h"
#include "invoiceselectionactions.h"
#include "invoicespageservices.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTemporaryDir;

namespace einvoice {

class BulkDownloader;
class InvoiceDetailLoader;
class InvoiceDetailPane;
class InvoiceFileFetcher;
class InvoiceFileTab;
class InvoiceFilterBar;
class InvoiceListLayout;
class InvoiceListModel;
class InvoiceListTotals;
class InvoiceSyncEngine;
class PdfViewer;
class SepayClient;
class TranslatedLabel;
class XmlViewer;
struct BulkDownloadResult;
struct CachedInvoice;
struct Invoice;
struct InvoiceDetail;
struct InvoiceFilter;
struct FilteredTotals;

// The Invoices page (issue 7): the cached invoice list of the current environment with filters,
// sorting, a footer with count and sums, CSV export, refresh from the server, the detail of the
// selected invoice, its PDF and XML in the app, and bulk download of PDFs or XMLs to a folder.
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(const InvoicesPageServices &services, QWidget *parent = nullptr);
    ~InvoicesPage() override;

    // Shows the cached invoices of the environment (its own cache) and talks to the client from
    // now on; client may be null (offline: cached data only). The client must outlive its use.
    // With a client, a list never refreshed or older than staleAfterSeconds refreshes by itself.
    void setEnvironment(const QString &environmentKey, SepayClient *client);
    QString environment() const { return m_environment; }

    static constexpr int staleAfterSeconds = 10 * 60;

    // Starts a refresh from the server; false when one runs or there is no client.
    bool refresh();
    // An invoice this app just created or changed: cached and shown at once, before the next sync.
    void noteInvoice(const CachedInvoice &invoice);

    void viewFile(const QString &referenceCode, FileType type);
    // Actions on the current invoice (the corrections): in the list's context menu and as
    // buttons of the detail pane.
    void addInvoiceActions(const QList<QAction *> &actions);
    // Shows the invoice in the list (clearing the filter when it hides it); false when unknown.
    bool selectInvoice(const QString &referenceCode);
    void exportCsv();
    void exportExcel();
    void exportDetailLines();
    void downloadFiles(FileType type);

    InvoiceListModel *model() const { return m_model; }
    InvoiceSyncEngine *syncEngine() const { return m_sync; }
    PdfViewer *pdfViewer() const { return m_pdf; }
    XmlViewer *xmlViewer() const { return m_xml; }
    InvoiceFileTab *fileTab(FileType type) const { return type == FileType::Pdf ? m_pdfTab : m_xmlTab; }
    InvoiceDetailPane *detailPane() const { return m_detail; }

    // The actions on the selected invoices (issue 17); further features append theirs here.
    InvoiceSelectionActions *selectionActions() const { return m_selection; }
    void setWork(const InvoiceListWork &work);
    // The selected invoices' reference codes, in the order the list shows them.
    QStringList selectedReferences() const;

Q_SIGNALS:
    void bulkDownloadFinished();
    // Open a server draft in the editor, or start a new invoice from a copy (issue 17).
    void openDraftRequested(const einvoice::Invoice &draft);
    void copyRequested(const einvoice::Invoice &copy);
    // Issuing or deleting the selected drafts ended: one result per invoice.
    void draftRunFinished(const QList<einvoice::InvoiceActions::Result> &results);
    // The selection was printed (true) or printing was given up (false).
    void printFinished(bool printed);
    void zipSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createToolBar();
    QWidget *createSidePane();
    void connectParts();
    void reload();
    void applyFilter(const InvoiceFilter &filter);
    void onCurrentRowChanged();
    // The PDF or XML tab in view shows the shown invoice's cached file, or says why it cannot.
    void showFileTab();
    // The side panes follow the list: a hidden invoice leaves them, a changed one is reloaded.
    void followShownInvoice();
    void showCurrentOrTop();
    // The shown invoice changed in the cache (e.g. issued since): the detail is read again.
    void onShownInvoiceChanged();
    void clearSidePanes();
    QString shownState() const;
    void onSyncFinished(bool ok, const QString &error);
    void onFileReady(const QString &referenceCode, FileType type, const QString &path);
    void onFileFailed(const QString &referenceCode, FileType type, const QString &error);
    void onBulkFinished(const BulkDownloadResult &result);
    void updateFooter();
    void showTotals(const FilteredTotals &totals, const QString &error);
    static QString notInTheSums(const FilteredTotals &totals);
    void updateLastSync();
    void refreshIfStale();
    QStringList chosenReferences() const;
    // The actions on a selection (invoicespage_selection.cpp).
    void connectSelection();
    void updateSelectionActions();
    void onSelectionAction(InvoiceSelectionActions::Id id);
    void issueSelectedDrafts();
    void deleteSelectedDrafts();
    void openSelected(bool asCopy);
    void onDetailForEditor(const InvoiceDetail &detail, bool asCopy);
    void copyToClipboard(InvoiceSelectionActions::Id id);
    void onDraftRunProgress(int done, int total);
    void onDraftRunFinished(const QList<InvoiceActions::Result> &results);
    Decimal selectedTotal(const QStringList &references) const;
    void stageFiles(FileType type, const QStringList &references,
        std::function<void(const QStringList &files, const BulkDownloadResult &result)> then);
    void printSelected();
    void printFiles(const QStringList &files);
    void saveSelectedZip(FileType type);

    InvoicesPageServices m_services;
    QString m_environment;
    InvoiceListModel *m_model;
    InvoiceListTotals *m_totals;
    InvoiceSyncEngine *m_sync;
    InvoiceDetailLoader *m_detailLoader;
    InvoiceFileFetcher *m_fetcher;
    BulkDownloader *m_bulk;
    InvoiceFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_find = nullptr; // Ctrl+F: to the search field
    QLabel *m_footer = nullptr;
    bool m_takingCount = false; // the list takes the rows the footer's worker counted
    QLabel *m_lastSync = nullptr;
    TranslatedLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportExcel = nullptr;
    QAction *m_exportLines = nullptr; // the detail pane's "⋯" menu
    QPushButton *m_downloadPdfs = nullptr;
    QPushButton *m_downloadXmls = nullptr;
    QTabWidget *m_side = nullptr;
    InvoiceDetailPane *m_detail = nullptr;
    PdfViewer *m_pdf = nullptr;
    XmlViewer *m_xml = nullptr;
    InvoiceFileTab *m_pdfTab = nullptr;
    InvoiceFileTab *m_xmlTab = nullptr;
    QString m_shownState; // number and badge of the invoice the side panes show
    QString m_viewReference; // the file the viewer waits for
    FileType m_viewType = FileType::Pdf;
    QPointer<SepayClient> m_client;
    InvoiceSelectionActions *m_selection = nullptr;
    InvoiceListLayout *m_layout = nullptr;
    InvoiceListWork m_work;
    // Files fetched for printing or a ZIP, and what to do with them once all are there.
    std::unique_ptr<QTemporaryDir> m_staging;
    std::function<void(const BulkDownloadResult &result)> m_afterBulk;
};

} // namespace einvoice
