#pragma once

#include "invoices/invoicefilterproxy.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace einvoice {

class Clock;

// The filters above the invoice list: status, date range (any time, this month, last month,
// custom), source and one search box. Emits filterChanged() with the whole filter; typing is
// debounced briefly so that a fast typist does not filter on every key.
class InvoiceFilterBar : public QWidget
{
    Q_OBJECT

public:
    // clock must outlive the bar.
    explicit InvoiceFilterBar(const Clock *clock, QWidget *parent = nullptr);

    InvoiceFilter filter() const;
    void setSearchDelayMs(int ms);
    void reset();

Q_SIGNALS:
    void filterChanged(const einvoice::InvoiceFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitFilter();
    void onPresetChanged();

    const Clock *m_clock;
    QComboBox *m_status;
    QComboBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_source;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
};

} // namespace einvoice
