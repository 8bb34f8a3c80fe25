#include "invoicedownloadcommand.h"

#include "api/downloadjob.h"
#include "api/sepayclient.h"
#include "clioutput.h"
#include "core/invoicefilecheck.h"
#include "core/privatefiles.h"
#include "core/safefilename.h"

#include <QDir>
#include <QFileInfo>

namespace einvoice {

QString InvoiceDownloadCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    const auto type = fileTypeFromWire(options().type);
    if (!type)
        return tr("--type pdf or --type xml is required.");
    m_type = *type;
    const QFileInfo output(options().output);
    if (!options().output.isEmpty() && !output.isDir() && output.exists() && !options().force)
        return existsMessage(options().output); // refused before anything is downloaded
    return QString();
}

QString InvoiceDownloadCommand::existsMessage(const QString &path)
{
    return tr("%1 already exists; add --force to replace it, or choose another name with -o.").arg(path);
}

void InvoiceDownloadCommand::run()
{
    auto *job = client()->download(argument(0), m_type);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        if (const QString problem = InvoiceFileCheck::problem(m_type, job->file().content);
            !problem.isEmpty()) {
            out().error(QStringLiteral("file"), problem);
            return done(ExitCode::Failure);
        }
        save(job->file());
    });
}

QString InvoiceDownloadCommand::targetPath(const DownloadedFile &file) const
{
    const QString output = options().output;
    if (!output.isEmpty() && !QFileInfo(output).isDir())
        return output; // a file the user named
    const QDir folder(output.isEmpty() ? QDir::currentPath() : output);
    return folder.filePath(SafeFileName::make(file.fileName, toWire(m_type), argument(0)));
}

void InvoiceDownloadCommand::save(const DownloadedFile &file)
{
    const QString path = targetPath(file);
    QString error;
    switch (PrivateFiles::write(path, file.content, options().force, &error)) {
    case PrivateFiles::WriteResult::Exists:
        out().error(QStringLiteral("exists"), existsMessage(path));
        return done(ExitCode::Usage);
    case PrivateFiles::WriteResult::Failed:
        out().error(QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, error));
        return done(ExitCode::Failure);
    case PrivateFiles::WriteResult::Written:
        report(file, path);
        return;
    }
}

void InvoiceDownloadCommand::report(const DownloadedFile &file, const QString &path)
{
    if (out().isJson())
        out().document(QJsonObject {{QStringLiteral("reference_code"), argument(0)},
            {QStringLiteral("file_type"), toWire(file.fileType)},
            {QStringLiteral("file_name"), file.fileName},
            {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("bytes"), file.content.size()}});
    else
        out().line(tr("Saved %1 (%2 bytes).").arg(path).arg(file.content.size()));
    done(ExitCode::Ok);
}

} // namespace einvoice
