#include "invoicefilecheck.h"

#include <QXmlStreamReader>

namespace einvoice {

namespace {

QString xmlProblem(const QByteArray &content)
{
    QXmlStreamReader reader(content);
    bool root = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            root = true;
    }
    if (reader.hasError())
        return reader.errorString();
    return root ? QString() : QStringLiteral("no root element");
}

} // namespace

QString InvoiceFileCheck::problem(FileType type, const QByteArray &content)
{
    if (content.isEmpty())
        return tr("The server sent an empty file.");
    if (type == FileType::Pdf)
        return content.startsWith("%PDF-") ? QString() : tr("The server sent a file that is not a PDF.");
    const QString problem = xmlProblem(content);
    return problem.isEmpty() ? QString()
                             : tr("The server sent a file that is not well-formed XML (%1).").arg(problem);
}

} // namespace einvoice
