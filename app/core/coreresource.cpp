#include "coreresource.h"

#include "corelog.h"

#include <QFile>

// Q_INIT_RESOURCE must run in the global namespace; core is a static library, so its resources
// are only registered when something calls this.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace einvoice {

QByteArray readCoreResource(const QString &name)
{
    initCoreResources();
    QFile file(QStringLiteral(":/core/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCore) << "cannot open the core resource" << file.fileName();
        return QByteArray();
    }
    return file.readAll();
}

} // namespace einvoice
