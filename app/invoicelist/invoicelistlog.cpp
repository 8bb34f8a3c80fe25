#include "invoicelistlog.h"

namespace einvoice {

Q_LOGGING_CATEGORY(lcInvoiceList, "einvoice.invoicelist")

} // namespace einvoice
