#include "cataloguetable.h"

#include "likepattern.h"
#include "searchfold.h"

namespace einvoice {

CatalogueTable::CatalogueTable(Database &database, QString table, QString noun)
    : m_database(database), m_table(std::move(table)), m_noun(std::move(noun))
{
}

StoreStatus CatalogueTable::query(Statement &statement, const QString &columns, const QString &where,
    const QVariantMap &values, int limit) const
{
    StoreStatus status = statement.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ")
        + m_table + QStringLiteral(" WHERE ") + where
        + QStringLiteral(" ORDER BY use_count DESC, name, id LIMIT ") + QString::number(limit));
    for (auto it = values.cbegin(); status && it != values.cend(); ++it)
        statement.bind(it.key(), it.value());
    if (status)
        status = statement.exec();
    return status;
}

StoreStatus CatalogueTable::remove(qint64 id, const QString &operation) const
{
    Statement statement(m_database, operation);
    StoreStatus status
        = statement.prepare(QStringLiteral("DELETE FROM ") + m_table + QStringLiteral(" WHERE id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":id"), id).exec();
    if (status && statement.rowsAffected() == 0)
        return notFound(operation, id);
    return status;
}

StoreError CatalogueTable::notFound(const QString &operation, qint64 id) const
{
    return StoreError {StoreError::Kind::NotFound, operation,
        QStringLiteral("no ") + m_noun + QLatin1Char(' ') + QString::number(id)};
}

QString CatalogueTable::prefixCondition(const QString &exactColumn)
{
    return QStringLiteral("environment = :env AND (search_text LIKE :start ESCAPE '\\'"
                          " OR search_text LIKE :word ESCAPE '\\' OR ")
        + exactColumn + QStringLiteral(" LIKE :exact ESCAPE '\\')");
}

QVariantMap CatalogueTable::prefixValues(const QString &environment, const QString &prefix)
{
    const QString folded = escapeLike(foldForSearch(prefix));
    return {
        {QStringLiteral(":env"), environment},
        {QStringLiteral(":start"), QString(folded + QLatin1Char('%'))},
        {QStringLiteral(":word"), QString(QStringLiteral("% ") + folded + QLatin1Char('%'))},
        {QStringLiteral(":exact"), QString(escapeLike(prefix.trimmed()) + QLatin1Char('%'))},
    };
}

} // namespace einvoice
