#include "axisscale.h"

namespace einvoice {

namespace {

constexpr qint64 MaxSteps = 5;

qint64 stepsFor(qint64 largest, qint64 step)
{
    return largest / step + (largest % step != 0 ? 1 : 0);
}

} // namespace

AxisScale AxisScale::covering(qint64 largest)
{
    if (largest <= 0)
        return AxisScale {1, 1};
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * power;
            const qint64 steps = stepsFor(largest, step);
            if (steps <= MaxSteps)
                return AxisScale {steps * step, step};
        }
    }
}

} // namespace einvoice
