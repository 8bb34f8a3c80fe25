#pragma once

#include "invoicefilter.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

namespace einvoice {

// The list footer's count and sums, computed off the UI thread (issue 22: 0.5–0.9 s at a million
// invoices): each run opens its own SQLite connection to the cache's file on a pool thread. One
// run at a time; asks made meanwhile collapse into one more run for the latest, and only the
// answer to the latest ask is told. A run still going when this object goes is waited for (at most
// one run, under a second at a million invoices): a run outliving it read a file its owner may have
// removed and logged after the program's logger was gone (a crash at exit).
class InvoiceListTotals : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceListTotals(QString databaseFile, QObject *parent = nullptr);
    ~InvoiceListTotals() override;

    void compute(const QString &environment, const InvoiceFilter &filter);
    // An answer to the latest ask is still to come.
    bool isComputing() const { return m_told != m_asked; }

Q_SIGNALS:
    // error: a translated sentence when the cache could not be read (totals then empty).
    void computed(const einvoice::FilteredTotals &totals, const QString &error);

private:
    struct Answer
    {
        FilteredTotals totals;
        QString error;
    };
    static Answer run(const QString &file, const QString &environment, const InvoiceFilter &filter);
    void start();

    QThreadPool m_pool; // one thread: the runs of this object only
    QString m_databaseFile;
    QString m_environment;
    InvoiceFilter m_filter;
    int m_asked = 0; // generation of the latest ask
    int m_told = 0; // generation of the last answer told
    bool m_running = false;
};

} // namespace einvoice
