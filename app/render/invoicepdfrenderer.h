#pragma once

#include "invoicedocument.h"

#include <QByteArray>

namespace einvoice {

// Renders an invoice to an A4 PDF with QPdfWriter and QTextDocument, in DejaVu Sans (embedded,
// covers Vietnamese), with a diagonal "BẢN NHÁP" / "BẢN XEM TRƯỚC" mark on every page of a draft
// or preview. Needs a QGuiApplication (fonts); returns an empty array without one.
class InvoicePdfRenderer
{
public:
    static QByteArray render(const InvoiceDocument &document);

    // The font family used; loaded from the system's DejaVu files when fontconfig lacks it.
    static QString fontFamily();
};

} // namespace einvoice
