#include "csvexporter.h"

#include "invoicelistmodel.h"
#include "invoicetexts.h"

#include <QSaveFile>

namespace einvoice {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

QStringList headerFields()
{
    return {CsvExporter::tr("Reference code"), InvoiceListModel::columnTitle(InvoiceListModel::Number),
        InvoiceListModel::columnTitle(InvoiceListModel::Series), CsvExporter::tr("Issued date"),
        InvoiceListModel::columnTitle(InvoiceListModel::Buyer),
        InvoiceListModel::columnTitle(InvoiceListModel::TaxCode),
        InvoiceListModel::columnTitle(InvoiceListModel::TotalBeforeTax),
        InvoiceListModel::columnTitle(InvoiceListModel::TaxAmount),
        InvoiceListModel::columnTitle(InvoiceListModel::Total),
        InvoiceListModel::columnTitle(InvoiceListModel::Status),
        InvoiceListModel::columnTitle(InvoiceListModel::Source), CsvExporter::tr("Buyer name")};
}

QStringList rowFields(const CachedInvoiceRow &invoice)
{
    // A draft has no number yet: the API's "0" would read as invoice number 0.
    const QString number = invoice.invoiceNumber == QLatin1String("0") ? QString() : invoice.invoiceNumber;
    return {CsvExporter::safeText(invoice.referenceCode), CsvExporter::safeText(number),
        invoice.invoiceSeries.isEmpty() ? CsvExporter::tr("(not known until the invoice is opened)")
                                        : CsvExporter::safeText(invoice.invoiceSeries),
        invoice.issuedDate.toString(Qt::ISODate),
        CsvExporter::safeText(InvoiceListModel::printedBuyer(invoice)),
        CsvExporter::safeText(invoice.buyerTaxCode), invoice.totalBeforeTax.toString(),
        invoice.taxAmount.toString(), invoice.totalAmount.toString(), InvoiceTexts::badge(badgeOf(invoice)),
        InvoiceTexts::source(invoice.source), CsvExporter::safeText(invoice.buyerName)};
}

void appendLine(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(QLatin1Char(','));
        out.append(CsvExporter::quoted(fields.at(i)));
    }
    out.append(QLatin1String("\r\n"));
}

} // namespace

QString CsvExporter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvExporter::safeText(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray CsvExporter::toCsv(const InvoiceListModel &rows)
{
    QByteArray out;
    StoreStatus read;
    write(
        rows,
        [&out](const QByteArray &part) {
            out += part;
            return true;
        },
        &read);
    return out;
}

// Every row the filter passes, read from the cache while it is written, not the rows in memory.
bool CsvExporter::writeFile(const InvoiceListModel &rows, const QString &path, QString *error, int *invoices)
{
    QSaveFile file(path);
    StoreStatus read;
    const bool written = file.open(QIODevice::WriteOnly)
        && write(
            rows, [&file](const QByteArray &part) { return file.write(part) >= 0; }, &read, invoices);
    if (!read) {
        file.cancelWriting();
        if (error)
            *error = read.error().userMessage();
        return false;
    }
    if (!written || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool CsvExporter::write(const InvoiceListModel &rows, const std::function<bool(const QByteArray &)> &out,
    StoreStatus *read, int *invoices)
{
    QString line;
    appendLine(line, headerFields());
    bool written = out(utf8Bom + line.toUtf8());
    int count = 0;
    if (written)
        *read = rows.forEachRow([&](const CachedInvoiceRow &invoice) {
            line.clear();
            appendLine(line, rowFields(invoice));
            written = out(line.toUtf8());
            count += written ? 1 : 0;
            return written;
        });
    if (invoices)
        *invoices = count;
    return written;
}

QList<QStringList> CsvExporter::parse(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv.startsWith(utf8Bom) ? csv.mid(utf8Bom.size()) : csv);
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(std::exchange(field, QString()));
        } else if (c == QLatin1Char('\n')) {
            fields.append(std::exchange(field, QString()));
            rows.append(std::exchange(fields, QStringList()));
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

} // namespace einvoice
