#pragma once

#include "store/reportfactsrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// Reads the per-rate summary of an invoice XML (TToan/THTTLTSuat/LTSuat, QĐ 1450 layout): the legal record
// the provider signed, and the only source of the per-rate split when an invoice mixes rates (the API's lines
// carry no discounts).
class RateTotalsXml
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::RateTotalsXml)

public:
    // nullopt and a translated *error for XML that is broken, has no TToan, or names a rate the
    // reports do not know (such as KHAC:x%).
    static std::optional<QList<InvoiceRateTotal>> read(const QByteArray &xml, QString *error);
};

} // namespace einvoice
