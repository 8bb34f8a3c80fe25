#include "batchtemplate.h"

#include "batchcolumns.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "csvreader.h"

#include <QStringList>

namespace einvoice {

QByteArray BatchTemplate::csv()
{
    return csv(VietnamTime::today(SystemClock::instance()));
}

// The instructions are comment lines above the header (CsvReader skips them), never a cell of an
// example row: a note there would print on the invoice if the row were kept.
QStringList BatchTemplate::instructions()
{
    return {
        QStringLiteral("# Mẫu hóa đơn hàng loạt. Mỗi dòng là một dòng hàng; các dòng cùng Mã nhóm hóa đơn "
                       "là một hóa đơn. Các dòng # ở đầu tệp là hướng dẫn, không được đọc: có thể xóa."),
        QStringLiteral("# Thuế suất: 0, 5, 8, 10; -2 = KCT (không chịu thuế); -1 = KKKNT (không kê khai, "
                       "tính nộp thuế). Ngày: dd/MM/yyyy hoặc yyyy-MM-dd, theo giờ Việt Nam."),
        QStringLiteral("# Số: 1500000 hoặc 1.500.000; số lẻ: 2,5. Mọi số trong một cột viết cùng một kiểu. "
                       "Ghi chú hóa đơn (cột cuối) được in trên hóa đơn.")};
}

QByteArray BatchTemplate::csv(const QDate &issuedDate)
{
    const QList<BatchColumn> columns {BatchColumn::InvoiceKey, BatchColumn::IssuedDate,
        BatchColumn::InvoiceSeries, BatchColumn::PaymentMethod, BatchColumn::BuyerType,
        BatchColumn::BuyerName, BatchColumn::BuyerLegalName, BatchColumn::BuyerTaxCode,
        BatchColumn::BuyerAddress, BatchColumn::BuyerEmail, BatchColumn::LineType, BatchColumn::ItemCode,
        BatchColumn::ItemName, BatchColumn::Unit, BatchColumn::Quantity, BatchColumn::UnitPrice,
        BatchColumn::TaxRate, BatchColumn::Notes};
    QStringList header;
    for (const BatchColumn column : columns)
        header.append(CsvReader::quote(BatchColumnMap::templateHeader(column)));
    const QString date = issuedDate.toString(QStringLiteral("dd/MM/yyyy"));
    // The series carries the year of issue (C26TAA in 2026), so the example stays valid.
    const QString series
        = QLatin1Char('C') + issuedDate.toString(QStringLiteral("yy")) + QStringLiteral("TAA");
    // clang-format off
    const QList<QStringList> rows {
        {QStringLiteral("HD001"), date, series, QStringLiteral("CK"), QStringLiteral("Doanh nghiệp"),
         QStringLiteral("Nguyễn Văn A"), QStringLiteral("Công ty TNHH Mẫu"), QStringLiteral("0312456782"),
         QStringLiteral("1 Đường Số 1, Quận 1, TP.HCM"), QStringLiteral("ketoan@example.vn"), QStringLiteral("1"),
         QStringLiteral("SP01"), QStringLiteral("Bàn phím"), QStringLiteral("cái"), QStringLiteral("2"),
         QStringLiteral("150000"), QStringLiteral("10"), QString()},
        {QStringLiteral("HD001"), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
         QString(), QString(), QStringLiteral("1"), QStringLiteral("DV01"), QStringLiteral("Phí lắp đặt"),
         QStringLiteral("lần"), QStringLiteral("1"), QStringLiteral("50000"), QStringLiteral("8"), QString()},
        {QStringLiteral("HD002"), date, series, QStringLiteral("TM"), QStringLiteral("Cá nhân"),
         QStringLiteral("Trần Thị B"), QString(), QString(), QStringLiteral("2 Lê Lợi, Huế"), QString(),
         QStringLiteral("1"), QString(), QStringLiteral("Sách giáo khoa"), QStringLiteral("cuốn"),
         QStringLiteral("3"), QStringLiteral("45000"), QStringLiteral("-2"), QString()},
    };
    // clang-format on
    QString text;
    for (const QString &line : instructions())
        text += CsvReader::quote(line) + QLatin1String("\r\n");
    text += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (const QString &field : row)
            quoted.append(CsvReader::quote(field));
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString BatchTemplate::taxRateHelp()
{
    return tr("Tax rate: 0, 5, 8 or 10 (percent); -2 = KCT, not subject to VAT; -1 = KKKNT, not declared "
              "or paid. The labels KCT and KKKNT are accepted too. Rows with the same invoice key form one "
              "invoice; dates are dd/MM/yyyy or yyyy-MM-dd in Vietnam time. Lines at the top that start "
              "with # are instructions and are not read.");
}

} // namespace einvoice
