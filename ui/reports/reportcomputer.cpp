#include "reportcomputer.h"

#include "reports/salesreportquery.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace einvoice {

ReportComputer::ReportComputer(QString databaseFile, QString environment, QObject *parent)
    : QObject(parent), m_databaseFile(std::move(databaseFile)), m_environment(std::move(environment))
{
    m_pool.setMaxThreadCount(1);
}

// Runs not started are dropped, the one going is waited for (see InvoiceListTotals); their
// results go nowhere: the watchers are children, gone with this object.
ReportComputer::~ReportComputer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ReportComputer::compute(ReportKind kind, const ReportPeriod &period)
{
    const int generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<SalesReport>(this);
    connect(watcher, &QFutureWatcher<SalesReport>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_generation)
            Q_EMIT computed(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, &ReportComputer::run, m_databaseFile, m_environment, kind, period));
}

SalesReport ReportComputer::run(
    const QString &file, const QString &environment, ReportKind kind, const ReportPeriod &period)
{
    Database database;
    if (const StoreStatus status = database.open(file); !status.ok()) {
        SalesReport report;
        report.kind = kind;
        report.period = period;
        report.error = status.error().userMessage();
        return report;
    }
    return SalesReport::compute(SalesReportQuery(database, environment), kind, period);
}

} // namespace einvoice
