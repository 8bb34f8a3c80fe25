// sepay-sandbox: the local SePay eInvoice sandbox server (app/sandbox) as a program.
// First line on stdout: "Listening on http://127.0.0.1:<port>", then the credentials it accepts.

#include "sandbox/providerstatusschedule.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cmath>
#include <limits>
#include <type_traits>

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
    {"provider-delay-ms",
        QT_TRANSLATE_NOOP("sepay-sandbox", "Time an issued invoice waits for the tax authority's answer."),
        "ms"},
    {"provider-outcome",
        QT_TRANSLATE_NOOP("sepay-sandbox",
            "The tax authority's answer: granted, signing_error, no_answer or not_eligible."),
        "outcome"},
    {"latency-ms", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: delay every /v1 answer."), "ms"},
    {"error-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of 500 answers (0..1)."), "rate"},
    {"drop-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of dropped connections (0..1)."), "rate"},
    {"malformed-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of cut-off JSON bodies (0..1)."),
        "rate"},
    {"rate-limit-rate", QT_TRANSLATE_NOOP("sepay-sandbox", "Fault: share of 429 answers (0..1)."), "rate"},
    {"retry-after", QT_TRANSLATE_NOOP("sepay-sandbox", "Retry-After seconds of 429 answers."), "s"},
    {"max-connections",
        QT_TRANSLATE_NOOP(
            "sepay-sandbox", "Open connections at most (default 256; lower under a low open-file limit)."),
        "n"},
    {"max-body-bytes",
        QT_TRANSLATE_NOOP("sepay-sandbox", "Largest request body; larger gets 413 (default 2 MiB)."),
        "bytes"},
    {"max-header-bytes",
        QT_TRANSLATE_NOOP(
            "sepay-sandbox", "Largest request line and headers; larger gets 431 (default 16 KiB)."),
        "bytes"},
    {"max-buffered-bytes",
        QT_TRANSLATE_NOOP(
            "sepay-sandbox", "Unfinished requests of all connections together (default 64 MiB)."),
        "bytes"},
    {"request-timeout-ms",
        QT_TRANSLATE_NOOP("sepay-sandbox", "Time for a request to arrive in full; then 408 (default 30000)."),
        "ms"},
    {"idle-timeout-ms",
        QT_TRANSLATE_NOOP("sepay-sandbox", "An idle connection is closed after this long (default 60000)."),
        "ms"},
    {"log-entries", QT_TRANSLATE_NOOP("sepay-sandbox", "Requests kept in the request log (default 1000)."),
        "n"},
    {"log-bytes", QT_TRANSLATE_NOOP("sepay-sandbox", "Bytes kept in the request log (default 8 MiB)."),
        "bytes"},
    {"log-body-bytes",
        QT_TRANSLATE_NOOP("sepay-sandbox", "Bytes of each body kept in the request log (default 64 KiB)."),
        "bytes"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("sepay-sandbox", text);
}

// Reads the options into a config; false with a message on a bad value.
class ConfigReader
{
public:
    explicit ConfigReader(const QCommandLineParser &parser) : m_parser(parser) { }

    // The option's value when set and within [min, max] (whole for integer types), else fallback.
    template<typename T>
    T number(const char *name, T fallback, double min = 0, double max = double(std::numeric_limits<T>::max()))
    {
        const QString key = QString::fromLatin1(name);
        if (!m_parser.isSet(key))
            return fallback;
        bool valid = false;
        const double value = m_parser.value(key).toDouble(&valid);
        const bool whole = !std::is_integral_v<T> || value == std::floor(value);
        if (!valid || !whole || value < min || value > max) {
            if (m_error.isEmpty())
                m_error = tr("Invalid value for --%1: %2").arg(key, m_parser.value(key));
            return fallback;
        }
        return T(value);
    }
    QString error() const { return m_error; }

private:
    const QCommandLineParser &m_parser;
    QString m_error;
};

void readLimits(ConfigReader &read, SandboxConfig *config)
{
    einvoice::ConnectionLimits &limits = config->limits;
    constexpr double maxInt = std::numeric_limits<int>::max();
    limits.maxConnections = read.number("max-connections", limits.maxConnections, 1, 100000);
    limits.maxBodyBytes = read.number("max-body-bytes", limits.maxBodyBytes, 0, 1e9);
    limits.maxHeaderBytes = read.number("max-header-bytes", limits.maxHeaderBytes, 256, 1e7);
    limits.maxBufferedBytes = read.number("max-buffered-bytes", limits.maxBufferedBytes, 1, 1e11);
    limits.requestTimeoutMs = read.number("request-timeout-ms", limits.requestTimeoutMs, 1, maxInt);
    limits.idleTimeoutMs = read.number("idle-timeout-ms", limits.idleTimeoutMs, 1, maxInt);
    einvoice::RequestLogLimits &log = config->requestLog;
    log.maxEntries = read.number("log-entries", log.maxEntries, 0, 1e7);
    log.maxBytes = read.number("log-bytes", log.maxBytes, 0, 1e11);
    log.maxBodyBytes = read.number("log-body-bytes", log.maxBodyBytes, 0, 1e9);
}

bool readConfig(const QCommandLineParser &parser, SandboxConfig *config, quint16 *port, QString *error)
{
    ConfigReader read(parser);
    *port = read.number("port", quint16(0));
    config->dataFile = parser.value(QStringLiteral("data"));
    config->seedInvoices = read.number("seed", config->seedInvoices);
    config->randomSeed = read.number("random-seed", config->randomSeed);
    if (parser.isSet(QStringLiteral("client-id")))
        config->clientId = parser.value(QStringLiteral("client-id"));
    if (parser.isSet(QStringLiteral("client-secret")))
        config->clientSecret = parser.value(QStringLiteral("client-secret"));
    config->tokenLifetimeSeconds = read.number("token-lifetime", config->tokenLifetimeSeconds);
    config->initialQuota = read.number("quota", config->initialQuota);
    config->jobPendingPolls = read.number("job-polls", config->jobPendingPolls);
    config->jobPendingMs = read.number("job-delay-ms", config->jobPendingMs);
    config->providerStatusDelayMs
        = read.number("provider-delay-ms", config->providerStatusDelayMs, 0, 86400e3);
    if (parser.isSet(QStringLiteral("provider-outcome"))) {
        const QString outcome = parser.value(QStringLiteral("provider-outcome"));
        const auto code = einvoice::ProviderStatusSchedule::outcomeCode(outcome);
        if (!code) {
            *error = tr("Invalid value for --%1: %2").arg(QStringLiteral("provider-outcome"), outcome);
            return false;
        }
        config->providerStatusOutcome = *code;
    }
    einvoice::SandboxFaults &faults = config->faults;
    faults.latencyMs = read.number("latency-ms", faults.latencyMs);
    faults.errorRate = read.number("error-rate", faults.errorRate, 0, 1);
    faults.dropRate = read.number("drop-rate", faults.dropRate, 0, 1);
    faults.malformedRate = read.number("malformed-rate", faults.malformedRate, 0, 1);
    faults.rateLimitRate = read.number("rate-limit-rate", faults.rateLimitRate, 0, 1);
    faults.retryAfterSeconds = read.number("retry-after", faults.retryAfterSeconds);
    readLimits(read, config);
    *error = read.error();
    return error->isEmpty();
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
