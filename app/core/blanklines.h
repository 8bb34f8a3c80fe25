#pragma once

#include "invoice.h"

#include <QList>

namespace einvoice {

// A goods line (the kind a new line has) with no text, no number and no VAT rate: what Tab past
// the last cell or "Add line" leaves behind.
bool isBlankLine(const InvoiceLine &line);

// The lines without the blank ones at the end: those are neither sent nor checked. Blank lines
// between others stay (their positions name the fields of the lines after them).
QList<InvoiceLine> withoutTrailingBlankLines(QList<InvoiceLine> lines);

} // namespace einvoice
