#pragma once

#include "clicommand.h"
#include "core/enums.h"

namespace einvoice {

struct DownloadedFile;

// invoice download <reference_code> --type pdf|xml [-o PATH] [--force]
// Without -o (or with -o naming a folder) the file goes to that folder under the server's file
// name made safe (SafeFileName: no path, no dot-file, the .pdf/.xml extension). The content must
// be a PDF or well-formed XML before anything is written; an existing file is replaced only with
// --force. The file is created owner-only (0600): it holds the buyer's details.
class InvoiceDownloadCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    void run() override;

private:
    void save(const DownloadedFile &file);
    QString targetPath(const DownloadedFile &file) const;
    void report(const DownloadedFile &file, const QString &path);
    static QString existsMessage(const QString &path);

    FileType m_type = FileType::Pdf;
};

} // namespace einvoice
