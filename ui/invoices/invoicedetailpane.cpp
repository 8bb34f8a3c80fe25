#include "invoicedetailpane.h"

#include "invoices/invoicetexts.h"
#include "render/moneyformat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QString money(Decimal value)
{
    return MoneyFormat::format(value, value.isInteger() ? 0 : 2);
}

QString rateText(Decimal rate)
{
    if (const std::optional<TaxRate> known = taxRateFromWire(int(rate.toRoundedInteger())))
        return taxRateLabel(*known);
    return rate.toString() + QLatin1Char('%');
}

InvoiceBadge badgeOfStatus(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Issued:
        return InvoiceBadge::Issued;
    case InvoiceStatus::Cancelled:
        return InvoiceBadge::Cancelled;
    case InvoiceStatus::Draft:
        break;
    }
    return InvoiceBadge::Draft;
}

} // namespace

InvoiceDetailPane::InvoiceDetailPane(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout),
      m_message(new QLabel(this)),
      m_lines(new QTableWidget(this)),
      m_viewPdf(new QPushButton(tr("View PDF"), this)),
      m_viewXml(new QPushButton(tr("View XML"), this))
{
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_viewPdf->setObjectName(QStringLiteral("detailViewPdf"));
    m_viewXml->setObjectName(QStringLiteral("detailViewXml"));
    m_lines->setObjectName(QStringLiteral("detailLines"));
    m_lines->setColumnCount(8);
    m_lines->setHorizontalHeaderLabels({tr("#"), tr("Item"), tr("Unit"), tr("Quantity"), tr("Unit price"),
        tr("Amount"), tr("VAT rate"), tr("VAT")});
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    addField(QStringLiteral("detailNumber"), tr("Number"));
    addField(QStringLiteral("detailIssued"), tr("Issued date"));
    addField(QStringLiteral("detailStatus"), tr("Status"));
    addField(QStringLiteral("detailDocumentType"), tr("Document type"));
    addField(QStringLiteral("detailProviderStatus"), tr("Provider status"));
    addField(QStringLiteral("detailTaxAuthorityCode"), tr("Tax authority code"));
    addField(QStringLiteral("detailBuyerLegalName"), tr("Legal name (printed as the buyer unit)"));
    addField(QStringLiteral("detailBuyer"), tr("Buyer name"));
    addField(QStringLiteral("detailBuyerTaxCode"), tr("Buyer tax code"));
    addField(QStringLiteral("detailBuyerAddress"), tr("Address"));
    addField(QStringLiteral("detailPayment"), tr("Payment method"));
    addField(QStringLiteral("detailTotals"), tr("Totals"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_viewPdf);
    buttons->addWidget(m_viewXml);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);
    connect(m_viewPdf, &QPushButton::clicked, this, [this] { Q_EMIT viewPdfRequested(m_reference); });
    connect(m_viewXml, &QPushButton::clicked, this, [this] { Q_EMIT viewXmlRequested(m_reference); });
    showEmpty();
}

QLabel *InvoiceDetailPane::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

QString InvoiceDetailPane::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void InvoiceDetailPane::showEmpty()
{
    m_reference.clear();
    m_message->setText(tr("Select an invoice to see its detail."));
    for (QLabel *label : findChildren<QLabel *>(QRegularExpression(QStringLiteral("^detail[A-Z]"))))
        label->clear();
    m_lines->setRowCount(0);
    m_viewPdf->setEnabled(false);
    m_viewXml->setEnabled(false);
}

void InvoiceDetailPane::showLoading(const QString &referenceCode)
{
    showEmpty();
    m_reference = referenceCode;
    m_message->setText(tr("Loading %1…").arg(referenceCode));
    m_viewPdf->setEnabled(true);
    m_viewXml->setEnabled(true);
}

void InvoiceDetailPane::showError(const QString &message)
{
    m_message->setText(tr("The detail could not be loaded: %1").arg(message));
}

void InvoiceDetailPane::showDetail(const InvoiceDetail &detail)
{
    const InvoiceSummary &summary = detail.summary;
    m_reference = summary.referenceCode;
    m_message->setText(summary.referenceCode);
    const auto set = [this](const QString &name, const QString &text) {
        findChild<QLabel *>(name)->setText(text);
    };
    const bool draft = summary.invoiceNumber.isEmpty() || summary.invoiceNumber == QLatin1String("0");
    set(QStringLiteral("detailNumber"),
        draft ? tr("(draft)") : detail.invoiceSeries + QLatin1Char(' ') + summary.invoiceNumber);
    set(QStringLiteral("detailIssued"), summary.issuedDate.toString(QStringLiteral("dd/MM/yyyy")));
    set(QStringLiteral("detailStatus"), InvoiceTexts::badge(badgeOfStatus(summary.status)));
    set(QStringLiteral("detailDocumentType"), InvoiceTexts::documentType(detail.documentType));
    set(QStringLiteral("detailProviderStatus"), InvoiceTexts::providerStatus(detail.providerStatus));
    set(QStringLiteral("detailTaxAuthorityCode"), detail.taxAuthorityCode);
    set(QStringLiteral("detailBuyerLegalName"), summary.buyer.legalName);
    set(QStringLiteral("detailBuyer"), summary.buyer.name);
    set(QStringLiteral("detailBuyerTaxCode"), summary.buyer.taxCode);
    set(QStringLiteral("detailBuyerAddress"), summary.buyer.address);
    set(QStringLiteral("detailPayment"), InvoiceTexts::paymentMethod(detail.paymentMethod));
    set(QStringLiteral("detailTotals"),
        tr("%1 before tax + %2 VAT = %3")
            .arg(money(summary.totalBeforeTax), money(summary.taxAmount), money(summary.totalAmount)));
    fillLines(detail.lines);
    m_viewPdf->setEnabled(true);
    m_viewXml->setEnabled(true);
}

void InvoiceDetailPane::fillLines(const QList<RemoteInvoiceLine> &lines)
{
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const RemoteInvoiceLine &line = lines.at(row);
        const QStringList cells {QString::number(line.lineNumber), line.itemName, line.unit,
            MoneyFormat::quantity(line.quantity), money(line.unitPrice), money(line.totalAmount),
            rateText(line.taxRate), money(line.taxAmount)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        }
    }
    m_lines->resizeColumnsToContents();
}

} // namespace einvoice
