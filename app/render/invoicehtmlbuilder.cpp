#include "invoicehtmlbuilder.h"

#include "moneyformat.h"

namespace einvoice {

// The printed invoice is a legal document in Vietnamese (ND 123 Art. 10 k.13): its wording is
// fixed, not translated with the user interface.

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return QString();
    return QStringLiteral("<tr><td width=\"28%\">") + label + QStringLiteral(":</td><td><b>") + esc(value)
        + QStringLiteral("</b></td></tr>");
}

QString cell(const QString &text, const char *align = "left")
{
    return QStringLiteral("<td align=\"") + QLatin1String(align) + QStringLiteral("\">") + esc(text)
        + QStringLiteral("</td>");
}

QString paymentText(const Invoice &invoice)
{
    return invoice.paymentMethod ? toWire(*invoice.paymentMethod) : QString();
}

} // namespace

QString InvoiceHtmlBuilder::markText(InvoiceDocument::Mark mark)
{
    switch (mark) {
    case InvoiceDocument::Mark::Draft:
        return QStringLiteral("BẢN NHÁP");
    case InvoiceDocument::Mark::Preview:
        return QStringLiteral("BẢN XEM TRƯỚC");
    case InvoiceDocument::Mark::None:
        break;
    }
    return QString();
}

QString InvoiceHtmlBuilder::build(const InvoiceDocument &document)
{
    const InvoiceTotals computed = computeTotals(document.invoice);
    return QStringLiteral("<html><body>") + header(document) + buyer(document) + lines(document, computed)
        + totals(document, computed) + signatures(document) + QStringLiteral("</body></html>");
}

QString InvoiceHtmlBuilder::header(const InvoiceDocument &document)
{
    const Invoice &invoice = document.invoice;
    const QDate date = invoice.issuedAt.date();
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    html += row(QStringLiteral("Đơn vị bán hàng"), document.seller.name);
    html += row(QStringLiteral("Mã số thuế"), document.seller.taxCode);
    html += row(QStringLiteral("Địa chỉ"), document.seller.address);
    html += row(QStringLiteral("Điện thoại"), document.seller.phone);
    html += row(QStringLiteral("Số tài khoản"), document.seller.bankAccount);
    html += QStringLiteral("</table><hr/>");
    html += QStringLiteral("<h2 align=\"center\">") + esc(document.effectiveTemplateName().toUpper())
        + QStringLiteral("</h2>");
    const QString mark = markText(document.mark);
    if (!mark.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"color:#c00000\"><b>") + mark
            + QStringLiteral("</b></p>");
    if (document.correction)
        html += QStringLiteral("<p align=\"center\"><b>(")
            + esc(correctionReferenceText(*document.correction)) + QStringLiteral(")</b></p>");
    html += QStringLiteral("<p align=\"center\"><i>Ngày %1 tháng %2 năm %3</i></p>")
                .arg(date.day(), 2, 10, QLatin1Char('0'))
                .arg(date.month(), 2, 10, QLatin1Char('0'))
                .arg(date.year());
    html += QStringLiteral(
        "<p align=\"right\">Mẫu số: <b>%1</b> &nbsp; Ký hiệu: <b>%2</b> &nbsp; Số: <b>%3</b></p>")
                .arg(esc(invoice.templateCode), esc(invoice.invoiceSeries),
                    document.isNumbered() ? QStringLiteral("%1").arg(
                        document.invoiceNumber.toLongLong(), 7, 10, QLatin1Char('0'))
                                          : QStringLiteral("(chưa cấp số)"));
    if (!document.taxAuthorityCode.isEmpty())
        html += QStringLiteral("<p align=\"right\">Mã của cơ quan thuế: <b>") + esc(document.taxAuthorityCode)
            + QStringLiteral("</b></p>");
    return html;
}

