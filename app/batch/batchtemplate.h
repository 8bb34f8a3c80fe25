#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace einvoice {

// The downloadable batch template: UTF-8 with BOM (so Excel shows Vietnamese correctly), comma
// separated, instructions as '#' comment lines above the Vietnamese headers, and the example of
// two invoices (one with two line items) dated today in Vietnam; its columns and example are the
// .xlsx template's (BatchTemplateColumns).
class BatchTemplate
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchTemplate)

public:
    static QByteArray csv(); // dated today in Vietnam, whatever the machine's zone
    static QByteArray csv(const QDate &issuedDate);
    static QStringList instructions(); // the '#' comment lines
    // The tax rate codes as the template explains them (SePay's -2 and -1).
    static QString taxRateHelp();
};

} // namespace einvoice
