#include "batchissueorder.h"

#include <algorithm>

namespace einvoice {

void BatchIssueOrder::sortByDate(QList<int> &indexes) const
{
    std::stable_sort(indexes.begin(), indexes.end(),
        [this](int left, int right) { return m_slots.at(left).date < m_slots.at(right).date; });
}

qsizetype BatchIssueOrder::nextStartable(const QList<int> &pending, const QList<int> &inFlight) const
{
    QHash<QString, QDate> oldestRunning; // per series
    for (const int index : inFlight) {
        const Slot &slot = m_slots.at(index);
        if (!slot.numbered)
            continue;
        auto found = oldestRunning.find(slot.series);
        if (found == oldestRunning.end())
            oldestRunning.insert(slot.series, slot.date);
        else if (slot.date < *found)
            *found = slot.date;
    }
    for (qsizetype place = 0; place < pending.size(); ++place) {
        const Slot &slot = m_slots.at(pending.at(place));
        if (!slot.numbered)
            return place;
        const auto running = oldestRunning.constFind(slot.series);
        if (running == oldestRunning.cend() || !(*running < slot.date))
            return place;
        // Waiting: the later pending invoices of its series are no older, so they wait too.
    }
    return -1;
}

} // namespace einvoice
