#include "sqlviewbench.h"

#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistreader.h"
#include "listbench.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace einvoice::listbench {

namespace {

constexpr int window = 200;

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

DatabaseOptions benchOptions()
{
    DatabaseOptions options;
    options.fullSync = false;
    return options;
}

int cachedCount(const QString &file, const QString &environment)
{
    if (!QFile::exists(file))
        return -1;
    Database database;
    if (!database.open(file, benchOptions()))
        return -1;
    const StoreResult<int> count
        = InvoiceListReader(database, environment, {}, 0, Qt::AscendingOrder).count();
    return count ? count.value() : -1;
}

// Count and first window of one view, as the model asks when the view changes.
double timeView(const Database &database, const QString &environment, const InvoiceFilter &filter, int column,
    Qt::SortOrder order)
{
    QElapsedTimer timer;
    timer.start();
    const InvoiceListReader query(database, environment, filter, column, order);
    const StoreResult<int> count = query.count();
    const StoreResult<QList<CachedInvoiceRow>> rows = query.rows(0, window);
    return count && rows ? elapsedMs(timer) : -1;
}

} // namespace

QString seededCacheFile(const QString &folder, const QString &environment, int count, qint64 *seedMs)
{
    *seedMs = 0;
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(
        QStringLiteral("list-%1-schema%2.sqlite").arg(count).arg(Database::latestSchemaVersion()));
    if (cachedCount(file, environment) == count)
        return file;
    const QString partial = file + QStringLiteral(".partial");
    for (const QString &stale : {file, partial})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(stale + suffix);
    *seedMs = seedCache(partial, environment, count);
    if (*seedMs < 0 || !QFile::rename(partial, file))
        return QString();
    return file;
}

SqlViewFigures sqlView(const QString &databaseFile, const QString &environment)
{
    SqlViewFigures figures;
    Database database;
    if (!database.open(databaseFile, benchOptions()))
        return figures;
    QElapsedTimer timer;
    timer.start();
    const InvoiceListReader newest(
        database, environment, {}, InvoiceListModel::IssuedDate, Qt::DescendingOrder);
    figures.rows = newest.count().value();
    const QList<CachedInvoiceRow> first = newest.rows(0, window).value();
    figures.openMs = elapsedMs(timer);
    timer.restart();
    figures.totalsMs = newest.totals() ? elapsedMs(timer) : -1;
    timer.restart();
    figures.deepWindowMs = newest.rows(figures.rows / 2, window) ? elapsedMs(timer) : -1;
    if (!first.isEmpty()) {
        timer.restart();
        figures.positionMs = newest.positionOf(first.last().referenceCode) ? elapsedMs(timer) : -1;
    }
    QStringList sorts;
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        const double ms = timeView(database, environment, {}, column, Qt::AscendingOrder);
        sorts.append(InvoiceListModel::columnTitle(column) + QStringLiteral(" %1").arg(ms, 0, 'f', 0));
        if (ms > figures.sortMs || ms < 0) {
            figures.sortMs = ms < 0 ? 1e9 : ms;
            figures.slowestSort = InvoiceListModel::columnTitle(column);
        }
    }
    figures.sortTimes = sorts.join(QStringLiteral(", "));
    QList<double> times;
    double slowest = -1;
    for (const QString &text : typedSearches()) {
        InvoiceFilter filter;
        filter.search = text;
        times.append(
            timeView(database, environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder));
        figures.keystrokeTimes += QStringLiteral("\"%1\" %2  ").arg(text).arg(times.last(), 0, 'f', 0);
        if (times.last() > slowest) {
            slowest = times.last();
            figures.slowestKeystroke = text;
        }
    }
    std::sort(times.begin(), times.end());
    figures.keystrokes = int(times.size());
    figures.medianKeystrokeMs = times.value(times.size() / 2);
    figures.worstKeystrokeMs = times.isEmpty() ? 0 : times.last();
    figures.rssMb = residentMb();
    return figures;
}

} // namespace einvoice::listbench
