#pragma once

#include "catalogueentry.h"
#include "cataloguetable.h"
#include "storeresult.h"

#include <QList>

namespace einvoice {

class Database;

// The customers table: remembered buyers, edited in the catalogue manager.
class CustomerCatalogue
{
public:
    explicit CustomerCatalogue(Database &database);

    // Adds the buyer or merges it into the stored one with the same key (non-empty fields win),
    // counting one more use at usedAt.
    StoreStatus remember(const QString &environment, const Buyer &buyer, const QDateTime &usedAt);
    // Inserts (id 0) or updates by id; returns the stored customer. A key taken by another customer
    // is a Query error; an unknown id is NotFound.
    StoreResult<Customer> save(Customer customer);
    StoreResult<Customer> load(qint64 id) const;
    StoreStatus remove(qint64 id);
    // All customers of the environment, most used first.
    StoreResult<QList<Customer>> list(const QString &environment) const;
    // Customers whose name or legal name has a word starting with the prefix (accents and case
    // ignored), or whose tax code starts with it; most used first.
    StoreResult<QList<Customer>> search(
        const QString &environment, const QString &prefix, int limit = 10) const;

    static QString keyOf(const Buyer &buyer);

private:
    Database &m_database;
    CatalogueTable m_table;
};

} // namespace einvoice
