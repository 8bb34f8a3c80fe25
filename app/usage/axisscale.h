#pragma once

#include <QtGlobal>

namespace einvoice {

// A value axis for counts: from 0 to a round maximum that covers the largest value, in at most
// five whole steps of 1, 2 or 5 times a power of ten (0..20 by 5, 0..1.500.000 by 500.000).
struct AxisScale
{
    qint64 max = 1;
    qint64 step = 1;

    int tickCount() const { return int(max / step) + 1; }
    static AxisScale covering(qint64 largest);
};

} // namespace einvoice
