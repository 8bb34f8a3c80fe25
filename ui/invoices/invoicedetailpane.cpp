#include "invoicedetailpane.h"

#include "detailvaluelabel.h"
#include "i18n/uinumbers.h"
#include "invoices/invoicetexts.h"
#include "ui/common/formrows.h"
#include "ui/common/translatedlabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QString money(Decimal value)
{
    return UiNumbers::amount(value);
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

// The fields of the form: object name of the value, and the label of its row.
struct Field
{
    const char *name;
    const char *label;
};

constexpr Field fields[] = {
    {"detailNumber", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Number")},
    {"detailIssued", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Issued date")},
    {"detailStatus", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Status")},
    {"detailDocumentType", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Document type")},
    {"detailProviderStatus", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Provider status")},
    {"detailTaxAuthorityCode", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Tax authority code")},
    {"detailBuyerLegalName",
        QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Legal name (printed as the buyer unit)")},
    {"detailBuyer", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Buyer name")},
    {"detailBuyerTaxCode", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Buyer tax code")},
    {"detailBuyerAddress", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Address")},
    {"detailPayment", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Payment method")},
    {"detailTotals", QT_TRANSLATE_NOOP("einvoice::InvoiceDetailPane", "Totals")},
};

} // namespace

InvoiceDetailPane::InvoiceDetailPane(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout),
      m_message(new TranslatedLabel(this)),
      m_lines(new QTableWidget(this)),
      m_viewPdf(new QPushButton(this)),
      m_viewXml(new QPushButton(this)),
      m_buttons(new QHBoxLayout)
{
    // In a narrow pane a value goes under its label rather than into a sliver beside it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_viewPdf->setObjectName(QStringLiteral("detailViewPdf"));
    m_viewXml->setObjectName(QStringLiteral("detailViewXml"));
    m_lines->setObjectName(QStringLiteral("detailLines"));
    m_lines->setColumnCount(8);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // never clipped
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const Field &field : fields)
        addField(QLatin1String(field.name));
    m_buttons->addWidget(m_viewPdf);
    m_buttons->addWidget(m_viewXml);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    // The fields scroll when the pane is short: a wrapped value keeps the height its lines need.
    auto *fields = new QScrollArea(this);
    fields->setObjectName(QStringLiteral("detailFields"));
    fields->setFrameShape(QFrame::NoFrame);
    fields->setWidgetResizable(true);
    fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *form = new QWidget(fields);
    form->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    fields->setWidget(form);
    layout->addWidget(fields, 2);
    layout->addWidget(m_lines, 1);
    layout->addLayout(m_buttons);
    connect(m_viewPdf, &QPushButton::clicked, this, [this] { Q_EMIT viewPdfRequested(m_reference); });
    connect(m_viewXml, &QPushButton::clicked, this, [this] { Q_EMIT viewXmlRequested(m_reference); });
    showEmpty();
    retranslateUi();
}

void InvoiceDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvoiceDetailPane::retranslateUi()
{
    m_viewPdf->setText(tr("View PDF"));
    m_viewXml->setText(tr("View XML"));
    if (m_more) {
        m_more->setToolTip(tr("More actions on this invoice"));
        m_more->setAccessibleName(m_more->toolTip());
    }
    m_lines->setHorizontalHeaderLabels({tr("#"), tr("Item"), tr("Unit"), tr("Quantity"), tr("Unit price"),
        tr("Amount"), tr("VAT rate"), tr("VAT")});
    for (const Field &field : fields)
        setRowLabel(m_form, findChild<QLabel *>(QLatin1String(field.name)), tr(field.label));
    if (m_detail)
        showDetail(*m_detail);
}

void InvoiceDetailPane::addActionMenu(const QList<QAction *> &actions)
{
    if (!m_more) {
        m_more = new QToolButton(this);
        m_more->setObjectName(QStringLiteral("detailMoreActions"));
        m_more->setText(QStringLiteral("⋯"));
        m_more->setPopupMode(QToolButton::InstantPopup);
        m_more->setMenu(new QMenu(m_more));
        m_more->menu()->setToolTipsVisible(true); // a disabled action says why
        m_buttons->insertWidget(m_buttons->indexOf(m_viewXml) + 1, m_more);
        retranslateUi();
    }
    m_more->menu()->addActions(actions);
}

void InvoiceDetailPane::addSection(QWidget *section)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_lines), section);
}

void InvoiceDetailPane::addField(const QString &name)
{
    auto *value = new DetailValueLabel(this);
    value->setObjectName(name);
    addRow(m_form, value);
}

QString InvoiceDetailPane::fieldText(const QString &objectName) const
{
    const auto *label = findChild<DetailValueLabel *>(objectName);
    return label ? label->fullText() : QString();
}

void InvoiceDetailPane::showEmpty()
{
    m_reference.clear();
    m_detail.reset();
    m_message->setMessage([] { return tr("Select an invoice to see its detail."); });
    for (DetailValueLabel *label : findChildren<DetailValueLabel *>())
        label->setFullText(QString());
    m_lines->setRowCount(0);
    m_viewPdf->setEnabled(false);
    m_viewXml->setEnabled(false);
    Q_EMIT detailChanged();
}

void InvoiceDetailPane::showLoading(const QString &referenceCode)
{
    showEmpty();
    m_reference = referenceCode;
    m_message->setMessage([referenceCode] { return tr("Loading %1…").arg(referenceCode); });
    m_viewPdf->setEnabled(true);
    m_viewXml->setEnabled(true);
}

void InvoiceDetailPane::showError(const QString &message)
{
    m_message->setMessage([message] { return tr("The detail could not be loaded: %1").arg(message); });
}

void InvoiceDetailPane::showDetail(const InvoiceDetail &detail)
{
    const InvoiceSummary &summary = detail.summary;
    m_reference = summary.referenceCode;
    m_detail = detail;
    m_message->setMessage([reference = summary.referenceCode] { return reference; });
    const auto set = [this](const QString &name, const QString &text) {
        findChild<DetailValueLabel *>(name)->setFullText(text);
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
    Q_EMIT detailChanged();
}

void InvoiceDetailPane::fillLines(const QList<RemoteInvoiceLine> &lines)
{
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const RemoteInvoiceLine &line = lines.at(row);
        const QStringList cells {QString::number(line.lineNumber), line.itemName, line.unit,
            UiNumbers::money(line.quantity), money(line.unitPrice), money(line.totalAmount),
            InvoiceTexts::taxRate(line.taxRate), money(line.taxAmount)};
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
