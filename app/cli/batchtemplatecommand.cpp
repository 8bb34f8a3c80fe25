#include "batchtemplatecommand.h"

#include "batch/batchtemplate.h"
#include "batch/batchworkbooktemplate.h"
#include "clioutput.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace einvoice {

QString BatchTemplateCommand::checkArguments()
{
    if (const QString error = expectArguments(0); !error.isEmpty())
        return error;
    const QString format = options().format;
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return tr("--format must be csv or xlsx, not \"%1\".").arg(format);
    m_xlsx = format == QLatin1String("xlsx")
        || (format.isEmpty() && options().output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive));
    return QString();
}

bool BatchTemplateCommand::writeCsv(const QString &path, QString *error) const
{
    const QByteArray csv = BatchTemplate::csv();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

void BatchTemplateCommand::run()
{
    const QString path = !options().output.isEmpty() ? options().output
        : m_xlsx                                     ? QStringLiteral("batch-template.xlsx")
                                                     : QStringLiteral("batch-template.csv");
    QString error;
    SpreadsheetError workbookError;
    if (m_xlsx && !BatchWorkbookTemplate::write(path, &workbookError))
        error = workbookError.message();
    if (!m_xlsx)
        writeCsv(path, &error);
    if (!error.isEmpty()) {
        out().error(QStringLiteral("io"), error);
        return done(ExitCode::Failure);
    }
    if (out().isJson())
        out().document(QJsonObject {{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("format"), m_xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")}});
    else
        out().line(tr("Saved the batch template to %1. %2").arg(path, BatchTemplate::taxRateHelp()));
    done(ExitCode::Ok);
}

} // namespace einvoice
