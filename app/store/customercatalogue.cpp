#include "customercatalogue.h"

#include "database.h"
#include "likepattern.h"
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

CustomerCatalogue::CustomerCatalogue(Database &database) : m_database(database) { }

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
        return StoreError {StoreError::Kind::NotFound, operation,
            QStringLiteral("no customer ") + QString::number(customer.id)};
    return customer;
}

StoreResult<Customer> CustomerCatalogue::load(qint64 id) const
{
    const QString operation = QStringLiteral("customers.load");
    StoreResult<QList<Customer>> found
        = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, operation, 1);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return StoreError {
            StoreError::Kind::NotFound, operation, QStringLiteral("no customer ") + QString::number(id)};
    return found.value().constFirst();
}

StoreStatus CustomerCatalogue::remove(qint64 id)
{
    const QString operation = QStringLiteral("customers.remove");
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(QStringLiteral("DELETE FROM customers WHERE id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":id"), id).exec();
    if (status && statement.rowsAffected() == 0)
        return StoreError {
            StoreError::Kind::NotFound, operation, QStringLiteral("no customer ") + QString::number(id)};
    return status;
}

StoreResult<QList<Customer>> CustomerCatalogue::list(const QString &environment) const
{
    return select(QStringLiteral("environment = :env"), {{QStringLiteral(":env"), environment}},
        QStringLiteral("customers.list"), -1);
}

StoreResult<QList<Customer>> CustomerCatalogue::search(
    const QString &environment, const QString &prefix, int limit) const
{
    const QString folded = escapeLike(foldForSearch(prefix));
    const QVariantMap values {
        {QStringLiteral(":env"), environment},
        {QStringLiteral(":start"), QString(folded + QLatin1Char('%'))},
        {QStringLiteral(":word"), QString(QStringLiteral("% ") + folded + QLatin1Char('%'))},
        {QStringLiteral(":tax"), QString(escapeLike(prefix.trimmed()) + QLatin1Char('%'))},
    };
    return select(QStringLiteral("environment = :env AND (search_text LIKE :start ESCAPE '\\'"
                                 " OR search_text LIKE :word ESCAPE '\\' OR tax_code LIKE :tax ESCAPE '\\')"),
        values, QStringLiteral("customers.search"), limit);
}

StoreResult<QList<Customer>> CustomerCatalogue::select(
    const QString &where, const QVariantMap &values, const QString &operation, int limit) const
{
    Statement statement(m_database, operation);
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(customerColumns)
        + QStringLiteral(" FROM customers WHERE ") + where
        + QStringLiteral(" ORDER BY use_count DESC, name, id LIMIT ") + QString::number(limit);
    StoreStatus status = statement.prepare(sql);
    for (auto it = values.cbegin(); status && it != values.cend(); ++it)
        statement.bind(it.key(), it.value());
    if (status)
        status = statement.exec();
    if (!status)
        return status.error();
    QList<Customer> customers;
    while (statement.next())
        customers.append(readCustomer(statement));
    return customers;
}

} // namespace einvoice
