#include "correctiondialog.h"

#include "core/clock.h"
#include "core/correctionreference.h"
#include "core/correctionvalidator.h"
#include "core/totals.h"
#include "corrections/correctionaccountfinder.h"
#include "corrections/correctiondraft.h"
#include "corrections/correctionruns.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "i18n/uinumbers.h"
#include "originsummary.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"
#include "ui/editor/buyerform.h"
#include "ui/editor/linedelegate.h"
#include "ui/editor/linestable.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace einvoice {

namespace {

const CorrectionKind adjustmentKinds[]
    = {CorrectionKind::Increase, CorrectionKind::Decrease, CorrectionKind::Combined, CorrectionKind::Info};

} // namespace

CorrectionDialog::CorrectionDialog(const CorrectionDialogServices &services, const InvoiceDetail &origin,
    CorrectionKind kind, QWidget *parent)
    : QDialog(parent), m_services(services), m_origin(origin), m_kind(kind)
{
    Q_ASSERT(services.runs);
    if (!m_services.clock)
        m_services.clock = &SystemClock::instance();
    m_services.questions = &Questions::orDefault(m_services.questions);
    // Read once: a correction of the origin sent meanwhile is checked again when this one is sent.
    if (const StoreResult<Decimal> earlier = m_services.runs->originAdjustedBy(origin.summary.referenceCode))
        m_earlierAdjustments = earlier.value();
    setObjectName(QStringLiteral("correctionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary = new OriginSummary(origin, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(buildEditor(), 1);
    layout->addWidget(buildButtons());
    refill();
    retranslateUi();
    resize(960, 720);
    findAccount();
}

CorrectionDialog::~CorrectionDialog() = default;

QWidget *CorrectionDialog::buildEditor()
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout;
    m_kindLabel = new QLabel(editor);
    m_kindBox = new QComboBox(editor);
    m_kindBox->setObjectName(QStringLiteral("adjustmentKind"));
    for (CorrectionKind kind : adjustmentKinds)
        m_kindBox->addItem(QString(), int(kind));
    m_kindLabel->setBuddy(m_kindBox);
    form->addRow(m_kindLabel, m_kindBox);
    m_kindBox->setVisible(m_kind != CorrectionKind::Replace);
    m_kindLabel->setVisible(m_kind != CorrectionKind::Replace);
    if (m_kind != CorrectionKind::Replace)
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_kind)));
    connect(m_kindBox, &QComboBox::activated, this,
        [this] { setKind(CorrectionKind(m_kindBox->currentData().toInt())); });
    m_reasonLabel = new QLabel(editor);
    m_reason = new QLineEdit(editor);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_errors.wrap(QStringLiteral("notes"), m_reason));
    m_hint = new QLabel(editor);
    m_hint->setObjectName(QStringLiteral("correctionHint"));
    m_hint->setWordWrap(true);
    m_buyer = new BuyerForm(m_errors, editor);
    m_lines = new InvoiceLinesModel(this);
    m_table = new LinesTable(m_lines, editor);
    m_table->setItemDelegate(new LineDelegate(m_table));
    m_table->setObjectName(QStringLiteral("correctionLines"));
    m_effect = new QLabel(editor);
    m_effect->setObjectName(QStringLiteral("correctionEffect"));
    m_issues = new QLabel(editor);
    m_issues->setObjectName(QStringLiteral("correctionIssues"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    // The buyer and the lines share the height; the user moves the border (a replacement needs both).
    auto *split = new QSplitter(Qt::Vertical, editor);
    split->setChildrenCollapsible(false);
    split->addWidget(m_buyer);
    auto *linesBox = new QWidget(split);
    m_linesLabel = new QLabel(linesBox);
    m_linesLabel->setBuddy(m_table);
    m_table->setParent(linesBox);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_linesLabel);
    linesLayout->addWidget(m_table, 1);
    split->addWidget(linesBox);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_effect);
    layout->addWidget(m_issues);
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &CorrectionDialog::onEdited);
    connect(m_buyer, &BuyerForm::changed, this, &CorrectionDialog::onEdited);
    connect(m_reason, &QLineEdit::textEdited, this, &CorrectionDialog::onEdited);
    return editor;
}

