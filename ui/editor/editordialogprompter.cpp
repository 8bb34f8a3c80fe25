#include "editordialogprompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace einvoice {

namespace {

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("editorConfirmation"));
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace

QString EditorDialogPrompter::issueText(const IssueSummary &summary)
{
    return tr("Issue this invoice on %1? An issued invoice is sent to the tax authority and cannot be "
              "deleted.\n\nSeries: %2%3\nBuyer: %4\nTax code: %5\nGrand total: %6")
        .arg(summary.environment, summary.templateCode, summary.series, summary.buyerName,
            summary.buyerTaxCode.isEmpty() ? tr("(none)") : summary.buyerTaxCode, summary.grandTotal);
}

bool EditorDialogPrompter::confirmIssue(QWidget *parent, const IssueSummary &summary)
{
    return ask(parent, tr("Issue on %1").arg(summary.environment), issueText(summary), tr("Issue invoice"));
}

bool EditorDialogPrompter::confirmDeleteDraft(QWidget *parent, const QString &referenceCode)
{
    return ask(parent, tr("Delete draft"),
        tr("Delete the server draft %1? This cannot be undone.").arg(referenceCode), tr("Delete draft"));
}

} // namespace einvoice
