#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "einvoice.sandbox")
