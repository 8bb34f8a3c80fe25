#pragma once

#include <QString>

class QWidget;

namespace einvoice {

// Asks the user a yes/no question. The seam through which tests answer confirmation dialogs.
class ConfirmationPrompter
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString acceptLabel; // the button that says yes, e.g. "Switch to Production"
    };

    virtual ~ConfirmationPrompter() = default;
    // True when the user accepted.
    virtual bool confirm(QWidget *parent, const Question &question) = 0;
};

// The real thing: a warning message box whose default button is Cancel.
class MessageBoxPrompter final : public ConfirmationPrompter
{
public:
    bool confirm(QWidget *parent, const Question &question) override;
};

} // namespace einvoice
