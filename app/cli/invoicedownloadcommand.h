#pragma once

#include "clicommand.h"
#include "core/enums.h"

namespace einvoice {

// invoice download <reference_code> --type pdf|xml [-o PATH]
// Without -o the file goes to the current folder under the server's file name.
class InvoiceDownloadCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    void run() override;

private:
    FileType m_type = FileType::Pdf;
};

} // namespace einvoice
