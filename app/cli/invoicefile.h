#pragma once

#include "core/invoice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace einvoice {

// An invoice file of the command line: the API's create payload as JSON (invoice create,
// replace, adjust). A missing reference_code is generated, so that the run can be looked up.
class InvoiceFile
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceFile)

public:
    // Reads path; returns a translated problem naming the file (and the field), or empty.
    QString read(const QString &path);

    const QJsonObject &payload() const { return m_payload; } // as written in the file
    Invoice &invoice() { return m_invoice; }
    const Invoice &invoice() const { return m_invoice; }
    bool referenceCodeGenerated() const { return m_generated; }

private:
    QJsonObject m_payload;
    Invoice m_invoice;
    bool m_generated = false;
};

} // namespace einvoice
