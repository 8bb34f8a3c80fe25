#pragma once

#include "storeresult.h"

#include <QDate>
#include <QString>

#include <optional>

namespace einvoice {

class Database;

// The date of the newest invoice the cache knows was numbered in a series (vn-einvoice-domain.md
// 1.9: providers refuse an invoice dated before the last one of its series, and the numbers of a
// series must follow its dates). Drafts have no number and do not count.
class SeriesIssueDates
{
public:
    static StoreResult<std::optional<QDate>> lastIssued(
        const Database &database, const QString &environment, const QString &series);
};

} // namespace einvoice
