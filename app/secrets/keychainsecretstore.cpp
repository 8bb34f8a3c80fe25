#include "keychainsecretstore.h"

#include "secretslog.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace einvoice {

namespace {

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.value = readJob->textData();
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what a missing Secret Service looks like on Linux
        result.status = SecretResult::Status::Unavailable;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    result.errorText = job->errorString();
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("sepay-einvoice");
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

// One completion path: whichever comes first of the job's answer and the timeout calls done;
// the other is ignored. The job deletes itself when it finishes (auto delete).
void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    auto complete = [answered, context, done](const SecretResult &result) {
        if (*answered)
            return;
        *answered = true;
        if (!result.isOk() && result.status != SecretResult::Status::NotFound)
            qCInfo(lcSecrets) << "keychain operation failed:" << result.errorText;
        deliver(context, done, result);
    };
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const QString key = job->key();
    QObject::connect(timer, &QTimer::timeout, this, [complete, key] {
        SecretResult result;
        result.status = SecretResult::Status::Unavailable;
        result.errorText = QStringLiteral("the keychain did not answer in time (key %1)").arg(key);
        complete(result);
    });
    QObject::connect(job, &QKeychain::Job::finished, this,
        [complete](QKeychain::Job *finished) { complete(resultOf(finished)); });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace einvoice
