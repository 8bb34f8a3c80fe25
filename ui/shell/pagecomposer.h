#pragma once

#include "core/environmentid.h"
#include "page.h"
#include "ui/batch/batchpageservices.h"
#include "ui/corrections/correctiondialog.h"
#include "ui/invoices/invoicespageservices.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;

namespace einvoice {

class AppSettings;
class BatchPage;
class BatchResumer;
class CorrectionActions;
class InvoiceActions;
struct Invoice;
class InvoiceEditorPage;
class InvoicesPage;
class LocalStore;
class MainWindow;
class Questions;
class SepayClient;
class Session;
class UsagePage;
class ReportsPage;

// Puts the real Invoices, New invoice, Batch and Usage pages into the main window in place of the
// placeholders, once, right after the window's first paint, over the session's local store and the client of
// the current environment, and keeps them following the connection: the invoice list, batch and usage switch
// client, the editor switches environment (what was typed stays a local draft of the old one). A language
// change leaves them all in place (they retranslate themselves). The batch page needs a client:
// it replaces its placeholder once the first one exists.
// When the local database cannot be opened the placeholders stay and the status bar says why.
class PageComposer : public QObject
{
    Q_OBJECT

public:
    // session must outlive the composer.
    explicit PageComposer(Session *session, QObject *parent = nullptr);
    ~PageComposer() override;

    bool isOpen() const { return m_store != nullptr; }
    // The pages are in the window (they are built right after its first paint).
    bool pagesBuilt() const { return m_built; }
    InvoicesPage *invoicesPage() const;
    InvoiceEditorPage *editorPage() const;
    UsagePage *usagePage() const;
    ReportsPage *reportsPage() const;
    BatchPage *batchPage() const;
    // What an interrupted batch run left, taken up once a client exists (null when nothing was).
    BatchResumer *batchResumer() const;

    // What the pages ask the user through; null: message boxes and file dialogs. Must outlive the
    // composer. Takes effect for pages built afterwards.
    void setQuestions(Questions *questions) { m_questions = questions; }
    // Where the batch page remembers its column mapping and the invoice list its columns and
    // panes; null: not remembered.
    void setBatchSettings(QSettings *settings) { m_batchSettings = settings; }
    // What the batch page is built with: the current client and outbox, and the questions.
    BatchPageServices batchServices() const;

public Q_SLOTS:
    void attach(einvoice::MainWindow *window);

Q_SIGNALS:
    // A page was built and put in the window (each once: the batch page once a client exists).
    void pageBuilt(einvoice::Page page, QWidget *widget);
    // An interrupted batch run was taken up: what was resumed, in a sentence.
    void batchResumed(const QString &message);

private:
    void buildPages();
    void onClientChanged(SepayClient *client);
    void resumed(BatchResumer *resumer);
    void buildInvoices();
    void followDetailFill();
    void buildUsage();
    void buildReports();
    void buildEditor();
    void buildBatch();
    void buildCorrections(); // pagecomposer_corrections.cpp
    CorrectionDialogServices correctionServices() const;
    // The user's company as the previews print it: the seller the Reports name (ReportSeller).
    SellerInfo knownSeller() const;
    void resumeBatches();
    void connectWindow();
    void onNewInvoiceRequested(const QString &accountId);
    void onRefreshRequested();
    QString currentKey() const;
    InvoiceListWork invoiceListWork() const;
    void openInEditor(const Invoice &invoice, bool serverDraft);

    Session *m_session;
    AppSettings *m_settings;
    LocalStore *m_store;
    QPointer<MainWindow> m_window;
    QPointer<InvoicesPage> m_invoices;
    QPointer<InvoiceEditorPage> m_editor;
    QPointer<UsagePage> m_usage;
    QPointer<ReportsPage> m_reports;
    QPointer<BatchPage> m_batch;
    Questions *m_questions = nullptr;
    QPointer<BatchResumer> m_shownResumer; // the session's, once shown
    QSettings *m_batchSettings = nullptr;
    QPointer<SepayClient> m_client;
    EnvironmentId m_environment;
    QPointer<InvoiceActions> m_editorActions; // the session's, that the editor works with
    QPointer<CorrectionActions> m_corrections; // on the invoices page
    bool m_built = false;
};

} // namespace einvoice
