#pragma once

#include "core/totals.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace einvoice {

// Live totals from app/core: one row per VAT rate (amount and VAT), total before tax, VAT,
// grand total and the amount in Vietnamese words.
class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(QWidget *parent = nullptr);

    void show(const Invoice &invoice, const InvoiceTotals &totals);
    // No figures while a line holds text where a number belongs.
    void showAwaitingNumbers();
    static QString money(Decimal amount, Currency currency);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showNoFigures(const QString &why);

    QFormLayout *m_groups;
    QFormLayout *m_sums = nullptr;
    QLabel *m_beforeTax;
    QLabel *m_vat;
    QLabel *m_grandTotal;
    QLabel *m_words;
};

} // namespace einvoice
