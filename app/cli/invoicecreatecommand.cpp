#include "invoicecreatecommand.h"

#include "api/createinvoiceoperation.h"
#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"
#include "core/invoicejson.h"
#include "core/invoicevalidator.h"

#include <QFile>
#include <QJsonDocument>

namespace einvoice {

QString InvoiceCreateCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    if (const QString error = readInvoice(); !error.isEmpty())
        return error;
    if (options().draft)
        m_invoice.isDraft = true;
    const ValidationIssues issues = InvoiceValidator::validate(m_invoice);
    if (hasErrors(issues))
        return ApiError::validation(issues).text();
    return QString();
}

QString InvoiceCreateCommand::readInvoice()
{
    QFile file(argument(0));
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(argument(0), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return tr("%1 is not a JSON object: %2").arg(argument(0), error.errorString());
    Parsed<Invoice> parsed = json::invoiceFromCreatePayload(document.object());
    if (const auto *problem = std::get_if<ParseError>(&parsed))
        return tr("%1: field %2: %3").arg(argument(0), problem->field, problem->reason);
    m_invoice = std::get<Invoice>(std::move(parsed));
    m_generated = m_invoice.referenceCode.trimmed().isEmpty();
    if (m_generated)
        m_invoice.referenceCode = CreateInvoiceOperation::newReferenceCode();
    return QString();
}

QString InvoiceCreateCommand::confirmationText() const
{
    return m_invoice.isDraft ? tr("Create a draft invoice %1 on Production.").arg(m_invoice.referenceCode)
                             : tr("Create AND ISSUE invoice %1 on Production (sent to the tax authority).")
                                   .arg(m_invoice.referenceCode);
}

void InvoiceCreateCommand::run()
{
    if (m_generated)
        out().line(tr("Generated reference code: %1").arg(m_invoice.referenceCode));
    auto *operation = client()->createInvoice(m_invoice, options().wait);
    connect(operation, &InvoiceOperation::progress, this, [this](const JobState &state, int checks) {
        out().note(tr("job %1 (check %2)").arg(cliformat::jobStatus(state.status)).arg(checks));
    });
    connect(operation, &InvoiceOperation::finished, this, [this, operation] { reportOperation(*operation); });
}

} // namespace einvoice
