#pragma once

#include <QLoggingCategory>

namespace einvoice {

Q_DECLARE_LOGGING_CATEGORY(lcInvoiceList)

} // namespace einvoice
