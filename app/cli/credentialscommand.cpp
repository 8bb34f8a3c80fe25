#include "credentialscommand.h"

#include "api/credentialstore.h"
#include "api/sepayclient.h"
#include "api/tokenmanager.h"
#include "clioutput.h"
#include "clisession.h"
#include "terminal.h"

namespace einvoice {

QString CredentialsCommand::checkArguments()
{
    if (const QString error = expectArguments(0); !error.isEmpty())
        return error;
    if (!isLogin())
        return QString();
    if (const auto fromEnvironment = CredentialStore::fromProcessEnvironment()) {
        m_credentials = *fromEnvironment;
        return QString();
    }
    if (!Terminal::isInteractive())
        return tr("Set SEPAY_CLIENT_ID and SEPAY_CLIENT_SECRET, or run login at a terminal.");
    m_credentials.clientId = Terminal::readLine(tr("Client ID: "));
    m_credentials.clientSecret = Terminal::readLine(tr("Client secret: "), false);
    return m_credentials.isComplete() ? QString() : tr("Both the client ID and the secret are needed.");
}

void CredentialsCommand::run()
{
    if (isLogin())
        login();
    else
        logout();
}

void CredentialsCommand::login()
{
    SepayClient *client = context().session->createClient(m_credentials);
    client->tokens()->requestToken(this, [this](const QString &, const ApiError &error) {
        if (!error.isOk())
            return fail(error);
        store();
    });
}

void CredentialsCommand::store()
{
    CliSession *session = context().session;
    session->credentialStore()->save(
        session->environment(), m_credentials, this, [this, session](const SecretResult &result) {
            if (!result.isOk()) {
                out().error(QStringLiteral("keychain"),
                    tr("Could not store the credentials in the keychain: %1").arg(result.errorText));
                return done(ExitCode::Failure);
            }
            if (out().isJson())
                out().document(
                    QJsonObject {{QStringLiteral("environment"), session->environment().id().key()},
                        {QStringLiteral("stored"), true}});
            else
                out().line(tr("Credentials for %1 stored in the keychain.")
                               .arg(session->environment().displayName()));
            done(ExitCode::Ok);
        });
}

void CredentialsCommand::logout()
{
    CliSession *session = context().session;
    session->credentialStore()->remove(
        session->environment(), this, [this, session](const SecretResult &result) {
            const bool removed = result.isOk();
            if (!removed && result.status != SecretResult::Status::NotFound) {
                out().error(QStringLiteral("keychain"),
                    tr("Could not remove the credentials: %1").arg(result.errorText));
                return done(ExitCode::Failure);
            }
            if (out().isJson())
                out().document(
                    QJsonObject {{QStringLiteral("environment"), session->environment().id().key()},
                        {QStringLiteral("removed"), removed}});
            else
                out().line(removed
                        ? tr("Credentials for %1 removed.").arg(session->environment().displayName())
                        : tr("No credentials were stored for %1.").arg(session->environment().displayName()));
            done(ExitCode::Ok);
        });
}

} // namespace einvoice
