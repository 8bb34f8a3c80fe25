#pragma once

#include "batch/batchplan.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTableWidget;

namespace einvoice {

// Asks what to do with the invoices of a plan that need a person's decision (issue 14): a key
// that comes back with other content while the earlier invoice is on the server, or an invoice
// equal to one already sent from another file. Shows both sides (what was sent before and what
// the file says now) and offers, per invoice, to skip it (the default) or to issue it as a new
// invoice under a new revision reference code. Send applies the choices to the plan; Cancel
// sends nothing.
class BatchConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RowColumn, KeyColumn, BeforeColumn, NowColumn, DecisionColumn };
    enum Choice { Skip = 0, IssueAsNew = 1 };

    BatchConflictDialog(BatchPlan &plan, QWidget *parent = nullptr);

    QComboBox *decision(int conflict) const { return m_choices.value(conflict); }
    void accept() override;

    // The earlier invoice of a conflict and the file's, as a few lines for people.
    static QString before(const PlannedInvoice &item);
    static QString now(const Invoice &invoice);

private:
    static QString describe(const Invoice &invoice);
    void addRow(int index);

    BatchPlan &m_plan;
    QList<int> m_conflicts;
    QTableWidget *m_table;
    QList<QComboBox *> m_choices;
};

} // namespace einvoice
