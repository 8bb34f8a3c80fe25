#pragma once

#include "settings/environmentchoice.h"
#include "ui/batch/batchpageservices.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace einvoice {

class AppSettings;
class BatchIdentityRepository;
class BatchPage;
class BatchResumer;
class CatalogueRepository;
class ConfirmationPrompter;
class ConnectionController;
class Database;
class FileCachePaths;
class InvoiceCacheRepository;
class InvoiceEditorPage;
class InvoicesPage;
class LocalDraftRepository;
class MainWindow;
class OutboxRepository;
class SepayClient;
class UsagePage;
class UsageReadingRepository;

// Puts the real Invoices, New invoice, Batch and Usage pages into the main window in place of the
// placeholders, over the local database it opens and the client of the current environment.
// Builds them again for every new main window (language change) and follows the connection:
// the invoice list, batch and usage switch client, the editor is rebuilt for the new environment.
// The batch page needs a client: it replaces its placeholder once the first one exists.
// When the local database cannot be opened the placeholders stay and the status bar says why.
class PageComposer : public QObject
{
    Q_OBJECT

public:
    // settings and connection must outlive the composer; dataFile: the local SQLite file.
    PageComposer(AppSettings *settings, ConnectionController *connection, const QString &dataFile,
        QObject *parent = nullptr);
    ~PageComposer() override;

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    InvoicesPage *invoicesPage() const;
    InvoiceEditorPage *editorPage() const;
    UsagePage *usagePage() const;
    BatchPage *batchPage() const;
    // What an interrupted batch run left, taken up once a client exists (null when nothing was).
    BatchResumer *batchResumer() const;

    // Asks before a batch is sent to Production; null: a warning message box. Must outlive the
    // composer. Takes effect for pages built afterwards.
    void setPrompter(ConfirmationPrompter *prompter) { m_prompter = prompter; }
    // Where the batch page remembers its column mapping; null: not remembered.
    void setBatchSettings(QSettings *settings) { m_batchSettings = settings; }
    // What the batch page is built with: the current client and outbox, and the Production
    // question asked through the prompter (the shell's, like switching to Production).
    BatchPageServices batchServices() const;

    // The store key of an environment: "demo", ..., "custom:<url>".
    static QString storeKey(EnvironmentChoice choice, const QString &customUrl);

public Q_SLOTS:
    void attach(einvoice::MainWindow *window);

Q_SIGNALS:
    // New page objects exist (a new main window, or the editor rebuilt for another environment):
    // connections made to the previous pages are gone with them.
    void pagesChanged();
    // An interrupted batch run was taken up: what was resumed, in a sentence.
    void batchResumed(const QString &message);

private:
    void openStore(const QString &dataFile);
    void onClientChanged(SepayClient *client, EnvironmentChoice choice);
    void buildInvoices();
    void buildUsage();
    void buildEditor();
    void buildBatch();
    void resumeBatches();
    void connectWindow();
    void onNewInvoiceRequested(const QString &accountId);
    void onRefreshRequested();
    QString currentKey() const;

    AppSettings *m_settings;
    ConnectionController *m_connection;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LocalDraftRepository> m_drafts;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<InvoiceCacheRepository> m_cache;
    std::unique_ptr<UsageReadingRepository> m_readings;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
    std::unique_ptr<FileCachePaths> m_files;
    QPointer<MainWindow> m_window;
    QPointer<InvoicesPage> m_invoices;
    QPointer<InvoiceEditorPage> m_editor;
    QPointer<UsagePage> m_usage;
    QPointer<BatchPage> m_batch;
    QPointer<BatchResumer> m_resumer; // a child of the client it works with
    ConfirmationPrompter *m_prompter = nullptr;
    QSettings *m_batchSettings = nullptr;
    QPointer<SepayClient> m_client;
    EnvironmentChoice m_choice;
    QString m_editorKey; // the environment the editor was built for
    QPointer<SepayClient> m_editorClient;
};

} // namespace einvoice
