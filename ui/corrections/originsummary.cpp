#include "originsummary.h"

#include "core/correctionreference.h"
#include "core/vietnamtime.h"
#include "i18n/uinumbers.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace einvoice {

namespace {

const char *const fieldNames[]
    = {"originSeries", "originNumber", "originDate", "originTaxCode", "originBuyer", "originTotal"};

} // namespace

OriginSummary::OriginSummary(const InvoiceDetail &origin, QWidget *parent)
    : QGroupBox(parent), m_origin(origin), m_form(new QFormLayout(this)), m_reference(new QLabel(this))
{
    setObjectName(QStringLiteral("originSummary"));
    for (const char *name : fieldNames)
        addField(name);
    m_reference->setObjectName(QStringLiteral("originReferenceLine"));
    m_reference->setWordWrap(true);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = m_reference->font();
    italic.setItalic(true);
    m_reference->setFont(italic);
    m_form->addRow(m_reference);
    retranslateUi();
}

QLabel *OriginSummary::addField(const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(this);
    label->setBuddy(value);
    m_form->addRow(label, value);
    return value;
}

void OriginSummary::setReference(CorrectionKind kind, const QString &templateCode)
{
    m_templateCode = templateCode;
    m_reference->setText(correctionReferenceText({kind, originReferenceOf(m_origin, templateCode)}));
    retranslateUi();
}

QString OriginSummary::referenceLine() const
{
    return m_reference->text();
}

QString OriginSummary::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void OriginSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void OriginSummary::retranslateUi()
{
    setTitle(tr("Invoice to correct"));
    const InvoiceSummary &summary = m_origin.summary;
    const QString buyer = summary.buyer.legalName.isEmpty() ? summary.buyer.name : summary.buyer.legalName;
    const QStringList labels = {tr("Template / series:"), tr("Number:"), tr("Date:"),
        tr("Tax authority code:"), tr("Buyer:"), tr("Total:")};
    const QStringList values = {(m_templateCode.isEmpty() ? QStringLiteral("…") : m_templateCode)
            + QStringLiteral(" / ") + m_origin.invoiceSeries,
        printedInvoiceNumber(summary.invoiceNumber), VietnamTime::formatDate(summary.issuedDate),
        m_origin.taxAuthorityCode.isEmpty() ? tr("(none)") : m_origin.taxAuthorityCode,
        buyer + (summary.buyer.taxCode.isEmpty() ? QString() : QStringLiteral(" · ") + summary.buyer.taxCode),
        UiNumbers::money(summary.totalAmount.rounded(0))};
    for (int row = 0; row < labels.size(); ++row) {
        qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())
            ->setText(labels.at(row));
        qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget())
            ->setText(values.at(row));
    }
    if (m_templateCode.isEmpty())
        m_reference->setText(tr("Reading the provider account of the invoice…"));
}

} // namespace einvoice
