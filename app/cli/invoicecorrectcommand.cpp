#include "invoicecorrectcommand.h"

#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"
#include "clisession.h"
#include "core/correctionvalidator.h"
#include "corrections/correctionsubmission.h"
#include "store/localstore.h"

#include <QJsonObject>

namespace einvoice {

InvoiceCorrectCommand::InvoiceCorrectCommand(CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{
}

InvoiceCorrectCommand::~InvoiceCorrectCommand() = default;

bool InvoiceCorrectCommand::adjusting() const
{
    return options().command() == QLatin1String("invoice adjust");
}

QString InvoiceCorrectCommand::checkArguments()
{
    if (const QString error = expectArguments(2); !error.isEmpty())
        return error;
    if (const QString error = checkKind(); !error.isEmpty())
        return error;
    if (options().draft)
        return tr("A replacement or adjustment cannot be saved as a draft: it is issued at once.");
    if (const QString error = m_file.read(argument(1)); !error.isEmpty())
        return error;
    if (const QString error = checkFileAgrees(); !error.isEmpty())
        return error;
    return checkCorrection();
}

QString InvoiceCorrectCommand::checkKind()
{
    if (!adjusting()) {
        return options().type.isEmpty() ? QString() : tr("--type is for invoice adjust only.");
    }
    const std::optional<CorrectionKind> kind = adjustmentFromWire(options().type);
    if (!kind)
        return tr("invoice adjust needs --type increase, decrease, combined or info.");
    m_kind = *kind;
    return QString();
}

// The command adds the origin and the type; a file that names others is a mistake.
QString InvoiceCorrectCommand::checkFileAgrees() const
{
    const QString origin
        = m_file.payload().value(QLatin1String("original_invoice_reference_code")).toString();
    if (!origin.isEmpty() && origin != argument(0)) {
        return tr("%1 names original_invoice_reference_code %2, but the command corrects %3.")
            .arg(argument(1), origin, argument(0));
    }
    const QString type = m_file.payload().value(QLatin1String("adjustment_type")).toString();
    if (!type.isEmpty() && type != adjustmentTypeWire(m_kind)) {
        return adjusting()
            ? tr("%1 names adjustment_type %2, but --type is %3.").arg(argument(1), type, options().type)
            : tr("%1 names adjustment_type %2: use invoice adjust for an adjustment.").arg(argument(1), type);
    }
    return QString();
}

// Everything that can be checked without the origin, before anything is sent.
QString InvoiceCorrectCommand::checkCorrection() const
{
    const ValidationIssues issues = CorrectionValidator::validate(m_file.invoice(), m_kind, InvoiceDetail());
    return hasErrors(issues) ? ApiError::validation(issues).text() : QString();
}

QString InvoiceCorrectCommand::confirmationText() const
{
    const QString reference = m_file.invoice().referenceCode;
    if (!adjusting()) {
        return tr("Replace invoice %1 by %2 on Production (sent to the tax authority; %1 stops being valid).")
            .arg(argument(0), reference);
    }
    return tr("Adjust invoice %1 (%2) by %3 on Production (sent to the tax authority).")
        .arg(argument(0), options().type, reference);
}

void InvoiceCorrectCommand::run()
{
    if (m_file.referenceCodeGenerated())
        out().line(tr("Generated reference code: %1").arg(m_file.invoice().referenceCode));
    LocalStore *store = session().openStore();
    if (!store) {
        out().error(QStringLiteral("store"), session().storeError());
        return done(ExitCode::Failure);
    }
    CorrectionOrder order;
    order.originReferenceCode = argument(0);
    order.kind = m_kind;
    order.invoice = m_file.invoice();
    order.wait = options().wait;
    auto *submission = new CorrectionSubmission(
        client(), &store->database(), &store->outbox(), client()->environment().id().key(), order, this);
    connect(submission, &CorrectionSubmission::progress, this, [this](const JobState &state, int checks) {
        out().note(tr("job %1 (check %2)").arg(cliformat::jobStatus(state.status)).arg(checks));
    });
    connect(submission, &CorrectionSubmission::finished, this,
        [this, submission] { report(submission->outcome()); });
    submission->start();
}

void InvoiceCorrectCommand::report(const CorrectionOutcome &outcome)
{
    using Status = CorrectionOutcome::Status;
    for (const QString &warning : outcome.warnings)
        out().note(tr("warning: %1").arg(warning));
    if (outcome.status == Status::Refused) {
        out().note(tr("Nothing was sent."));
        return fail(outcome.error);
    }
    if (!outcome.storeProblem.isEmpty() && outcome.status == Status::Error) {
        out().error(QStringLiteral("store"), outcome.storeProblem);
        return done(ExitCode::Failure);
    }
    if (outcome.status == Status::Error || outcome.status == Status::Unknown) {
        out().note(tr("Reference code: %1").arg(outcome.referenceCode));
        if (outcome.status == Status::Unknown)
            out().note(tr("The outcome is not known yet. Run the same command again: it is looked up before "
                          "anything is sent again."));
        if (!outcome.error.isOk())
            return fail(outcome.error);
        out().error(QStringLiteral("store"), outcome.storeProblem);
        return done(ExitCode::Failure);
    }
    print(outcome);
    done(outcome.status == Status::Failed ? ExitCode::JobFailed : ExitCode::Ok);
}

void InvoiceCorrectCommand::print(const CorrectionOutcome &outcome)
{
    const cliformat::OperationReport report {
        outcome.referenceCode, outcome.trackingCode, outcome.jobState, outcome.adopted, outcome.invoice};
    if (out().isJson()) {
        QJsonObject object = cliformat::operationResult(report);
        object.insert(QStringLiteral("original_invoice_reference_code"), argument(0));
        object.insert(QStringLiteral("correction"), correctionKindName(m_kind));
        object.insert(QStringLiteral("resumed"), outcome.resumed);
        return out().document(object);
    }
    QList<QPair<QString, QString>> fields = cliformat::operationFields(report);
    fields.insert(1, {tr("Corrects"), argument(0)});
    if (outcome.resumed)
        fields.append(
            {tr("Note"), tr("an earlier unfinished correction of %1 was followed up").arg(argument(0))});
    out().fields(fields);
}

} // namespace einvoice
