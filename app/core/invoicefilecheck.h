#pragma once

#include "enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace einvoice {

// Whether downloaded bytes are the kind of file they claim to be, checked before anything is
// written: a PDF starts with "%PDF-", an XML file is well-formed XML with a root element.
class InvoiceFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceFileCheck)

public:
    // Empty when content is a file of this type; otherwise a translated sentence saying why not.
    static QString problem(FileType type, const QByteArray &content);
};

} // namespace einvoice
