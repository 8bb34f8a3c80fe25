#include "quotaalert.h"

namespace einvoice {

void QuotaAlert::setThreshold(int threshold)
{
    m_threshold = threshold;
    if (m_threshold <= 0)
        m_low = false;
}

bool QuotaAlert::update(qint64 remaining)
{
    const bool low = isLow(remaining);
    const bool crossed = low && !m_low;
    m_low = low;
    return crossed;
}

} // namespace einvoice
