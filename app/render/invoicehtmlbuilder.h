#pragma once

#include "invoicedocument.h"

#include <QString>

namespace einvoice {

// The printable face of an invoice as HTML for QTextDocument: seller, title with template,
// series, number and tax-authority code, buyer, lines, totals per VAT rate, total in words.
class InvoiceHtmlBuilder
{
public:
    static QString build(const InvoiceDocument &document);

    // "BẢN NHÁP" / "BẢN XEM TRƯỚC" / empty.
    static QString markText(InvoiceDocument::Mark mark);

private:
    static QString header(const InvoiceDocument &document);
    static QString buyer(const InvoiceDocument &document);
    static QString lines(const InvoiceDocument &document, const InvoiceTotals &totals);
    static QString totals(const InvoiceDocument &document, const InvoiceTotals &totals);
    static QString signatures(const InvoiceDocument &document);
};

} // namespace einvoice
