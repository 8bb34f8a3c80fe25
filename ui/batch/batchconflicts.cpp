#include "batchconflicts.h"

#include "core/invoicejson.h"
#include "core/totals.h"
#include "core/vietnamtime.h"

#include <QLocale>

namespace einvoice {

bool BatchConflicts::decide(Questions &questions, QWidget *parent, BatchPlan &plan)
{
    const QList<int> conflicts = plan.conflicts();
    if (conflicts.isEmpty())
        return true;
    const std::optional<QList<int>> choices = questions.decide(parent, question(plan));
    if (!choices)
        return false;
    for (int i = 0; i < conflicts.size(); ++i) {
        const int index = conflicts.at(i);
        if (choices->value(i, Skip) == IssueAsNew && plan.items.at(index).canIssueAsNew())
            plan.issueAsNew(index);
        else
            plan.skip(index);
    }
    return true;
}

Questions::Decisions BatchConflicts::question(const BatchPlan &plan)
{
    const QList<int> conflicts = plan.conflicts();
    Questions::Decisions decisions;
    decisions.title = tr("Invoices that need a decision");
    decisions.text
        = tr("%n invoice(s) of %1 were sent before with other content, or repeat an invoice already "
             "sent. Sending them again would make a second legal invoice. Choose for each one.",
            nullptr, int(conflicts.size()))
              .arg(plan.source.fileName);
    decisions.columns = {tr("Row"), tr("Invoice key"), tr("Sent before"), tr("In the file now")};
    decisions.acceptLabel = tr("&Send the rest");
    decisions.rejectLabel = tr("Send nothing");
    for (const int index : conflicts) {
        const PlannedInvoice &item = plan.items.at(index);
        const QString file = item.conflict == ConflictKind::HeldByOther
            ? plan.conflictText(item) + u'\n' + now(item.invoice.invoice)
            : now(item.invoice.invoice);
        Questions::Decisions::Item asked;
        asked.cells = {QString::number(item.invoice.firstRow), item.invoice.key, before(item), file};
        asked.choices = {tr("Skip it")};
        if (item.canIssueAsNew())
            asked.choices.append(
                item.conflict == ConflictKind::PossibleDuplicate || item.conflict == ConflictKind::ChangedCopy
                    ? tr("Send it anyway")
                    : tr("Issue as a new invoice"));
        else
            asked.note = tr("The file gives its reference code: change it there to issue a new invoice.");
        decisions.items.append(asked);
    }
    return decisions;
}

QString BatchConflicts::describe(const Invoice &invoice)
{
    const Buyer &buyer = invoice.buyer;
    QString who = buyer.name.isEmpty() ? buyer.legalName : buyer.name;
    if (!buyer.taxCode.isEmpty())
        who += QStringLiteral(" (") + tr("tax code %1").arg(buyer.taxCode) + u')';
    const InvoiceTotals totals = computeTotals(invoice);
    return tr("Buyer: %1").arg(who) + u'\n'
        + tr("Date: %1")
              .arg(VietnamTime::toVietnam(invoice.issuedAt).date().toString(QStringLiteral("dd/MM/yyyy")))
        + u'\n'
        + tr("%n line(s), total %1 %2", nullptr, int(invoice.lines.size()))
              .arg(QLocale().toString(totals.grandTotal.toRoundedInteger()), toWire(invoice.currency));
}

QString BatchConflicts::now(const Invoice &invoice)
{
    return describe(invoice);
}

QString BatchConflicts::before(const PlannedInvoice &item)
{
    QString head;
    const bool numbered = !item.earlierNumber.isEmpty() && item.earlierNumber != QLatin1String("0");
    if (item.conflict == ConflictKind::ChangedCopy && item.duplicateOf && numbered)
        head = tr("From %1, key %2, issued as number %3 (%4)")
                   .arg(item.duplicateFile, item.duplicateOf->key, item.earlierNumber,
                       item.duplicateOf->referenceCode);
    else if ((item.conflict == ConflictKind::PossibleDuplicate || item.conflict == ConflictKind::ChangedCopy)
        && item.duplicateOf)
        head = tr("From %1, key %2 (%3)")
                   .arg(item.duplicateFile, item.duplicateOf->key, item.duplicateOf->referenceCode);
    else if (numbered)
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

} // namespace einvoice
