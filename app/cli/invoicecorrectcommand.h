#pragma once

#include "clicommand.h"
#include "core/correctionkind.h"
#include "invoicefile.h"

#include <memory>

namespace einvoice {

struct CorrectionOutcome;

// invoice replace <original_reference_code> <file.json> [--wait] [--yes]
// invoice adjust <original_reference_code> <file.json> --type increase|decrease|combined|info
//     [--wait] [--yes]
// The file is a create payload: the whole corrected invoice (replace) or the differences, with
// decreases as negative amounts (adjust). The command adds original_invoice_reference_code and
// adjustment_type; a missing reference_code is generated and printed first. It reads the
// origin's detail and refuses with exit code 2, sending nothing, when the origin cannot be
// corrected that way (CorrectionSubmission); the request goes through the outbox of the batch
// command, so a run that dies is followed up, never sent twice, by running it again.
class InvoiceCorrectCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit InvoiceCorrectCommand(CliContext &context, QObject *parent = nullptr);
    ~InvoiceCorrectCommand() override;

    QString checkArguments() override;
    bool writes() const override { return true; }
    QString confirmationText() const override;
    void run() override;

private:
    bool adjusting() const;
    QString checkKind();
    QString checkFileAgrees() const;
    QString checkCorrection() const;
    void report(const CorrectionOutcome &outcome);
    void print(const CorrectionOutcome &outcome);

    CorrectionKind m_kind = CorrectionKind::Replace;
    InvoiceFile m_file;
};

} // namespace einvoice
