#pragma once

#include <QString>

class QWidget;

namespace einvoice {

// The questions the editor asks before irreversible server actions: the seam through which
// tests answer them. EditorDialogPrompter is the real one.
class EditorPrompter
{
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

    virtual ~EditorPrompter() = default;
    virtual bool confirmIssue(QWidget *parent, const IssueSummary &summary) = 0;
    virtual bool confirmDeleteDraft(QWidget *parent, const QString &referenceCode) = 0;
};

} // namespace einvoice
