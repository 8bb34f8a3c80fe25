#pragma once

#include "core/decimal.h"
#include "storeresult.h"

#include <QList>
#include <QString>

#include <vector>

namespace einvoice {

class Database;

// One VAT rate's totals of an invoice as its signed XML states them (TToan/THTTLTSuat/LTSuat).
struct InvoiceRateTotal
{
    int rate = 0; // -2 KCT, -1 KKKNT, 0, 5, 8, 10
    Decimal amount; // ThTien
    Decimal vat; // TThue

    bool operator==(const InvoiceRateTotal &) const = default;
};

// What the month-end reports keep besides the details (issue 19, migration 8): the XML's per-rate
// totals of invoices whose money lines mix rates, and the currency of the invoices this app sent
// (filled by a trigger on the outbox, since the API's detail has no currency).
class InvoiceRateTotalsRepository
{
public:
    explicit InvoiceRateTotalsRepository(Database &database);

    // Replaces the invoice's rows in one transaction.
    StoreStatus save(const QString &environment, const QString &referenceCode,
        const QList<InvoiceRateTotal> &totals);
    StoreResult<QList<InvoiceRateTotal>> load(const QString &environment, const QString &referenceCode) const;
    // Sets the currency of an invoice this app knows in another way (an import, a test).
    StoreStatus setCurrency(const QString &environment, const QString &referenceCode, const QString &currency);

    // Migration 8's statements (app/store/migrations.cpp lists them).
    static std::vector<const char *> migration();

private:
    Database &m_database;
};

} // namespace einvoice
