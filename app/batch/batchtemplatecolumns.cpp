#include "batchtemplatecolumns.h"

namespace einvoice {

namespace {

using Kind = XlsxColumn::Kind;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

// clang-format off
const QList<BatchTemplateColumn> &BatchTemplateColumns::all()
{
    static const QList<BatchTemplateColumn> columns {
        {BatchColumn::InvoiceKey, text("Invoice key"), Kind::Text, text("Bắt buộc. Các dòng cùng mã là một hóa đơn. / Required. Rows with the same key are one invoice."), {}},
        {BatchColumn::IssuedDate, text("Issued date"), Kind::Date, text("Ngày lập (giờ Việt Nam); để trống là hôm nay. / Date of issue (Vietnam time); empty means today."), {}},
        {BatchColumn::TemplateCode, text("Template"), Kind::Text, text("Mẫu số hóa đơn: 1 hóa đơn GTGT, 2 hóa đơn bán hàng; phải là mẫu của tài khoản, cùng với ký hiệu của mẫu đó. Để trống dùng mẫu đã chọn. / Invoice template: 1 VAT invoice, 2 sales invoice; one of the account's templates, with a series of that template. Empty uses the chosen one."), {}},
        {BatchColumn::InvoiceSeries, text("Series"), Kind::Code, text("Ký hiệu hóa đơn, ví dụ C26TAA; để trống dùng ký hiệu đã chọn. / Invoice series, e.g. C26TAA; empty uses the chosen one."), {}},
        {BatchColumn::Currency, text("Currency"), Kind::Text, text("VND hoặc USD; để trống là VND. / VND or USD; empty means VND."), {QStringLiteral("VND"), QStringLiteral("USD")}},
        {BatchColumn::PaymentMethod, text("Payment method"), Kind::Text, text("TM tiền mặt, CK chuyển khoản, TM/CK, KHAC. / TM cash, CK bank transfer, TM/CK, KHAC other."), {QStringLiteral("TM"), QStringLiteral("CK"), QStringLiteral("TM/CK"), QStringLiteral("KHAC")}},
        {BatchColumn::BuyerType, text("Buyer type"), Kind::Text, text("Doanh nghiệp hoặc Cá nhân; để trống: theo mã số thuế. / Company or individual; empty: from the tax code."), {text("Doanh nghiệp"), text("Cá nhân")}},
        {BatchColumn::BuyerName, text("Buyer name"), Kind::Text, text("Người mua hàng. / The person who buys."), {}},
        {BatchColumn::BuyerLegalName, text("Legal name"), Kind::Text, text("Tên đơn vị (doanh nghiệp). / The company's registered name."), {}},
        {BatchColumn::BuyerTaxCode, text("Tax code"), Kind::Code, text("Mã số thuế, giữ nguyên số 0 ở đầu (ô dạng văn bản). / Tax code; the cells are text, so a leading 0 stays."), {}},
        {BatchColumn::BuyerAddress, text("Address"), Kind::Text, text("Địa chỉ người mua. / Buyer's address."), {}},
        {BatchColumn::BuyerEmail, text("Email"), Kind::Text, text("Email nhận hóa đơn. / Email that receives the invoice."), {}},
        {BatchColumn::LineType, text("Line type"), Kind::Text, text("1 hàng hóa, 2 khuyến mại, 3 chiết khấu thương mại, 4 ghi chú; trống là 1. / 1 goods, 2 promotion, 3 trade discount, 4 note; empty is 1."), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
        {BatchColumn::ItemCode, text("Item code"), Kind::Code, text("Mã hàng (không bắt buộc). / Item code (optional)."), {}},
        {BatchColumn::ItemName, text("Item name"), Kind::Text, text("Bắt buộc. Tên hàng hóa, dịch vụ. / Required. Goods or service."), {}},
        {BatchColumn::Unit, text("Unit"), Kind::Text, text("Đơn vị tính. / Unit of measure."), {}},
        {BatchColumn::Quantity, text("Quantity"), Kind::Number, text("Số, tối đa 2 chữ số thập phân. / A number, at most 2 decimals."), {}},
        {BatchColumn::UnitPrice, text("Unit price"), Kind::Number, text("Số; VND không có phần lẻ, USD tối đa 2 chữ số thập phân. / A number; VND whole, USD at most 2 decimals."), {}},
        {BatchColumn::TaxRate, text("Tax rate"), Kind::Text, text("0, 5, 8, 10 (%); -2 = KCT không chịu thuế; -1 = KKKNT không kê khai. / 0, 5, 8, 10 (%); -2 = KCT not subject; -1 = KKKNT not declared."), {QStringLiteral("10"), QStringLiteral("8"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("KCT"), QStringLiteral("KKKNT")}},
        {BatchColumn::Notes, text("Notes"), Kind::Text, text("Ghi chú in trên hóa đơn. / A note printed on the invoice."), {}},
    };
    return columns;
}

QList<QList<SpreadsheetValue>> BatchTemplateColumns::example(const QDate &issuedDate)
{
    // The series carries the year of issue (C26TAA in 2026), so the example stays valid.
    const QString series = u'C' + issuedDate.toString(QStringLiteral("yy")) + QStringLiteral("TAA");
    const SpreadsheetValue none;
    return {
        {QStringLiteral("HD001"), issuedDate, qint64(1), series, QStringLiteral("VND"), QStringLiteral("CK"),
         text("Doanh nghiệp"), text("Nguyễn Văn A"), text("Công ty TNHH Mẫu"), QStringLiteral("0312456782"),
         text("1 Đường Số 1, Quận 1, TP.HCM"), QStringLiteral("ketoan@example.vn"), qint64(1),
         QStringLiteral("SP01"), text("Bàn phím"), text("cái"), qint64(2), qint64(150000), qint64(10), none},
        {QStringLiteral("HD001"), none, none, none, none, none, none, none, none, none, none, none, qint64(1),
         QStringLiteral("DV01"), text("Phí lắp đặt"), text("lần"), qint64(1), qint64(50000), qint64(8), none},
        {QStringLiteral("HD002"), issuedDate, qint64(1), series, QStringLiteral("VND"), QStringLiteral("TM"),
         text("Cá nhân"), text("Trần Thị B"), none, none, text("2 Lê Lợi, Huế"), none, qint64(1), none,
         text("Sách giáo khoa"), text("cuốn"), qint64(3), qint64(45000), qint64(-2), none},
    };
}
// clang-format on

} // namespace einvoice
