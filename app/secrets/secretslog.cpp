#include "secretslog.h"

Q_LOGGING_CATEGORY(lcSecrets, "einvoice.secrets", QtWarningMsg)
