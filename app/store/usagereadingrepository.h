#pragma once

#include "storeresult.h"
#include "usagereading.h"

#include <QList>

#include <optional>

namespace einvoice {

class Database;

// Quota readings per environment, oldest first in history queries.
class UsageReadingRepository
{
public:
    explicit UsageReadingRepository(Database &database);

    // Stores the reading; returns it with its id.
    StoreResult<UsageReading> add(const QString &environment, const QDateTime &readAtUtc, qint64 remaining);
    StoreResult<std::optional<UsageReading>> latest(const QString &environment) const;
    // Readings with from <= readAt < to, oldest first; an invalid bound is open.
    StoreResult<QList<UsageReading>> history(
        const QString &environment, const QDateTime &from = {}, const QDateTime &to = {}) const;
    // Deletes the readings of every environment older than the cut-off; returns how many went.
    StoreResult<int> pruneBefore(const QDateTime &cutoffUtc);

private:
    Database &m_database;
};

} // namespace einvoice
