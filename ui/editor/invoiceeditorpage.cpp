#include "invoiceeditorpage.h"

#include "buyerform.h"
#include "core/blanklines.h"
#include "core/clock.h"
#include "core/invoicevalidator.h"
#include "core/vietnamtime.h"
#include "draftautosaver.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "editorconfirmations.h"
#include "fielderrors.h"
#include "headerform.h"
#include "issuespanel.h"
#include "linedelegate.h"
#include "linestable.h"
#include "store/localdraftrepository.h"
#include "totalspanel.h"
#include "ui/common/translatedlabel.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace einvoice {

namespace {

// The words of the page's buttons (and of the actions that carry their shortcuts), by object name.
constexpr std::pair<const char *, const char *> buttonTexts[] = {
    {"newInvoiceButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Ne&w")},
    {"duplicateButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "&Duplicate")},
    {"catalogueButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Catalo&gue…")},
    {"previewButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "&Preview")},
    {"saveDraftButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "&Save draft")},
    {"issueButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "&Issue")},
    {"issueDraftButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "&Issue draft")},
    {"deleteDraftButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Delete draft")},
    {"editDraftButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Edit a&s new draft")},
    {"openPdfButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Open PDF")},
    {"addLineButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Add line")},
    {"removeLineButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Remove line")},
    {"duplicateLineButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Duplicate line")},
    {"moveLineUpButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Move up")},
    {"moveLineDownButton", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Move down")},
    {"undoRemoveLineAction", QT_TRANSLATE_NOOP("einvoice::InvoiceEditorPage", "Undo remove line")},
};

// Marks the changes made while it lives as the page's own, not the user's.
class SettingUp
{
public:
    explicit SettingUp(int &depth) : m_depth(depth) { ++m_depth; }
    ~SettingUp() { --m_depth; }
    SettingUp(const SettingUp &) = delete;
    SettingUp &operator=(const SettingUp &) = delete;

private:
    int &m_depth;
};

} // namespace

