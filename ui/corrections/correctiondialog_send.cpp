// The correction window's preview, Production confirmation, sending and outcome.

#include "core/correctionreference.h"
#include "core/vietnamtime.h"
#include "correctiondialog.h"
#include "corrections/correctiondraft.h"
#include "corrections/correctionruns.h"
#include "corrections/correctionsubmission.h"
#include "i18n/uinumbers.h"
#include "render/invoicepdfrenderer.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"
#include "ui/editor/previewdialog.h"

#include <QComboBox>
#include <QPushButton>

namespace einvoice {

void CorrectionDialog::preview()
{
    InvoiceDocument document;
    document.invoice = correction();
    document.mark = InvoiceDocument::Mark::Preview;
    if (m_services.seller)
        document.seller = m_services.seller();
    document.correction = CorrectionLink {m_kind, originReferenceOf(m_origin, m_templateCode)};
    const QByteArray pdf = InvoicePdfRenderer::render(document);
    if (pdf.isEmpty()) {
        m_status->setMessage([] { return tr("The preview could not be rendered."); });
        return;
    }
    auto *dialog
        = new PreviewDialog([] { return tr("Preview of the correction"); }, pdf, m_services.questions, this);
    dialog->show();
    Q_EMIT previewShown(dialog);
}

bool CorrectionDialog::confirmProduction()
{
    const InvoiceSummary &origin = m_origin.summary;
    const QString buyer = origin.buyer.legalName.isEmpty() ? origin.buyer.name : origin.buyer.legalName;
    const Decimal effect = totalEffect();
    const QString change = (effect.isNegative() || effect.isZero() ? QString() : QStringLiteral("+"))
        + UiNumbers::money(effect.rounded(0));
    const QString what = m_kind == CorrectionKind::Replace
        ? tr("Issue on %1 a replacement of invoice %2 (series %3, %4, buyer %5)? The invoice it replaces is "
             "no "
             "longer valid once the replacement is issued.")
        : tr("Issue on %1 an adjustment of invoice %2 (series %3, %4, buyer %5)?");
    const QString text = what.arg(m_services.environmentName, printedInvoiceNumber(origin.invoiceNumber),
                             m_origin.invoiceSeries, VietnamTime::formatDate(origin.issuedDate), buyer)
        + QStringLiteral("\n\n") + tr("Effect on the total to pay: %1.").arg(change) + QStringLiteral("\n")
        + tr("A legal invoice is issued; it cannot be taken back.");
    return m_services.questions->confirm(this,
        {tr("Issue the correction on %1").arg(m_services.environmentName), text,
            m_send->text().remove(u'&')});
}

// A replacement that says what its origin says is almost always a correction forgotten, and it
// would be a legal invoice of its own that voids the origin for nothing.
bool CorrectionDialog::confirmUnchanged()
{
    if (m_kind == CorrectionKind::Info)
        return confirmInformationChanged();
    if (m_kind != CorrectionKind::Replace || !CorrectionDraft::repeatsOrigin(correction(), m_origin))
        return true;
    const QString text = tr("Nothing was changed: the replacement says exactly what invoice %1 says (buyer, "
                            "lines and amounts).")
                             .arg(printedInvoiceNumber(m_origin.summary.invoiceNumber))
        + QStringLiteral("\n\n")
        + tr("Sending it issues a new legal invoice and the original stops being valid. Go back to make the "
             "correction?");
    Questions::Confirmation question {tr("Nothing was changed"), text, tr("Send anyway")};
    question.rejectLabel = tr("Go back");
    return m_services.questions->confirm(this, question);
}

bool CorrectionDialog::confirmInformationChanged()
{
    if (!CorrectionDraft::repeatsOriginInformation(correction(), m_origin))
        return true;
    const QString text = tr("Nothing was changed: the buyer and payment method are what invoice %1 says.")
                             .arg(printedInvoiceNumber(m_origin.summary.invoiceNumber))
        + QStringLiteral("\n\n")
        + tr("Sending it issues a legal invoice that corrects nothing. Go back to make the correction?");
    Questions::Confirmation question {tr("Nothing was changed"), text, tr("Send anyway")};
    question.rejectLabel = tr("Go back");
    return m_services.questions->confirm(this, question);
}

void CorrectionDialog::send()
{
    if (m_submission || m_done || !isReady())
        return;
    const ValidationIssues issues = check();
    showIssues(issues);
    if (hasErrors(issues)) {
        m_status->setMessage([] { return tr("Nothing was sent: correct what is listed below."); });
        return;
    }
    if (!confirmUnchanged()) {
        m_status->setMessage([] { return tr("Nothing was sent: make the correction, then send it."); });
        return;
    }
    if (m_services.production && !confirmProduction())
        return;
    CorrectionOrder order;
    order.originReferenceCode = m_origin.summary.referenceCode;
    order.kind = m_kind;
    order.invoice = correction();
    order.wait = true; // the origin is read again at once: what the window showed may be old
    m_submission = m_services.runs->start(order);
    if (!m_submission) {
        m_status->setMessage([] { return tr("Not connected: nothing was sent."); });
        return;
    }
    setBusy(true);
    m_status->setMessage([] { return tr("Sending the correction…"); });
    connect(m_submission, &CorrectionSubmission::progress, this, [this](const JobState &, int checks) {
        m_status->setMessage(
            [checks] { return tr("Waiting for the server (%n check(s))…", nullptr, checks); });
    });
    CorrectionSubmission *submission = m_submission;
    connect(
        m_submission, &CorrectionSubmission::finished, this, [this, submission] { onFinished(submission); });
}

void CorrectionDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy && !m_done && isReady());
    m_preview->setEnabled(!busy);
    m_kindBox->setEnabled(!busy && !m_done);
}

void CorrectionDialog::onFinished(CorrectionSubmission *submission)
{
    const CorrectionOutcome outcome = submission->outcome();
    using Status = CorrectionOutcome::Status;
    m_done = outcome.status == Status::Done || outcome.status == Status::Accepted;
    const QString number = outcome.invoice ? printedInvoiceNumber(outcome.invoice->invoiceNumber) : QString();
    const QString reference = outcome.referenceCode;
    const QString warnings = outcome.warnings.join(QLatin1Char('\n'));
    QString text;
    switch (outcome.status) {
    case Status::Done:
        text = tr("Correction issued: invoice %1 (reference %2).").arg(number, reference);
        break;
    case Status::Accepted:
        text = tr("Sent; the server is still working on it (reference %1). The list shows it once issued.")
                   .arg(reference);
        break;
    case Status::Refused:
        showIssues(outcome.error.issues);
        text = tr("Nothing was sent: %1").arg(outcome.error.text());
        break;
    case Status::Failed:
        text = tr("The server did not issue the correction: %1")
                   .arg(outcome.jobState ? outcome.jobState->message : outcome.error.text());
        break;
    case Status::Unknown:
        text = tr("Whether the correction arrived is not known yet (%1). It is looked up before anything "
                  "is sent again: try Send again later, nothing is sent twice.")
                   .arg(outcome.error.text());
        break;
    case Status::Error:
        text = outcome.storeProblem.isEmpty() ? outcome.error.text() : outcome.storeProblem;
        break;
    }
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + warnings;
    m_status->setMessage([text] { return text; });
    setBusy(false);
    if (m_done)
        m_close->setFocus();
    Q_EMIT finished(outcome);
}

} // namespace einvoice
