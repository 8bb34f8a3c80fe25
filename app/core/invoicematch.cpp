#include "invoicematch.h"

#include "totals.h"

namespace einvoice {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.normalized(QString::NormalizationForm_C)
               .simplified()
               .compare(b.normalized(QString::NormalizationForm_C).simplified(), Qt::CaseInsensitive)
        == 0;
}

QString digits(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isDigit())
            result.append(c);
    }
    return result;
}

} // namespace

QStringList InvoiceMatch::differences(const Invoice &sent, const InvoiceDetail &found)
{
    QStringList fields;
    compareBuyer(sent.buyer, found.summary.buyer, fields);
    if (found.summary.issuedDate.isValid() && sent.issuedAt.isValid()
        && found.summary.issuedDate != sent.issuedAt.date())
        fields.append(QStringLiteral("issued_date"));
    compareLines(sent.lines, found.lines, fields);
    compareTotal(sent, found.summary, fields);
    return fields;
}

void InvoiceMatch::compareBuyer(const Buyer &sent, const Buyer &found, QStringList &fields)
{
    if (!found.name.isEmpty() && !sameText(sent.name, found.name))
        fields.append(QStringLiteral("buyer.name"));
    if (!found.taxCode.isEmpty() && digits(sent.taxCode) != digits(found.taxCode))
        fields.append(QStringLiteral("buyer.tax_code"));
}

void InvoiceMatch::compareLines(
    const QList<InvoiceLine> &sent, const QList<RemoteInvoiceLine> &found, QStringList &fields)
{
    if (found.isEmpty())
        return; // the detail did not list them
    if (found.size() != sent.size()) {
        fields.append(QStringLiteral("items"));
        return;
    }
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const InvoiceLine &line = sent.at(i);
        const RemoteInvoiceLine &remote = found.at(i);
        const QString prefix = QStringLiteral("items[%1].").arg(i); // from 0, as the validator's
        if (!sameText(line.itemName, remote.itemName))
            fields.append(prefix + QStringLiteral("item_name"));
        if (line.lineType == LineType::Note)
            continue;
        if (line.quantity.value_or(Decimal::fromInteger(1)).rounded(2) != remote.quantity.rounded(2))
            fields.append(prefix + QStringLiteral("quantity"));
        if (line.unitPrice && line.unitPrice->rounded(2) != remote.unitPrice.rounded(2))
            fields.append(prefix + QStringLiteral("unit_price"));
    }
}

// Within one minor unit per line: a server may round VAT per line where we round per rate.
void InvoiceMatch::compareTotal(const Invoice &sent, const InvoiceSummary &found, QStringList &fields)
{
    if (found.totalAmount.isZero())
        return; // not given
    const Decimal expected = sent.totalAmountOverride ? Decimal::fromInteger(*sent.totalAmountOverride)
                                                      : computeTotals(sent).grandTotal;
    const Decimal difference = expected - found.totalAmount;
    const qint64 minorUnit = Decimal::One / (minorDigits(sent.currency) == 0 ? 1 : 100);
    const Decimal tolerance = Decimal::fromUnits(minorUnit * std::max<qsizetype>(1, sent.lines.size()));
    if (difference > tolerance || -difference > tolerance)
        fields.append(QStringLiteral("total_amount"));
}

} // namespace einvoice
