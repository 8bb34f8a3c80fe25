#pragma once

#include "editorprompter.h"

#include <QCoreApplication>

namespace einvoice {

// Asks with warning message boxes whose default button is Cancel, so that Enter never issues.
class EditorDialogPrompter final : public EditorPrompter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::EditorDialogPrompter)

public:
    bool confirmIssue(QWidget *parent, const IssueSummary &summary) override;
    bool confirmDeleteDraft(QWidget *parent, const QString &referenceCode) override;

    static QString issueText(const IssueSummary &summary);
};

} // namespace einvoice
