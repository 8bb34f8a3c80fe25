#include "batchconflictdialog.h"

#include "core/invoicejson.h"
#include "core/totals.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

BatchConflictDialog::BatchConflictDialog(BatchPlan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_conflicts(plan.conflicts()), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("batchConflictDialog"));
    setWindowTitle(tr("Invoices that need a decision"));
    auto *intro = new QLabel(
        tr("%n invoice(s) of %1 were sent before with other content, or repeat an invoice already "
           "sent. Sending them again would make a second legal invoice. Choose for each one.",
            nullptr, int(m_conflicts.size()))
            .arg(plan.source.fileName),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Invoice key"), tr("Sent before"), tr("In the file now"), tr("Decision")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(RowColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NowColumn, QHeaderView::Stretch);
    for (const int index : std::as_const(m_conflicts))
        addRow(index);
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Send nothing"));
    QPushButton *send = buttons->addButton(tr("&Send the rest"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchConflictDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void BatchConflictDialog::addRow(int index)
{
    const PlannedInvoice &item = m_plan.items.at(index);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString now = item.conflict == ConflictKind::HeldByOther
        ? m_plan.conflictText(item) + u'\n' + BatchConflictDialog::now(item.invoice.invoice)
        : BatchConflictDialog::now(item.invoice.invoice);
    const QStringList cells {QString::number(item.invoice.firstRow), item.invoice.key, before(item), now};
    for (int column = 0; column < cells.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    auto *choice = new QComboBox(m_table);
    choice->setObjectName(QStringLiteral("decision%1").arg(row));
    choice->addItem(tr("Skip it"), Skip);
    if (item.canIssueAsNew())
        choice->addItem(item.conflict == ConflictKind::PossibleDuplicate ? tr("Send it anyway")
                                                                         : tr("Issue as a new invoice"),
            IssueAsNew);
    else
        choice->setToolTip(tr("The file gives its reference code: change it there to issue a new invoice."));
    m_table->setCellWidget(row, DecisionColumn, choice);
    m_choices.append(choice);
}

QString BatchConflictDialog::describe(const Invoice &invoice)
{
    const Buyer &buyer = invoice.buyer;
    QString who = buyer.name.isEmpty() ? buyer.legalName : buyer.name;
    if (!buyer.taxCode.isEmpty())
        who += QStringLiteral(" (") + tr("tax code %1").arg(buyer.taxCode) + u')';
    const InvoiceTotals totals = computeTotals(invoice);
    return tr("Buyer: %1").arg(who) + u'\n'
        + tr("Date: %1").arg(QLocale().toString(invoice.issuedAt.date(), QLocale::ShortFormat)) + u'\n'
        + tr("%n line(s), total %1 %2", nullptr, int(invoice.lines.size()))
              .arg(QLocale().toString(totals.grandTotal.toRoundedInteger()), toWire(invoice.currency));
}

QString BatchConflictDialog::now(const Invoice &invoice)
{
    return describe(invoice);
}

QString BatchConflictDialog::before(const PlannedInvoice &item)
{
    QString head;
    if (item.conflict == ConflictKind::PossibleDuplicate && item.duplicateOf)
        head = tr("From %1, key %2 (%3)")
                   .arg(item.duplicateFile, item.duplicateOf->key, item.duplicateOf->referenceCode);
    else if (!item.earlierNumber.isEmpty() && item.earlierNumber != QLatin1String("0"))
        head = tr("Issued as number %1 (%2)").arg(item.earlierNumber, item.earlierReference);
    else
        head = tr("Sent as %1").arg(item.earlierReference);
    if (item.conflict == ConflictKind::PossibleDuplicate)
        return head + u'\n' + describe(item.invoice.invoice);
    const Parsed<Invoice> earlier = json::invoiceFromCreatePayload(item.earlierPayload);
    if (const Invoice *invoice = std::get_if<Invoice>(&earlier))
        return head + u'\n' + describe(*invoice);
    if (item.onServer)
        return head + u'\n' + tr("Buyer: %1").arg(item.onServer->buyer.name) + u'\n'
            + tr("Total %1").arg(QLocale().toString(item.onServer->totalAmount.toRoundedInteger()));
    return head;
}

void BatchConflictDialog::accept()
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (m_choices.at(i)->currentData().toInt() == IssueAsNew)
            m_plan.issueAsNew(m_conflicts.at(i));
        else
            m_plan.skip(m_conflicts.at(i));
    }
    QDialog::accept();
}

} // namespace einvoice
