#pragma once

#include "storeresult.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace einvoice {

class Database;

// A prepared statement that reports failures as StoreError naming the operation. Prepare once and
// exec() many times inside a loop; bind by placeholder name (":reference").
class Statement
{
public:
    Statement(const Database &database, QString operation);

    StoreStatus prepare(const QString &sql);
    Statement &bind(const QString &placeholder, const QVariant &value);
    StoreStatus exec();
    // prepare() + exec() for statements without parameters.
    StoreStatus run(const QString &sql);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    void finish() { m_query.finish(); }

    StoreError error(StoreError::Kind kind, const QString &detail) const;

private:
    QSqlQuery m_query;
    QString m_operation;
};

} // namespace einvoice
