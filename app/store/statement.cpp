#include "statement.h"

#include "database.h"

#include <QSqlError>

namespace einvoice {

Statement::Statement(const Database &database, QString operation)
    : m_query(database.connection()), m_operation(std::move(operation))
{
    m_query.setForwardOnly(true);
}

StoreStatus Statement::prepare(const QString &sql)
{
    if (!m_query.prepare(sql))
        return error(StoreError::Kind::Query, QStringLiteral("prepare: ") + m_query.lastError().text());
    return {};
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

StoreStatus Statement::exec()
{
    if (!m_query.exec())
        return error(StoreError::Kind::Query, m_query.lastError().text());
    return {};
}

StoreStatus Statement::run(const QString &sql)
{
    if (!m_query.exec(sql))
        return error(StoreError::Kind::Query, m_query.lastError().text());
    return {};
}

StoreError Statement::error(StoreError::Kind kind, const QString &detail) const
{
    return StoreError {kind, m_operation, detail};
}

} // namespace einvoice
