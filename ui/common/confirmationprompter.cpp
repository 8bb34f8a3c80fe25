#include "confirmationprompter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace einvoice {

bool MessageBoxPrompter::confirm(QWidget *parent, const Question &question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(
        QCoreApplication::translate("einvoice::MessageBoxPrompter", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace einvoice
