#include "editorlog.h"

Q_LOGGING_CATEGORY(lcEditor, "einvoice.editor")
