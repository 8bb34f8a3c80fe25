#include "formrows.h"

#include <QFormLayout>
#include <QLabel>

namespace einvoice {

void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

// The label's mnemonic focuses the first widget of the row (else the '&' would show as is).
void addRow(QFormLayout *form, QLayout *field)
{
    auto *label = new QLabel(form->parentWidget());
    for (int i = 0; i < field->count(); ++i) {
        if (QWidget *widget = field->itemAt(i)->widget()) {
            label->setBuddy(widget);
            break;
        }
    }
    form->addRow(label, field);
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void setRowLabel(QFormLayout *form, int row, const QString &text)
{
    if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
        if (auto *label = qobject_cast<QLabel *>(item->widget()))
            label->setText(text);
    }
}

void setRowLabel(QFormLayout *form, QLayout *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace einvoice
