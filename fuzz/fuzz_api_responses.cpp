// The body of every API answer, read by each job's parse() the way ApiJob::readAnswer hands it
// over (a JSON object whose "success" is not false), and the Retry-After header's value.
#include "api/apijob.h"
#include "api/deletedraftjob.h"
#include "api/downloadjob.h"
#include "api/invoicedetailjob.h"
#include "api/invoicelistjob.h"
#include "api/jobstatusjob.h"
#include "api/jobticketjob.h"
#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/retrypolicy.h"
#include "api/tokenjob.h"
#include "api/usagejob.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <memory>

using namespace einvoice;

namespace {

// Reaches the protected parse() of any job (a member pointer named through a derived class).
struct ParseAccess : ApiJob
{
    static ApiError run(ApiJob &job, const QJsonObject &root)
    {
        const auto parse = &ParseAccess::parse;
        return (job.*parse)(root);
    }
};

// Every job, built as its client builds it; no connection is needed until start().
std::vector<std::unique_ptr<ApiJob>> everyJob()
{
    std::vector<std::unique_ptr<ApiJob>> jobs;
    jobs.emplace_back(new TokenJob(nullptr, Credentials()));
    jobs.emplace_back(new ProviderAccountsJob(nullptr, 1, 20));
    jobs.emplace_back(new ProviderAccountJob(nullptr, QStringLiteral("id")));
    jobs.emplace_back(JobTicketJob::create(nullptr, QJsonObject()));
    jobs.emplace_back(JobTicketJob::issue(nullptr, QStringLiteral("ref")));
    jobs.emplace_back(new JobStatusJob(nullptr, JobKind::Create, QStringLiteral("t")));
    jobs.emplace_back(new JobStatusJob(nullptr, JobKind::Issue, QStringLiteral("t")));
    jobs.emplace_back(new DeleteDraftJob(nullptr, QStringLiteral("ref")));
    jobs.emplace_back(new InvoiceListJob(nullptr, InvoiceListQuery()));
    jobs.emplace_back(new InvoiceDetailJob(nullptr, QStringLiteral("ref")));
    jobs.emplace_back(new DownloadJob(nullptr, QStringLiteral("ref"), FileType::Pdf));
    jobs.emplace_back(new UsageJob(nullptr));
    return jobs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    RetryPolicy::parseRetryAfterMs(body.left(64), QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("success")).toBool(true) == false)
        return 0;
    for (const auto &job : everyJob()) {
        const ApiError error = ParseAccess::run(*job, root);
        FUZZ_EXPECT(error.isOk() || error.kind == ApiError::Kind::Parse, error.text());
        FUZZ_EXPECT(error.isOk() || !error.field.isEmpty(), error.text());
        error.text();
    }
    return 0;
}
