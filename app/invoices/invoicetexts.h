#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "invoicebadge.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace einvoice {

// Translated words for the list's codes: badges, sources, document types (sepay-api.md 4.5),
// provider statuses (4.6) and column titles.
class InvoiceTexts
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceTexts)

public:
    static QString badge(InvoiceBadge badge);
    static QString source(InvoiceSource source);
    // "Replacement invoice"; "Unknown (12)" outside 1..10; empty when not given.
    static QString documentType(std::optional<int> type);
    // "Code granted by the tax authority"; the raw text when unknown; empty when not given.
    static QString providerStatus(const QString &code);
    static QString paymentMethod(const QString &wire);
    // A line's tax rate as the API gives it ("10.00", "-2.00"): the rate's label, or the figure.
    static QString taxRate(const Decimal &wireRate);
};

} // namespace einvoice
