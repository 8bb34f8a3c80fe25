#pragma once

#include "core/invoice.h"
#include "core/remoteinvoice.h"
#include "core/validationissue.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace einvoice {

// What the editor asks the server for, behind a small interface so that the form can be tested
// without a network and the API client stays out of the widgets. One action at a time: every
// call answers with exactly one actionFinished() (or pdfReady()/accountsFetched()...).
class InvoiceActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { SaveDraft, Issue, IssueDraft, DeleteDraft, DownloadPdf, FetchAccounts };
    Q_ENUM(Action)

    struct Result
    {
        Action action = Action::SaveDraft;
        bool ok = false; // the server accepted and (for jobs) the job ended Success
        QString referenceCode;
        QString message; // the server's or client's message, in plain words; empty on success
        ValidationIssues issues; // refused locally before sending
        std::optional<InvoiceSummary> invoice; // after a successful create or issue
    };

    using QObject::QObject;

    virtual void fetchAccounts() = 0; // GET /v1/provider-accounts
    virtual void fetchAccount(const QString &id) = 0; // GET /v1/provider-accounts/{id}
    // POST /v1/invoices/create with is_draft from the invoice, exactly once, then follows the job.
    virtual void create(const Invoice &invoice) = 0;
    // create() of the invoice that replaces the server draft replacedDraft (an edited draft): the
    // pair is recorded so that the old draft goes once the new one exists, even after a crash
    // (DraftEditPair). The caller still deletes the old draft when the create succeeds.
    virtual void createReplacing(const Invoice &invoice, const QString &replacedDraft)
    {
        Q_UNUSED(replacedDraft);
        create(invoice);
    }
    virtual void issueDraft(const QString &referenceCode) = 0;
    virtual void deleteDraft(const QString &referenceCode) = 0;
    virtual void downloadPdf(const QString &referenceCode) = 0;
    virtual void cancel() = 0; // stops waiting for the running action

Q_SIGNALS:
    void accountsFetched(const QList<einvoice::ProviderAccount> &accounts);
    void accountFetched(const einvoice::ProviderAccount &account);
    void fetchFailed(const QString &message);
    // While a create or issue job runs: "Sending", "Pending (3 checks)", ...
    void progress(einvoice::InvoiceActions::Action action, const QString &text);
    void actionFinished(const einvoice::InvoiceActions::Result &result);
    // A create or issue job left unfinished by an earlier run (crash, app closed while waiting)
    // was followed up and reached its end; not an answer to any call.
    void unfinishedJobEnded(const einvoice::InvoiceActions::Result &result);
    void pdfReady(const QString &referenceCode, const QByteArray &pdf);
    // An edit of a server draft left half done by an earlier run was finished: the old draft is gone.
    void replacedDraftDeleted(const QString &oldReference, const QString &newReference);
};

} // namespace einvoice
