#include "buyerjson.h"

namespace einvoice::json {

namespace {

struct BuyerField
{
    QLatin1String name;
    QString Buyer::*member;
};

const BuyerField buyerFields[] = {
    {QLatin1String("name"), &Buyer::name},
    {QLatin1String("legal_name"), &Buyer::legalName},
    {QLatin1String("tax_code"), &Buyer::taxCode},
    {QLatin1String("address"), &Buyer::address},
    {QLatin1String("email"), &Buyer::email},
    {QLatin1String("phone"), &Buyer::phone},
    {QLatin1String("buyer_code"), &Buyer::buyerCode},
    {QLatin1String("national_id"), &Buyer::nationalId},
};

} // namespace

QJsonObject buyerToJson(const Buyer &buyer)
{
    QJsonObject object;
    if (buyer.type != BuyerType::Unspecified)
        object.insert(QLatin1String("type"), toWire(buyer.type));
    for (const BuyerField &field : buyerFields) {
        const QString &value = buyer.*field.member;
        if (!value.isEmpty())
            object.insert(field.name, value);
    }
    return object;
}

Buyer readBuyer(JsonFieldReader &reader)
{
    Buyer buyer;
    const QString type = reader.string(QStringLiteral("type"));
    if (!type.isEmpty()) {
        const std::optional<BuyerType> parsed = buyerTypeFromWire(type);
        if (parsed)
            buyer.type = *parsed;
        else if (reader.mode() == JsonFieldReader::Mode::Request)
            reader.fail(QStringLiteral("type"), QStringLiteral("expected \"personal\" or \"company\""));
    }
    for (const BuyerField &field : buyerFields)
        buyer.*field.member = reader.string(QString(field.name));
    return buyer;
}

} // namespace einvoice::json
