#pragma once

#include <QString>
#include <QStringList>

namespace einvoice::listbench {

// Writes `count` synthetic invoices (Vietnamese buyers, two years of dates) into the cache of
// `environment` in the SQLite file; returns the milliseconds it took.
qint64 seedCache(const QString &databaseFile, const QString &environment, int count);

struct OpenFigures
{
    qint64 loadMs = 0; // the model's count of the view
    qint64 modelMs = 0; // the first screen of rows read
    int rows = 0;
    double medianKeystrokeMs = 0;
    double worstKeystrokeMs = 0;
    int keystrokes = 0;
    double rssMb = 0;
};

// Opens the list as the page does and types searches into the model.
OpenFigures openAndSearch(const QString &databaseFile, const QString &environment);

double residentMb();
// What a user types into the search box, keystroke by keystroke, in both benches.
QStringList typedSearches();

} // namespace einvoice::listbench
