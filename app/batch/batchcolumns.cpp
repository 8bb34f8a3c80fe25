#include "batchcolumns.h"

#include <QRegularExpression>

#include <array>

namespace einvoice {

namespace {

struct ColumnInfo
{
    BatchColumn column;
    const char *key;
    const char *header; // Vietnamese template header (UTF-8)
    const char *label; // the name people read in the app, translated (English source)
    const char *aliases; // folded, separated by '|'
};

// clang-format off
const std::array<ColumnInfo, 27> Columns {{
    {BatchColumn::InvoiceKey, "invoice_key", "Mã nhóm hóa đơn", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Invoice group key"), "manhomhoadon|nhomhoadon|sttHoadon|stthoadon|mahoadon|khoa|invoicekey|invoicegroup|group|key|invoiceno|invoice"},
    {BatchColumn::ReferenceCode, "reference_code", "Mã tham chiếu", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Reference code"), "mathamchieu|referencecode|reference|ref"},
    {BatchColumn::TemplateCode, "template_code", "Mẫu số", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Template"), "mauso|mauhoadon|templatecode|template"},
    {BatchColumn::InvoiceSeries, "invoice_series", "Ký hiệu", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Series"), "kyhieu|kyhieuhoadon|invoiceseries|series"},
    {BatchColumn::IssuedDate, "issued_date", "Ngày hóa đơn", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Invoice date"), "ngayhoadon|ngaylap|ngay|issueddate|invoicedate|date"},
    {BatchColumn::Currency, "currency", "Loại tiền", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Currency"), "loaitien|tiente|currency"},
    {BatchColumn::PaymentMethod, "payment_method", "Hình thức thanh toán", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Payment method"), "hinhthucthanhtoan|httt|thanhtoan|paymentmethod|payment"},
    {BatchColumn::ProviderAccount, "provider_account_id", "Tài khoản nhà cung cấp", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Provider account"), "taikhoannhacungcap|providerAccount|provideraccount|provideraccountid"},
    {BatchColumn::BuyerType, "buyer_type", "Loại người mua", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Buyer type"), "loainguoimua|loaikhachhang|buyertype"},
    {BatchColumn::BuyerName, "buyer_name", "Tên người mua", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Buyer name"), "tennguoimua|nguoimua|tenkhachhang|khachhang|buyername|buyer|customername|customer"},
    {BatchColumn::BuyerLegalName, "buyer_legal_name", "Tên đơn vị", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Company name"), "tendonvi|donvi|tencongty|buyerlegalname|legalname|companyname|company"},
    {BatchColumn::BuyerTaxCode, "buyer_tax_code", "Mã số thuế", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Tax code"), "masothue|mst|masothuenguoimua|buyertaxcode|taxcode|vatnumber|taxid"},
    {BatchColumn::BuyerAddress, "buyer_address", "Địa chỉ", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Address"), "diachi|diachinguoimua|buyeraddress|address"},
    {BatchColumn::BuyerEmail, "buyer_email", "Email", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Email"), "email|thudientu|buyeremail"},
    {BatchColumn::BuyerPhone, "buyer_phone", "Điện thoại", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Phone"), "dienthoai|sodienthoai|sdt|buyerphone|phone"},
    {BatchColumn::BuyerCode, "buyer_code", "Mã khách hàng", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Customer code"), "makhachhang|makh|buyercode|customercode"},
    {BatchColumn::BuyerNationalId, "buyer_national_id", "Số CCCD", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "National ID number"), "socccd|cccd|cancuoc|socancuoc|dinhdanh|buyernationalid|nationalid"},
    {BatchColumn::Notes, "notes", "Ghi chú hóa đơn", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Invoice note"), "ghichuhoadon|ghichu|notes|note|remarks"},
    {BatchColumn::LineType, "line_type", "Tính chất", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Line type"), "tinhchat|loaidong|linetype"},
    {BatchColumn::ItemCode, "item_code", "Mã hàng", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Item code"), "mahang|mahanghoa|masanpham|itemcode|productcode|sku"},
    {BatchColumn::ItemName, "item_name", "Tên hàng hóa, dịch vụ", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Goods or service name"), "tenhanghoadichvu|tenhanghoa|tenhang|tendichvu|diengiai|itemname|description|product|item"},
    {BatchColumn::Unit, "unit", "Đơn vị tính", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Unit"), "donvitinh|dvt|unit"},
    {BatchColumn::Quantity, "quantity", "Số lượng", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Quantity"), "soluong|sl|quantity|qty"},
    {BatchColumn::UnitPrice, "unit_price", "Đơn giá", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Unit price"), "dongia|unitprice|price"},
    {BatchColumn::TaxRate, "tax_rate", "Thuế suất", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "VAT rate"), "thuesuat|thuesuatgtgt|vat|taxrate|vatrate|tax"},
    {BatchColumn::DiscountPercent, "discount_percent", "Tỷ lệ chiết khấu (%)", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Discount rate (%)"), "tylechietkhau|chietkhauphantram|discountpercent|discountrate"},
    {BatchColumn::DiscountAmount, "discount_amount", "Tiền chiết khấu", QT_TRANSLATE_NOOP("einvoice::BatchColumnMap", "Discount amount"), "tienchietkhau|chietkhau|discountamount|discount"},
}};
// clang-format on

const ColumnInfo &info(BatchColumn column)
{
    return Columns.at(size_t(column));
}

} // namespace

QList<BatchColumn> BatchColumnMap::all()
{
    QList<BatchColumn> columns;
    for (const ColumnInfo &entry : Columns)
        columns.append(entry.column);
    return columns;
}

bool BatchColumnMap::isInvoiceLevel(BatchColumn column)
{
    return int(column) < int(BatchColumn::LineType);
}

QString BatchColumnMap::key(BatchColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<BatchColumn> BatchColumnMap::fromKey(QStringView key)
{
    for (const ColumnInfo &entry : Columns) {
        if (key == QLatin1String(entry.key))
            return entry.column;
    }
    return std::nullopt;
}

QString BatchColumnMap::templateHeader(BatchColumn column)
{
    return QString::fromUtf8(info(column).header);
}

QString BatchColumnMap::label(BatchColumn column)
{
    return tr(info(column).label);
}

QString BatchColumnMap::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString folded;
    for (const QChar c : decomposed) {
        if (c == QChar(0x0111))
            folded.append(QLatin1Char('d'));
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

std::optional<BatchColumn> BatchColumnMap::match(const QString &header)
{
    if (const auto whole = matchLine(header))
        return whole;
    // A header cell of two lines, Vietnamese over English ("Đơn giá\nUnit price"), as the .xlsx
    // template writes them: either line names the column.
    const QStringList lines = header.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; lines.size() > 1 && i < lines.size(); ++i) {
        if (const auto column = matchLine(lines.at(i)))
            return column;
    }
    return std::nullopt;
}

std::optional<BatchColumn> BatchColumnMap::matchLine(const QString &header)
{
    const QString folded = fold(header);
    if (folded.isEmpty())
        return std::nullopt;
    if (const auto byKey = fromKey(header.trimmed()))
        return byKey;
    for (const ColumnInfo &entry : Columns) {
        const QStringList aliases = QString::fromLatin1(entry.aliases).toLower().split(QLatin1Char('|'));
        if (aliases.contains(folded) || fold(templateHeader(entry.column)) == folded)
            return entry.column;
    }
    return std::nullopt;
}

QString BatchColumnMap::apiField(BatchColumn column)
{
    switch (column) {
    case BatchColumn::InvoiceKey:
        return QString();
    case BatchColumn::BuyerCode:
        return QStringLiteral("buyer.buyer_code");
    case BatchColumn::DiscountPercent:
        return QStringLiteral("items.discount_tax");
    default:
        break;
    }
    const QString name = key(column);
    if (name.startsWith(QLatin1String("buyer_")))
        return QStringLiteral("buyer.") + name.mid(6);
    return isInvoiceLevel(column) ? name : QStringLiteral("items.") + name;
}

std::optional<BatchColumn> BatchColumnMap::fromApiField(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    const QString field = QString(path).remove(index);
    for (const ColumnInfo &entry : Columns) {
        if (apiField(entry.column) == field)
            return entry.column;
    }
    return std::nullopt;
}

BatchColumnMap BatchColumnMap::fromHeader(const QStringList &header)
{
    BatchColumnMap map;
    for (int i = 0; i < header.size(); ++i) {
        const auto column = match(header.at(i));
        if (column && !map.has(*column))
            map.set(*column, i);
    }
    return map;
}

QString BatchColumnMap::value(BatchColumn column, const QStringList &fields) const
{
    const int i = index(column);
    return i < 0 ? QString() : fields.value(i).trimmed();
}

} // namespace einvoice
