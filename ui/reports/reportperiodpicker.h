#pragma once

#include "reports/reportperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace einvoice {

// The period of a report: a month, a quarter or a custom range (days of Vietnam's calendar). A
// month starts on `today`'s previous month, what an accountant closes first.
class ReportPeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Quarter, Custom };

    explicit ReportPeriodPicker(QDate today, QWidget *parent = nullptr);

    ReportPeriod period() const;
    Mode mode() const;
    void setMode(Mode mode);

Q_SIGNALS:
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillQuarters();
    void showMode();

    QDate m_today;
    QComboBox *m_mode = nullptr;
    QDateEdit *m_month = nullptr;
    QComboBox *m_quarter = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace einvoice
