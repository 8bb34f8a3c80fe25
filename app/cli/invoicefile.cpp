#include "invoicefile.h"

#include "api/createinvoiceoperation.h"
#include "core/invoicejson.h"

#include <QFile>
#include <QJsonDocument>

namespace einvoice {

QString InvoiceFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return tr("%1 is not a JSON object: %2").arg(path, error.errorString());
    m_payload = document.object();
    Parsed<Invoice> parsed = json::invoiceFromCreatePayload(m_payload);
    if (const auto *problem = std::get_if<ParseError>(&parsed))
        return tr("%1: field %2: %3").arg(path, problem->field, problem->reason);
    m_invoice = std::get<Invoice>(std::move(parsed));
    m_generated = CreateInvoiceOperation::fixReferenceCode(m_invoice);
    return QString();
}

} // namespace einvoice
