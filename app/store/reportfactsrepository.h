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

// What the month-end reports keep besides the details (issue 19, migration 8), because the API's
// detail does not say it: the XML's per-rate totals of invoices whose money lines mix rates; the
// currency and template of the invoices this app sent (a trigger on the outbox fills them); and
// the template each series belongs to (from the provider accounts), which tells a sales invoice
// (template 2, lines without a rate although the API sends "0.00") from a VAT invoice at 0 %.
class ReportFactsRepository
{
public:
    explicit ReportFactsRepository(Database &database);

    // Replaces the invoice's rows in one transaction.
    StoreStatus save(
        const QString &environment, const QString &referenceCode, const QList<InvoiceRateTotal> &totals);
    StoreResult<QList<InvoiceRateTotal>> load(const QString &environment, const QString &referenceCode) const;
    // What this app knows of an invoice in another way than its outbox (an import, a test).
    StoreStatus setKnown(const QString &environment, const QString &referenceCode, const QString &currency,
        const QString &templateCode);
    // The series of the provider accounts with their template codes; replaces those of the environment.
    StoreStatus saveSeriesTemplates(
        const QString &environment, const QList<std::pair<QString, QString>> &seriesTemplates);

    // Migration 8's statements (app/store/migrations.cpp lists them).
    static std::vector<const char *> migration();

private:
    Database &m_database;
};

} // namespace einvoice
