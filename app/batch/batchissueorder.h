#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace einvoice {

// The order a batch issues its invoices in. A series numbers its invoices in the order they are
// issued, and providers refuse an invoice dated before the last one of its series
// (vn-einvoice-domain.md 1.9). So the invoices are sent oldest date first, and one of a later date
// starts only once every invoice of an earlier date in its series has finished; invoices of the
// same date go together, as many at once as the batch allows. Drafts get no number: any order.
class BatchIssueOrder
{
public:
    struct Slot
    {
        QString series; // provider account, template and series: one numbering
        QDate date; // the invoice date in Vietnam
        bool numbered = true; // issued (false: made as a draft)
    };

    void add(const Slot &slot) { m_slots.append(slot); } // the slot of index size()
    void clear() { m_slots.clear(); }

    // Sorts indexes oldest date first, keeping the file's order within a date.
    void sortByDate(QList<int> &indexes) const;
    // The place in `pending` (sorted) of the first invoice that may start while those of
    // `inFlight` run; -1 when every one must wait.
    qsizetype nextStartable(const QList<int> &pending, const QList<int> &inFlight) const;

private:
    QList<Slot> m_slots;
};

} // namespace einvoice
