// The corrections of issue 18 on the Invoices page: Replace… and Adjust… in its context menu, as
// buttons of its detail pane and as shortcuts, following the shown invoice; the list notes what a
// correction changed.

#include "corrections/correctionchain.h"
#include "corrections/correctionledger.h"
#include "corrections/correctionlistnotes.h"
#include "corrections/correctionruns.h"
#include "pagecomposer.h"
#include "session/session.h"
#include "store/localstore.h"
#include "ui/common/environmenttext.h"
#include "ui/corrections/correctionactions.h"
#include "ui/corrections/correctionchainview.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoicespage.h"
#include "ui/usage/usagepage.h"

namespace einvoice {

CorrectionDialogServices PageComposer::correctionServices() const
{
    CorrectionDialogServices services;
    services.runs = m_session->correctionRuns();
    services.questions = m_questions;
    services.environmentName = EnvironmentText::longName(m_environment.kind());
    services.production = m_environment.isProduction();
    services.seller = [this] {
        return knownSeller();
    };
    return services;
}

void PageComposer::buildCorrections()
{
    CorrectionRuns *runs = m_session->correctionRuns();
    if (!runs || !m_invoices)
        return;
    m_corrections = new CorrectionActions(m_invoices, correctionServices());
    m_invoices->addInvoiceActions(m_corrections->actions());
    InvoiceDetailPane *pane = m_invoices->detailPane();
    connect(pane, &InvoiceDetailPane::detailChanged, m_corrections,
        [actions = m_corrections.data(), pane] { actions->setOrigin(pane->detail()); });
    auto *chain = new CorrectionChainView;
    pane->addSection(chain);
    connect(pane, &InvoiceDetailPane::detailChanged, chain, [this, chain, pane] {
        if (!pane->detail())
            return chain->clearChain();
        const QString environment = m_invoices->environment();
        const CorrectionLedger ledger(m_store->database(), m_store->outbox(), environment);
        // Corrections made elsewhere (another computer, the provider's portal), once their
        // details have been fetched.
        const StoreResult<QList<StoredCorrection>> stored
            = m_store->details().correctionsOf(environment, pane->detail()->summary.referenceCode);
        chain->showChain(CorrectionChain::of(
            *pane->detail(), ledger, stored.ok() ? stored.value() : QList<StoredCorrection>()));
    });
    connect(chain, &CorrectionChainView::invoiceRequested, m_invoices, &InvoicesPage::selectInvoice);
    connect(runs, &CorrectionRuns::finished, m_invoices,
        [this](const CorrectionOrder &order, const CorrectionOutcome &outcome) {
            if (!m_invoices || m_invoices->environment() != m_session->correctionRuns()->environment())
                return;
            for (const CachedInvoice &note :
                correctionListNotes(m_store->invoices(), m_invoices->environment(), order, outcome))
                m_invoices->noteInvoice(note);
            if (outcome.status == CorrectionOutcome::Status::Done
                || outcome.status == CorrectionOutcome::Status::Accepted) {
                m_invoices->refresh();
                if (m_usage) // a correction is a new invoice: it used quota
                    m_usage->refresh();
            }
        });
}

} // namespace einvoice
