#pragma once

// Batch CSV files for the runner tests: n invoices of one or two lines, for the sandbox's account.

#include "sandbox/sandboxseeder.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace einvoice::test {

inline QByteArray batchCsv(int invoices, const QString &prefix = QStringLiteral("INV"))
{
    QString text = QStringLiteral(
        "Mã nhóm hóa đơn;Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;Tên người mua;Mã số thuế;"
        "Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;Số lượng;Đơn giá;Thuế suất\n");
    for (int i = 0; i < invoices; ++i) {
        const QString key = prefix + QString::number(i);
        const QString head = key + u';' + key
            + QStringLiteral("-REF;05/01/2026;C26TAA;5b1c2e40-1a2b-11f1-9c3d-0242ac120002;Công ty "
                             "Mẫu;312456782;1 Lê Lợi, TP.HCM;");
        text += head + QStringLiteral("Bàn phím;cái;2;150000;10\n");
        if (i % 3 == 0)
            text += key + QStringLiteral(";;;;;;;;Phí lắp đặt;lần;1;50.000,00;8\n");
    }
    return text.toUtf8();
}

// invoices invoices dated today for the sandbox's active account (what a real clock accepts);
// reference codes are <prefix><i>-REF, every third invoice has a second line.
inline QByteArray todayBatchCsv(int invoices, const QString &prefix = QStringLiteral("K"))
{
    const QDate today = QDate::currentDate();
    const QString head = today.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(";C")
        + today.toString(QStringLiteral("yy")) + QStringLiteral("TAA;") + SandboxSeeder::ActiveAccountId
        + QStringLiteral(";Công ty Mẫu;0312456782;1 Lê Lợi, TP.HCM;");
    QString text = QStringLiteral(
        "Mã nhóm hóa đơn;Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;Tên người mua;Mã số thuế;"
        "Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;Số lượng;Đơn giá;Thuế suất\n");
    for (int i = 0; i < invoices; ++i) {
        const QString key = prefix + QString::number(i);
        text += key + u';' + key + QStringLiteral("-REF;") + head
            + QStringLiteral("Bàn phím;cái;2;150000;10\n");
        if (i % 3 == 0)
            text += key + QStringLiteral(";;;;;;;;Phí lắp đặt;lần;1;50000;8\n");
    }
    return text.toUtf8();
}

} // namespace einvoice::test