QWidget *CorrectionDialog::buildButtons()
{
    auto *bar = new QWidget(this);
    m_status = new TranslatedLabel(bar);
    m_status->setObjectName(QStringLiteral("correctionStatus"));
    m_status->setWordWrap(true);
    m_preview = new QPushButton(bar);
    m_preview->setObjectName(QStringLiteral("correctionPreviewButton"));
    m_send = new QPushButton(bar);
    m_send->setObjectName(QStringLiteral("correctionSendButton"));
    // Beside the buttons' mnemonics (a button's text replaces its own shortcut).
    for (auto [button, keys] : {std::pair {m_preview, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
             std::pair {m_send, QKeySequence(Qt::CTRL | Qt::Key_Return)}}) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, button, &QPushButton::animateClick);
        addAction(action);
        button->setToolTip(keys.toString(QKeySequence::NativeText));
    }
    m_send->setEnabled(false); // until the provider account is known
    // No default button: Return in a field must not open the preview nor send (Ctrl+Return sends).
    m_preview->setAutoDefault(false);
    m_send->setAutoDefault(false);
    m_close = new QPushButton(bar);
    m_close->setObjectName(QStringLiteral("correctionCloseButton"));
    m_close->setAutoDefault(false);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_send);
    layout->addWidget(m_close);
    connect(m_preview, &QPushButton::clicked, this, &CorrectionDialog::preview);
    connect(m_send, &QPushButton::clicked, this, &CorrectionDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    return bar;
}

void CorrectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CorrectionDialog::retranslateUi()
{
    const QString number = printedInvoiceNumber(m_origin.summary.invoiceNumber);
    setWindowTitle(m_kind == CorrectionKind::Replace ? tr("Replace invoice %1").arg(number)
                                                     : tr("Adjust invoice %1").arg(number));
    m_kindLabel->setText(tr("&Adjustment:"));
    const QStringList kinds
        = {tr("Increase"), tr("Decrease"), tr("Increase and decrease"), tr("Information only")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kindBox->setItemText(i, kinds.at(i));
    m_reasonLabel->setText(tr("&Reason:"));
    m_linesLabel->setText(m_kind == CorrectionKind::Replace ? tr("L&ines of the replacement:")
                                                            : tr("L&ines (the differences):"));
    m_reason->setPlaceholderText(tr("Why the invoice is corrected, e.g. wrong unit price"));
    m_hint->setText(kindHint());
    m_preview->setText(tr("Pre&view"));
    m_send->setText(m_kind == CorrectionKind::Replace ? tr("&Send replacement") : tr("&Send adjustment"));
    m_close->setText(tr("Close"));
    m_lines->retranslate();
    onEdited();
}

QString CorrectionDialog::kindHint() const
{
    switch (m_kind) {
    case CorrectionKind::Replace:
        return tr("The replacement carries the whole corrected invoice: correct the buyer and the lines "
                  "below. Once it is issued, the invoice it replaces is no longer valid.");
    case CorrectionKind::Increase:
        return tr("Type in the Quantity column the quantity to add on each line to raise (or the quantity "
                  "with the price difference); lines left without a quantity are not sent.");
    case CorrectionKind::Decrease:
        return tr("Type in the Quantity column the quantity to take off on each line to reduce (or the "
                  "quantity with the price reduction); it is sent as a negative difference. Lines left "
                  "without a quantity are not sent.");
    case CorrectionKind::Combined:
        return tr("Type each line's difference with its sign: a positive quantity adds, a negative one "
                  "takes off. Lines left without a quantity are not sent.");
    case CorrectionKind::Info:
        return tr("Correct the buyer's data below and say in the reason what is corrected; no amount "
                  "changes. The reason is printed as the adjustment's line.");
    }
    return {};
}

void CorrectionDialog::setKind(CorrectionKind kind)
{
    if ((kind == CorrectionKind::Replace) != (m_kind == CorrectionKind::Replace) || kind == m_kind)
        return; // a window replaces or adjusts; it does not switch between the two
    const CorrectionKind before = m_kind;
    m_kind = kind;
    if (!mayRefill()) {
        m_kind = before;
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(before)));
        return;
    }
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    refill();
    if (!m_templateCode.isEmpty())
        m_summary->setReference(m_kind, m_templateCode);
    retranslateUi();
}

// The lines and buyer of the kind, from the origin again: each kind starts from its own form.
void CorrectionDialog::refill()
{
    const Invoice start
        = CorrectionDraft::prefill(m_origin, m_kind, m_services.clock->nowInVietnam(), m_templateCode);
    m_buyer->apply(start.buyer);
    // A money adjustment repeats the origin's buyer (shown above): nothing to edit there.
    m_buyer->setVisible(m_kind == CorrectionKind::Replace || m_kind == CorrectionKind::Info);
    m_lines->setLines(start.lines.isEmpty() ? QList<InvoiceLine> {InvoiceLine()} : start.lines);
    showTaxRates();
    m_table->setVisible(m_kind != CorrectionKind::Info);
    m_linesLabel->setVisible(m_kind != CorrectionKind::Info);
    if (m_kind != CorrectionKind::Replace)
        m_table->setCurrentIndex(m_lines->index(0, LineColumns::Quantity));
    m_filledLines = m_lines->lines();
    m_filledBuyer = m_buyer->buyer();
}

