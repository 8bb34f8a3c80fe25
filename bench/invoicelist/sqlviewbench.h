#pragma once

#include <QString>

namespace einvoice::listbench {

// A cache of `count` seeded invoices kept in `folder` between runs (seeding a million takes
// minutes): seeds it when missing or of another size; returns the file, or "" on failure.
QString seededCacheFile(const QString &folder, const QString &environment, int count, qint64 *seedMs);

struct SqlViewFigures
{
    int rows = 0;
    double openMs = 0; // the model's count and first screen, newest first
    double totalsMs = 0; // the footer's count and sums over every row (on a worker in the app)
    double medianKeystrokeMs = 0; // the model filtered and its first screen, per search text
    double worstKeystrokeMs = 0; // of the texts that run on each key
    int keystrokes = 0;
    double worstPausedMs = 0; // of the texts of one or two letters, run after a pause
    double refreshMs = 0; // the cache changed (a sync's pages): count again, rows kept in place
    double sortMs = 0; // worst column: the model sorted and its first screen
    QString slowestSort;
    QString sortTimes; // every column's
    QString keystrokeTimes; // "text" ms, each
    double deepWindowMs = 0; // a window half way down
    double positionMs = 0; // where one invoice sits (selection kept across a refresh)
    double rssMb = 0;
};

// The invoice list model over the cache, as the page drives it: open, sort, search, refresh.
SqlViewFigures sqlView(const QString &databaseFile, const QString &environment);

} // namespace einvoice::listbench
