#pragma once

#include "clicommand.h"
#include "core/invoice.h"

namespace einvoice {

// invoice create <file.json> [--draft] [--wait] [--yes]
// The file is the API's create payload. It is read and validated before anything is sent; a
// missing reference_code is generated and printed first, so a failed run can be looked up.
class InvoiceCreateCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    bool writes() const override { return true; }
    QString confirmationText() const override;
    void run() override;

private:
    QString readInvoice();

    Invoice m_invoice;
    bool m_generated = false;
};

} // namespace einvoice
