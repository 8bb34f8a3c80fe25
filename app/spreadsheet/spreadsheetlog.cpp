#include "spreadsheetlog.h"

Q_LOGGING_CATEGORY(lcSpreadsheet, "einvoice.spreadsheet")
