#pragma once

#include <QString>

namespace einvoice::listbench {

// A cache of `count` seeded invoices kept in `folder` between runs (seeding a million takes
// minutes): seeds it when missing or of another size; returns the file, or "" on failure.
QString seededCacheFile(const QString &folder, const QString &environment, int count, qint64 *seedMs);

struct SqlViewFigures
{
    int rows = 0;
    double openMs = 0; // count + the first window, newest first
    double totalsMs = 0; // the footer's count and sums over every row
    double medianKeystrokeMs = 0; // count + first window per search text
    double worstKeystrokeMs = 0;
    int keystrokes = 0;
    double sortMs = 0; // worst column: count + first window
    QString slowestSort;
    QString sortTimes; // every column's
    QString slowestKeystroke;
    QString keystrokeTimes; // "text" ms, each
    double deepWindowMs = 0; // a window half way down
    double positionMs = 0; // where one invoice sits (selection kept across a refresh)
    double rssMb = 0;
};

// The list's SQL view (InvoiceListReader) over the cache: what the windowed model asks per change.
SqlViewFigures sqlView(const QString &databaseFile, const QString &environment);

} // namespace einvoice::listbench
