#include "xlsxwritererror.h"

#include <xlsxwriter.h>

namespace einvoice {

SpreadsheetError XlsxWriterError::fromLxw(int lxwError, const QString &sheetName, const QString &cellName)
{
    using Code = SpreadsheetError::Code;
    const QString detail = QString::fromUtf8(lxw_strerror(lxw_error(lxwError)));
    SpreadsheetError error;
    error.name = sheetName;
    error.detail = detail;
    switch (lxwError) {
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
        error.code = Code::InvalidSheetName;
        break;
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
        error.code = Code::DuplicateSheetName;
        break;
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        error.code = Code::TextTooLong;
        error.part = cellName;
        break;
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        error.code = Code::TooManyRowsToWrite;
        break;
    default:
        error.code = Code::WriteFailed;
        error.part = cellName.isEmpty() ? sheetName : sheetName + QLatin1Char('!') + cellName;
        break;
    }
    return error;
}

} // namespace einvoice
