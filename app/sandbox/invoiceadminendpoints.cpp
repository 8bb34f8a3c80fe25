#include "invoiceadminendpoints.h"

#include "core/correctionkind.h"
#include "invoicejsonwriter.h"
#include "invoicerows.h"
#include "invoicestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace einvoice {

namespace {

bool isProviderStatus(const QJsonValue &value)
{
    const QString text = value.toString();
    return value.isString() && text.size() == 1 && text.at(0) >= u'1' && text.at(0) <= u'9';
}

} // namespace

HttpReply InvoiceAdminEndpoints::invoice(const SandboxRequest &request)
{
    return request.method == "POST" ? change(request) : show(request.arguments.value(0));
}

HttpReply InvoiceAdminEndpoints::show(const QString &referenceCode)
{
    InvoiceStore store(m_context.db);
    const std::optional<StoredInvoice> row = store.find(referenceCode);
    if (!row)
        return HttpReply::notFound();
    QJsonArray corrections;
    for (const StoredInvoice &correction : store.correctionsOf(referenceCode))
        corrections.append(correction.referenceCode);
    const bool creating = row->status == QLatin1String("creating");
    return HttpReply::json(QJsonObject {
        {QStringLiteral("reference_code"), row->referenceCode},
        {QStringLiteral("status"), creating ? row->status : InvoiceRows::statusTextOf(*row)},
        {QStringLiteral("document_type"), InvoiceRows::documentTypeOf(*row)},
        {QStringLiteral("provider_status"), InvoiceRows::providerStatusOf(*row)},
        {QStringLiteral("original_invoice_reference_code"), row->originalReferenceCode},
        {QStringLiteral("adjustment_type"), row->adjustmentType},
        {QStringLiteral("invoice_number"), InvoiceJsonWriter::invoiceNumberText(*row)},
        {QStringLiteral("corrections"), corrections},
    });
}

HttpReply InvoiceAdminEndpoints::change(const SandboxRequest &request)
{
    const QString reference = request.arguments.value(0);
    InvoiceStore store(m_context.db);
    const std::optional<StoredInvoice> row = store.find(reference);
    if (!row)
        return HttpReply::notFound();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.isEmpty())
        return HttpReply::badRequest(QStringLiteral("body"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("cancelled") && it.value() == QJsonValue(true)
            && row->status == QLatin1String("issued"))
            continue;
        if (it.key() == QLatin1String("provider_status") && isProviderStatus(it.value()))
            continue;
        return HttpReply::badRequest(it.key());
    }
    if (body.contains(QStringLiteral("cancelled")))
        store.setDocumentType(reference, DocumentType::Cancelled);
    if (body.contains(QStringLiteral("provider_status")))
        store.setProviderStatus(reference, body.value(QStringLiteral("provider_status")).toString());
    return show(reference);
}

} // namespace einvoice
