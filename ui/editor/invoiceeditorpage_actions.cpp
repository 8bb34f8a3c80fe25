// The server actions, preview and states of the invoice editor page.
#include "buyerform.h"
#include "cataloguemanagerdialog.h"
#include "draftautosaver.h"
#include "editorconfirmations.h"
#include "headerform.h"
#include "invoiceeditorpage.h"
#include "issuespanel.h"
#include "linestable.h"
#include "previewdialog.h"
#include "render/invoicedocument.h"
#include "render/invoicepdfrenderer.h"
#include "store/cataloguerepository.h"
#include "totalspanel.h"
#include "ui/common/translatedlabel.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace einvoice {

void InvoiceEditorPage::setStage(Stage stage)
{
    const bool editable = stage == Stage::Editing;
    m_header->setReadOnly(!editable);
    m_buyer->setReadOnly(!editable);
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    const bool changed = stage != m_stage;
    m_stage = stage;
    updateButtons();
    if (changed && stage == Stage::Issued && m_pdfWindow)
        preview(); // the open preview shows the number now
    if (changed)
        Q_EMIT stageChanged(stage);
}

void InvoiceEditorPage::updateButtons()
{
    const bool editing = m_stage == Stage::Editing;
    // Untouched, a new invoice may be sent: trying shows its problems (startCreate).
    const bool canSend = editing && m_services.actions && (!hasErrors(m_issues) || !m_showProblems);
    const bool idle = m_stage != Stage::Busy;
    // A server draft has its own Issue, Edit and Delete: the form's two stay out of the way (and
    // leave their Alt keys to those).
    const bool serverDraft = m_stage == Stage::ServerDraft;
    for (const char *name : {"saveDraftButton", "issueButton"}) {
        m_buttons.value(QLatin1String(name))->setEnabled(canSend);
        m_buttons.value(QLatin1String(name))->setVisible(!serverDraft);
    }
    m_buttons.value(QStringLiteral("issueDraftButton"))->setVisible(serverDraft);
    m_buttons.value(QStringLiteral("issueDraftButton"))->setEnabled(m_services.actions != nullptr);
    m_buttons.value(QStringLiteral("editDraftButton"))->setVisible(serverDraft);
    m_buttons.value(QStringLiteral("deleteDraftButton"))->setVisible(serverDraft);
    m_buttons.value(QStringLiteral("deleteDraftButton"))->setEnabled(m_services.actions != nullptr);
    m_buttons.value(QStringLiteral("openPdfButton"))->setVisible(m_stage == Stage::Issued);
    m_buttons.value(QStringLiteral("newInvoiceButton"))->setEnabled(idle);
    m_buttons.value(QStringLiteral("duplicateButton"))->setEnabled(idle);
    m_buttons.value(QStringLiteral("catalogueButton"))->setEnabled(m_services.catalogue != nullptr);
    m_draftsButton->setEnabled(idle && m_services.drafts);
    for (const char *name : {"addLineButton", "removeLineButton", "duplicateLineButton", "moveLineUpButton",
             "moveLineDownButton"})
        m_buttons.value(QLatin1String(name))->setEnabled(editing);
}

