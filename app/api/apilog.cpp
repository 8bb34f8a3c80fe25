#include "apilog.h"

Q_LOGGING_CATEGORY(lcApi, "einvoice.api", QtWarningMsg)
