#include "cataloguerepository.h"

#include "core/clock.h"
#include "database.h"
#include "transaction.h"

namespace einvoice {

CatalogueRepository::CatalogueRepository(Database &database)
    : CatalogueRepository(database, SystemClock::instance())
{
}

CatalogueRepository::CatalogueRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock), m_customers(database), m_products(database)
{
}

StoreStatus CatalogueRepository::rememberInvoice(const QString &environment, const Invoice &invoice)
{
    Transaction transaction(m_database, QStringLiteral("catalogue.rememberInvoice"));
    if (!transaction.status())
        return transaction.status();
    const QDateTime now = m_clock.nowUtc();
    const Buyer &buyer = invoice.buyer;
    if (!buyer.name.trimmed().isEmpty() || !buyer.taxCode.trimmed().isEmpty()) {
        if (StoreStatus status = m_customers.remember(environment, buyer, now); !status)
            return status;
    }
    for (const InvoiceLine &line : invoice.lines) {
        if (line.lineType != LineType::Goods || line.itemName.trimmed().isEmpty())
            continue;
        Product product;
        product.environment = environment;
        product.code = line.itemCode;
        product.name = line.itemName;
        product.unit = line.unit;
        product.defaultPrice = line.unitPrice;
        product.defaultTaxRate = line.taxRate;
        if (StoreStatus status = m_products.remember(product, now); !status)
            return status;
    }
    return transaction.commit();
}

StoreStatus CatalogueRepository::saveAll(const QList<Customer> &customers, const QList<Product> &products)
{
    Transaction transaction(m_database, QStringLiteral("catalogue.saveAll"));
    if (!transaction.status())
        return transaction.status();
    for (const Customer &customer : customers) {
        if (const auto saved = m_customers.save(customer); !saved.ok())
            return saved.error();
    }
    for (const Product &product : products) {
        if (const auto saved = m_products.save(product); !saved.ok())
            return saved.error();
    }
    return transaction.commit();
}

} // namespace einvoice
