#pragma once

#include <QList>

class QPdfDocument;
class QPainter;
class QPrinter;

namespace einvoice {

// Prints a loaded PDF page by page at the printer's resolution, each page composited on white
// (QPdfDocument renders a transparent background) and fitted to the printable area.
class PdfPrinter
{
public:
    static bool print(QPdfDocument &document, QPrinter &printer);
    // Several documents one after another in one print job (issue 17).
    static bool print(const QList<QPdfDocument *> &documents, QPrinter &printer);

private:
    static bool printPages(QPdfDocument &document, QPrinter &printer, QPainter &painter, bool first);
};

} // namespace einvoice
