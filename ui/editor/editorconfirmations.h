#pragma once

#include "ui/common/questions.h"

#include <QCoreApplication>

namespace einvoice {

// The questions the editor asks before irreversible server actions, in words; asked through the
// Questions seam, whose Cancel default means Enter never issues or deletes.
class EditorConfirmations
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::EditorConfirmations)

public:
    // What the Production confirmation shows (issue 6).
    struct IssueSummary
    {
        QString environment;
        QString templateCode;
        QString series;
        QString buyerName;
        QString buyerTaxCode;
        QString grandTotal; // formatted with its currency
    };

    static Questions::Confirmation issue(const IssueSummary &summary);
    static Questions::Confirmation deleteDraft(const QString &buyerName); // names the draft by its buyer
    static Questions::Confirmation removeLine(int lineNumber, const QString &itemName);
};

} // namespace einvoice
