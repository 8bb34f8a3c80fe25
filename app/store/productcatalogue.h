#pragma once

#include "catalogueentry.h"
#include "cataloguetable.h"
#include "storeresult.h"

#include <QList>

namespace einvoice {

class Database;

// The products table: remembered goods lines, edited in the catalogue manager.
class ProductCatalogue
{
public:
    explicit ProductCatalogue(Database &database);

    // Adds the product or updates the stored one with the same key (non-empty fields and set
    // prices win), counting one more use at usedAt.
    StoreStatus remember(const Product &product, const QDateTime &usedAt);
    // Inserts (id 0) or updates by id; returns the stored product.
    StoreResult<Product> save(Product product);
    StoreResult<Product> load(qint64 id) const;
    StoreStatus remove(qint64 id);
    StoreResult<QList<Product>> list(const QString &environment) const;
    // Products whose name has a word starting with the prefix (accents and case ignored) or whose
    // code starts with it; most used first.
    StoreResult<QList<Product>> search(
        const QString &environment, const QString &prefix, int limit = 10) const;

    static QString keyOf(const Product &product);

private:
    Database &m_database;
    CatalogueTable m_table;
};

} // namespace einvoice
