#include "batchtemplate.h"

#include "batchcolumns.h"
#include "batchtemplatecolumns.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "csvreader.h"
#include "spreadsheet/exporttable.h"

#include <QStringList>

namespace einvoice {

namespace {

// A date as the instructions write it; every other example value as the workbook's cell shows it.
QString cellText(const SpreadsheetValue &value)
{
    if (const auto *date = std::get_if<QDate>(&value))
        return date->toString(QStringLiteral("dd/MM/yyyy"));
    return ExportTableWriter::csvText(value);
}

} // namespace

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
                       "Ghi chú hóa đơn (cột cuối) được in trên hóa đơn."),
        QStringLiteral("# Mẫu số và Ký hiệu là một cặp của tài khoản nhà cung cấp (ví dụ 1 và C26TAA, 2 và "
                       "C26TBB); để trống dùng mẫu số và ký hiệu đã chọn.")};
}

QByteArray BatchTemplate::csv(const QDate &issuedDate)
{
    QStringList header;
    for (const BatchTemplateColumn &spec : BatchTemplateColumns::all())
        header.append(CsvReader::quote(BatchColumnMap::templateHeader(spec.column)));
    QString text;
    for (const QString &line : instructions())
        text += CsvReader::quote(line) + QLatin1String("\r\n");
    text += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QList<SpreadsheetValue> &row : BatchTemplateColumns::example(issuedDate)) {
        QStringList quoted;
        for (const SpreadsheetValue &value : row)
            quoted.append(CsvReader::quote(cellText(value)));
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
