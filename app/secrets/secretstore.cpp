#include "secretstore.h"

#include <QPointer>
#include <QTimer>

namespace einvoice {

QString SecretStore::scopedKey(const QString &scope, const QString &name)
{
    return scope + QLatin1Char('/') + name;
}

void SecretStore::deliver(QObject *context, Callback done, SecretResult result)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result = std::move(result)] {
        if (guard)
            done(result);
    });
}

} // namespace einvoice
