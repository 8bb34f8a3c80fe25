#pragma once

#include "reports/salesreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace einvoice {

// Computes a report off the UI thread: each run opens its own SQLite connection to the store's
// file on a pool thread (a Database belongs to the thread that opened it). Only the latest
// request's result is delivered; an earlier one still running is dropped when it ends.
class ReportComputer : public QObject
{
    Q_OBJECT

public:
    ReportComputer(QString databaseFile, QString environment, QObject *parent = nullptr);
    ~ReportComputer() override;

    void compute(ReportKind kind, const ReportPeriod &period);
    bool isComputing() const { return m_pending > 0; }

Q_SIGNALS:
    void computed(const einvoice::SalesReport &report);

private:
    static SalesReport run(
        const QString &file, const QString &environment, ReportKind kind, const ReportPeriod &period);

    QThreadPool m_pool; // one thread: the runs of this object only, in the order asked
    QString m_databaseFile;
    QString m_environment;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace einvoice
