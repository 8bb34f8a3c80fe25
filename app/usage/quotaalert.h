#pragma once

#include <QtGlobal>

namespace einvoice {

// Notices when the remaining quota falls under the threshold, once per crossing: update() is true
// for the first reading under it, false for the next ones until a reading at or above the
// threshold re-arms it. A threshold of 0 or less turns the alert off.
class QuotaAlert
{
public:
    explicit QuotaAlert(int threshold = 0) : m_threshold(threshold) { }

    int threshold() const { return m_threshold; }
    void setThreshold(int threshold);
    bool isLow() const { return m_low; }
    bool isLow(qint64 remaining) const { return m_threshold > 0 && remaining < m_threshold; }

    // Returns true when this reading crosses under the threshold.
    bool update(qint64 remaining);
    // Forgets the state (another environment): the next low reading alerts again.
    void reset() { m_low = false; }

private:
    int m_threshold = 0;
    bool m_low = false;
};

} // namespace einvoice
