#pragma once

// Fixed data for the usage tests: invoices written as "yyyy-MM-dd status [local]" strings.

#include "store/cachedinvoice.h"
#include "store/outboxentry.h"

#include <QList>
#include <QStringList>

namespace einvoice::test {

// "2026-11-24 issued", "2026-11-20 draft pending", "2026-11-01 cancelled failed".
inline CachedInvoiceRow invoiceRow(const QString &spec, int index)
{
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CachedInvoiceRow row;
    row.referenceCode = QStringLiteral("REF-%1").arg(index);
    row.issuedDate = QDate::fromString(parts.value(0), Qt::ISODate);
    const QString status = parts.value(1);
    row.status = status == QLatin1String("draft")
        ? InvoiceStatus::Draft
        : (status == QLatin1String("cancelled") ? InvoiceStatus::Cancelled : InvoiceStatus::Issued);
    const QString local = parts.value(2);
    if (local == QLatin1String("pending"))
        row.localState = LocalState::Pending;
    else if (local == QLatin1String("failed"))
        row.localState = LocalState::Failed;
    return row;
}

inline QList<CachedInvoiceRow> invoiceRows(const QStringList &specs)
{
    QList<CachedInvoiceRow> rows;
    for (int i = 0; i < specs.size(); ++i)
        rows.append(invoiceRow(specs.at(i), i + 1));
    return rows;
}

// Unfinished outbox entries for these reference codes.
inline QList<OutboxEntry> outboxEntries(const QStringList &references)
{
    QList<OutboxEntry> entries;
    for (const QString &reference : references) {
        OutboxEntry entry;
        entry.referenceCode = reference;
        entry.state = OutboxState::Tracking;
        entries.append(entry);
    }
    return entries;
}

// 10:00 in Vietnam on the given day.
inline QDateTime vietnamMorningUtc(const QDate &day)
{
    return QDateTime(day, QTime(3, 0), Qt::UTC);
}

} // namespace einvoice::test
