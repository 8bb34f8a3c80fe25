#pragma once

#include "statement.h"
#include "storeresult.h"

#include <QList>
#include <QVariantMap>

namespace einvoice {

class Database;

// What the customers and products tables share: rows with an id, an environment, a folded
// search text and a use count, listed most used first.
class CatalogueTable
{
public:
    // table: "customers"; noun: "customer", used in NotFound details.
    CatalogueTable(Database &database, QString table, QString noun);

    // Rows matching `where` with `values` bound, ordered by use, at most limit (-1: all).
    template<typename Row>
    StoreResult<QList<Row>> select(const QString &columns, const QString &where, const QVariantMap &values,
        const QString &operation, int limit, Row (*read)(const Statement &)) const
    {
        Statement statement(m_database, operation);
        StoreStatus status = query(statement, columns, where, values, limit);
        if (!status)
            return status.error();
        QList<Row> rows;
        while (statement.next())
            rows.append(read(statement));
        return rows;
    }

    template<typename Row>
    StoreResult<Row> load(
        const QString &columns, qint64 id, const QString &operation, Row (*read)(const Statement &)) const
    {
        StoreResult<QList<Row>> found
            = select(columns, QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, operation, 1, read);
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return notFound(operation, id);
        return found.value().constFirst();
    }

    StoreStatus remove(qint64 id, const QString &operation) const;
    StoreError notFound(const QString &operation, qint64 id) const;

    // The search condition and its values: a word of search_text starts with the folded prefix,
    // or exactColumn (the tax code, the item code) starts with the prefix as typed.
    static QString prefixCondition(const QString &exactColumn);
    static QVariantMap prefixValues(const QString &environment, const QString &prefix);

private:
    StoreStatus query(Statement &statement, const QString &columns, const QString &where,
        const QVariantMap &values, int limit) const;

    Database &m_database;
    QString m_table;
    QString m_noun;
};

} // namespace einvoice
