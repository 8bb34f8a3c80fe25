#include "batchlog.h"

Q_LOGGING_CATEGORY(lcBatch, "einvoice.batch")
