#pragma once

#include "sandboxdatabase.h"
#include "sandboxrecords.h"

#include <QList>

#include <optional>

namespace einvoice {

// Invoices, jobs and per-series counters in the sandbox database.
class InvoiceStore
{
public:
    explicit InvoiceStore(SandboxDatabase &db) : m_db(db) { }

    bool exists(const QString &referenceCode); // any status, including pending creation
    bool insert(const StoredInvoice &invoice);
    std::optional<StoredInvoice> find(const QString &referenceCode);
    // Reference code, create tracking code or issue tracking code.
    std::optional<StoredInvoice> findByAnyCode(const QString &code);
    void remove(const QString &referenceCode);
    void setStatus(const QString &referenceCode, const QString &status);
    void setIssued(const QString &referenceCode, qint64 number, const QString &taxAuthorityCode);
    void setIssueTracking(const QString &referenceCode, const QString &trackingCode);
    void setDocumentType(const QString &referenceCode, int documentType);
    void setProviderStatus(const QString &referenceCode, const QString &providerStatus);
    // The replacements and adjustments of an invoice (any status), oldest first.
    QList<StoredInvoice> correctionsOf(const QString &originalReferenceCode);

    // Visible invoices (not pending creation), newest first; source empty = all.
    QList<StoredInvoice> page(const QString &source, int offset, int limit);
    int visibleCount(const QString &source);

    // Takes the next number of a series (call inside a transaction).
    qint64 takeNumber(const QString &seriesKey);

    void insertJob(const StoredJob &job);
    std::optional<StoredJob> findJob(const QString &trackingCode);
    void updateJob(const StoredJob &job);

private:
    static StoredInvoice fromRow(const class QSqlQuery &query);

    SandboxDatabase &m_db;
};

} // namespace einvoice
