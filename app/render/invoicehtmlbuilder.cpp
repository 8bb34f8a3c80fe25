#include "invoicehtmlbuilder.h"

#include "moneyformat.h"

#include <algorithm>

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

// The item name, with the line's kind when it is not goods (TChat 2 and 3).
QString nameCell(const InvoiceLine &line)
{
    QString kind;
    if (line.lineType == LineType::TradeDiscount)
        kind = QStringLiteral("Chiết khấu thương mại");
    else if (line.lineType == LineType::Promotion)
        kind = QStringLiteral("Khuyến mại");
    if (kind.isEmpty())
        return cell(line.itemName);
    return QStringLiteral("<td><i>(") + kind + QStringLiteral(")</i> ") + esc(line.itemName)
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
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    html += row(QStringLiteral("Họ tên người mua hàng"), document.buyerPersonName());
    html += row(QStringLiteral("Tên đơn vị"), document.buyerOrganisationName());
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
    // The discount columns appear when a line has a discount of its own (TLCKhau, STCKhau).
    const bool discounts = std::any_of(totals.lines.cbegin(), totals.lines.cend(),
        [](const LineAmounts &amounts) { return !amounts.discount.isZero(); });
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
        "<th>STT</th><th width=\"30%\">Tên hàng hóa, dịch vụ</th><th>Đơn vị tính</th><th>Số lượng</th>"
        "<th>Đơn giá</th>");
    if (discounts)
        html += QStringLiteral("<th>Tỷ lệ CK</th><th>Tiền chiết khấu</th>");
    html += QStringLiteral("<th>Thành tiền</th>");
    html += vat ? QStringLiteral("<th>Thuế suất</th></tr>") : QStringLiteral("</tr>");
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const LineAmounts amounts = totals.lines.value(i);
        const bool note = line.lineType == LineType::Note;
        html += QStringLiteral("<tr>") + cell(QString::number(i + 1), "center") + nameCell(line);
        html += cell(note ? QString() : line.unit, "center");
        html += cell(note || !line.quantity ? QString() : MoneyFormat::quantity(*line.quantity), "right");
        html += cell(
            note || !line.unitPrice ? QString() : MoneyFormat::format(*line.unitPrice, digits), "right");
        if (discounts) {
            // The rate only as the line states it: an explicit amount wins over a rate (totals.cpp).
            const bool byRate = line.discountPercent && !line.discountAmount && !amounts.discount.isZero();
            html += cell(byRate ? MoneyFormat::quantity(*line.discountPercent) + QLatin1Char('%') : QString(),
                "right");
            html
                += cell(amounts.discount.isZero() ? QString() : MoneyFormat::format(amounts.discount, digits),
                    "right");
        }
        // A trade-discount line's amount is subtracted: printed with its minus sign.
        html += cell(note ? QString() : MoneyFormat::format(amounts.net, digits), "right");
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
    if (!totals.tradeDiscount.isZero())
        html += row(
            QStringLiteral("Tổng chiết khấu thương mại"), MoneyFormat::format(totals.tradeDiscount, digits));
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
