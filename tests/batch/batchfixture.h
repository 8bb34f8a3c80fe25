#pragma once

// Batch CSV files for the runner tests: n invoices of one or two lines, for the sandbox's account;
// and a local database with the outbox and the batch identities, which plans runs.

#include "api/sepayclient.h"
#include "batch/batchplanner.h"
#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "sandbox/sandboxseeder.h"
#include "store/batchidentityrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace einvoice::test {

// A local database (the outbox and the batch identities) in a temporary folder.
class BatchStoreFixture
{
    QTemporaryDir m_dir; // first: it outlives the database in it

public:
    BatchStoreFixture()
    {
        if (!database.open(path(), {5000, false, 0}).ok())
            qWarning() << "cannot open" << path();
        outbox = std::make_unique<OutboxRepository>(database);
        identities = std::make_unique<BatchIdentityRepository>(database);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }
    BatchStores stores() { return BatchStores {&database, outbox.get(), identities.get()}; }

    // The plan of a run of the invoices as the file `fileName`, from the local records alone.
    BatchPlan plan(const SepayClient &client, const QList<BatchInvoice> &invoices, bool draft,
        const QString &fileName = QStringLiteral("batch.csv")) const
    {
        return BatchPlanner::planLocally(BatchSource::named(fileName), invoices,
            BatchRunner::environmentKey(client), draft, *outbox, *identities);
    }

    static BatchRunOptions fastOptions(int concurrency = 8)
    {
        BatchRunOptions options;
        options.concurrency = concurrency;
        options.followUpDelayMs = 20;
        options.maxFollowUps = 20;
        return options;
    }

    Database database;
    std::unique_ptr<OutboxRepository> outbox;
    std::unique_ptr<BatchIdentityRepository> identities;
};

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
