#pragma once

#include "core/clock.h"
#include "core/invoice.h"
#include "httpreply.h"

#include <QJsonObject>

#include <optional>

namespace einvoice {

// Validates the body of POST /v1/invoices/create the way the contract describes (sepay-api.md
// 5.4): a 400 BAD_REQUEST whose message names the first bad field by its JSON path.
class CreateRequestChecker
{
public:
    struct Result
    {
        std::optional<HttpReply> error;
        QJsonObject payload;
        Invoice invoice;
        bool isDraft = false; // documented default of is_draft: false
    };

    static Result check(const QByteArray &body, const Clock &clock);

private:
    static QString checkTopLevel(const QJsonObject &payload, const Clock &clock, QString *problem);
    static QString checkBuyer(const QJsonObject &payload, QString *problem);
    static QString checkItems(const QJsonObject &payload, QString *problem);
    static QString checkItem(const QJsonObject &item, const QString &path, QString *problem);
};

} // namespace einvoice
