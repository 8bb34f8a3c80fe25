#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// The two kinds of asynchronous job the API runs.
enum class JobKind { Create, Issue };

// GET /v1/invoices/create/check/{tracking_code} or /v1/invoices/issue/check/{tracking_code}
// (sepay-api.md 5.5, 5.7): one look at a job.
class JobStatusJob : public ApiJob
{
    Q_OBJECT

public:
    JobStatusJob(
        ApiConnection *connection, JobKind kind, const QString &trackingCode, QObject *parent = nullptr);

    const JobState &state() const { return m_state; }
    JobKind kind() const { return m_kind; }
    QString trackingCode() const { return m_trackingCode; }
    // Checks the job at this path ("/v1/...", encoded) instead of the kind's: the path a
    // tracking_url names (corrections). Call before start().
    void setCheckPath(const QString &path, const QUrlQuery &query = QUrlQuery());

protected:
    QString path() const override;
    QUrlQuery query() const override { return m_checkQuery; }
    ApiError parse(const QJsonObject &root) override;

private:
    JobKind m_kind;
    QString m_trackingCode;
    QString m_checkPath;
    QUrlQuery m_checkQuery;
    JobState m_state;
};

} // namespace einvoice
