#include "jobprocessor.h"

#include "invoicerows.h"
#include "invoicestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace einvoice {

const QString JobProcessor::FailMarker = QStringLiteral("[FAIL]");

StoredJob JobProcessor::poll(StoredJob job)
{
    if (job.state != QLatin1String("Pending"))
        return job;
    const bool due = job.polls >= m_context.config.jobPendingPolls
        && m_context.nowMs() - job.createdMs >= m_context.config.jobPendingMs;
    ++job.polls;
    if (due)
        settle(job);
    InvoiceStore(m_context.db).updateJob(job);
    return job;
}

bool JobProcessor::shouldFail(const StoredInvoice &row) const
{
    if (m_context.faults.faults().failJobs)
        return true;
    const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
    const QString name
        = payload.value(QStringLiteral("buyer")).toObject().value(QStringLiteral("name")).toString();
    return name.contains(FailMarker);
}

void JobProcessor::settle(StoredJob &job)
{
    InvoiceStore store(m_context.db);
    const std::optional<StoredInvoice> row = store.find(job.referenceCode);
    const bool creating = job.kind == QLatin1String("create");
    if (!row) {
        job.state = QStringLiteral("Failed");
        job.message = QStringLiteral("Không tìm thấy hóa đơn của yêu cầu này.");
        return;
    }
    if (!creating && row->status == QLatin1String("issued")) {
        // Another issue job of the same draft got there first: nothing left to do.
        job.state = QStringLiteral("Success");
        job.message = QStringLiteral("Xuất bán hóa đơn điện tử thành công");
        return;
    }
    if (shouldFail(*row)) {
        if (creating)
            store.remove(job.referenceCode);
        job.state = QStringLiteral("Failed");
        job.message = QStringLiteral("Nhà cung cấp từ chối hóa đơn: thông tin người mua không hợp lệ.");
        return;
    }
    if (creating)
        store.setStatus(job.referenceCode, QStringLiteral("draft"));
    const bool issuing = !creating || job.alsoIssue;
    if (issuing && !issue(*row)) {
        if (creating)
            store.remove(job.referenceCode);
        job.state = QStringLiteral("Failed");
        job.message = QStringLiteral("Đã hết hạn ngạch hóa đơn điện tử.");
        return;
    }
    job.state = QStringLiteral("Success");
    job.message = issuing ? QStringLiteral("Xuất bán hóa đơn điện tử thành công")
                          : QStringLiteral("Xuất hóa đơn điện tử thành công");
}

bool JobProcessor::issue(const StoredInvoice &row)
{
    SandboxDatabase &db = m_context.db;
    InvoiceStore store(db);
    db.begin();
    const qint64 quota = db.quota();
    if (quota <= 0) {
        db.rollback();
        return false;
    }
    db.setQuota(quota - 1);
    const qint64 number = store.takeNumber(InvoiceRows::seriesKey(row));
    store.setIssued(
        row.referenceCode, number, InvoiceRows::taxAuthorityCode(row, number, m_context.config.randomSeed));
    db.commit();
    return true;
}

} // namespace einvoice
