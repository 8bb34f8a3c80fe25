#pragma once

#include "invoices/invoicelistmodel.h"
#include "store/cachedinvoice.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/transaction.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace einvoice::testdata {

inline CachedInvoiceRow row(const QString &reference, const QString &number, const QDate &date,
    const QString &buyer, const QString &taxCode, qint64 total, InvoiceStatus status = InvoiceStatus::Issued,
    InvoiceSource source = InvoiceSource::Api)
{
    CachedInvoiceRow r;
    r.referenceCode = reference;
    r.invoiceNumber = number;
    r.invoiceSeries = QStringLiteral("C26TAA");
    r.issuedDate = date;
    r.buyerName = buyer;
    r.buyerTaxCode = taxCode;
    r.totalBeforeTax = Decimal::fromInteger(total);
    r.taxAmount = Decimal::fromInteger(total / 10);
    r.totalAmount = Decimal::fromInteger(total + total / 10);
    r.status = status;
    r.source = source;
    return r;
}

// Six invoices around "today" = 2026-05-15.
inline QList<CachedInvoiceRow> sampleRows()
{
    return {
        row(QStringLiteral("ORDER-1"), QStringLiteral("9"), QDate(2026, 5, 4),
            QStringLiteral("Công ty TNHH Minh Phát"), QStringLiteral("0312345678"), 1000000),
        row(QStringLiteral("ORDER-2"), QStringLiteral("10"), QDate(2026, 5, 10),
            QStringLiteral("Nguyễn Văn An"), QString(), 200000, InvoiceStatus::Issued, InvoiceSource::Manual),
        row(QStringLiteral("ORDER-3"), QStringLiteral("0"), QDate(2026, 5, 12),
            QStringLiteral("Lê Hoàng Đức"), QString(), 50000, InvoiceStatus::Draft),
        row(QStringLiteral("ORDER-4"), QStringLiteral("8"), QDate(2026, 4, 20),
            QStringLiteral("Công ty TNHH Minh Phát"), QStringLiteral("0312345678"), 3000000),
        row(QStringLiteral("ORDER-5"), QStringLiteral("7"), QDate(2026, 4, 2),
            QStringLiteral("Trần Thị Bích Ngọc"), QString(), 400000, InvoiceStatus::Cancelled,
            InvoiceSource::Manual),
        row(QStringLiteral("ABC-6"), QStringLiteral("5"), QDate(2026, 3, 30),
            QStringLiteral("Hợp tác xã Phú Lộc"), QStringLiteral("3300543210"), 700000),
    };
}

inline CachedInvoice cachedOf(const CachedInvoiceRow &row)
{
    CachedInvoice invoice;
    InvoiceSummary &s = invoice.summary;
    s.referenceCode = row.referenceCode;
    s.invoiceNumber = row.invoiceNumber;
    s.issuedDate = row.issuedDate;
    s.buyer.name = row.buyerName;
    s.buyer.legalName = row.buyerLegalName;
    s.buyer.taxCode = row.buyerTaxCode;
    s.totalBeforeTax = row.totalBeforeTax;
    s.taxAmount = row.taxAmount;
    s.totalAmount = row.totalAmount;
    s.status = row.status;
    s.source = row.source;
    invoice.invoiceSeries = row.invoiceSeries;
    invoice.documentType = row.documentType;
    invoice.providerStatus = row.providerStatus;
    invoice.localState = row.localState;
    return invoice;
}

// A real SQLite cache in a temporary folder: what the list model reads.
class ListCache
{
public:
    static inline const QString environment = QStringLiteral("sandbox");

    ListCache() : m_ok(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")))) { }
    bool ok() const { return m_ok; }
    Database &database() { return m_database; }
    InvoiceCacheRepository &cache() { return m_cache; }

    bool put(const QList<CachedInvoiceRow> &rows) // in one transaction: thousands in a second
    {
        Transaction transaction(m_database, QStringLiteral("test.put"));
        for (const CachedInvoiceRow &row : rows) {
            if (!m_cache.put(environment, cachedOf(row)))
                return false;
        }
        return bool(transaction.commit());
    }
    // The list model over this cache, showing its environment.
    std::unique_ptr<InvoiceListModel> openModel()
    {
        auto model = std::make_unique<InvoiceListModel>(&m_cache);
        model->setEnvironment(environment);
        return model;
    }
    // Only these rows in the cache.
    bool replaceAll(const QList<CachedInvoiceRow> &rows) { return m_cache.clear(environment) && put(rows); }

private:
    QTemporaryDir m_dir;
    Database m_database;
    bool m_ok;
    InvoiceCacheRepository m_cache {m_database};
};

} // namespace einvoice::testdata
