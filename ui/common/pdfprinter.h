#pragma once

class QPdfDocument;
class QPrinter;

namespace einvoice {

// Prints a loaded PDF page by page at the printer's resolution, each page composited on white
// (QPdfDocument renders a transparent background) and fitted to the printable area.
class PdfPrinter
{
public:
    static bool print(QPdfDocument &document, QPrinter &printer);
};

} // namespace einvoice
