#include "invoicelisttotals.h"

#include "invoicelistmodel.h"
#include "invoicelistreader.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace einvoice {

InvoiceListTotals::InvoiceListTotals(QString databaseFile, QObject *parent)
    : QObject(parent), m_databaseFile(std::move(databaseFile))
{
    m_pool.setMaxThreadCount(1);
}

// Its answer goes nowhere: the watcher is a child, gone with this object.
InvoiceListTotals::~InvoiceListTotals()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void InvoiceListTotals::compute(const QString &environment, const InvoiceFilter &filter)
{
    m_environment = environment;
    m_filter = filter;
    ++m_asked;
    if (!m_running)
        start();
}

void InvoiceListTotals::start()
{
    m_running = true;
    const int generation = m_asked;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        if (generation != m_asked) // asked again meanwhile: this answer is stale
            return start();
        m_told = generation;
        const Answer answer = watcher->result();
        Q_EMIT computed(answer.totals, answer.error);
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, &InvoiceListTotals::run, m_databaseFile, m_environment, m_filter));
}

InvoiceListTotals::Answer InvoiceListTotals::run(
    const QString &file, const QString &environment, const InvoiceFilter &filter)
{
    Database database;
    if (const StoreStatus opened = database.open(file); !opened)
        return {{}, opened.error().userMessage()};
    const StoreResult<FilteredTotals> totals
        = InvoiceListReader(database, environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder)
              .totals();
    if (!totals)
        return {{}, totals.error().userMessage()};
    return {totals.value(), QString()};
}

} // namespace einvoice
