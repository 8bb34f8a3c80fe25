#pragma once

#include "reportfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace einvoice {

// One indicator of the VAT return (tờ khai thuế GTGT, mẫu 01/GTGT) that the period's sales fill.
struct VatReturnLine
{
    QString code; // "[26]", "[32a]", ...
    QString text; // the indicator's words
    Decimal value;
};

// Sales by rate grouped the way the VAT return groups its indicators (the mapping and its legal
// sources are in vatreturnform.cpp). VND only: the return is in đồng, and the app does not know
// the exchange rate of a foreign-currency invoice.
class VatReturnForm
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::VatReturnForm)

public:
    static QList<VatReturnLine> of(const CurrencyRates &vnd);
};

} // namespace einvoice
