#include "ratetotalsxml.h"

#include "reportrate.h"

#include <QXmlStreamReader>

namespace einvoice {

namespace {

struct Reading
{
    QList<InvoiceRateTotal> totals;
    bool sawTotals = false;
    QString error;
};

// One LTSuat element: TSuat, ThTien, TThue in any order.
void readGroup(QXmlStreamReader &xml, Reading &reading)
{
    QString rateText, amountText, vatText;
    while (xml.readNextStartElement()) {
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (xml.name() == QLatin1String("TSuat"))
            rateText = value;
        else if (xml.name() == QLatin1String("ThTien"))
            amountText = value;
        else if (xml.name() == QLatin1String("TThue"))
            vatText = value;
    }
    const auto rate = reportrate::fromXml(rateText);
    const auto amount = Decimal::fromString(amountText.isEmpty() ? QStringLiteral("0") : amountText);
    const auto vat = Decimal::fromString(vatText.isEmpty() ? QStringLiteral("0") : vatText);
    if (!rate)
        reading.error = RateTotalsXml::tr("The invoice XML names a VAT rate the reports do not know: \"%1\".")
                            .arg(rateText);
    else if (!amount || !vat)
        reading.error = RateTotalsXml::tr("The invoice XML has an amount that is not a number at rate %1.")
                            .arg(reportrate::label(*rate));
    else
        reading.totals.append({*rate, *amount, *vat});
}

} // namespace

std::optional<QList<InvoiceRateTotal>> RateTotalsXml::read(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    Reading reading;
    bool inTotals = false;
    while (!xml.atEnd() && reading.error.isEmpty()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("TToan"))
            inTotals = reading.sawTotals = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("TToan"))
            inTotals = false;
        else if (inTotals && xml.isStartElement() && xml.name() == QLatin1String("LTSuat"))
            readGroup(xml, reading);
    }
    if (reading.error.isEmpty() && xml.hasError())
        reading.error = tr("The invoice XML cannot be read: %1.").arg(xml.errorString());
    if (reading.error.isEmpty() && !reading.sawTotals)
        reading.error = tr("The invoice XML has no totals (TToan).");
    if (!reading.error.isEmpty()) {
        *error = reading.error;
        return std::nullopt;
    }
    return reading.totals;
}

} // namespace einvoice
