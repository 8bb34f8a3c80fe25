#pragma once

#include "invoicedocument.h"

#include <QByteArray>

namespace einvoice {

// The invoice as XML in the structure of the tax authority's format (vn-einvoice-domain.md 1.3):
// HDon > DLHDon > TTChung + NDHDon (NBan, NMua, DSHHDVu/HHDVu, TToan), then MCCQT once issued.
// Unsigned (no DSCKS content): the sandbox does not sign.
class InvoiceXmlRenderer
{
public:
    static QByteArray render(const InvoiceDocument &document);
};

} // namespace einvoice
