#pragma once

#include "clicommand.h"
#include "core/environmentid.h"
#include "reports/reportfigures.h"
#include "reports/reportperiod.h"

namespace einvoice {

class LocalStore;
struct ExportTable;

// report sales --from YYYY-MM-DD --to YYYY-MM-DD [--by rate|invoice|buyer|item|month]
//     [--format table|csv|json|xlsx] [-o PATH] [--offline]
// Refreshes the list and fetches the details and XML the period lacks (unless --offline), then
// prints the report from the local store (issue 19; the JSON of --by rate is a fixed contract).
class ReportSalesCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    bool needsClient() const override { return !options().offline; }
    void run() override;

private:
    void print();
    QByteArray json(bool complete) const;
    QList<ExportTable> tables() const;
    QString sellerLine() const;
    void printTable(const ExportTable &table);
    bool writeOutput(const QByteArray &bytes);
    void noteAssumedCurrency();

    ReportPeriod m_period;
    Completeness m_completeness; // of the period, read before anything is printed
    QString m_by;
    QString m_format;
    LocalStore *m_store = nullptr;
    QString m_environment;
    EnvironmentKind m_environmentKind = EnvironmentKind::Production;
};

} // namespace einvoice
