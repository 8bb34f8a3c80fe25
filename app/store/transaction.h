#pragma once

#include "storeresult.h"

#include <QString>

namespace einvoice {

class Database;

// A scoped write transaction: BEGIN IMMEDIATE (or a savepoint when nested); rolled back on
// destruction unless commit() succeeded. Check status() after construction.
class Transaction
{
public:
    Transaction(Database &database, QString operation);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const StoreStatus &status() const { return m_begin; }
    bool isActive() const { return m_active; }
    StoreStatus commit();
    void rollback();

private:
    Database &m_database;
    QString m_operation;
    StoreStatus m_begin;
    bool m_active = false;
};

} // namespace einvoice
