#include "usagelog.h"

Q_LOGGING_CATEGORY(lcUsage, "einvoice.usage")
