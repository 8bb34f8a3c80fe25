#pragma once

#include "core/remoteinvoice.h"
#include "core/totals.h"
#include "core/validationissue.h"
#include "editor/invoiceactions.h"
#include "editorservices.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace einvoice {

class BuyerForm;
class DraftAutosaver;
class FieldErrors;
class HeaderForm;
class InvoiceLinesModel;
class IssuesPanel;
class LinesTable;
class PreviewDialog;
class TotalsPanel;
class TranslatedLabel;

// The invoice editor (issue 6): header, buyer, lines, live totals and validation, local
// autosave, preview, and the server actions (save draft, issue, issue a server draft, delete a
// server draft, open the issued PDF). Everything it needs comes in EditorServices.
//
// On construction it restores the most recently edited local draft of the environment, or
// starts a new invoice. Closing (destroying) the page saves pending edits.
class InvoiceEditorPage : public QWidget
{
    Q_OBJECT

public:
    enum class Stage { Editing, Busy, ServerDraft, Issued };
    Q_ENUM(Stage)

    explicit InvoiceEditorPage(const EditorServices &services, QWidget *parent = nullptr);
    ~InvoiceEditorPage() override;

    // Follows the connection to another environment (or another client of it); actions may be
    // null (not connected): the server buttons are off until there are actions again.
    void setEnvironment(
        InvoiceActions *actions, const QString &environment, const QString &environmentName, bool production);
    QString environment() const { return m_services.environment; }

    void newInvoice();
    bool openDraft(const QString &localDraftId); // a local draft of this environment
    void openInvoice(const Invoice &invoice); // e.g. a copy of an invoice from the Invoices page
    // Shows a server draft (from the Invoices page) so that it can be issued or deleted.
    void openServerDraft(const Invoice &invoice);
    void duplicateInvoice();

    Invoice invoice() const; // as the form stands
    const ValidationIssues &issues() const { return m_issues; }
    const InvoiceTotals &totals() const { return m_totals; }
    Stage stage() const { return m_stage; }
    QString localDraftId() const;
    QString serverReferenceCode() const { return m_serverReference; }
    QString invoiceNumber() const { return m_invoiceNumber; }
    InvoiceLinesModel *linesModel() const { return m_lines; }
    LinesTable *linesTable() const { return m_table; }
    // Focuses the widget or cell of a validation path ("buyer.tax_code", "items[1].quantity").
    bool focusField(const QString &path);

public Q_SLOTS:
    void saveDraft();
    void issue();
    void issueServerDraft();
    void deleteServerDraft();
    // Makes the shown server draft editable (issue 17). The API cannot change a draft: saving or
    // issuing creates a new invoice under a new reference code first and deletes the old draft
    // only once the new one exists, so a failure in between leaves two drafts, never none.
    void editServerDraft();
    void preview();
    void openPdf();
    void manageCatalogue();

Q_SIGNALS:
    void stageChanged(einvoice::InvoiceEditorPage::Stage stage);
    void validated(const einvoice::ValidationIssues &issues);
    void pdfShown(QWidget *dialog);
    // A create or issue job sent from this page reached its end: ok with the invoice number (empty
    // for a server draft), or failed with the server's message in plain words.
    void jobEnded(bool ok, const QString &invoiceNumber, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    using Text = std::function<QString()>; // a status message, worded again on a language change

    void buildUi();
    void retranslateUi();
    QWidget *buildActionBar();
    QWidget *buildLinesBox();
    void connectForms();
    void connectActions();
    void openLatestDraft();
    void removeLine(int row); // asks first when the line has content; Ctrl+Z puts it back
    void applyInvoice(const Invoice &invoice);
    void onEdited();
    void refresh();
    std::optional<QDate> lastIssuedInSeries(const QString &series);
    void updateButtons();
    void setStage(Stage stage);
    void showStatus(Text text, bool error = false);
    void fillDraftsMenu();
    bool confirmIssue(const Invoice &invoice);
    void startCreate(bool draft);
    void onActionFinished(const InvoiceActions::Result &result);
    void onCreated(const InvoiceActions::Result &result);
    void onUnfinishedJobEnded(const InvoiceActions::Result &result);
    void deleteReplacedDraft(Text successor); // successor: what became of its edited copy
    bool onReplacedDraftDeleted(const InvoiceActions::Result &result);
    Text issuedText() const;
    void showPdf(Text title, const QByteArray &pdf);

    EditorServices m_services;
    std::unique_ptr<FieldErrors> m_errors;
    InvoiceLinesModel *m_lines;
    HeaderForm *m_header = nullptr;
    BuyerForm *m_buyer = nullptr;
    LinesTable *m_table = nullptr;
    TotalsPanel *m_totalsPanel = nullptr;
    IssuesPanel *m_issuesPanel = nullptr;
    DraftAutosaver *m_autosaver = nullptr;
    TranslatedLabel *m_status = nullptr;
    QGroupBox *m_headerBox = nullptr;
    QGroupBox *m_buyerBox = nullptr;
    QGroupBox *m_checkBox = nullptr;
    QGroupBox *m_linesBox = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QHash<QString, QAction *> m_lineActions; // the lines' shortcuts, by their button's name
    QLabel *m_linesError = nullptr;
    QToolButton *m_draftsButton = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    QHash<QString, ProviderAccount> m_accountDetails;
    QHash<QString, std::optional<QDate>> m_lastIssued; // by series, for the invoice shown
    ValidationIssues m_issues;
    InvoiceTotals m_totals;
    Stage m_stage = Stage::Editing;
    QString m_serverReference;
    QString m_invoiceNumber;
    QString m_issuedSeries; // the series the shown invoice was issued in
    QString m_replacesDraft; // the server draft being edited, deleted once its successor exists
    QString m_deletingReplaced; // its delete request, answered without leaving the new invoice
    Text m_replacedBy; // what its answer says first: the edited copy issued, or saved as a draft
    bool m_applying = false;
    // A new invoice keeps its problems to itself until the user changes something or tries to
    // save (issue 17); an opened invoice shows them at once. Changes the page makes itself
    // (accounts and templates arriving) are not the user's: m_settingUp counts them.
    bool m_showProblems = true;
    int m_settingUp = 0;
    QPointer<PreviewDialog> m_pdfWindow; // the open preview or invoice PDF
};

} // namespace einvoice
