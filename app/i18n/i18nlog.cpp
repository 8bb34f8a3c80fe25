#include "i18nlog.h"

Q_LOGGING_CATEGORY(lcI18n, "einvoice.i18n")
