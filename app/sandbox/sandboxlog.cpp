#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "einvoice.sandbox", QtInfoMsg) // a flood of connections is not a flood of lines
