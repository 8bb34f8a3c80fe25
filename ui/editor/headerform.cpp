#include "headerform.h"

#include "core/clock.h"
#include "core/providernames.h"
#include "editor/editorroles.h"
#include "fielderrors.h"
#include "ui/common/formrows.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QUuid>

namespace einvoice {

namespace {

template<typename Widget> Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

HeaderForm::HeaderForm(FieldErrors &errors, QWidget *parent)
    : QWidget(parent),
      m_account(named(new QComboBox(this), "accountCombo")),
      m_template(named(new QComboBox(this), "templateCombo")),
      m_issuedAt(named(new QDateTimeEdit(this), "issuedAtEdit")),
      m_currency(named(new QComboBox(this), "currencyCombo")),
      m_payment(named(new QComboBox(this), "paymentCombo")),
      m_notes(named(new QLineEdit(this), "notesEdit")),
      m_reference(named(new QLineEdit(this), "referenceEdit")),
      m_newReference(named(new QToolButton(this), "newReferenceButton"))
{
    m_issuedAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    m_issuedAt->setCalendarPopup(true);
    // No hidden step-up area at the field's top edge: a click there moved the date (issue 16.15).
    m_issuedAt->setButtonSymbols(QAbstractSpinBox::NoButtons);
    for (const Currency currency : {Currency::VND, Currency::USD, Currency::CAD})
        m_currency->addItem(toWire(currency), int(currency));
    for (int method : {-1, int(PaymentMethod::Cash), int(PaymentMethod::Transfer),
             int(PaymentMethod::CashOrTransfer), int(PaymentMethod::Other)})
        m_payment->addItem(QString(), method);
    buildFields(errors);
    retranslateUi();

    connect(m_account, &QComboBox::currentIndexChanged, this, &HeaderForm::onAccountChosen);
    connect(m_template, &QComboBox::currentIndexChanged, this, &HeaderForm::changed);
    connect(m_issuedAt, &QDateTimeEdit::dateTimeChanged, this, &HeaderForm::changed);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &HeaderForm::changed);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &HeaderForm::changed);
    connect(m_notes, &QLineEdit::textChanged, this, &HeaderForm::changed);
    connect(m_reference, &QLineEdit::textChanged, this, &HeaderForm::changed);
    connect(
        m_newReference, &QToolButton::clicked, this, [this] { m_reference->setText(newReferenceCode()); });
}

void HeaderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HeaderForm::retranslateUi()
{
    const QString rows[] = {tr("Provider &account"), tr("&Template and series"), tr("Issued at"),
        tr("C&urrency"), tr("Pa&yment method"), tr("N&otes"), tr("&Reference code")};
    for (int row = 0; row < m_form->rowCount(); ++row)
        setRowLabel(m_form, row, rows[row]);
    const QString payments[] = {tr("(not stated)"), tr("Cash (TM)"), tr("Bank transfer (CK)"),
        tr("Cash or transfer (TM/CK)"), tr("Other (KHAC)")};
    for (int i = 0; i < m_payment->count(); ++i)
        m_payment->setItemText(i, payments[i]);
    m_newReference->setText(tr("New"));
    m_newReference->setToolTip(tr("Generate a new reference code"));
    m_reference->setPlaceholderText(tr("Generated when empty"));
    for (int i = 0; i < m_account->count(); ++i)
        m_account->setItemText(i, accountLabel(m_account->itemData(i).toString()));
    for (int i = 0; i < m_template->count(); ++i) {
        if (m_template->itemData(i, editorroles::NotOfferedRole).toBool())
            m_template->setItemText(i,
                notOfferedLabel(m_template->itemData(i).toString(),
                    m_template->itemData(i, editorroles::TemplateSeriesRole).toString()));
    }
}

