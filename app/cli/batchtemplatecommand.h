#pragma once

#include "clicommand.h"

namespace einvoice {

// template [--format csv|xlsx] [-o PATH]: writes the batch template to PATH, by default
// batch-template.csv or batch-template.xlsx: the CSV one (Vietnamese headers, an example, the tax
// rate codes) or the Excel workbook (BatchWorkbookTemplate). Without --format, a PATH ending in
// .xlsx chooses the workbook. Needs no connection.
class BatchTemplateCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    bool needsClient() const override { return false; }
    void run() override;

private:
    bool writeCsv(const QString &path, QString *error) const;
    bool m_xlsx = false;
};

} // namespace einvoice
