// sepay-sandbox: the local SePay eInvoice sandbox server (app/sandbox) as a program.
// First line on stdout: "Listening on http://127.0.0.1:<port>", then the credentials it accepts.

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;

namespace {

struct Option
{
    const char *name;
    const char *description;
    const char *valueName;
};

const Option s_options[] = {
    {"port", QT_TRANSLATE_NOOP("sepay-sandbox", "Port to listen on (0 = any free port)."), "port"},
    {"data", QT_TRANSLATE_NOOP("sepay-sandbox", "SQLite file for persistent state (default: in memory)."),
        "file"},
    {"seed", QT_TRANSLATE_NOOP("sepay-sandbox", "Number of demo invoices to create in an empty database."),
        "n"},
    {"random-seed", QT_TRANSLATE_NOOP("sepay-sandbox", "Seed for demo data and faults."), "n"},
    {"client-id", QT_TRANSLATE_NOOP("sepay-sandbox", "client_id accepted by POST /v1/token."), "id"},
    {"client-secret", QT_TRANSLATE_NOOP("sepay-sandbox", "client_secret accepted by POST /v1/token."),
        "secret"},
    {"token-lifetime", QT_TRANSLATE_NOOP("sepay-sandbox", "Token lifetime in seconds."), "s"},
    {"quota", QT_TRANSLATE_NOOP("sepay-sandbox", "Initial invoice quota."), "n"},
    {"job-polls", QT_TRANSLATE_NOOP("sepay-sandbox", "Polls a job stays Pending."), "n"},
    {"job-delay-ms", QT_TRANSLATE_NOOP("sepay-sandbox", "Minimum time a job stays Pending."), "ms"},
    {"latency-ms", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: delay every /v1 answer."), "ms"},
    {"error-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of 500 answers (0..1)."), "rate"},
    {"drop-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of dropped connections (0..1)."), "rate"},
    {"malformed-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of cut-off JSON bodies (0..1)."),
        "rate"},
    {"rate-limit-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of 429 answers (0..1)."), "rate"},
    {"retry-after", QT_TRANSLATE_NOOP("sepay-sandbox", "Retry-After seconds of 429 answers."), "s"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("sepay-sandbox", text);
}

// Reads the options into a config; false with a message on a bad value.
bool readConfig(const QCommandLineParser &parser, SandboxConfig *config, quint16 *port, QString *error)
{
    bool ok = true;
    const auto number = [&](const char *name, auto fallback) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return fallback;
        bool valid = false;
        const double value = parser.value(key).toDouble(&valid);
        if (!valid || value < 0) {
            *error = tr("Invalid value for --%1: %2").arg(key, parser.value(key));
            ok = false;
            return fallback;
        }
        return decltype(fallback)(value);
    };
    *port = number("port", quint16(0));
    config->dataFile = parser.value(QStringLiteral("data"));
    config->seedInvoices = number("seed", config->seedInvoices);
    config->randomSeed = number("random-seed", config->randomSeed);
    if (parser.isSet(QStringLiteral("client-id")))
        config->clientId = parser.value(QStringLiteral("client-id"));
    if (parser.isSet(QStringLiteral("client-secret")))
        config->clientSecret = parser.value(QStringLiteral("client-secret"));
    config->tokenLifetimeSeconds = number("token-lifetime", config->tokenLifetimeSeconds);
    config->initialQuota = number("quota", config->initialQuota);
    config->jobPendingPolls = number("job-polls", config->jobPendingPolls);
    config->jobPendingMs = number("job-delay-ms", config->jobPendingMs);
    config->faults.latencyMs = number("latency-ms", config->faults.latencyMs);
    config->faults.errorRate = qMin(1.0, number("error-rate", config->faults.errorRate));
    config->faults.dropRate = qMin(1.0, number("drop-rate", config->faults.dropRate));
    config->faults.malformedRate = qMin(1.0, number("malformed-rate", config->faults.malformedRate));
    config->faults.rateLimitRate = qMin(1.0, number("rate-limit-rate", config->faults.rateLimitRate));
    config->faults.retryAfterSeconds = number("retry-after", config->faults.retryAfterSeconds);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF renderer needs a QGuiApplication; a server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sepay-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EINVOICE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Local SePay eInvoice sandbox server (admin path: /_sandbox/...)."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option &option : s_options) {
        parser.addOption(QCommandLineOption(
            QString::fromLatin1(option.name), tr(option.description), QString::fromLatin1(option.valueName)));
    }
    parser.process(app);

    SandboxConfig config;
    quint16 port = 0;
    QString error;
    QTextStream err(stderr);
    if (!readConfig(parser, &config, &port, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    SandboxServer server(config);
    if (!server.listen(QHostAddress::LocalHost, port)) {
        err << tr("Cannot start the sandbox: %1").arg(server.errorString()) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "Listening on " << server.baseUrl().toString() << Qt::endl;
    out << "client_id: " << config.clientId << Qt::endl;
    out << "client_secret: " << config.clientSecret << Qt::endl;
    return app.exec();
}
