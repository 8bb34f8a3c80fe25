#pragma once

#include <QString>

class QTextStream;

namespace einvoice::syncbench {

struct Figures
{
    double engineMs = 0; // best run
    double baselineMs = 0; // best run
    double bestRatio = 0; // of the pairs, each engine run against the baseline run next to it
    double medianRatio = 0;
    double worstUiBlockMs = 0; // the UI thread's longest block during any engine run
    double uiBlockedMs = 0; // the UI thread's blocked time in the best engine run
    double baselineWorstBlockMs = 0; // the same probe during the baseline, for comparison
    int invoices = 0;
    bool ok = false;
};

// Serves `invoices` from a local SandboxServer on a thread of its own and times a full sync
// (InvoiceSyncEngine: cache and model) against fetching the same pages with plain concurrent
// requests, `runs` pairs in alternating order, with the UI thread's event loop probed throughout.
Figures run(const QString &folder, int invoices, int runs);

// The sync rows with their targets: ratio <= 1.3, UI block <= 16 ms.
void print(QTextStream &out, const Figures &figures);

} // namespace einvoice::syncbench