InvoiceEditorPage::InvoiceEditorPage(const EditorServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_errors(std::make_unique<FieldErrors>()),
      m_lines(new InvoiceLinesModel(this))
{
    setObjectName(QStringLiteral("invoiceEditorPage"));
    if (!m_services.clock)
        m_services.clock = &SystemClock::instance();
    m_autosaver = new DraftAutosaver(m_services.drafts, m_services.environment, this);
    buildUi();
    connectForms();
    connectActions();
    openLatestDraft();
    if (m_services.actions)
        m_services.actions->fetchAccounts();
    retranslateUi();
}

// Another environment: what was being typed stays a local draft of the one it was typed in, and
// the page goes on with the newest unsent invoice of the new one (or a new invoice) and its
// accounts. The page itself stays: its layout and column widths are kept.
void InvoiceEditorPage::setEnvironment(
    InvoiceActions *actions, const QString &environment, const QString &environmentName, bool production)
{
    if (m_services.actions)
        m_services.actions->disconnect(this);
    if (m_services.actions)
        m_services.actions->disconnect(m_header);
    m_services.actions = actions;
    m_services.environment = environment;
    m_services.environmentName = environmentName;
    m_services.production = production;
    m_autosaver->setEnvironment(environment);
    m_buyer->setCatalogue(m_services.catalogue, environment);
    if (auto *delegate = qobject_cast<LineDelegate *>(m_table->itemDelegate()))
        delegate->setCatalogue(m_services.catalogue, environment);
    m_accountDetails.clear();
    m_header->setAccounts({});
    connectActions();
    m_autosaver->cancel(); // edits the switch itself made to the old form belong to neither
    openLatestDraft();
    if (actions)
        actions->fetchAccounts();
}

void InvoiceEditorPage::openLatestDraft()
{
    const auto drafts = m_services.drafts
        ? m_services.drafts->list(m_services.environment)
        : StoreResult<QList<LocalDraftListItem>>(QList<LocalDraftListItem>());
    if (!drafts.ok() || drafts.value().isEmpty() || !openDraft(drafts.value().first().id))
        newInvoice();
}

void InvoiceEditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// What the user typed stays; the words around it, the checks and the totals change language.
void InvoiceEditorPage::retranslateUi()
{
    for (const auto &[name, text] : buttonTexts) {
        const QString translated = tr(text);
        if (QPushButton *button = m_buttons.value(QLatin1String(name))) {
            button->setText(translated);
            for (QAction *action : button->actions())
                action->setText(translated);
        }
        if (QAction *action = m_lineActions.value(QLatin1String(name)))
            action->setText(translated);
    }
    m_draftsButton->setText(tr("Local drafts"));
    for (QAction *action : m_draftsButton->actions())
        action->setText(m_draftsButton->text());
    m_headerBox->setTitle(tr("Invoice"));
    m_buyerBox->setTitle(tr("Buyer"));
    m_checkBox->setTitle(tr("Totals and checks"));
    m_problemsLabel->setText(tr("Problems to fix:"));
    m_linesBox->setTitle(tr("Lines"));
    m_lines->retranslate();
    refresh();
}

InvoiceEditorPage::~InvoiceEditorPage()
{
    m_autosaver->flush();
}

void InvoiceEditorPage::buildUi()
{
    m_header = new HeaderForm(*m_errors, this);
    m_buyer = new BuyerForm(*m_errors, this);
    m_buyer->setCatalogue(m_services.catalogue, m_services.environment);
    m_totalsPanel = new TotalsPanel(this);
    m_issuesPanel = new IssuesPanel(this);
    auto *headerBox = new QGroupBox(this);
    m_headerBox = headerBox;
    (new QVBoxLayout(headerBox))->addWidget(m_header);
    auto *buyerBox = new QGroupBox(this);
    m_buyerBox = buyerBox;
    (new QVBoxLayout(buyerBox))->addWidget(m_buyer);
    auto *checkBox = new QGroupBox(this);
    m_checkBox = checkBox;
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_totalsPanel);
    m_problemsLabel = new QLabel(checkBox);
    checkLayout->addWidget(m_problemsLabel);
    checkLayout->addWidget(m_issuesPanel, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(headerBox, 3);
    topLayout->addWidget(buyerBox, 3);
    topLayout->addWidget(checkBox, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(buildLinesBox());
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildActionBar());
    layout->addWidget(splitter, 1);
    m_status = new TranslatedLabel(this);
    m_status->setObjectName(QStringLiteral("progressLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // As in a spreadsheet, Enter in a header or buyer field moves on to the next one.
    for (QWidget *form : std::initializer_list<QWidget *> {m_header, m_buyer}) {
        for (QLineEdit *edit : form->findChildren<QLineEdit *>())
            connect(edit, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });
    }
}

QWidget *InvoiceEditorPage::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, bar, layout](
                         const char *name, const QKeySequence &shortcut, void (InvoiceEditorPage::*slot)()) {
        auto *button = new QPushButton(bar);
        button->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            // An action, not QAbstractButton::setShortcut (which would replace the Alt mnemonic); the
            // shortcuts dialog lists it, and it is inactive while the button is hidden.
            auto *action = new QAction(button);
            action->setShortcut(shortcut);
            button->addAction(action);
            connect(action, &QAction::triggered, button, &QPushButton::click);
            button->setToolTip(shortcut.toString(QKeySequence::NativeText));
        }
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
        m_buttons.insert(QLatin1String(name), button);
    };
    add("newInvoiceButton", QKeySequence(), &InvoiceEditorPage::newInvoice);
    add("duplicateButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        &InvoiceEditorPage::duplicateInvoice);
    m_draftsButton = new QToolButton(bar);
    m_draftsButton->setObjectName(QStringLiteral("localDraftsButton"));
    m_draftsButton->setPopupMode(QToolButton::InstantPopup);
    m_draftsButton->setMenu(new QMenu(m_draftsButton));
    connect(m_draftsButton->menu(), &QMenu::aboutToShow, this, &InvoiceEditorPage::fillDraftsMenu);
    auto *showDrafts = new QAction(m_draftsButton);
    showDrafts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_draftsButton->addAction(showDrafts);
    m_draftsButton->setToolTip(showDrafts->shortcut().toString(QKeySequence::NativeText));
    connect(showDrafts, &QAction::triggered, m_draftsButton, &QToolButton::showMenu);
    layout->addWidget(m_draftsButton);
    add("catalogueButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        &InvoiceEditorPage::manageCatalogue);
    layout->addStretch();
    add("previewButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &InvoiceEditorPage::preview);
    add("saveDraftButton", QKeySequence(Qt::CTRL | Qt::Key_S), &InvoiceEditorPage::saveDraft);
    // Issue and Issue draft are never shown together: Ctrl+Enter sends what the page offers.
    add("issueButton", QKeySequence(Qt::CTRL | Qt::Key_Return), &InvoiceEditorPage::issue);
    add("issueDraftButton", QKeySequence(Qt::CTRL | Qt::Key_Return), &InvoiceEditorPage::issueServerDraft);
    add("editDraftButton", QKeySequence(Qt::CTRL | Qt::Key_E), &InvoiceEditorPage::editServerDraft);
    add("deleteDraftButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        &InvoiceEditorPage::deleteServerDraft);
    add("openPdfButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &InvoiceEditorPage::openPdf);
    return bar;
}

QWidget *InvoiceEditorPage::buildLinesBox()
{
    auto *box = new QGroupBox(this);
    m_linesBox = box;
    m_table = new LinesTable(m_lines, box);
    auto *delegate = new LineDelegate(m_table);
    delegate->setCatalogue(m_services.catalogue, m_services.environment);
    m_table->setItemDelegate(delegate);
    auto *buttons = new QHBoxLayout;
    const auto add = [this, box, buttons](const char *name, const QKeySequence &shortcut,
                         const std::function<void(int)> &run) {
        auto *button = new QPushButton(box);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
        auto *action = new QAction(m_table);
        m_lineActions.insert(QLatin1String(name), action);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        const auto trigger = [this, run] {
            if (m_stage != Stage::Editing)
                return;
            run(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
            m_table->setFocus(Qt::OtherFocusReason); // typing goes on in the table, not on a button
        };
        connect(action, &QAction::triggered, this, trigger);
        connect(button, &QPushButton::clicked, this, trigger);
        buttons->addWidget(button);
        m_buttons.insert(QLatin1String(name), button);
    };
    add("addLineButton", QKeySequence(Qt::CTRL | Qt::Key_Insert), [this](int) {
        const QModelIndex cell
            = m_table->nextEditable(m_lines->index(m_lines->rowCount() - 1, LineColumns::Count - 1));
        m_table->setCurrentIndex(cell);
        m_table->edit(cell);
    });
    add("removeLineButton", QKeySequence(Qt::CTRL | Qt::Key_Delete), [this](int row) { removeLine(row); });
    auto *undoRemove = new QAction(m_table);
    undoRemove->setObjectName(QStringLiteral("undoRemoveLineAction"));
    undoRemove->setShortcut(QKeySequence::Undo); // an open cell editor keeps its own Ctrl+Z
    undoRemove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(undoRemove);
    m_lineActions.insert(undoRemove->objectName(), undoRemove);
    connect(undoRemove, &QAction::triggered, this, [this] {
        const int row = m_stage == Stage::Editing ? m_lines->restoreRemovedLine() : -1;
        if (row < 0)
            return;
        m_table->setCurrentIndex(m_lines->index(row, LineColumns::ItemName));
        showStatus([row] { return tr("Line %1 is back.").arg(row + 1); });
    });
    add("duplicateLineButton", QKeySequence(Qt::CTRL | Qt::Key_D),
        [this](int row) { m_lines->duplicateLine(row); });
    add("moveLineUpButton", QKeySequence(Qt::ALT | Qt::Key_Up), [this](int row) {
        if (m_lines->moveLine(row, row - 1))
            m_table->setCurrentIndex(m_lines->index(row - 1, m_table->currentIndex().column()));
    });
    add("moveLineDownButton", QKeySequence(Qt::ALT | Qt::Key_Down), [this](int row) {
        if (m_lines->moveLine(row, row + 1))
            m_table->setCurrentIndex(m_lines->index(row + 1, m_table->currentIndex().column()));
    });
    buttons->addStretch();
    m_linesError = FieldErrors::makeLabel(QStringLiteral("linesError"), box);
    m_errors->add(QStringLiteral("items"), m_table, m_linesError);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_linesError);
    return box;
}

void InvoiceEditorPage::removeLine(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return;
    const InvoiceLine &line = m_lines->line(row);
    if (!isBlankLine(line)
        && !Questions::orDefault(m_services.questions)
                .confirm(this, EditorConfirmations::removeLine(row + 1, line.itemName)))
        return;
    m_lines->removeLine(row);
    const int next = std::min(row, m_lines->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_lines->index(next, LineColumns::ItemName));
    showStatus([row] { return tr("Line %1 removed. Ctrl+Z puts it back.").arg(row + 1); });
}

void InvoiceEditorPage::connectForms()
{
    connect(m_header, &HeaderForm::changed, this, &InvoiceEditorPage::onEdited);
    connect(m_buyer, &BuyerForm::changed, this, &InvoiceEditorPage::onEdited);
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &InvoiceEditorPage::onEdited);
    connect(m_issuesPanel, &IssuesPanel::fieldActivated, this, &InvoiceEditorPage::focusField);
    connect(m_header, &HeaderForm::accountSelected, this, [this](const QString &id) {
        const SettingUp settingUp(m_settingUp);
        if (m_accountDetails.contains(id))
            m_header->setAccountDetail(m_accountDetails.value(id));
        else if (m_services.actions)
            m_services.actions->fetchAccount(id);
    });
}

void InvoiceEditorPage::connectActions()
{
    InvoiceActions *actions = m_services.actions;
    if (!actions)
        return;
    connect(actions, &InvoiceActions::accountsFetched, this, [this](const QList<ProviderAccount> &accounts) {
        const SettingUp settingUp(m_settingUp);
        m_header->setAccounts(accounts);
    });
    connect(actions, &InvoiceActions::accountFetched, this, [this](const ProviderAccount &account) {
        const SettingUp settingUp(m_settingUp);
        m_accountDetails.insert(account.id, account);
        m_header->setAccountDetail(account);
    });
    connect(actions, &InvoiceActions::fetchFailed, this,
        [this](const QString &message) { showStatus([message] { return message; }, true); });
    connect(actions, &InvoiceActions::progress, this,
        [this](InvoiceActions::Action, const QString &text) { showStatus([text] { return text; }); });
    connect(actions, &InvoiceActions::actionFinished, this, &InvoiceEditorPage::onActionFinished);
    connect(actions, &InvoiceActions::unfinishedJobEnded, this, &InvoiceEditorPage::onUnfinishedJobEnded);
    connect(actions, &InvoiceActions::replacedDraftDeleted, this, [this](const QString &, const QString &) {
        showStatus([] {
            return tr("A draft edit left unfinished before the app closed is finished: the old draft "
                      "was deleted.");
        });
    });
    connect(actions, &InvoiceActions::pdfReady, this, [this](const QString &, const QByteArray &pdf) {
        setStage(Stage::Issued);
        showStatus(Text()); // not "Downloading the PDF…" any more
        showPdf([number = m_invoiceNumber] { return tr("Invoice %1").arg(number); }, pdf);
    });
}

Invoice InvoiceEditorPage::invoice() const
{
    Invoice invoice;
    m_header->collect(invoice);
    invoice.buyer = m_buyer->buyer();
    invoice.lines = m_lines->lines();
    return invoice;
}

QString InvoiceEditorPage::localDraftId() const
{
    return m_autosaver->draftId();
}

void InvoiceEditorPage::applyInvoice(const Invoice &invoice)
{
    m_applying = true;
    m_header->apply(invoice);
    m_buyer->apply(invoice.buyer);
    m_lines->setLines(invoice.lines.isEmpty() ? QList<InvoiceLine> {InvoiceLine()} : invoice.lines);
    m_applying = false;
    refresh();
}

// The invoice being edited stays a local draft; the status says where it went.
void InvoiceEditorPage::newInvoice()
{
    m_lastIssued.clear();
    m_replacesDraft.clear();
    m_autosaver->flush();
    const bool keptTyping = !m_autosaver->draftId().isEmpty();
    m_autosaver->setDraftId(QString());
    Invoice invoice;
    invoice.templateCode.clear();
    invoice.providerAccountId = m_header->selectedAccountId();
    invoice.issuedAt = m_services.clock->nowInVietnam();
    invoice.referenceCode = HeaderForm::newReferenceCode();
    invoice.buyer.type = BuyerType::Company;
    m_serverReference.clear();
    m_invoiceNumber.clear();
    m_showProblems = false;
    const SettingUp settingUp(m_settingUp);
    setStage(Stage::Editing);
    applyInvoice(invoice);
    if (!invoice.providerAccountId.isEmpty())
        m_header->setAccountDetail(m_accountDetails.value(invoice.providerAccountId));
    showStatus(keptTyping ? Text([] { return tr("The invoice you were typing is kept in Local drafts."); })
                          : Text());
}

bool InvoiceEditorPage::openDraft(const QString &localDraftId)
{
    m_lastIssued.clear();
    if (!m_services.drafts)
        return false;
    m_replacesDraft.clear();
    const StoreResult<LocalDraft> draft = m_services.drafts->load(localDraftId);
    if (!draft.ok())
        return false;
    m_autosaver->flush();
    m_autosaver->setDraftId(draft.value().id);
    m_serverReference.clear();
    m_invoiceNumber.clear();
    m_showProblems = true;
    setStage(Stage::Editing);
    applyInvoice(draft.value().invoice);
    showStatus([when = draft.value().updatedAt] {
        return tr("Restored the unsent invoice from %1.").arg(VietnamTime::format(when));
    });
    return true;
}

void InvoiceEditorPage::openInvoice(const Invoice &invoice)
{
    m_lastIssued.clear();
    m_replacesDraft.clear();
    m_autosaver->flush();
    m_autosaver->setDraftId(QString());
    m_serverReference.clear();
    m_invoiceNumber.clear();
    m_showProblems = true;
    setStage(Stage::Editing);
    applyInvoice(invoice);
    onEdited();
}

void InvoiceEditorPage::openServerDraft(const Invoice &invoice)
{
    m_lastIssued.clear();
    m_replacesDraft.clear();
    m_autosaver->flush();
    m_autosaver->setDraftId(QString());
    m_showProblems = true;
    applyInvoice(invoice);
    m_serverReference = invoice.referenceCode;
    m_invoiceNumber.clear();
    setStage(Stage::ServerDraft);
}

void InvoiceEditorPage::duplicateInvoice()
{
    Invoice copy = invoice();
    copy.referenceCode = HeaderForm::newReferenceCode();
    copy.issuedAt = m_services.clock->nowInVietnam();
    openInvoice(copy);
    showStatus([] { return tr("This is a copy with a new reference code; the original is unchanged."); });
}

void InvoiceEditorPage::onEdited()
{
    if (m_applying)
        return;
    if (m_settingUp == 0)
        m_showProblems = true;
    refresh();
    // What the page fills in itself makes no draft of an invoice nobody typed into.
    if (m_stage == Stage::Editing && (m_settingUp == 0 || m_autosaver->keepsDraft()))
        m_autosaver->schedule(invoice(), m_totals.grandTotal);
}

void InvoiceEditorPage::refresh()
{
    const Invoice current = invoice();
    InvoiceValidator::Context context;
    context.clock = m_services.clock;
    if (m_accountDetails.contains(current.providerAccountId))
        context.account = m_accountDetails.value(current.providerAccountId);
    context.lastIssuedInSeries = lastIssuedInSeries(current.invoiceSeries);
    // A cell holding text that is not a number has its value unset: "needs a quantity" would
    // contradict what the cell shows, so only "is not a number" is said of it.
    const ValidationIssues typed = m_lines->inputIssues();
    m_issues = InvoiceValidator::validate(current, context);
    m_issues.removeIf([&typed](const ValidationIssue &issue) {
        return std::any_of(typed.cbegin(), typed.cend(),
            [&issue](const ValidationIssue &rejected) { return rejected.field == issue.field; });
    });
    m_issues += typed;
    m_totals = computeTotals(current);
    m_lines->setVatInvoice(current.isVatInvoice() || current.templateCode.isEmpty());
    m_lines->setCurrency(current.currency);
    m_table->setColumnHidden(LineColumns::TaxRate, !m_lines->isVatInvoice());
    const ValidationIssues shown = m_showProblems ? m_issues : ValidationIssues();
    m_lines->setIssues(shown);
    m_errors->show(shown);
    m_issuesPanel->show(shown);
    if (m_lines->awaitsNumbers())
        m_totalsPanel->showAwaitingNumbers();
    else
        m_totalsPanel->show(current, m_totals);
    updateButtons();
    Q_EMIT validated(m_issues);
}

// Read once per series and invoice: the cache changes when an invoice is issued, which starts the
// next one (newInvoice and the openers forget what was read).
std::optional<QDate> InvoiceEditorPage::lastIssuedInSeries(const QString &series)
{
    if (!m_services.lastIssuedInSeries || series.isEmpty())
        return std::nullopt;
    auto found = m_lastIssued.constFind(series);
    if (found == m_lastIssued.cend())
        found = m_lastIssued.insert(series, m_services.lastIssuedInSeries(m_services.environment, series));
    return *found;
}

bool InvoiceEditorPage::focusField(const QString &path)
{
    if (const std::optional<LineColumns::Cell> cell = LineColumns::cellForPath(path)) {
        const int column = cell->column < 0 ? int(LineColumns::ItemName) : cell->column;
        const QModelIndex index = m_lines->index(cell->row, column);
        if (!index.isValid())
            return false;
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        return true;
    }
    QWidget *field = m_errors->field(path == QLatin1String("total_amount") ? QStringLiteral("items") : path);
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void InvoiceEditorPage::fillDraftsMenu()
{
    QMenu *menu = m_draftsButton->menu();
    menu->clear();
    const auto drafts = m_services.drafts
        ? m_services.drafts->list(m_services.environment)
        : StoreResult<QList<LocalDraftListItem>>(QList<LocalDraftListItem>());
    if (!drafts.ok() || drafts.value().isEmpty()) {
        menu->addAction(tr("No unsent invoices"))->setEnabled(false);
        return;
    }
    for (const LocalDraftListItem &item : drafts.value()) {
        const QString buyer = item.buyerName.isEmpty() ? tr("(no buyer)") : item.buyerName;
        const QString text = tr("%1 · %n line(s) · %2", nullptr, item.lineCount)
                                 .arg(buyer, VietnamTime::format(item.updatedAt));
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(item.id == localDraftId());
        connect(action, &QAction::triggered, this, [this, id = item.id] { openDraft(id); });
    }
}

} // namespace einvoice
