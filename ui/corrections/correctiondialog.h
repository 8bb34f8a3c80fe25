#pragma once

#include "core/correctionkind.h"
#include "core/invoice.h"
#include "core/remoteinvoice.h"
#include "core/validationissue.h"
#include "corrections/correctionsubmission.h"
#include "render/invoicedocument.h"
#include "ui/editor/fielderrors.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace einvoice {

class BuyerForm;
class Clock;
class CorrectionRuns;
class InvoiceLinesModel;
class LinesTable;
class OriginSummary;
class Questions;
class TranslatedLabel;

// What the correction window works with; nothing is owned.
struct CorrectionDialogServices
{
    CorrectionRuns *runs = nullptr; // required: sends through the session
    Questions *questions = nullptr; // null: the real dialogs
    const Clock *clock = nullptr; // null: the system clock
    QString environmentName; // "Production", "Sandbox", "Demo" as the user reads it
    bool production = false; // asks before sending
    // The seller the preview prints (the user's company), asked at each preview; null: none.
    std::function<SellerInfo()> seller;
};

// The correction window (issue 18): a replacement or an adjustment of one issued invoice. The
// origin is shown read-only with the reference line; the buyer, the lines and the reason are
// pre-filled from it (CorrectionDraft); the preview prints the correction as it will look; on
// Production a confirmation names the origin, the environment and the effect on the total.
// Sending goes through the session's CorrectionRuns (recorded first, sent once, survives the
// window and a crash); the window shows the outcome.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    // kind: Replace, or the adjustment the window starts with (the user may pick another).
    CorrectionDialog(const CorrectionDialogServices &services, const InvoiceDetail &origin,
        CorrectionKind kind, QWidget *parent = nullptr);
    ~CorrectionDialog() override;

    CorrectionKind kind() const { return m_kind; }
    void setKind(CorrectionKind kind);
    // The correction as it would be sent now, and what is wrong with it.
    Invoice correction() const;
    ValidationIssues check() const;
    QString statusText() const;
    bool isReady() const { return !m_accountId.isEmpty(); }
    Decimal totalEffect() const;

    void preview();
    void send();

Q_SIGNALS:
    // The window's correction ended (also when the window was closed meanwhile: then not emitted).
    void finished(const einvoice::CorrectionOutcome &outcome);
    void previewShown(QDialog *preview);

public Q_SLOTS:
    // Escape, Close and the window's close button: asks first when typed work would be lost.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEditor();
    QWidget *buildButtons();
    void retranslateUi();
    void findAccount();
    void refill();
    bool isEditedSinceFilled() const;
    bool mayRefill();
    void showTaxRates();
    void onEdited();
    void showIssues(const ValidationIssues &issues);
    bool confirmProduction();
    bool confirmUnchanged();
    bool confirmInformationChanged();
    void onFinished(CorrectionSubmission *submission);
    void setBusy(bool busy);
    QString kindHint() const;

    CorrectionDialogServices m_services;
    InvoiceDetail m_origin;
    CorrectionKind m_kind;
    Decimal m_earlierAdjustments; // what the origin's earlier adjustments did to its total
    QString m_accountId;
    QString m_templateCode;
    FieldErrors m_errors;
    OriginSummary *m_summary = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindBox = nullptr;
    QLabel *m_hint = nullptr;
    BuyerForm *m_buyer = nullptr;
    InvoiceLinesModel *m_lines = nullptr;
    QLabel *m_linesLabel = nullptr;
    LinesTable *m_table = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_issues = nullptr;
    TranslatedLabel *m_status = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<CorrectionSubmission> m_submission;
    bool m_done = false;
    // The lines and buyer as refill() left them: what the user has not edited.
    QList<InvoiceLine> m_filledLines;
    Buyer m_filledBuyer;
};

} // namespace einvoice
