#include "templatequestion.h"

#include "ui/common/questions.h"

namespace einvoice {

bool TemplateQuestion::resolve(Questions &questions, QWidget *parent, Invoice &invoice,
    const QList<EditableInvoice::TemplateChoice> &choices)
{
    if (choices.size() < 2)
        return true;
    Questions::Decisions question;
    question.title = tr("Which provider account?");
    question.text = tr("The series %1 is on templates of %n provider accounts. Choose the one this invoice "
                       "belongs to.",
        nullptr, int(choices.size()))
                        .arg(invoice.invoiceSeries);
    question.columns = {tr("Reference code"), tr("Series")};
    Questions::Decisions::Item item;
    item.cells = {invoice.referenceCode, invoice.invoiceSeries};
    for (const EditableInvoice::TemplateChoice &choice : choices) {
        item.choices.append(tr("%1 (account %2), template %3")
                                .arg(choice.account.provider, choice.account.id.left(8),
                                    choice.invoiceTemplate.templateCode));
    }
    question.items = {item};
    question.acceptLabel = tr("Open");
    question.rejectLabel = tr("Cancel");
    const std::optional<QList<int>> answer = questions.decide(parent, question);
    if (!answer)
        return false;
    const int chosen = answer->value(0, 0);
    EditableInvoice::useTemplate(invoice, choices.value(chosen, choices.first()));
    return true;
}

} // namespace einvoice
