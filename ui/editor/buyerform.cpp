#include "buyerform.h"

#include "cataloguecompleter.h"
#include "fielderrors.h"
#include "store/cataloguerepository.h"
#include "ui/common/formrows.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace einvoice {

BuyerForm::BuyerForm(FieldErrors &errors, QWidget *parent) : QWidget(parent), m_type(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_type->setObjectName(QStringLiteral("buyerTypeCombo"));
    for (auto type : {BuyerType::Company, BuyerType::Personal, BuyerType::Unspecified})
        m_type->addItem(QString(), int(type));
    addRow(form, errors.wrap(QStringLiteral("buyer.type"), m_type));
    connect(m_type, &QComboBox::currentIndexChanged, this, &BuyerForm::changed);
    m_name = addLine("buyerNameEdit", QStringLiteral("buyer.name"), errors);
    m_legalName = addLine("buyerLegalNameEdit", QStringLiteral("buyer.legal_name"), errors);
    m_taxCode = addLine("buyerTaxCodeEdit", QStringLiteral("buyer.tax_code"), errors);
    m_address = addLine("buyerAddressEdit", QStringLiteral("buyer.address"), errors);
    m_email = addLine("buyerEmailEdit", QStringLiteral("buyer.email"), errors);
    m_phone = addLine("buyerPhoneEdit", QStringLiteral("buyer.phone"), errors);
    m_buyerCode = addLine("buyerCodeEdit", QStringLiteral("buyer.buyer_code"), errors);
    m_nationalId = addLine("buyerNationalIdEdit", QStringLiteral("buyer.national_id"), errors);
    retranslateUi();
}

void BuyerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BuyerForm::retranslateUi()
{
    const QString types[] = {tr("Company"), tr("Personal"), tr("(not stated)")};
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, types[i]);
    const QString rows[] = {tr("&Buyer type"), tr("Buyer &name"), tr("&Legal name"), tr("Ta&x code"),
        tr("Address"), tr("E&mail"), tr("Phone"), tr("Buyer &code"), tr("National ID")};
    auto *form = static_cast<QFormLayout *>(layout());
    for (int row = 0; row < form->rowCount(); ++row)
        setRowLabel(form, row, rows[row]);
    m_taxCode->setPlaceholderText(tr("10 digits, or 10 digits-3 digits for a branch"));
    m_email->setPlaceholderText(tr("Several addresses separated by ;"));
}

QLineEdit *BuyerForm::addLine(const char *objectName, const QString &path, FieldErrors &errors)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    auto *form = static_cast<QFormLayout *>(layout());
    addRow(form, errors.wrap(path, edit));
    connect(edit, &QLineEdit::textChanged, this, &BuyerForm::changed);
    return edit;
}

void BuyerForm::setCatalogue(CatalogueRepository *catalogue, const QString &environment)
{
    const bool attached = m_catalogue != nullptr;
    m_catalogue = catalogue;
    m_environment = environment;
    if (catalogue && !attached) {
        attachCompleter(m_name);
        attachCompleter(m_taxCode);
    }
}

void BuyerForm::attachCompleter(QLineEdit *edit)
{
    const bool byTaxCode = edit == m_taxCode;
    auto search = [this, byTaxCode](const QString &prefix) {
        QList<CatalogueCompleter::Suggestion> suggestions;
        const auto found = m_catalogue->customers().search(m_environment, prefix, 8);
        m_hits = found.ok() ? found.value() : QList<Customer>();
        for (int i = 0; i < m_hits.size(); ++i) {
            const Buyer &buyer = m_hits.at(i).buyer;
            suggestions.append(byTaxCode ? CatalogueCompleter::Suggestion {buyer.taxCode, buyer.name, i}
                                         : CatalogueCompleter::Suggestion {buyer.name, buyer.taxCode, i});
        }
        return suggestions;
    };
    auto *completer = new CatalogueCompleter(edit, search, edit);
    connect(completer, &CatalogueCompleter::picked, this, &BuyerForm::fillFromCustomer);
}

void BuyerForm::fillFromCustomer(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    apply(m_hits.at(index).buyer);
    Q_EMIT changed();
}

void BuyerForm::apply(const Buyer &buyer)
{
    const QSignalBlocker blocker(this);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(buyer.type))));
    m_name->setText(buyer.name);
    m_legalName->setText(buyer.legalName);
    m_taxCode->setText(buyer.taxCode);
    m_address->setText(buyer.address);
    m_email->setText(buyer.email);
    m_phone->setText(buyer.phone);
    m_buyerCode->setText(buyer.buyerCode);
    m_nationalId->setText(buyer.nationalId);
}

Buyer BuyerForm::buyer() const
{
    Buyer buyer;
    buyer.type = BuyerType(m_type->currentData().toInt());
    buyer.name = m_name->text().trimmed();
    buyer.legalName = m_legalName->text().trimmed();
    buyer.taxCode = m_taxCode->text().trimmed();
    buyer.address = m_address->text().trimmed();
    buyer.email = m_email->text().trimmed();
    buyer.phone = m_phone->text().trimmed();
    buyer.buyerCode = m_buyerCode->text().trimmed();
    buyer.nationalId = m_nationalId->text().trimmed();
    return buyer;
}

void BuyerForm::setReadOnly(bool readOnly)
{
    m_type->setEnabled(!readOnly);
    for (QLineEdit *edit :
        {m_name, m_legalName, m_taxCode, m_address, m_email, m_phone, m_buyerCode, m_nationalId})
        edit->setReadOnly(readOnly);
}

} // namespace einvoice
