#pragma once

#include "customercatalogue.h"
#include "productcatalogue.h"
#include "storeresult.h"

namespace einvoice {

class Clock;
class Database;

// Customers and products saved locally for autocomplete (issue 6): filled from issued invoices
// and editable in a small manager. Everything is per environment.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database &database);
    CatalogueRepository(Database &database, const Clock &clock);

    // Remembers the invoice's buyer (when it has a name or tax code) and its goods lines (when
    // they have a name), all in one transaction.
    StoreStatus rememberInvoice(const QString &environment, const Invoice &invoice);
    // Saves every entry (id 0 inserted, others updated) in one transaction: all or nothing.
    StoreStatus saveAll(const QList<Customer> &customers, const QList<Product> &products);

    CustomerCatalogue &customers() { return m_customers; }
    const CustomerCatalogue &customers() const { return m_customers; }
    ProductCatalogue &products() { return m_products; }
    const ProductCatalogue &products() const { return m_products; }

private:
    Database &m_database;
    const Clock &m_clock;
    CustomerCatalogue m_customers;
    ProductCatalogue m_products;
};

} // namespace einvoice
