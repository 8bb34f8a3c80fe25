#pragma once

#include <QByteArray>
#include <QString>

// Shared by fuzz_xlsx and fuzz_xlsx_parts: the reader needs a path (minizip opens files), so
// each input is written to one file in a private temporary folder and read from there.
namespace einvoice::fuzz {

// The file each input is written to (the same path for the whole run).
QString workbookPath();

// Detects the format and reads every sheet of the file at workbookPath() the way the app does,
// under limits small enough that one input never inflates more than a few megabytes.
void readWorkbook();

} // namespace einvoice::fuzz