// How the account combo names an account: empty id for "choose one"; one the server did not list
// (or whose list has not arrived: no connection, no credentials) by what is known, never its ID.
QString HeaderForm::accountLabel(const QString &id) const
{
    if (id.isEmpty())
        return tr("Choose a provider account…");
    for (const ProviderAccount &account : m_accounts) {
        if (account.id == id)
            return account.active ? providerAccountLabel(account, m_accounts)
                                  : tr("%1 (inactive)").arg(providerAccountLabel(account, m_accounts));
    }
    return m_accounts.isEmpty() ? tr("Account (name not loaded)") : tr("Account not listed by the server");
}

QString HeaderForm::notOfferedLabel(const QString &templateCode, const QString &series)
{
    return tr("%1%2 (not offered by this account)").arg(templateCode, series);
}

void HeaderForm::buildFields(FieldErrors &errors)
{
    auto *form = new QFormLayout(this);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, errors.wrap(QStringLiteral("provider_account_id"), m_account));
    addRow(form, errors.wrap(QStringLiteral("invoice_series"), m_template));
    errors.add(QStringLiteral("template_code"), m_template, errors.label(QStringLiteral("invoice_series")));
    addRow(form, errors.wrap(QStringLiteral("issued_date"), m_issuedAt));
    addRow(form, errors.wrap(QStringLiteral("currency"), m_currency));
    addRow(form, errors.wrap(QStringLiteral("payment_method"), m_payment));
    addRow(form, errors.wrap(QStringLiteral("notes"), m_notes));
    auto *referenceRow = new QWidget(this);
    auto *referenceLayout = new QHBoxLayout(referenceRow);
    referenceLayout->setContentsMargins(0, 0, 0, 0);
    referenceLayout->addWidget(m_reference);
    referenceLayout->addWidget(m_newReference);
    referenceRow->setFocusPolicy(m_reference->focusPolicy()); // "&Reference code" focuses the edit
    referenceRow->setFocusProxy(m_reference);
    errors.wrap(QStringLiteral("reference_code"), m_reference);
    addRow(form, referenceRow);
}

QString HeaderForm::newReferenceCode()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void HeaderForm::setAccounts(const QList<ProviderAccount> &accounts)
{
    const QString current = m_pendingAccount.isEmpty() ? selectedAccountId() : m_pendingAccount;
    m_accounts = accounts;
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        m_account->addItem(accountLabel(QString()), QString());
        for (const ProviderAccount &account : accounts) {
            m_account->addItem(accountLabel(account.id), account.id);
            if (!account.active) // shown, so that a draft made with it reads right, but not offered
                qobject_cast<QStandardItemModel *>(m_account->model())
                    ->item(m_account->count() - 1)
                    ->setEnabled(false);
        }
    }
    // Nothing chosen yet: the first active account (issue 17), keeping a template already applied.
    QString chosen = current;
    for (qsizetype i = 0; chosen.isEmpty() && i < accounts.size(); ++i) {
        if (accounts.at(i).active)
            m_pendingAccount = chosen = accounts.at(i).id;
    }
    selectAccount(chosen);
    onAccountChosen();
}

void HeaderForm::selectAccount(const QString &id)
{
    const QSignalBlocker blocker(m_account);
    int index = m_account->findData(id);
    if (index < 0 && !id.isEmpty()) {
        m_account->addItem(accountLabel(id), id);
        index = m_account->count() - 1;
    }
    m_account->setCurrentIndex(std::max(index, 0));
}

QString HeaderForm::selectedAccountId() const
{
    return m_account->currentData().toString();
}

void HeaderForm::onAccountChosen()
{
    if (!selectedAccountId().isEmpty() && selectedAccountId() != m_pendingAccount) {
        m_pendingTemplate.clear();
        m_pendingSeries.clear();
    }
    m_pendingAccount.clear();
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
    }
    if (!selectedAccountId().isEmpty())
        Q_EMIT accountSelected(selectedAccountId());
    Q_EMIT changed();
}

