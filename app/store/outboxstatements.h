#pragma once

#include "database.h"
#include "storeerror.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace einvoice {

// The outbox's SQL statements, each prepared once per connection and reused (a batch writes the
// same few statements thousands of times; parsing them anew was most of the cost of a write).
// A statement is prepared again when the database was reopened since. After reading a SELECT
// call done() so that it does not keep a read snapshot open.
class OutboxStatements
{
public:
    explicit OutboxStatements(const Database &database) : m_database(database) { }

    // The statement for sql, ready for binding; nullptr with *error set when it cannot be prepared.
    QSqlQuery *prepared(const QString &sql, const QString &operation, StoreError *error)
    {
        const QSqlDatabase connection = m_database.connection();
        auto it = m_queries.find(sql);
        if (it != m_queries.end() && it->driver() == connection.driver() && it->driver() != nullptr)
            return &*it;
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            *error = StoreError {
                StoreError::Kind::Query, operation, QStringLiteral("prepare: ") + query.lastError().text()};
            m_queries.remove(sql);
            return nullptr;
        }
        return &*m_queries.insert(sql, query);
    }

    static void done(QSqlQuery &query) { query.finish(); }

private:
    const Database &m_database;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace einvoice
