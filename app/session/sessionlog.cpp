#include "sessionlog.h"

Q_LOGGING_CATEGORY(lcSession, "einvoice.session")