QString InvoiceHtmlBuilder::buyer(const InvoiceDocument &document)
{
    const Buyer &buyer = document.invoice.buyer;
    const bool company = buyer.type == BuyerType::Company;
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    html += row(QStringLiteral("Họ tên người mua hàng"), company ? QString() : buyer.name);
    html += row(QStringLiteral("Tên đơn vị"),
        company ? (buyer.legalName.isEmpty() ? buyer.name : buyer.legalName) : QString());
    html += row(QStringLiteral("Mã số thuế"), buyer.taxCode);
    html += row(QStringLiteral("Số định danh"), buyer.nationalId);
    html += row(QStringLiteral("Địa chỉ"), buyer.address);
    html += row(QStringLiteral("Mã khách hàng"), buyer.buyerCode);
    html += row(QStringLiteral("Hình thức thanh toán"), paymentText(document.invoice));
    html += row(QStringLiteral("Đồng tiền thanh toán"), toWire(document.invoice.currency));
    return html + QStringLiteral("</table>");
}

QString InvoiceHtmlBuilder::lines(const InvoiceDocument &document, const InvoiceTotals &totals)
{
    const Invoice &invoice = document.invoice;
    const int digits = minorDigits(invoice.currency);
    const bool vat = invoice.isVatInvoice();
    QString html
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                         "<th>STT</th><th>Tên hàng hóa, dịch vụ</th><th>Đơn vị tính</th><th>Số lượng</th>"
                         "<th>Đơn giá</th><th>Thành tiền</th>");
    html += vat ? QStringLiteral("<th>Thuế suất</th></tr>") : QStringLiteral("</tr>");
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const bool note = line.lineType == LineType::Note;
        html += QStringLiteral("<tr>") + cell(QString::number(i + 1), "center") + cell(line.itemName);
        html += cell(note ? QString() : line.unit, "center");
        html += cell(note || !line.quantity ? QString() : MoneyFormat::quantity(*line.quantity), "right");
        html += cell(
            note || !line.unitPrice ? QString() : MoneyFormat::format(*line.unitPrice, digits), "right");
        html += cell(note ? QString() : MoneyFormat::format(totals.lines.value(i).net, digits), "right");
        if (vat)
            html += cell(line.taxRate && !note ? taxRateLabel(*line.taxRate) : QString(), "center");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString InvoiceHtmlBuilder::totals(const InvoiceDocument &document, const InvoiceTotals &totals)
{
    const int digits = minorDigits(document.invoice.currency);
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    for (const RateGroup &group : totals.groups) {
        if (!group.rate)
            continue;
        html += row(QStringLiteral("Tổng tiền chịu thuế suất ") + taxRateLabel(*group.rate),
            MoneyFormat::format(group.amount, digits) + QStringLiteral(" — tiền thuế GTGT: ")
                + MoneyFormat::format(group.vat, digits));
    }
    html += row(QStringLiteral("Cộng tiền hàng"), MoneyFormat::format(totals.totalBeforeTax, digits));
    if (document.invoice.isVatInvoice())
        html += row(QStringLiteral("Tiền thuế GTGT"), MoneyFormat::format(totals.totalVat, digits));
    html += row(
        QStringLiteral("Tổng tiền thanh toán"), MoneyFormat::format(document.payableTotal(totals), digits));
    html += row(QStringLiteral("Số tiền viết bằng chữ"), document.payableTotalInWords(totals));
    html += row(QStringLiteral("Ghi chú"), document.invoice.notes);
    return html + QStringLiteral("</table>");
}

QString InvoiceHtmlBuilder::signatures(const InvoiceDocument &document)
{
    QString seller = QStringLiteral("<b>Người bán hàng</b><br/><i>(Chữ ký số)</i>");
    if (document.isNumbered())
        seller += QStringLiteral("<br/>Ký bởi: ") + esc(document.seller.name);
    return QStringLiteral(
               "<br/><table width=\"100%\"><tr><td align=\"center\" width=\"50%\"><b>Người mua hàng</b><br/>"
               "<i>(Chữ ký số nếu có)</i></td><td align=\"center\">")
        + seller + QStringLiteral("</td></tr></table>");
}

} // namespace einvoice
