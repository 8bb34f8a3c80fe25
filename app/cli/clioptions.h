#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace einvoice {

// The parsed command line: global options, the command words and the command's flags.
// Options may appear anywhere; "--" ends option parsing.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CliOptions)

public:
    QString env; // empty: demo unless --base-url
    QString baseUrl;
    bool json = false;
    bool yes = false;
    bool draft = false;
    bool asNew = false; // batch: issue changed invoices (and possible duplicates) as new ones
    bool wait = false;
    bool all = false;
    std::optional<int> page;
    std::optional<int> perPage;
    std::optional<int> concurrency; // batch
    QString account; // batch: provider account of rows without one
    QChar decimalSeparator; // batch: '.' or ',' as the file writes decimals; null when not stated
    QString source;
    QString type;
    QString output;
    QString sheet; // batch: the workbook's sheet to read
    QString format; // template: csv|xlsx; invoice list, report sales: table|json|csv|xlsx
    QString from; // report sales: first day, YYYY-MM-DD
    QString to; // report sales: last day
    QString by; // report sales: rate|invoice|buyer|item|month
    bool offline = false; // report sales: from the local store only
    bool force = false; // download: replace an existing file
    bool help = false;
    bool version = false;
    QStringList words; // command, subcommand, arguments

    // Returns the options or sets *error (translated) on an unknown option or a bad value.
    static std::optional<CliOptions> parse(const QStringList &arguments, QString *error);
    // "invoice create" etc.: the command words without their arguments.
    QString command() const;

    static QString usage();
};

} // namespace einvoice
