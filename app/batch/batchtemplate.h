#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace einvoice {

// The downloadable batch template: UTF-8 with BOM (so Excel shows Vietnamese correctly), comma
// separated, Vietnamese headers, and an example of two invoices (one with two line items).
class BatchTemplate
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchTemplate)

public:
    static QByteArray csv(const QDate &issuedDate = QDate::currentDate());
    // The tax rate codes as the template explains them (SePay's -2 and -1).
    static QString taxRateHelp();
};

} // namespace einvoice
