#pragma once

#include "api/apierror.h"
#include "core/correctionkind.h"
#include "core/invoice.h"
#include "core/remoteinvoice.h"

#include <QMetaType>
#include <QStringList>

#include <optional>

namespace einvoice {

// What the user asks: correct one issued invoice one way.
struct CorrectionOrder
{
    QString originReferenceCode;
    CorrectionKind kind = CorrectionKind::Replace;
    // The whole corrected invoice (replace) or the differences in signed form (adjust: increases
    // positive, decreases negative). An empty reference_code is generated.
    Invoice invoice;
    bool wait = true; // follow the job to its end
    // The origin's detail when the caller has just read it (the window); otherwise it is read.
    std::optional<InvoiceDetail> origin;
};

// How it ended. Nothing was sent when status is Refused.
struct CorrectionOutcome
{
    enum class Status {
        Refused, // the origin may not be corrected that way, or the correction is invalid: error.issues
        Done, // the correction is issued (job Success, or found issued on the server)
        Accepted, // sent and accepted; without wait (or still running): follow trackingCode
        Failed, // the job ended Failed: jobState->message says why
        Unknown, // the outcome could not be learnt: it is looked up before anything is resent
        Error, // the server refused it, or the origin could not be read: error (or storeProblem)
    };

    Status status = Status::Error;
    QString referenceCode; // of the new invoice
    bool referenceCodeGenerated = false;
    QString trackingCode;
    bool adopted = false; // found on the server instead of confirmed by a new job
    bool resumed = false; // an earlier unfinished request for this origin was followed instead
    std::optional<JobState> jobState;
    std::optional<InvoiceSummary> invoice;
    std::optional<InvoiceDetail> origin;
    ApiError error;
    QString storeProblem; // translated: the outbox could not be read or written
    QStringList warnings; // translated; about the origin and the correction

    bool nothingSent() const { return status == Status::Refused; }
};

} // namespace einvoice

Q_DECLARE_METATYPE(einvoice::CorrectionOrder)
Q_DECLARE_METATYPE(einvoice::CorrectionOutcome)
