#pragma once

#include "questions.h"

#include <QDialog>

class QComboBox;

namespace einvoice {

// Questions::decide() in a window: the items in a table, a choice box per item (its first choice
// preselected), the accept and reject buttons the question names. Cancel is the default.
class DecisionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DecisionsDialog(const Questions::Decisions &decisions, QWidget *parent = nullptr);

    // The chosen index per item.
    QList<int> choices() const;

private:
    QList<QComboBox *> m_choices;
};

} // namespace einvoice
