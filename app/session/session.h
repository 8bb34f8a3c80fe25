#pragma once

#include "api/clientoptions.h"

#include <QObject>
#include <QString>

#include <memory>

namespace einvoice {

class AppSettings;
class BatchRuns;
class Clock;
class Connection;
class DraftSelectionRun;
class CorrectionRuns;
class EnvironmentId;
class InvoiceActions;
class InvoiceDetailFill;
class LocalStore;
class SecretStore;
class SepayClient;
class SepayInvoiceActions;

// The desktop app's application layer, without a widget: the connection to the chosen environment
// and the local store, and (from issue 15 on) the work that outlives the pages that started it.
// Pages observe it; closing, hiding or retranslating a page never stops what it owns.
class Session : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString demoDataFile; // default: DemoEnvironment::defaultDataFile()
        QString localDataFile; // default: LocalStore::defaultFilePath()
        ClientOptions clientOptions;
        const Clock *clock = nullptr; // null: the system clock; must outlive the session
    };

    // settings and secrets must outlive the session.
    Session(AppSettings *settings, SecretStore *secrets, const Options &options, QObject *parent = nullptr);
    ~Session() override;

    AppSettings *settings() const { return m_settings; }
    Connection *connection() const { return m_connection.get(); }
    // Null when the local data could not be opened; storeError() says why (translated).
    LocalStore *store() const;
    QString storeError() const { return m_storeError; }
    // The editor's create, issue and delete for the current client, through the local outbox
    // (sent work survives a crash; what an earlier run left unfinished is followed up). Renewed
    // for every new client before anyone else hears of it; null without a client or a store.
    InvoiceActions *editorActions() const;
    // The batch runs (the batch page's and those an earlier process left, taken up on every new
    // client); null without a store. They go on whatever the pages do.
    BatchRuns *batchRuns() const { return m_batchRuns.get(); }
    // Issuing or deleting the drafts chosen in the invoice list, through the same outbox (issue
    // 17). Renewed with the editor's actions; null without a client or a store.
    DraftSelectionRun *draftRun() const { return m_draftRun.get(); }
    // The replacements and adjustments the windows start (issue 18), through the current client;
    // null without a store. They go on whatever the windows do.
    CorrectionRuns *correctionRuns() const { return m_correctionRuns.get(); }
    // The background detail fill of the current environment (issue 17): follows the client, runs
    // at the settings' rate, and after each list refresh when told to start(); null without a
    // store. Its providerStatusChanged() is where provider status changes are heard.
    InvoiceDetailFill *detailFill() const { return m_detailFill.get(); }
    // "Now" for the pages (the Reports page's last month): the options' clock or the system's.
    const Clock &clock() const { return *m_clock; }

private:
    void openStore(const QString &file, const Clock *clock);
    void createDetailFill(LocalStore &store, const Clock *clock);
    void renewEditorActions(SepayClient *client, const EnvironmentId &environment);
    void onClientChanged(SepayClient *client, const EnvironmentId &environment);

    AppSettings *m_settings;
    const Clock *m_clock;
    std::unique_ptr<LocalStore> m_store;
    QString m_storeError;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<SepayInvoiceActions> m_editorActions;
    std::unique_ptr<BatchRuns> m_batchRuns;
    std::unique_ptr<DraftSelectionRun> m_draftRun;
    std::unique_ptr<CorrectionRuns> m_correctionRuns;
    std::unique_ptr<InvoiceDetailFill> m_detailFill;
};

} // namespace einvoice
