#include "correctionreference.h"

namespace einvoice {

namespace {

// The printed wording of each kind: the start of the legal line.
QString openingWords(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::Replace:
        return QStringLiteral("Thay thế");
    case CorrectionKind::Increase:
        return QStringLiteral("Điều chỉnh tăng");
    case CorrectionKind::Decrease:
        return QStringLiteral("Điều chỉnh giảm");
    case CorrectionKind::Combined:
        return QStringLiteral("Điều chỉnh tăng, giảm");
    case CorrectionKind::Info:
        return QStringLiteral("Điều chỉnh thông tin");
    }
    return QString();
}

QString printedDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("…");
    return QStringLiteral("%1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

QString orEllipsis(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("…") : text;
}

} // namespace

QString printedInvoiceNumber(const QString &number)
{
    bool numeric = false;
    const qint64 value = number.toLongLong(&numeric);
    if (!numeric || value < 0)
        return number;
    return QStringLiteral("%1").arg(value, 7, 10, QLatin1Char('0'));
}

QString correctionReferenceText(const CorrectionLink &link)
{
    const OriginReference &origin = link.origin;
    return openingWords(link.kind)
        + QStringLiteral(" cho hóa đơn Mẫu số %1 ký hiệu %2 số %3 ngày %4")
              .arg(orEllipsis(origin.templateCode), orEllipsis(origin.invoiceSeries),
                  orEllipsis(printedInvoiceNumber(origin.invoiceNumber)), printedDate(origin.issuedDate));
}

int relatedInvoiceNature(CorrectionKind kind)
{
    return isAdjustment(kind) ? 2 : 1;
}

OriginReference originReferenceOf(const InvoiceDetail &origin, const QString &templateCode)
{
    return OriginReference {
        templateCode, origin.invoiceSeries, origin.summary.invoiceNumber, origin.summary.issuedDate};
}

QString templateCodeOfSeries(const QList<InvoiceTemplate> &templates, const QString &series)
{
    QString found;
    for (const InvoiceTemplate &entry : templates) {
        if (entry.invoiceSeries != series)
            continue;
        if (!found.isEmpty() && found != entry.templateCode)
            return QString();
        found = entry.templateCode;
    }
    return found;
}

} // namespace einvoice
