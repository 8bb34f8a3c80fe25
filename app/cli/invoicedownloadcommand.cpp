#include "invoicedownloadcommand.h"

#include "api/downloadjob.h"
#include "api/sepayclient.h"
#include "clioutput.h"

#include <QFileInfo>
#include <QSaveFile>

namespace einvoice {

QString InvoiceDownloadCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    const auto type = fileTypeFromWire(options().type);
    if (!type)
        return tr("--type pdf or --type xml is required.");
    m_type = *type;
    return QString();
}

void InvoiceDownloadCommand::run()
{
    auto *job = client()->download(argument(0), m_type);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        const DownloadedFile &file = job->file();
        QString path = options().output;
        if (path.isEmpty())
            path = QFileInfo(file.fileName).fileName(); // never a path from the server
        if (path.isEmpty())
            path = argument(0) + QLatin1Char('.') + toWire(m_type);
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(file.content) != file.content.size()
            || !save.commit()) {
            out().error(QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, save.errorString()));
            return done(ExitCode::Failure);
        }
        if (out().isJson())
            out().document(QJsonObject {{QStringLiteral("reference_code"), argument(0)},
                {QStringLiteral("file_type"), toWire(file.fileType)},
                {QStringLiteral("file_name"), file.fileName},
                {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                {QStringLiteral("bytes"), file.content.size()}});
        else
            out().line(tr("Saved %1 (%2 bytes).").arg(path).arg(file.content.size()));
        done(ExitCode::Ok);
    });
}

} // namespace einvoice
