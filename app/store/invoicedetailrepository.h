#pragma once

#include "core/remoteinvoice.h"
#include "storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

class Database;

// What the store knows about the detail of one invoice it fetched (migration 7).
struct InvoiceDetailInfo
{
    QString summaryKey; // InvoiceDetailRepository::summaryKey() of the summary it was fetched for
    QDateTime fetchedAt; // UTC
    bool final = false; // nothing about the invoice can change any more
    QString originalReferenceCode;
    QString adjustmentType;
};

// A cached invoice whose stored detail names another as the invoice it corrects: a replacement or
// adjustment made by this app, another computer or the provider's web portal.
struct StoredCorrection
{
    QString referenceCode;
    QString invoiceNumber;
    QDate issuedDate; // invalid when not known
    std::optional<int> documentType;
    QString adjustmentType; // "increase", ...; empty for a replacement

    bool operator==(const StoredCorrection &) const = default;
};

// A cached invoice whose detail is to be fetched, and why.
struct DetailWorkItem
{
    enum class Reason { Missing, SummaryChanged, NotFinal };

    QString referenceCode;
    Reason reason = Reason::Missing;
};

// The details and lines of the cached invoices (issue 17), written by the background detail fill
// and read by the reports (issue 19); InvoiceCacheRepository::remove() and clear() drop them with
// the invoice. The detail-derived columns of invoice_cache (series,
// document type, provider status, tax authority code, payment method) are written with them.
class InvoiceDetailRepository
{
public:
    explicit InvoiceDetailRepository(Database &database);

    // One transaction: the detail's summary and derived columns into invoice_cache, its
    // invoice_details row, and its lines in place of those stored before.
    StoreStatus saveDetail(const QString &environment, const InvoiceDetail &detail, const QString &summaryKey,
        bool final, const QDateTime &fetchedAt);
    // By line number; empty when none are stored.
    StoreResult<QList<RemoteInvoiceLine>> lines(
        const QString &environment, const QString &referenceCode) const;
    StoreResult<std::optional<InvoiceDetailInfo>> detailInfo(
        const QString &environment, const QString &referenceCode) const;
    // The invoices whose stored detail corrects `originReferenceCode`, oldest first (by invoice
    // date, then reference code); through the index on original_reference_code.
    StoreResult<QList<StoredCorrection>> correctionsOf(
        const QString &environment, const QString &originReferenceCode) const;
    // The cached invoices of the environment whose detail is missing, was fetched for another
    // summary than the cached one, or is not final, or whose job is pending: missing ones first,
    // newest first within each. limit < 0: all.
    StoreResult<QList<DetailWorkItem>> needingDetail(const QString &environment, int limit = -1) const;

    // A fingerprint of what the list endpoint says about an invoice: when it changes, the detail
    // may have changed too. Only the fields a list item carries count; the file links are left out
    // (they may carry expiring tokens).
    static QString summaryKey(const InvoiceSummary &summary);

private:
    StoreStatus writeCacheColumns(const QString &environment, const InvoiceDetail &detail,
        const QDateTime &fetchedAt, const QString &operation);
    StoreStatus writeDetailRow(const QString &environment, const InvoiceDetail &detail,
        const QString &summaryKey, bool final, const QDateTime &fetchedAt, const QString &operation);
    StoreStatus writeLines(const QString &environment, const InvoiceDetail &detail, const QString &operation);

    Database &m_database;
};

} // namespace einvoice
