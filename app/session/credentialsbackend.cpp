#include "credentialsbackend.h"

#include <QTimer>

namespace einvoice {

void SessionCredentialsBackend::read(EnvironmentKind environment)
{
    const Credentials credentials = m_credentials.value(environment);
    QTimer::singleShot(
        0, this, [this, environment, credentials] { Q_EMIT readFinished(environment, credentials); });
}

void SessionCredentialsBackend::write(EnvironmentKind environment, const Credentials &credentials)
{
    m_credentials.insert(environment, credentials);
    QTimer::singleShot(0, this, [this, environment] { Q_EMIT writeFinished(environment, true, QString()); });
}

} // namespace einvoice
