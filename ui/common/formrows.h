#pragma once

#include <QString>

class QFormLayout;
class QLayout;
class QWidget;

namespace einvoice {

// Adds a row to form whose label, worded later by setRowLabel(), is field's buddy (its mnemonic
// focuses the field), as form->addRow(text, field) does for a text given at once. (QFormLayout
// makes no label at all for an empty text.)
void addRow(QFormLayout *form, QWidget *field);
void addRow(QFormLayout *form, QLayout *field);

// Sets the label text of field's row in form: how a form retranslates its labels without keeping
// a pointer to each.
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
void setRowLabel(QFormLayout *form, QLayout *field, const QString &text);
// Sets the label text of the form's row at index row.
void setRowLabel(QFormLayout *form, int row, const QString &text);

} // namespace einvoice
