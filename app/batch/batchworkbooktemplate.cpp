#include "batchworkbooktemplate.h"

#include "batchcolumns.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "spreadsheet/exporttable.h"

namespace einvoice {

namespace {

using Kind = XlsxColumn::Kind;

struct TemplateColumn
{
    BatchColumn column;
    const char *english;
    Kind kind;
    const char *explanation; // Vietnamese / English (UTF-8)
    QStringList choices = {};
};

// clang-format off
const QList<TemplateColumn> &templateColumns()
{
    static const QList<TemplateColumn> columns {
        {BatchColumn::InvoiceKey, "Invoice key", Kind::Text, "Bắt buộc. Các dòng cùng mã là một hóa đơn. / Required. Rows with the same key are one invoice."},
        {BatchColumn::IssuedDate, "Issued date", Kind::Date, "Ngày lập (giờ Việt Nam); để trống là hôm nay. / Date of issue (Vietnam time); empty means today."},
        {BatchColumn::InvoiceSeries, "Series", Kind::Code, "Ký hiệu hóa đơn, ví dụ C26TAA; để trống dùng ký hiệu đã chọn. / Invoice series, e.g. C26TAA; empty uses the chosen one."},
        {BatchColumn::Currency, "Currency", Kind::Text, "VND hoặc USD; để trống là VND. / VND or USD; empty means VND.", {QStringLiteral("VND"), QStringLiteral("USD")}},
        {BatchColumn::PaymentMethod, "Payment method", Kind::Text, "TM tiền mặt, CK chuyển khoản, TM/CK, KHAC. / TM cash, CK bank transfer, TM/CK, KHAC other.", {QStringLiteral("TM"), QStringLiteral("CK"), QStringLiteral("TM/CK"), QStringLiteral("KHAC")}},
        {BatchColumn::BuyerType, "Buyer type", Kind::Text, "Doanh nghiệp hoặc Cá nhân; để trống: theo mã số thuế. / Company or individual; empty: from the tax code.", {QStringLiteral("Doanh nghiệp"), QStringLiteral("Cá nhân")}},
        {BatchColumn::BuyerName, "Buyer name", Kind::Text, "Người mua hàng. / The person who buys."},
        {BatchColumn::BuyerLegalName, "Legal name", Kind::Text, "Tên đơn vị (doanh nghiệp). / The company's registered name."},
        {BatchColumn::BuyerTaxCode, "Tax code", Kind::Code, "Mã số thuế, giữ nguyên số 0 ở đầu (ô dạng văn bản). / Tax code; the cells are text, so a leading 0 stays."},
        {BatchColumn::BuyerAddress, "Address", Kind::Text, "Địa chỉ người mua. / Buyer's address."},
        {BatchColumn::BuyerEmail, "Email", Kind::Text, "Email nhận hóa đơn. / Email that receives the invoice."},
        {BatchColumn::LineType, "Line type", Kind::Text, "1 hàng hóa, 2 khuyến mại, 3 chiết khấu thương mại, 4 ghi chú; trống là 1. / 1 goods, 2 promotion, 3 trade discount, 4 note; empty is 1.", {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
        {BatchColumn::ItemCode, "Item code", Kind::Code, "Mã hàng (không bắt buộc). / Item code (optional)."},
        {BatchColumn::ItemName, "Item name", Kind::Text, "Bắt buộc. Tên hàng hóa, dịch vụ. / Required. Goods or service."},
        {BatchColumn::Unit, "Unit", Kind::Text, "Đơn vị tính. / Unit of measure."},
        {BatchColumn::Quantity, "Quantity", Kind::Number, "Số, tối đa 2 chữ số thập phân. / A number, at most 2 decimals."},
        {BatchColumn::UnitPrice, "Unit price", Kind::Number, "Số; VND không có phần lẻ, USD tối đa 2 chữ số thập phân. / A number; VND whole, USD at most 2 decimals."},
        {BatchColumn::TaxRate, "Tax rate", Kind::Text, "0, 5, 8, 10 (%); -2 = KCT không chịu thuế; -1 = KKKNT không kê khai. / 0, 5, 8, 10 (%); -2 = KCT not subject; -1 = KKKNT not declared.", {QStringLiteral("10"), QStringLiteral("8"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("KCT"), QStringLiteral("KKKNT")}},
        {BatchColumn::Notes, "Notes", Kind::Text, "Ghi chú in trên hóa đơn. / A note printed on the invoice."},
    };
    return columns;
}
// clang-format on

ExportTable invoiceSheet(const QDate &issuedDate)
{
    ExportTable sheet;
    sheet.sheetName = QStringLiteral("Hóa đơn");
    for (const TemplateColumn &spec : templateColumns()) {
        XlsxColumn column;
        column.header = BatchColumnMap::templateHeader(spec.column) + u'\n' + QString::fromUtf8(spec.english);
        column.kind = spec.kind;
        column.decimals = spec.column == BatchColumn::Quantity ? -1 : 0;
        column.choices = spec.choices;
        column.hint = QString::fromUtf8(spec.explanation);
        sheet.columns.append(column);
    }
    // The series carries the year of issue (C26TAA in 2026), so the example stays valid.
    const QString series = u'C' + issuedDate.toString(QStringLiteral("yy")) + QStringLiteral("TAA");
    // clang-format off
    sheet.append({QStringLiteral("HD001"), issuedDate, series, QStringLiteral("VND"), QStringLiteral("CK"),
        QStringLiteral("Doanh nghiệp"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("Công ty TNHH Mẫu"),
        QStringLiteral("0312456782"), QStringLiteral("1 Đường Số 1, Quận 1, TP.HCM"),
        QStringLiteral("ketoan@example.vn"), qint64(1), QStringLiteral("SP01"), QStringLiteral("Bàn phím"),
        QStringLiteral("cái"), qint64(2), qint64(150000), qint64(10), QString()});
    sheet.append({QStringLiteral("HD001"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, qint64(1),
        QStringLiteral("DV01"), QStringLiteral("Phí lắp đặt"), QStringLiteral("lần"), qint64(1), qint64(50000),
        qint64(8), QString()});
    // clang-format on
    return sheet;
}

ExportTable helpSheet()
{
    ExportTable help;
    help.sheetName = QStringLiteral("Hướng dẫn");
    XlsxColumn column;
    column.header = QStringLiteral("Cột\nColumn");
    XlsxColumn meaning;
    meaning.header = QStringLiteral("Ý nghĩa\nMeaning");
    help.columns = {column, meaning};
    help.append({QStringLiteral("Cách dùng / How to use"),
        QStringLiteral("Mỗi dòng của sheet Hóa đơn là một dòng hàng; nhập số và ngày dưới dạng số và ngày. "
                       "/ Each row of the sheet Hóa đơn is one line item; type numbers and dates as such.")});
    for (const TemplateColumn &spec : templateColumns()) {
        help.append({BatchColumnMap::templateHeader(spec.column) + QStringLiteral(" / ")
                + QString::fromUtf8(spec.english),
            QString::fromUtf8(spec.explanation)});
    }
    return help;
}

} // namespace

bool BatchWorkbookTemplate::write(const QString &path, SpreadsheetError *error)
{
    return write(path, VietnamTime::today(SystemClock::instance()), error);
}

bool BatchWorkbookTemplate::write(const QString &path, const QDate &issuedDate, SpreadsheetError *error)
{
    return ExportTableWriter::writeXlsx({invoiceSheet(issuedDate), helpSheet()}, path, error);
}

} // namespace einvoice
