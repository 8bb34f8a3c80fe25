#include "productcatalogue.h"

#include "database.h"
#include "searchfold.h"
#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

namespace {

const char *const productColumns
    = "id, environment, code, name, unit, default_price, default_tax_rate, use_count, last_used_at";

void bindProduct(Statement &statement, const Product &product)
{
    using namespace sqlvalues;
    const std::optional<int> rate
        = product.defaultTaxRate ? std::optional<int>(toWire(*product.defaultTaxRate)) : std::nullopt;
    statement.bind(QStringLiteral(":env"), text(product.environment))
        .bind(QStringLiteral(":key"), ProductCatalogue::keyOf(product))
        .bind(QStringLiteral(":code"), text(product.code))
        .bind(QStringLiteral(":name"), text(product.name))
        .bind(QStringLiteral(":unit"), text(product.unit))
        .bind(QStringLiteral(":price"), optionalAmount(product.defaultPrice))
        .bind(QStringLiteral(":rate"), optionalInt(rate))
        .bind(QStringLiteral(":search"), foldForSearch(product.name))
        .bind(QStringLiteral(":uses"), product.useCount)
        .bind(QStringLiteral(":used"), timestamp(product.lastUsedAt));
}

Product readProduct(const Statement &statement)
{
    using namespace sqlvalues;
    Product product;
    product.id = statement.value(0).toLongLong();
    product.environment = statement.value(1).toString();
    product.code = statement.value(2).toString();
    product.name = statement.value(3).toString();
    product.unit = statement.value(4).toString();
    product.defaultPrice = toOptionalAmount(statement.value(5));
    if (const std::optional<int> rate = toOptionalInt(statement.value(6)))
        product.defaultTaxRate = taxRateFromWire(*rate);
    product.useCount = statement.value(7).toInt();
    product.lastUsedAt = toTimestamp(statement.value(8));
    return product;
}

} // namespace

ProductCatalogue::ProductCatalogue(Database &database)
    : m_database(database), m_table(database, QStringLiteral("products"), QStringLiteral("product"))
{
}

QString ProductCatalogue::keyOf(const Product &product)
{
    const QString code = product.code.trimmed();
    if (!code.isEmpty())
        return QStringLiteral("code:") + code;
    return QStringLiteral("name:") + foldForSearch(product.name);
}

StoreStatus ProductCatalogue::remember(const Product &product, const QDateTime &usedAt)
{
    Product used = product;
    used.useCount = 1;
    used.lastUsedAt = usedAt;
    Statement statement(m_database, QStringLiteral("products.remember"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "INSERT INTO products (environment, product_key, code, name, unit, default_price, default_tax_rate,"
        " search_text, use_count, last_used_at) VALUES (:env, :key, :code, :name, :unit, :price, :rate,"
        " :search, :uses, :used) ON CONFLICT(environment, product_key) DO UPDATE SET"
        " code = CASE WHEN excluded.code = '' THEN code ELSE excluded.code END,"
        " name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END,"
        " search_text = CASE WHEN excluded.name = '' THEN search_text ELSE excluded.search_text END,"
        " unit = CASE WHEN excluded.unit = '' THEN unit ELSE excluded.unit END,"
        " default_price = COALESCE(excluded.default_price, default_price),"
        " default_tax_rate = COALESCE(excluded.default_tax_rate, default_tax_rate),"
        " use_count = use_count + 1, last_used_at = excluded.last_used_at"));
    if (!status)
        return status;
    bindProduct(statement, used);
    return statement.exec();
}

StoreResult<Product> ProductCatalogue::save(Product product)
{
    const QString operation = QStringLiteral("products.save");
    const bool insert = product.id == 0;
    const QString sql = insert
        ? QStringLiteral("INSERT INTO products (environment, product_key, code, name, unit, default_price,"
                         " default_tax_rate, search_text, use_count, last_used_at) VALUES (:env, :key, :code,"
                         " :name, :unit, :price, :rate, :search, :uses, :used)")
        : QStringLiteral("UPDATE products SET environment = :env, product_key = :key, code = :code,"
                         " name = :name, unit = :unit, default_price = :price, default_tax_rate = :rate,"
                         " search_text = :search, use_count = :uses, last_used_at = :used WHERE id = :id");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(sql);
    if (!status)
        return status.error();
    bindProduct(statement, product);
    if (!insert)
        statement.bind(QStringLiteral(":id"), product.id);
    if (status = statement.exec(); !status)
        return status.error();
    if (insert)
        product.id = statement.lastInsertId();
    else if (statement.rowsAffected() == 0)
        return m_table.notFound(operation, product.id);
    return product;
}

StoreResult<Product> ProductCatalogue::load(qint64 id) const
{
    return m_table.load(QLatin1String(productColumns), id, QStringLiteral("products.load"), &readProduct);
}

StoreStatus ProductCatalogue::remove(qint64 id)
{
    return m_table.remove(id, QStringLiteral("products.remove"));
}

StoreResult<QList<Product>> ProductCatalogue::list(const QString &environment) const
{
    return m_table.select(QLatin1String(productColumns), QStringLiteral("environment = :env"),
        {{QStringLiteral(":env"), environment}}, QStringLiteral("products.list"), -1, &readProduct);
}

StoreResult<QList<Product>> ProductCatalogue::search(
    const QString &environment, const QString &prefix, int limit) const
{
    return m_table.select(QLatin1String(productColumns),
        CatalogueTable::prefixCondition(QStringLiteral("code")),
        CatalogueTable::prefixValues(environment, prefix), QStringLiteral("products.search"), limit,
        &readProduct);
}

} // namespace einvoice
