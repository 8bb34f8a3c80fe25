#include "batchtemplatecommand.h"

#include "batch/batchtemplate.h"
#include "clioutput.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace einvoice {

void BatchTemplateCommand::run()
{
    const QString path = options().output.isEmpty() ? QStringLiteral("batch-template.csv") : options().output;
    const QByteArray csv = BatchTemplate::csv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        out().error(QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return done(ExitCode::Failure);
    }
    if (out().isJson())
        out().document(QJsonObject {{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("bytes"), csv.size()}});
    else
        out().line(tr("Saved the batch template to %1. %2").arg(path, BatchTemplate::taxRateHelp()));
    done(ExitCode::Ok);
}

} // namespace einvoice
