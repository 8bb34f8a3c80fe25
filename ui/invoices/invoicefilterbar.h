#pragma once

#include "invoices/invoicefilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSettings;
class QTimer;

namespace einvoice {

class Clock;
class InvoiceListModel;

// The filters above the invoice list: status, date range (any time, this month, last month,
// custom), source, provider status, series and one search box. Emits filterChanged() with the
// whole filter; typing is debounced briefly so that a fast typist does not filter on every key.
// With settings, every filter but the search text is remembered across starts.
class InvoiceFilterBar : public QWidget
{
    Q_OBJECT

public:
    // clock must outlive the bar.
    explicit InvoiceFilterBar(const Clock *clock, QWidget *parent = nullptr);

    InvoiceFilter filter() const;
    void setSearchDelayMs(int ms);
    void reset();
    // Restores the remembered filters (emits filterChanged()) and remembers each change.
    void setSettings(QSettings *settings);
    // The series the series filter offers (the one chosen stays offered).
    void setKnownSeries(const QStringList &series);
    // Offers model->knownSeries(), again shortly after the cache changes.
    void followSeriesOf(const InvoiceListModel *model);

Q_SIGNALS:
    void filterChanged(const einvoice::InvoiceFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitFilter();
    void onPresetChanged();
    void restore();
    void save() const;

    const Clock *m_clock;
    QComboBox *m_status;
    QComboBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_source;
    QComboBox *m_providerStatus;
    QComboBox *m_series;
    QLineEdit *m_search;
    void onSearchEdited(const QString &text);

    static constexpr int ShortTermDelayFactor = 5; // 600 ms after the last key
    int m_searchDelayMs = 120;
    QTimer *m_searchTimer;
    QTimer *m_seriesTimer;
    QSettings *m_settings = nullptr;
};

} // namespace einvoice
