#pragma once

#include "core/invoice.h"
#include "invoices/editableinvoice.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace einvoice {

class Questions;

// When an invoice's series is on templates of several provider accounts, the user says which one
// the invoice belongs to (through the Questions seam) instead of the app guessing.
class TemplateQuestion
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::TemplateQuestion)

public:
    // Sets the invoice's account and template; false when the user cancelled. With zero or one
    // account template of that series nothing is asked and true is returned.
    static bool resolve(Questions &questions, QWidget *parent, Invoice &invoice,
        const QList<EditableInvoice::TemplateChoice> &choices);
};

} // namespace einvoice
