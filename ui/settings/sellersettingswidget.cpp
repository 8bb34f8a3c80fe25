#include "sellersettingswidget.h"

#include "core/taxcode.h"
#include "settings/appsettings.h"
#include "ui/common/formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace einvoice {

SellerSettingsWidget::SellerSettingsWidget(AppSettings *settings, const QString &environment, QWidget *parent)
    : QWidget(parent), m_environment(environment)
{
    m_form = new QFormLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_form->addRow(m_intro);
    const SellerProfile seller = settings->seller(environment);
    m_name = new QLineEdit(seller.name, this);
    m_name->setObjectName(QStringLiteral("sellerNameEdit"));
    addRow(m_form, m_name);
    m_taxCode = new QLineEdit(seller.taxCode, this);
    m_taxCode->setObjectName(QStringLiteral("sellerTaxCodeEdit"));
    addRow(m_form, m_taxCode);
    m_address = new QLineEdit(seller.address, this);
    m_address->setObjectName(QStringLiteral("sellerAddressEdit"));
    addRow(m_form, m_address);
    retranslateUi();
}

void SellerSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SellerSettingsWidget::retranslateUi()
{
    m_intro->setText(tr("Your company as the month-end reports print it in their header, for the "
                        "environment in use. The app fills it from the seller of an invoice it "
                        "downloaded; correct it here if needed."));
    setRowLabel(m_form, m_name, tr("Company &name:"));
    setRowLabel(m_form, m_taxCode, tr("&Tax code:"));
    setRowLabel(m_form, m_address, tr("&Address:"));
}

QString SellerSettingsWidget::validationError() const
{
    const QString taxCode = m_taxCode->text().trimmed();
    if (taxCode.isEmpty() || TaxCode::check(taxCode).isValid())
        return {};
    return tr("Your company: \"%1\" is not a valid tax code (10 digits, or 10 digits, a dash and a "
              "3-digit branch number).")
        .arg(taxCode);
}

void SellerSettingsWidget::apply(AppSettings *settings) const
{
    const TaxCode::Result taxCode = TaxCode::check(m_taxCode->text().trimmed());
    settings->setSeller(m_environment,
        {m_name->text(), taxCode.isValid() ? taxCode.normalized : m_taxCode->text(), m_address->text()});
}

} // namespace einvoice
