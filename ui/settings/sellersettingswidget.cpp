#include "sellersettingswidget.h"

#include "core/environmentid.h"
#include "core/taxcode.h"
#include "settings/appsettings.h"
#include "ui/common/environmenttext.h"
#include "ui/common/formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace einvoice {

namespace {

SellerProfile normalized(const SellerProfile &seller)
{
    const TaxCode::Result taxCode = TaxCode::check(seller.taxCode.trimmed());
    return {seller.name, taxCode.isValid() ? taxCode.normalized : seller.taxCode, seller.address};
}

} // namespace

SellerSettingsWidget::SellerSettingsWidget(AppSettings *settings, const QString &environment, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_environment(environment)
{
    m_form = new QFormLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_form->addRow(m_intro);
    m_shownFor = new QLabel(this);
    m_shownFor->setObjectName(QStringLiteral("sellerEnvironmentLabel"));
    m_form->addRow(m_shownFor);
    auto *offerRow = new QHBoxLayout;
    m_offerText = new QLabel(this);
    m_offerText->setObjectName(QStringLiteral("sellerOfferText"));
    m_offerText->setWordWrap(true);
    m_offerText->setTextFormat(Qt::PlainText); // a seller named "A & <B>" shows as it is
    m_offerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeOffer = new QPushButton(this);
    m_takeOffer->setObjectName(QStringLiteral("sellerTakeOfferButton"));
    connect(m_takeOffer, &QPushButton::clicked, this, &SellerSettingsWidget::takeOffer);
    offerRow->addWidget(m_offerText, 1);
    offerRow->addWidget(m_takeOffer, 0, Qt::AlignTop);
    m_form->addRow(offerRow);
    m_name = addField("sellerNameEdit");
    m_taxCode = addField("sellerTaxCodeEdit");
    m_address = addField("sellerAddressEdit");
    fill(settings->seller(environment));
    updateOffer();
}

QLineEdit *SellerSettingsWidget::addField(const char *objectName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(QLatin1String(objectName));
    addRow(m_form, field);
    return field;
}

SellerProfile SellerSettingsWidget::typed() const
{
    return {m_name->text(), m_taxCode->text(), m_address->text()};
}

void SellerSettingsWidget::fill(const SellerProfile &seller)
{
    m_name->setText(seller.name);
    m_taxCode->setText(seller.taxCode);
    m_address->setText(seller.address);
}

void SellerSettingsWidget::setLearnedSeller(const LearnedSeller &learned)
{
    m_learned = learned;
    updateOffer();
}

void SellerSettingsWidget::showEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    m_typedElsewhere.insert(m_environment, typed());
    m_environment = environment;
    fill(m_typedElsewhere.value(environment, m_settings->seller(environment)));
    updateOffer();
}

void SellerSettingsWidget::updateOffer()
{
    const bool nothingSet = typed().isEmpty() && m_settings->seller(m_environment).isEmpty();
    m_offer = nothingSet && m_learned ? m_learned(m_environment) : SellerProfile();
    m_offerText->setVisible(!m_offer.isEmpty());
    m_takeOffer->setVisible(!m_offer.isEmpty());
    retranslateUi();
}

void SellerSettingsWidget::takeOffer()
{
    fill(m_offer);
    m_offer = {};
    m_offerText->hide();
    m_takeOffer->hide();
    m_name->setFocus();
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
    const std::optional<EnvironmentId> shown = EnvironmentId::fromKey(m_environment);
    m_shownFor->setText(
        tr("Environment: %1").arg(shown ? EnvironmentText::longName(shown->kind()) : m_environment));
    setRowLabel(m_form, m_name, tr("Company &name:"));
    setRowLabel(m_form, m_taxCode, tr("&Tax code:"));
    setRowLabel(m_form, m_address, tr("&Address:"));
    m_takeOffer->setText(tr("&Use these details"));
    QStringList offered {tr("The seller of an invoice the app downloaded:"), m_offer.name,
        m_offer.taxCode.isEmpty() ? QString() : tr("Tax code %1").arg(m_offer.taxCode), m_offer.address};
    offered.removeAll(QString());
    m_offerText->setText(m_offer.isEmpty() ? QString() : offered.join(u'\n'));
}

QString SellerSettingsWidget::validationError() const
{
    QList<SellerProfile> all = m_typedElsewhere.values();
    all.prepend(typed());
    for (const SellerProfile &seller : all) {
        const QString taxCode = seller.taxCode.trimmed();
        if (!taxCode.isEmpty() && !TaxCode::check(taxCode).isValid())
            return tr("Your company: \"%1\" is not a valid tax code (10 digits, or 10 digits, a dash "
                      "and a 3-digit branch number).")
                .arg(taxCode);
    }
    return {};
}

void SellerSettingsWidget::apply(AppSettings *settings, const QString &current) const
{
    for (auto it = m_typedElsewhere.cbegin(); it != m_typedElsewhere.cend(); ++it) {
        if (it.key() != m_environment)
            settings->setSeller(it.key(), normalized(it.value()));
    }
    settings->setSeller(current, normalized(typed()));
}

} // namespace einvoice