void HeaderForm::setAccountDetail(const ProviderAccount &account)
{
    if (account.id != selectedAccountId())
        return;
    const QString code
        = m_pendingTemplate.isEmpty() ? m_template->currentData().toString() : m_pendingTemplate;
    const QString series = m_pendingTemplate.isEmpty()
        ? m_template->currentData(editorroles::TemplateSeriesRole).toString()
        : m_pendingSeries;
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const InvoiceTemplate &t : account.templates) {
            const QString label
                = t.invoiceLabel.isEmpty() ? t.templateCode + t.invoiceSeries : t.invoiceLabel;
            m_template->addItem(label, t.templateCode);
            m_template->setItemData(
                m_template->count() - 1, t.invoiceSeries, editorroles::TemplateSeriesRole);
        }
    }
    selectTemplate(code, series);
    Q_EMIT changed();
}

void HeaderForm::selectTemplate(const QString &templateCode, const QString &series)
{
    const QSignalBlocker blocker(m_template);
    for (int i = 0; i < m_template->count(); ++i) {
        if (m_template->itemData(i).toString() == templateCode
            && m_template->itemData(i, editorroles::TemplateSeriesRole).toString() == series) {
            m_template->setCurrentIndex(i);
            return;
        }
    }
    if (!templateCode.isEmpty() || !series.isEmpty()) {
        m_template->addItem(notOfferedLabel(templateCode, series), templateCode);
        m_template->setItemData(m_template->count() - 1, series, editorroles::TemplateSeriesRole);
        m_template->setItemData(m_template->count() - 1, true, editorroles::NotOfferedRole);
        m_template->setCurrentIndex(m_template->count() - 1);
    } else if (m_template->count() == 1) {
        m_template->setCurrentIndex(0);
    }
}

void HeaderForm::setIssuedAt(const QDateTime &vietnamTime)
{
    // The edit shows the Vietnam wall time whatever the computer's own time zone is.
    m_issuedAt->setDateTime(QDateTime(vietnamTime.date(), vietnamTime.time()));
}

void HeaderForm::apply(const Invoice &invoice)
{
    {
        const QSignalBlocker blocker(this);
        applyFields(invoice);
    }
    if (!invoice.providerAccountId.isEmpty())
        Q_EMIT accountSelected(invoice.providerAccountId);
}

void HeaderForm::applyFields(const Invoice &invoice)
{
    m_pendingAccount = invoice.providerAccountId;
    m_pendingTemplate = invoice.templateCode;
    m_pendingSeries = invoice.invoiceSeries;
    selectAccount(invoice.providerAccountId);
    {
        const QSignalBlocker templateBlocker(m_template);
        m_template->clear();
    }
    selectTemplate(invoice.templateCode, invoice.invoiceSeries);
    if (invoice.issuedAt.isValid())
        setIssuedAt(invoice.issuedAt.toTimeZone(Clock::vietnamTimeZone()));
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(int(invoice.currency))));
    m_payment->setCurrentIndex(
        std::max(0, m_payment->findData(invoice.paymentMethod ? int(*invoice.paymentMethod) : -1)));
    m_notes->setText(invoice.notes);
    m_reference->setText(invoice.referenceCode);
}

void HeaderForm::collect(Invoice &invoice) const
{
    invoice.providerAccountId = selectedAccountId();
    invoice.templateCode = m_template->currentData().toString();
    invoice.invoiceSeries = m_template->currentData(editorroles::TemplateSeriesRole).toString();
    const QDateTime wall = m_issuedAt->dateTime();
    invoice.issuedAt = QDateTime(wall.date(), wall.time(), Clock::vietnamTimeZone());
    invoice.currency = Currency(m_currency->currentData().toInt());
    const int payment = m_payment->currentData().toInt();
    invoice.paymentMethod = payment < 0 ? std::nullopt : std::optional<PaymentMethod>(PaymentMethod(payment));
    invoice.notes = m_notes->text().trimmed();
    invoice.referenceCode = m_reference->text().trimmed();
}

void HeaderForm::setReadOnly(bool readOnly)
{
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_account, m_template, m_issuedAt, m_currency, m_payment, m_notes, m_reference, m_newReference})
        widget->setEnabled(!readOnly);
}

} // namespace einvoice
