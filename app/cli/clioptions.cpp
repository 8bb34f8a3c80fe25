#include "clioptions.h"

namespace einvoice {

namespace {

bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString *value, QString *error)
{
    const QString arg = args.at(i);
    const QString prefix = name + QLatin1Char('=');
    if (arg.startsWith(prefix)) {
        *value = arg.mid(prefix.size());
        return true;
    }
    if (i + 1 >= args.size()) {
        *error = CliOptions::tr("Option %1 needs a value.").arg(name);
        return false;
    }
    *value = args.at(++i);
    return true;
}

bool toPositive(const QString &text, const QString &name, std::optional<int> *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1) {
        *error = CliOptions::tr("Option %1 needs a positive number, not \"%2\".").arg(name, text);
        return false;
    }
    *out = value;
    return true;
}

bool toSeparator(const QString &text, QChar *out, QString *error)
{
    if (text != QLatin1String(".") && text != QLatin1String(",")) {
        *error = CliOptions::tr("Option --decimal-separator takes . or , (the file's decimal separator), "
                                "not \"%1\".")
                     .arg(text);
        return false;
    }
    *out = text.front();
    return true;
}

bool isValueOption(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

bool parseValueOption(CliOptions &o, const QStringList &args, qsizetype &i, QString *error, bool *handled)
{
    const QString arg = args.at(i);
    QString value;
    *handled = true;
    if (isValueOption(arg, QStringLiteral("--env")))
        return takeValue(args, i, QStringLiteral("--env"), &o.env, error);
    if (isValueOption(arg, QStringLiteral("--base-url")))
        return takeValue(args, i, QStringLiteral("--base-url"), &o.baseUrl, error);
    if (isValueOption(arg, QStringLiteral("--source")))
        return takeValue(args, i, QStringLiteral("--source"), &o.source, error);
    if (isValueOption(arg, QStringLiteral("--account")))
        return takeValue(args, i, QStringLiteral("--account"), &o.account, error);
    if (isValueOption(arg, QStringLiteral("--sheet")))
        return takeValue(args, i, QStringLiteral("--sheet"), &o.sheet, error);
    if (isValueOption(arg, QStringLiteral("--format")))
        return takeValue(args, i, QStringLiteral("--format"), &o.format, error);
    if (isValueOption(arg, QStringLiteral("--from")))
        return takeValue(args, i, QStringLiteral("--from"), &o.from, error);
    if (isValueOption(arg, QStringLiteral("--to")))
        return takeValue(args, i, QStringLiteral("--to"), &o.to, error);
    if (isValueOption(arg, QStringLiteral("--by")))
        return takeValue(args, i, QStringLiteral("--by"), &o.by, error);
    if (isValueOption(arg, QStringLiteral("--type")))
        return takeValue(args, i, QStringLiteral("--type"), &o.type, error);
    if (arg == QLatin1String("-o") || isValueOption(arg, QStringLiteral("--output")))
        return takeValue(
            args, i, arg == QLatin1String("-o") ? arg : QStringLiteral("--output"), &o.output, error);
    if (isValueOption(arg, QStringLiteral("--page")))
        return takeValue(args, i, QStringLiteral("--page"), &value, error)
            && toPositive(value, QStringLiteral("--page"), &o.page, error);
    if (isValueOption(arg, QStringLiteral("--per-page")))
        return takeValue(args, i, QStringLiteral("--per-page"), &value, error)
            && toPositive(value, QStringLiteral("--per-page"), &o.perPage, error);
    if (isValueOption(arg, QStringLiteral("--concurrency")))
        return takeValue(args, i, QStringLiteral("--concurrency"), &value, error)
            && toPositive(value, QStringLiteral("--concurrency"), &o.concurrency, error);
    if (isValueOption(arg, QStringLiteral("--decimal-separator")))
        return takeValue(args, i, QStringLiteral("--decimal-separator"), &value, error)
            && toSeparator(value, &o.decimalSeparator, error);
    *handled = false;
    return true;
}

bool parseFlag(CliOptions &o, const QString &arg)
{
    bool *flag = nullptr;
    if (arg == QLatin1String("--json"))
        flag = &o.json;
    else if (arg == QLatin1String("--yes") || arg == QLatin1String("-y"))
        flag = &o.yes;
    else if (arg == QLatin1String("--draft"))
        flag = &o.draft;
    else if (arg == QLatin1String("--as-new"))
        flag = &o.asNew;
    else if (arg == QLatin1String("--wait"))
        flag = &o.wait;
    else if (arg == QLatin1String("--all"))
        flag = &o.all;
    else if (arg == QLatin1String("--offline"))
        flag = &o.offline;
    else if (arg == QLatin1String("--force"))
        flag = &o.force;
    else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
        flag = &o.help;
    else if (arg == QLatin1String("--version"))
        flag = &o.version;
    if (flag)
        *flag = true;
    return flag != nullptr;
}

} // namespace

std::optional<CliOptions> CliOptions::parse(const QStringList &arguments, QString *error)
{
    CliOptions o;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            o.words.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (parseFlag(o, arg))
            continue;
        bool handled = false;
        if (!parseValueOption(o, arguments, i, error, &handled))
            return std::nullopt;
        if (!handled) {
            *error = tr("Unknown option %1.").arg(arg);
            return std::nullopt;
        }
    }
    return o;
}

QString CliOptions::command() const
{
    if (words.isEmpty())
        return QString();
    const QString first = words.first();
    if ((first == QLatin1String("accounts") || first == QLatin1String("invoice")
            || first == QLatin1String("report"))
        && words.size() > 1)
        return first + QLatin1Char(' ') + words.at(1);
    return first;
}

QString CliOptions::usage()
{
    return tr(
        "Usage: sepay-einvoice-cli [--env demo|sandbox|production] [--base-url URL] [--json] <command>\n"
        "  accounts list\n"
        "  accounts show <id>\n"
        "  invoice create <file.json> [--draft] [--wait] [--yes]\n"
        "  batch <file.csv|file.xlsx> [--sheet NAME] [--account ID] [--draft] [--as-new] [--concurrency N]\n"
        "        [--decimal-separator .|,] [--yes]\n"
        "  template [--format csv|xlsx] [-o PATH]\n"
        "  invoice issue <reference_code> [--wait] [--yes]\n"
        "  invoice replace <original_reference_code> <file.json> [--wait] [--yes]\n"
        "  invoice adjust <original_reference_code> <file.json> --type increase|decrease|combined|info\n"
        "                 [--wait] [--yes]\n"
        "  invoice status create|issue <tracking_code>\n"
        "  invoice get <reference_code>\n"
        "  invoice list [--all] [--page N] [--per-page N] [--source api|manual]\n"
        "               [--format table|json|csv|xlsx] [-o PATH]\n"
        "  invoice download <reference_code> --type pdf|xml [-o PATH] [--force]\n"
        "  invoice delete <reference_code> [--yes]\n"
        "  report sales --from YYYY-MM-DD --to YYYY-MM-DD [--by rate|invoice|buyer|item|month]\n"
        "               [--format table|csv|json|xlsx] [-o PATH] [--offline]\n"
        "  usage\n"
        "  login | logout\n"
        "\n"
        "Credentials: SEPAY_CLIENT_ID and SEPAY_CLIENT_SECRET win over the keychain (see login).\n"
        "Exit codes: 0 ok, 1 API or network failure, 2 usage or validation error (nothing sent),\n"
        "3 authentication failed, 4 quota exceeded, 5 the job ended Failed.\n"
        "batch: 3 before 4 before 1 before 5 when several happen; 0 only when every invoice is done.\n");
}

} // namespace einvoice
