#pragma once

#include "reports/salesreport.h"
#include "reportspageservices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace einvoice {

class ExportTableModel;
class ReportComputer;
class ReportFetcher;
class ReportMonthChart;
class ReportPeriodPicker;

// The Reports page (Ctrl+6, issue 19): a period and a report over the local store, computed off
// the UI thread (ReportComputer), shown as a table (and the VAT return's indicators for "by rate",
// a chart for "month by month"), how complete the period is with "Fetch now" (ReportFetcher), the
// currency groups, and exports to .xlsx, CSV and print through the same tables the CLI writes.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(const ReportsPageServices &services, QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setClient(SepayClient *client);
    QString environment() const { return m_services.environment; }
    // Computes the chosen report again (also after the language changed: headers are translated).
    void recompute();
    bool isComputing() const;
    // The store got new invoices or details: computed again when shown, else when next shown.
    void storeChanged();
    // The last computed report; empty tables while none is there.
    const SalesReport &report() const { return m_report; }
    ExportTableModel *model() const { return m_model; }

Q_SIGNALS:
    void reportShown();
    // "Fetch now" ended; ok false: the completeness line says why.
    void fetchFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildCompleteness();
    QWidget *buildTabs();
    void retranslateUi();
    void fillKinds();
    ReportKind kind() const;
    void onComputed(const SalesReport &report);
    void showCompleteness();
    void showCurrencies();
    void updateButtons();
    void fetchNow();
    void exportXlsx();
    void exportCsv();
    void print();
    QString suggestedName(const QString &extension) const;
    QString reportTitle() const;
    QStringList sellerLines() const;

    ReportsPageServices m_services;
    ReportComputer *m_computer = nullptr;
    ReportFetcher *m_fetcher = nullptr;
    SalesReport m_report;
    ReportPeriodPicker *m_period = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_computing = nullptr;
    QLabel *m_completeness = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_currencies = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    ExportTableModel *m_model = nullptr;
    QTableView *m_vatTable = nullptr;
    ExportTableModel *m_vatModel = nullptr;
    ReportMonthChart *m_chart = nullptr;
    QLabel *m_help = nullptr;
    QString m_fetchMessage;
    bool m_stale = false;
};

} // namespace einvoice
