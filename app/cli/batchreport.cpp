#include "batchreport.h"

#include "batch/batchrunner.h"
#include "clioutput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace einvoice {

namespace {

QJsonObject toJson(const BatchItemResult &result)
{
    return QJsonObject {{QStringLiteral("row"), result.row}, {QStringLiteral("key"), result.key},
        {QStringLiteral("reference_code"), result.referenceCode},
        {QStringLiteral("invoice_number"), result.invoiceNumber},
        {QStringLiteral("status"), batchItemStatusName(result.status)},
        {QStringLiteral("message"), result.message}, {QStringLiteral("resumed"), result.resumed},
        {QStringLiteral("earlier"), result.earlier}};
}

} // namespace

void BatchReport::print(CliOutput &out, const BatchRunner &runner)
{
    const BatchOutcome outcome = runner.outcome();
    if (out.isJson()) {
        QJsonArray rows;
        for (const BatchItemResult &result : runner.results())
            rows.append(toJson(result));
        out.document(QJsonObject {{QStringLiteral("source"), runner.source().key},
            {QStringLiteral("file"), runner.source().fileName}, {QStringLiteral("done"), outcome.done()},
            {QStringLiteral("done_now"), outcome.doneNow},
            {QStringLiteral("done_earlier"), outcome.doneEarlier}, {QStringLiteral("failed"), outcome.failed},
            {QStringLiteral("unknown"), outcome.unknown}, {QStringLiteral("not_sent"), outcome.cancelled},
            {QStringLiteral("skipped"), outcome.skipped}, {QStringLiteral("all_done"), outcome.allDone()},
            {QStringLiteral("summary"), outcome.summary()}, {QStringLiteral("error"), runner.errorString()},
            {QStringLiteral("invoices"), rows}});
        out.note(outcome.summary());
        return;
    }
    QList<QStringList> rows;
    for (const BatchItemResult &result : runner.results()) {
        if (result.status != BatchItemStatus::Done || result.earlier)
            rows.append({QString::number(result.row), result.key, result.referenceCode, result.invoiceNumber,
                batchItemStatusName(result.status), result.message});
    }
    if (!rows.isEmpty())
        out.table(
            {tr("Row"), tr("Key"), tr("Reference code"), tr("Number"), tr("Status"), tr("Message")}, rows);
    out.line(outcome.summary());
}

ExitCode BatchReport::exitCode(const BatchOutcome &outcome)
{
    switch (outcome.decisive) {
    case BatchFailure::Auth:
        return ExitCode::AuthFailed;
    case BatchFailure::Quota:
        return ExitCode::QuotaExceeded;
    case BatchFailure::Job:
        return ExitCode::JobFailed;
    case BatchFailure::None:
        return outcome.allDone() ? ExitCode::Ok : ExitCode::Failure;
    default:
        return ExitCode::Failure;
    }
}

} // namespace einvoice
