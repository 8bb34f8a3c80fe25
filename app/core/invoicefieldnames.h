#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace einvoice {

// The names people read for the invoice's wire fields ("buyer.tax_code", "items[2].quantity"),
// translated: messages never show an internal field name.
class InvoiceFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceFieldNames)

public:
    // "Tax code", "Line 2, Quantity" (for "items[1].quantity": paths count lines from 0); a path
    // it does not know stays as it is.
    static QString label(const QString &path);
    // The labels of several paths, joined with ", ".
    static QString describe(const QStringList &paths);
};

} // namespace einvoice
