#include "jobprocessor.h"

#include "correctionorigincheck.h"
#include "invoicerows.h"
#include "invoicestore.h"
#include "providerstatusschedule.h"

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
    const bool creating = job.kind != QLatin1String("issue"); // create, replace and adjust make it
    if (!row)
        return fail(job, false, QStringLiteral("Không tìm thấy hóa đơn của yêu cầu này."));
    if (!creating && row->status == QLatin1String("issued")) {
        // Another issue job of the same draft got there first: nothing left to do.
        job.state = QStringLiteral("Success");
        job.message = QStringLiteral("Xuất bán hóa đơn điện tử thành công");
        return;
    }
    if (const std::optional<QString> problem = originProblem(job, *row))
        return fail(job, true, *problem);
    if (shouldFail(*row))
        return fail(
            job, creating, QStringLiteral("Nhà cung cấp từ chối hóa đơn: thông tin người mua không hợp lệ."));
    if (creating)
        store.setStatus(job.referenceCode, QStringLiteral("draft"));
    const bool issuing = !creating || job.alsoIssue;
    if (issuing && !issue(*row))
        return fail(job, creating, QStringLiteral("Đã hết hạn ngạch hóa đơn điện tử."));
    job.state = QStringLiteral("Success");
    job.message = issuing ? QStringLiteral("Xuất bán hóa đơn điện tử thành công")
                          : QStringLiteral("Xuất hóa đơn điện tử thành công");
}

// A failed create, replace or adjust removes its invoice: the reference code can be used again.
void JobProcessor::fail(StoredJob &job, bool removeInvoice, const QString &message)
{
    if (removeInvoice)
        InvoiceStore(m_context.db).remove(job.referenceCode);
    job.state = QStringLiteral("Failed");
    job.message = message;
}

// The origin may have changed while the job waited (cancelled, or its provider status moved).
std::optional<QString> JobProcessor::originProblem(const StoredJob &job, const StoredInvoice &row)
{
    if (job.kind != QLatin1String("replace") && job.kind != QLatin1String("adjust"))
        return std::nullopt;
    const std::optional<CorrectionKind> kind = CorrectionOriginCheck::kindOf(row);
    if (!kind)
        return QStringLiteral("Không tìm thấy hóa đơn gốc của yêu cầu này.");
    const std::optional<CorrectionRefusal> refusal
        = CorrectionOriginCheck(m_context.db)
              .check(row.originalReferenceCode, row.accountId, *kind, job.referenceCode);
    if (!refusal)
        return std::nullopt;
    const QJsonObject answer = QJsonDocument::fromJson(correctionRefusalReply(*refusal).body).object();
    return answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
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
    ProviderStatusSchedule(m_context).scheduleAfterIssue(row.referenceCode);
    if (const std::optional<CorrectionKind> kind = CorrectionOriginCheck::kindOf(row))
        store.setDocumentType(row.originalReferenceCode, originDocumentTypeAfter(*kind));
    db.commit();
    return true;
}

} // namespace einvoice
