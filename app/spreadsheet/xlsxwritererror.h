#pragma once

#include "spreadsheeterror.h"

namespace einvoice {

// libxlsxwriter's error codes as SpreadsheetErrors; the library's English text goes to detail.
class XlsxWriterError
{
public:
    static SpreadsheetError fromLxw(
        int lxwError, const QString &sheetName, const QString &cellName = QString());
};

} // namespace einvoice
