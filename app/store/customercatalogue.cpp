#include "customercatalogue.h"

#include "database.h"
#include "searchfold.h"
#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

namespace {

const char *const customerColumns = "id, environment, buyer_type, name, legal_name, tax_code, address, email,"
                                    " phone, buyer_code, national_id, use_count, last_used_at";

QString searchTextOf(const Buyer &buyer)
{
    return foldForSearch(QString(buyer.name + QLatin1Char(' ') + buyer.legalName));
}

void bindBuyer(Statement &statement, const QString &environment, const Buyer &buyer)
{
    using sqlvalues::text;
    statement.bind(QStringLiteral(":env"), text(environment))
        .bind(QStringLiteral(":key"), CustomerCatalogue::keyOf(buyer))
        .bind(QStringLiteral(":type"), text(toWire(buyer.type)))
        .bind(QStringLiteral(":name"), text(buyer.name))
        .bind(QStringLiteral(":legal"), text(buyer.legalName))
        .bind(QStringLiteral(":tax"), text(buyer.taxCode))
        .bind(QStringLiteral(":address"), text(buyer.address))
        .bind(QStringLiteral(":email"), text(buyer.email))
        .bind(QStringLiteral(":phone"), text(buyer.phone))
        .bind(QStringLiteral(":code"), text(buyer.buyerCode))
        .bind(QStringLiteral(":nid"), text(buyer.nationalId))
        .bind(QStringLiteral(":search"), searchTextOf(buyer));
}

Customer readCustomer(const Statement &statement)
{
    Customer customer;
    customer.id = statement.value(0).toLongLong();
    customer.environment = statement.value(1).toString();
    Buyer &b = customer.buyer;
    b.type = buyerTypeFromWire(statement.value(2).toString()).value_or(BuyerType::Unspecified);
    QString *const texts[]
        = {&b.name, &b.legalName, &b.taxCode, &b.address, &b.email, &b.phone, &b.buyerCode, &b.nationalId};
    for (int i = 0; i < 8; ++i)
        *texts[i] = statement.value(3 + i).toString();
    customer.useCount = statement.value(11).toInt();
    customer.lastUsedAt = sqlvalues::toTimestamp(statement.value(12));
    return customer;
}

QString keepUnlessEmpty(const char *column)
{
    const QString name = QString::fromLatin1(column);
    return name + QStringLiteral(" = CASE WHEN excluded.") + name + QStringLiteral(" = '' THEN ") + name
        + QStringLiteral(" ELSE excluded.") + name + QStringLiteral(" END");
}

} // namespace

CustomerCatalogue::CustomerCatalogue(Database &database)
    : m_database(database), m_table(database, QStringLiteral("customers"), QStringLiteral("customer"))
{
}

QString CustomerCatalogue::keyOf(const Buyer &buyer)
{
    const QString taxCode = buyer.taxCode.trimmed();
    if (!taxCode.isEmpty())
        return QStringLiteral("tax:") + taxCode;
    return QStringLiteral("name:") + foldForSearch(buyer.name);
}

StoreStatus CustomerCatalogue::remember(
    const QString &environment, const Buyer &buyer, const QDateTime &usedAt)
{
    QStringList merges;
    for (const char *column : {"buyer_type", "name", "legal_name", "tax_code", "address", "email", "phone",
             "buyer_code", "national_id"})
        merges.append(keepUnlessEmpty(column));
    const QString sql
        = QStringLiteral(
              "INSERT INTO customers (environment, customer_key, buyer_type, name, legal_name, tax_code, "
              "address,"
              " email, phone, buyer_code, national_id, search_text, use_count, last_used_at) VALUES (:env, "
              ":key,"
              " :type, :name, :legal, :tax, :address, :email, :phone, :code, :nid, :search, 1, :used)"
              " ON CONFLICT(environment, customer_key) DO UPDATE SET ")
        + merges.join(QStringLiteral(", "))
        + QStringLiteral(", search_text = CASE WHEN excluded.name = '' THEN search_text"
                         " ELSE excluded.search_text END, use_count = use_count + 1,"
                         " last_used_at = excluded.last_used_at");
    Statement statement(m_database, QStringLiteral("customers.remember"));
    StoreStatus status = statement.prepare(sql);
    if (!status)
        return status;
    bindBuyer(statement, environment, buyer);
    statement.bind(QStringLiteral(":used"), sqlvalues::timestamp(usedAt));
    return statement.exec();
}

StoreResult<Customer> CustomerCatalogue::save(Customer customer)
{
    const QString operation = QStringLiteral("customers.save");
    const bool insert = customer.id == 0;
    const QString sql = insert
        ? QStringLiteral("INSERT INTO customers (environment, customer_key, buyer_type, name, legal_name,"
                         " tax_code, address, email, phone, buyer_code, national_id, search_text, use_count,"
                         " last_used_at) VALUES (:env, :key, :type, :name, :legal, :tax, :address, :email,"
                         " :phone, :code, :nid, :search, :uses, :used)")
        : QStringLiteral("UPDATE customers SET environment = :env, customer_key = :key, buyer_type = :type,"
                         " name = :name, legal_name = :legal, tax_code = :tax, address = :address,"
                         " email = :email, phone = :phone, buyer_code = :code, national_id = :nid,"
                         " search_text = :search, use_count = :uses, last_used_at = :used WHERE id = :id");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(sql);
    if (!status)
        return status.error();
    bindBuyer(statement, customer.environment, customer.buyer);
    statement.bind(QStringLiteral(":uses"), customer.useCount)
        .bind(QStringLiteral(":used"), sqlvalues::timestamp(customer.lastUsedAt));
    if (!insert)
        statement.bind(QStringLiteral(":id"), customer.id);
    if (status = statement.exec(); !status)
        return status.error();
    if (insert)
        customer.id = statement.lastInsertId();
    else if (statement.rowsAffected() == 0)
        return m_table.notFound(operation, customer.id);
    return customer;
}

StoreResult<Customer> CustomerCatalogue::load(qint64 id) const
{
    return m_table.load(QLatin1String(customerColumns), id, QStringLiteral("customers.load"), &readCustomer);
}

StoreStatus CustomerCatalogue::remove(qint64 id)
{
    return m_table.remove(id, QStringLiteral("customers.remove"));
}

StoreResult<QList<Customer>> CustomerCatalogue::list(const QString &environment) const
{
    return m_table.select(QLatin1String(customerColumns), QStringLiteral("environment = :env"),
        {{QStringLiteral(":env"), environment}}, QStringLiteral("customers.list"), -1, &readCustomer);
}

StoreResult<QList<Customer>> CustomerCatalogue::search(
    const QString &environment, const QString &prefix, int limit) const
{
    return m_table.select(QLatin1String(customerColumns),
        CatalogueTable::prefixCondition(QStringLiteral("tax_code")),
        CatalogueTable::prefixValues(environment, prefix), QStringLiteral("customers.search"), limit,
        &readCustomer);
}

} // namespace einvoice
