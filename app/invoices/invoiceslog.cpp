#include "invoiceslog.h"

Q_LOGGING_CATEGORY(lcInvoices, "einvoice.invoices")
