#include "totalspanel.h"

#include "core/amountinwords.h"
#include "i18n/uinumbers.h"
#include "ui/common/formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TotalsPanel::TotalsPanel(QWidget *parent)
    : QWidget(parent),
      m_groups(new QFormLayout),
      m_beforeTax(valueLabel("totalBeforeTaxLabel", this)),
      m_vat(valueLabel("totalVatLabel", this)),
      m_grandTotal(valueLabel("grandTotalLabel", this)),
      m_words(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_groups);
    auto *sums = new QFormLayout;
    m_sums = sums;
    for (QLabel *value : {m_beforeTax, m_vat, m_grandTotal})
        addRow(sums, value);
    QFont bold = m_grandTotal->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_grandTotal->setFont(bold);
    layout->addLayout(sums);
    m_words->setObjectName(QStringLiteral("amountInWordsLabel"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_words);
    layout->addStretch();
    retranslateUi();
}

// The figures are worded by show(), which the editor calls again on a language change.
void TotalsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TotalsPanel::retranslateUi()
{
    setRowLabel(m_sums, m_beforeTax, tr("Total before tax"));
    setRowLabel(m_sums, m_vat, tr("VAT"));
    setRowLabel(m_sums, m_grandTotal, tr("Grand total"));
}

QString TotalsPanel::money(Decimal amount, Currency currency)
{
    const QString number = UiNumbers::money(amount, minorDigits(currency));
    if (currency == Currency::VND)
        return number + QStringLiteral(" ₫");
    return number + QLatin1Char(' ') + toWire(currency);
}

void TotalsPanel::showNoFigures(const QString &why)
{
    while (m_groups->rowCount() > 0)
        m_groups->removeRow(0);
    for (QLabel *label : {m_beforeTax, m_vat, m_grandTotal})
        label->setText(QStringLiteral("—"));
    m_words->setText(why);
}

void TotalsPanel::showAwaitingNumbers()
{
    showNoFigures(tr("The totals appear once the numbers marked in the lines are corrected."));
}

void TotalsPanel::show(const Invoice &invoice, const InvoiceTotals &totals)
{
    const qint64 maxWhole = MaxInvoiceAmount.toRoundedInteger();
    if (totals.outOfRange || (invoice.totalAmountOverride && qAbs(*invoice.totalAmountOverride) > maxWhole))
        return showNoFigures(tr("The amounts are larger than an invoice can carry."));
    while (m_groups->rowCount() > 0)
        m_groups->removeRow(0);
    for (const RateGroup &group : totals.groups) {
        if (!group.rate)
            continue;
        auto *value = valueLabel("rateGroupLabel", this);
        value->setWordWrap(true); // billions on both sides of the "+" widened the window itself
        value->setText(
            tr("%1 + VAT %2").arg(money(group.amount, invoice.currency), money(group.vat, invoice.currency)));
        auto *name = new QLabel(tr("Rate %1").arg(taxRateLabel(*group.rate)), this);
        m_groups->addRow(name, value);
        name->show();
        value->show();
    }
    m_beforeTax->setText(money(totals.totalBeforeTax, invoice.currency));
    m_vat->setText(money(totals.totalVat, invoice.currency));
    const Decimal grand = invoice.totalAmountOverride ? Decimal::fromInteger(*invoice.totalAmountOverride)
                                                      : totals.grandTotal;
    m_grandTotal->setText(money(grand, invoice.currency));
    const qint64 minorUnits = grand.rounded(minorDigits(invoice.currency)).units()
        / (Decimal::One / (minorDigits(invoice.currency) == 0 ? 1 : 100));
    m_words->setText(tr("In words: %1").arg(amountInVietnameseWords(minorUnits, invoice.currency)));
}

} // namespace einvoice