bool CorrectionDialog::isEditedSinceFilled() const
{
    return m_lines->lines() != m_filledLines || m_buyer->buyer() != m_filledBuyer;
}

void CorrectionDialog::reject()
{
    const bool typed = isEditedSinceFilled() || !m_reason->text().trimmed().isEmpty();
    if (typed && !m_done && !m_submission) {
        Questions::Confirmation question;
        question.title = tr("Close the correction");
        question.text = tr("What you typed in this correction has not been sent and is lost when the window "
                           "closes.\n\nClose it anyway?");
        question.acceptLabel = tr("Close and discard");
        question.rejectLabel = tr("Keep editing");
        if (!m_services.questions->confirm(this, question))
            return;
    }
    QDialog::reject();
}

// Another kind starts from its own lines: what the user typed is given up only when they say so
// (a quantity typed to take off would otherwise be sent as one to add).
bool CorrectionDialog::mayRefill()
{
    if (!isEditedSinceFilled())
        return true;
    Questions::Confirmation question;
    question.title = tr("Change the adjustment");
    question.text = tr("You have edited the lines or the buyer. Changing the adjustment starts them again "
                       "from the invoice being corrected, and what you typed is lost.\n\nChange it anyway?");
    question.acceptLabel = tr("Change and start again");
    return m_services.questions->confirm(this, question);
}

// The tax rate column until the template is known: a sales invoice then hides it.
void CorrectionDialog::showTaxRates()
{
    const bool vat = m_templateCode.isEmpty() || m_templateCode == QLatin1String("1");
    m_lines->setVatInvoice(vat);
    m_table->setColumnHidden(LineColumns::TaxRate, !vat);
}

void CorrectionDialog::findAccount()
{
    auto *finder = new CorrectionAccountFinder(m_services.runs->client(), m_origin.invoiceSeries, this);
    connect(finder, &CorrectionAccountFinder::found, this,
        [this, finder](const QString &id, const QString &code) {
            finder->deleteLater();
            m_accountId = id;
            m_templateCode = code;
            m_summary->setReference(m_kind, code);
            m_send->setEnabled(!m_done && !m_submission);
            if (!isEditedSinceFilled())
                refill(); // the template says whether the lines carry tax rates
            showTaxRates(); // what the user typed meanwhile stays
            onEdited();
        });
    connect(finder, &CorrectionAccountFinder::failed, this, [this, finder](const QString &message) {
        finder->deleteLater();
        m_status->setMessage([message] { return message; });
    });
    finder->start();
}

Invoice CorrectionDialog::correction() const
{
    Invoice invoice
        = CorrectionDraft::prefill(m_origin, m_kind, m_services.clock->nowInVietnam(), m_templateCode);
    invoice.providerAccountId = m_accountId;
    invoice.buyer = m_buyer->buyer();
    invoice.lines = m_kind == CorrectionKind::Info ? QList<InvoiceLine>() : m_lines->lines();
    invoice.notes = m_reason->text().trimmed();
    return CorrectionDraft::toSend(invoice, m_kind);
}

ValidationIssues CorrectionDialog::check() const
{
    ValidationIssues issues = m_lines->inputIssues();
    if (m_reason->text().trimmed().isEmpty()) {
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("notes"),
            QT_TRANSLATE_NOOP("einvoice::Validation", "Say in Reason why the invoice is corrected."), {}});
    }
    InvoiceValidator::Context context;
    context.clock = m_services.clock;
    issues += CorrectionValidator::validate(correction(), m_kind, m_origin, context, m_earlierAdjustments);
    return issues;
}

Decimal CorrectionDialog::totalEffect() const
{
    if (m_kind == CorrectionKind::Info)
        return {};
    const Decimal total = computeTotals(correction()).grandTotal;
    return m_kind == CorrectionKind::Replace ? total - m_origin.summary.totalAmount : total;
}

void CorrectionDialog::onEdited()
{
    const Decimal effect = totalEffect();
    const QString sign = effect.isNegative() || effect.isZero() ? QString() : QStringLiteral("+");
    m_effect->setText(tr("Effect on the total to pay: %1").arg(sign + UiNumbers::money(effect.rounded(0))));
    if (!m_issues->text().isEmpty())
        showIssues(check()); // issues shown once are kept current as the user corrects them
}

void CorrectionDialog::showIssues(const ValidationIssues &issues)
{
    QStringList texts;
    for (const ValidationIssue &issue : issues)
        texts.append((issue.isError() ? QStringLiteral("• ") : QStringLiteral("⚠ ")) + issue.text());
    m_issues->setText(texts.join(QLatin1Char('\n')));
    m_errors.show(issues);
}

QString CorrectionDialog::statusText() const
{
    return m_status->text();
}

} // namespace einvoice