void InvoiceEditorPage::showStatus(Text text, bool error)
{
    m_status->setMessage(std::move(text));
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool InvoiceEditorPage::confirmIssue(const Invoice &invoice)
{
    if (!m_services.production)
        return true;
    EditorConfirmations::IssueSummary summary;
    summary.environment = m_services.environmentName;
    summary.templateCode = invoice.templateCode;
    summary.series = invoice.invoiceSeries;
    summary.buyerName = invoice.buyer.legalName.isEmpty() ? invoice.buyer.name : invoice.buyer.legalName;
    summary.buyerTaxCode = invoice.buyer.taxCode;
    summary.grandTotal = TotalsPanel::money(computeTotals(invoice).grandTotal, invoice.currency);
    return Questions::orDefault(m_services.questions).confirm(this, EditorConfirmations::issue(summary));
}

void InvoiceEditorPage::saveDraft()
{
    startCreate(true);
}

void InvoiceEditorPage::issue()
{
    startCreate(false);
}

void InvoiceEditorPage::startCreate(bool draft)
{
    if (m_stage != Stage::Editing || !m_services.actions)
        return;
    m_showProblems = true;
    refresh();
    if (hasErrors(m_issues)) {
        showStatus([] { return tr("Fix the problems listed under \"Problems to fix\" first."); }, true);
        return;
    }
    Invoice current = invoice();
    current.isDraft = draft;
    if (!draft && !confirmIssue(current))
        return;
    m_autosaver->flush();
    setStage(Stage::Busy);
    if (m_replacesDraft.isEmpty())
        m_services.actions->create(current);
    else
        m_services.actions->createReplacing(current, m_replacesDraft);
}

void InvoiceEditorPage::issueServerDraft()
{
    if (m_stage != Stage::ServerDraft || !m_services.actions || !confirmIssue(invoice()))
        return;
    setStage(Stage::Busy);
    m_services.actions->issueDraft(m_serverReference);
}

void InvoiceEditorPage::deleteServerDraft()
{
    if (m_stage != Stage::ServerDraft || !m_services.actions
        || !Questions::orDefault(m_services.questions)
                .confirm(this, EditorConfirmations::deleteDraft(invoice().buyer.name)))
        return;
    setStage(Stage::Busy);
    m_services.actions->deleteDraft(m_serverReference);
}

void InvoiceEditorPage::openPdf()
{
    if (m_stage != Stage::Issued || !m_services.actions)
        return;
    setStage(Stage::Busy);
    showStatus([] { return tr("Downloading the PDF…"); });
    m_services.actions->downloadPdf(m_serverReference);
}

void InvoiceEditorPage::editServerDraft()
{
    if (m_stage != Stage::ServerDraft)
        return;
    m_replacesDraft = m_serverReference;
    m_serverReference.clear();
    m_header->apply([this] {
        Invoice successor = invoice();
        successor.referenceCode = HeaderForm::newReferenceCode();
        return successor;
    }());
    setStage(Stage::Editing);
    onEdited();
    showStatus([] {
        return tr("Editing the draft saved on the server. Saving creates the new draft first; the old one "
                  "is deleted after that.");
    });
}

void InvoiceEditorPage::deleteReplacedDraft(Text successor)
{
    m_deletingReplaced = std::exchange(m_replacesDraft, QString());
    m_replacedBy = std::move(successor);
    m_services.actions->deleteDraft(m_deletingReplaced);
}

// The old draft of an edited one: its answer leaves the new invoice shown, and the message still
// says first what happened to it (issued with its number, or saved as a draft).
bool InvoiceEditorPage::onReplacedDraftDeleted(const InvoiceActions::Result &result)
{
    if (result.action != InvoiceActions::Action::DeleteDraft || m_deletingReplaced.isEmpty()
        || result.referenceCode != m_deletingReplaced)
        return false;
    m_deletingReplaced.clear();
    const Text outcome = std::exchange(m_replacedBy, Text());
    if (result.ok)
        showStatus([outcome] { return tr("%1 The old draft was deleted.").arg(outcome()); });
    else
        showStatus(
            [outcome, message = result.message] {
                return tr("%1 The old draft was not deleted (%2): delete it from the Invoices page.")
                    .arg(outcome(), message);
            },
            true);
    return true;
}

// What an issued invoice is known by: its series and number, never its reference code.
InvoiceEditorPage::Text InvoiceEditorPage::issuedText() const
{
    const QString number = m_invoiceNumber;
    if (number.isEmpty() || number == QLatin1String("0"))
        return [] {
            return tr("Sent for issuing; the invoice number is not known yet.");
        };
    return [series = m_issuedSeries, number] {
        return series.isEmpty() ? tr("Issued invoice no. %1.").arg(number)
                                : tr("Issued %1 no. %2.").arg(series, number);
    };
}

void InvoiceEditorPage::onActionFinished(const InvoiceActions::Result &result)
{
    if (onReplacedDraftDeleted(result))
        return;
    switch (result.action) {
    case InvoiceActions::Action::SaveDraft:
    case InvoiceActions::Action::Issue:
    case InvoiceActions::Action::IssueDraft:
        onCreated(result);
        break;
    case InvoiceActions::Action::DeleteDraft:
        if (!result.ok) {
            setStage(Stage::ServerDraft);
            showStatus(
                [message = result.message] { return tr("The draft was not deleted: %1").arg(message); },
                true);
            break;
        }
        // The content stays for a fresh attempt, under a new reference code.
        m_header->apply([this] {
            Invoice copy = invoice();
            copy.referenceCode = HeaderForm::newReferenceCode();
            return copy;
        }());
        m_serverReference.clear();
        setStage(Stage::Editing);
        onEdited();
        showStatus([] { return tr("The draft was deleted from the server."); });
        break;
    case InvoiceActions::Action::DownloadPdf:
    case InvoiceActions::Action::FetchAccounts:
        setStage(Stage::Issued);
        showStatus([message = result.message] { return message; }, true);
        break;
    }
}

void InvoiceEditorPage::onCreated(const InvoiceActions::Result &result)
{
    const bool fromServerDraft = result.action == InvoiceActions::Action::IssueDraft;
    if (!result.ok) {
        // Same reference code on the next attempt: the API client adopts an invoice that did land.
        setStage(fromServerDraft ? Stage::ServerDraft : Stage::Editing);
        if (!result.issues.isEmpty())
            m_issuesPanel->show(result.issues);
        showStatus([message = result.message] { return tr("Failed: %1").arg(message); }, true);
        Q_EMIT jobEnded(false, QString(), result.message);
        return;
    }
    m_serverReference = result.referenceCode;
    m_autosaver->removeDraft();
    const bool replacing = !m_replacesDraft.isEmpty() && m_services.actions;
    if (result.action == InvoiceActions::Action::SaveDraft) {
        setStage(Stage::ServerDraft);
        showStatus([] { return tr("Saved as a draft on the server."); });
        if (replacing)
            deleteReplacedDraft([] { return tr("Saved as a new draft on the server."); });
        Q_EMIT jobEnded(true, QString(), QString());
        return;
    }
    m_invoiceNumber = result.invoice ? result.invoice->invoiceNumber : QString();
    m_issuedSeries = invoice().invoiceSeries;
    if (m_services.catalogue)
        (void)m_services.catalogue->rememberInvoice(m_services.environment, invoice());
    setStage(Stage::Issued);
    showStatus(issuedText());
    if (replacing)
        deleteReplacedDraft(issuedText());
    Q_EMIT jobEnded(true, m_invoiceNumber, QString());
}

// A job from an earlier run ended. When the form shows that invoice (its local draft was restored)
// the form moves on as if it had just been sent; otherwise only the status line tells.
void InvoiceEditorPage::onUnfinishedJobEnded(const InvoiceActions::Result &result)
{
    const bool shown = (m_stage == Stage::Editing && invoice().referenceCode == result.referenceCode)
        || (m_stage == Stage::ServerDraft && m_serverReference == result.referenceCode);
    if (shown) {
        onCreated(result);
        return;
    }
    const QString number = result.invoice ? result.invoice->invoiceNumber : QString();
    if (!result.ok)
        showStatus(
            [message = result.message] {
                return tr("An invoice sent before the app closed failed: %1").arg(message);
            },
            true);
    else if (result.action == InvoiceActions::Action::SaveDraft)
        showStatus(
            [] { return tr("An invoice sent before the app closed was saved as a draft on the server."); });
    else
        showStatus([number] {
            return tr("An invoice sent before the app closed was issued: invoice no. %1.").arg(number);
        });
    Q_EMIT jobEnded(
        result.ok, result.action == InvoiceActions::Action::SaveDraft ? QString() : number, result.message);
}

void InvoiceEditorPage::preview()
{
    InvoiceDocument document;
    document.invoice = invoice();
    document.mark = m_stage == Stage::Issued ? InvoiceDocument::Mark::None : InvoiceDocument::Mark::Preview;
    document.invoiceNumber = m_invoiceNumber;
    if (m_services.seller)
        document.seller = m_services.seller();
    const QByteArray pdf = InvoicePdfRenderer::render(document);
    if (pdf.isEmpty()) {
        showStatus([] { return tr("The preview could not be rendered."); }, true);
        return;
    }
    showPdf([] { return tr("Preview"); }, pdf);
}

// One PDF window per editor: a preview still open when the invoice is issued shows the issued
// invoice (first rendered locally with its number, then the provider's PDF), never "no number yet".
void InvoiceEditorPage::showPdf(Text title, const QByteArray &pdf)
{
    if (m_pdfWindow) {
        m_pdfWindow->showPdf(title, pdf);
        m_pdfWindow->raise();
    } else {
        m_pdfWindow = new PreviewDialog(title, pdf, m_services.questions, this);
        m_pdfWindow->show();
    }
    Q_EMIT pdfShown(m_pdfWindow);
}

void InvoiceEditorPage::manageCatalogue()
{
    if (!m_services.catalogue)
        return;
    auto *dialog = new CatalogueManagerDialog(m_services.catalogue, m_services.environment, this);
    dialog->setQuestions(m_services.questions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace einvoice
