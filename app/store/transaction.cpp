#include "transaction.h"

#include "database.h"

namespace einvoice {

Transaction::Transaction(Database &database, QString operation)
    : m_database(database),
      m_operation(std::move(operation)),
      m_begin(database.beginTransaction(m_operation)),
      m_active(m_begin.ok())
{
}

Transaction::~Transaction()
{
    rollback();
}

StoreStatus Transaction::commit()
{
    if (!m_active)
        return StoreError {StoreError::Kind::Transaction, m_operation,
            QStringLiteral("commit without an active transaction")};
    StoreStatus status = m_database.commitTransaction(m_operation);
    if (status)
        m_active = false;
    else
        rollback();
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_database.rollbackTransaction();
}

} // namespace einvoice
