#include "editorconfirmations.h"

namespace einvoice {

Questions::Confirmation EditorConfirmations::issue(const IssueSummary &summary)
{
    const QString text
        = tr("Issue this invoice on %1? An issued invoice is sent to the tax authority and cannot be "
             "deleted.\n\nSeries: %2%3\nBuyer: %4\nTax code: %5\nGrand total: %6")
              .arg(summary.environment, summary.templateCode, summary.series, summary.buyerName,
                  summary.buyerTaxCode.isEmpty() ? tr("(none)") : summary.buyerTaxCode, summary.grandTotal);
    return {tr("Issue on %1").arg(summary.environment), text, tr("Issue invoice")};
}

Questions::Confirmation EditorConfirmations::deleteDraft(const QString &buyerName)
{
    const QString text = buyerName.trimmed().isEmpty()
        ? tr("Delete this draft from the server? This cannot be undone.")
        : tr("Delete the draft for %1 from the server? This cannot be undone.").arg(buyerName.trimmed());
    return {tr("Delete draft"), text, tr("Delete draft")};
}

Questions::Confirmation EditorConfirmations::removeLine(int lineNumber, const QString &itemName)
{
    const QString line = itemName.trimmed().isEmpty()
        ? tr("line %1").arg(lineNumber)
        : tr("line %1 (%2)").arg(lineNumber).arg(itemName.trimmed());
    return {tr("Remove line"), tr("Remove %1? Ctrl+Z puts it back.").arg(line), tr("Remove line")};
}

} // namespace einvoice
