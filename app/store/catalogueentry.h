#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/invoice.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// A saved buyer for autocomplete (issue 6). Keyed per environment by tax code, or by the folded
// name when there is no tax code.
struct Customer
{
    qint64 id = 0; // 0 until stored
    QString environment;
    Buyer buyer;
    int useCount = 0; // invoices issued to this buyer through this app
    QDateTime lastUsedAt; // UTC

    bool operator==(const Customer &) const = default;
};

// A saved product for autocomplete. Keyed per environment by item code, or by the folded name.
struct Product
{
    qint64 id = 0;
    QString environment;
    QString code;
    QString name;
    QString unit;
    std::optional<Decimal> defaultPrice;
    std::optional<TaxRate> defaultTaxRate;
    int useCount = 0;
    QDateTime lastUsedAt;

    bool operator==(const Product &) const = default;
};

} // namespace einvoice
