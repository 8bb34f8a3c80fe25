#include "clirunner.h"

#include "api/apierror.h"
#include "clicommand.h"
#include "clioutput.h"
#include "clisession.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QTimer>

namespace einvoice {

CliRunner::CliRunner(const QStringList &arguments, QObject *parent) : QObject(parent), m_arguments(arguments)
{
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (prepare())
        launch();
}

void CliRunner::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    // Deliver from the event loop, so finished() never fires inside start().
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

bool CliRunner::prepare()
{
    QString error;
    const auto options = CliOptions::parse(m_arguments, &error);
    m_out = std::make_unique<CliOutput>(
        options ? options->json : m_arguments.contains(QStringLiteral("--json")));
    auto usageError = [this](const QString &message, bool showUsage = true) {
        m_out->error(QStringLiteral("usage"), message);
        m_out->note(showUsage ? CliOptions::usage() : tr("Nothing was sent. Run with --help for usage."));
        end(int(ExitCode::Usage));
        return false;
    };
    if (!options)
        return usageError(error);
    m_context.options = *options;
    m_context.out = m_out.get();
    if (options->version || options->help) {
        m_out->line(options->version ? QCoreApplication::applicationVersion() : CliOptions::usage());
        end(int(ExitCode::Ok));
        return false;
    }
    m_command = CliCommand::create(m_context, this);
    if (!m_command)
        return usageError(options->words.isEmpty()
                ? tr("No command given.")
                : tr("Unknown command \"%1\".").arg(options->words.join(QLatin1Char(' '))));
    m_context.session = new CliSession(this);
    if (const QString problem = m_context.session->resolveEnvironment(*options); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = m_command->checkArguments(); !problem.isEmpty())
        return usageError(problem, false);
    if (!confirmWrite())
        return false;
    connect(m_command, &CliCommand::finished, this, &CliRunner::end);
    return true;
}

bool CliRunner::confirmWrite()
{
    if (!m_command->writes() || !m_context.session->environment().isProduction() || m_context.options.yes)
        return true;
    if (!Terminal::isInteractive()) {
        m_out->error(QStringLiteral("usage"),
            tr("This changes data on Production: add --yes, or run it at a terminal to confirm."));
        end(int(ExitCode::Usage));
        return false;
    }
    m_out->note(m_command->confirmationText());
    if (Terminal::readLine(tr("Type yes to continue: ")) == QLatin1String("yes"))
        return true;
    m_out->error(QStringLiteral("usage"), tr("Not confirmed; nothing was sent."));
    end(int(ExitCode::Usage));
    return false;
}

void CliRunner::launch()
{
    if (const QString problem = m_context.session->startServer(); !problem.isEmpty()) {
        m_out->error(QStringLiteral("network"), problem);
        return end(int(ExitCode::Failure));
    }
    if (!m_command->needsClient()) {
        m_command->run();
        return;
    }
    m_context.session->loadCredentials(
        [this](const std::optional<Credentials> &credentials, const QString &problem) {
            if (!credentials) {
                m_out->error(QStringLiteral("auth"), problem);
                return end(int(ExitCode::AuthFailed));
            }
            m_context.client = m_context.session->createClient(*credentials);
            m_command->run();
        });
}

} // namespace einvoice
