#include "sqlviewbench.h"

#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistreader.h"
#include "invoices/searchkey.h"
#include "listbench.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/invoicesearchindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace einvoice::listbench {

namespace {

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

// What a view of 40 rows asks after a change: the first screen's cells.
void readScreen(const InvoiceListModel &model)
{
    for (int row = 0; row < qMin(40, model.rowCount()); ++row) {
        for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
            volatile bool shown = model.index(row, column).data().isValid();
            Q_UNUSED(shown)
        }
    }
}

// One change of the model (sort, filter, refresh) and the first screen read after it.
template<typename Change> double timeChange(InvoiceListModel &model, Change change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    readScreen(model);
    return elapsedMs(timer);
}

// Terms the search index takes run on each key; one or two letters alone wait for a pause.
bool runsOnEachKey(const QString &text)
{
    const QStringList terms = SearchKey::terms(text);
    return terms.isEmpty() || std::any_of(terms.cbegin(), terms.cend(), [](const QString &term) {
        return term.size() >= InvoiceSearchIndex::shortestIndexedTerm;
    });
}

void timeSearches(InvoiceListModel &model, SqlViewFigures &figures)
{
    QList<double> times;
    QList<double> paused;
    for (const QString &text : typedSearches()) {
        InvoiceFilter filter;
        filter.search = text;
        const double ms = timeChange(model, [&] { model.setFilter(filter); });
        (runsOnEachKey(text) ? times : paused).append(ms);
        figures.keystrokeTimes
            += QStringLiteral("\"%1\" %2%3  ")
                   .arg(text)
                   .arg(ms, 0, 'f', 0)
                   .arg(runsOnEachKey(text) ? QString() : QStringLiteral(" (after a pause)"));
    }
    model.setFilter({});
    std::sort(times.begin(), times.end());
    figures.keystrokes = int(times.size());
    figures.medianKeystrokeMs = times.value(times.size() / 2);
    figures.worstKeystrokeMs = times.isEmpty() ? 0 : times.last();
    figures.worstPausedMs = paused.isEmpty() ? 0 : *std::max_element(paused.cbegin(), paused.cend());
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
    InvoiceCacheRepository cache(database);
    InvoiceListModel model(&cache);
    figures.openMs = timeChange(model, [&] { model.setEnvironment(environment); });
    figures.rows = model.rowCount();
    QElapsedTimer timer;
    timer.start();
    figures.totalsMs
        = InvoiceListReader(database, environment, {}, model.sortColumn(), model.sortOrder()).totals()
        ? elapsedMs(timer)
        : -1;
    timer.restart();
    const QString deep = model.referenceCodeAt(figures.rows / 2);
    figures.deepWindowMs = elapsedMs(timer);
    figures.refreshMs = timeChange(model, [&] { model.refresh(); });
    timer.restart();
    figures.positionMs = model.rowOf(deep) >= 0 ? elapsedMs(timer) : -1;
    QStringList sorts;
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        const double ms = timeChange(model, [&] { model.sort(column, Qt::AscendingOrder); });
        sorts.append(InvoiceListModel::columnTitle(column) + QStringLiteral(" %1").arg(ms, 0, 'f', 0));
        if (ms > figures.sortMs) {
            figures.sortMs = ms;
            figures.slowestSort = InvoiceListModel::columnTitle(column);
        }
    }
    figures.sortTimes = sorts.join(QStringLiteral(", "));
    model.sort(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
    timeSearches(model, figures);
    figures.rssMb = residentMb();
    return figures;
}

} // namespace einvoice::listbench
