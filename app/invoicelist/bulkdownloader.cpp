#include "bulkdownloader.h"

#include "core/safefilename.h"
#include "invoicefilefetcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace einvoice {

BulkDownloader::BulkDownloader(InvoiceFileFetcher *fetcher, QObject *parent)
    : QObject(parent), m_fetcher(fetcher)
{
    connect(m_fetcher, &InvoiceFileFetcher::fileReady, this, &BulkDownloader::onReady);
    connect(m_fetcher, &InvoiceFileFetcher::fileFailed, this, &BulkDownloader::onFailed);
}

bool BulkDownloader::start(const QStringList &referenceCodes, FileType type, const QString &folder,
    const QHash<QString, QString> &names)
{
    if (m_running || referenceCodes.isEmpty() || !QDir().mkpath(folder))
        return false;
    m_running = true;
    m_queue = referenceCodes;
    m_queue.removeDuplicates();
    m_active.clear();
    m_names = names;
    m_type = type;
    m_folder = folder;
    m_result = BulkDownloadResult();
    m_total = int(m_queue.size());
    m_done = 0;
    Q_EMIT progress(0, m_total);
    next();
    return true;
}

QString BulkDownloader::suggestedName(const CachedInvoiceRow &row)
{
    if (row.invoiceNumber.isEmpty() || row.invoiceNumber == QLatin1String("0"))
        return row.referenceCode;
    QString name = QStringLiteral("HD_");
    if (!row.invoiceSeries.isEmpty())
        name += row.invoiceSeries + QLatin1Char('_');
    name += row.invoiceNumber.rightJustified(7, QLatin1Char('0'));
    if (row.issuedDate.isValid())
        name += QLatin1Char('_') + row.issuedDate.toString(QStringLiteral("yyyyMMdd"));
    return name;
}

void BulkDownloader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.cancelled = true;
    for (const QString &reference : std::as_const(m_queue))
        m_result.failures.append({reference, tr("Cancelled")});
    m_queue.clear();
    m_active.clear();
    Q_EMIT finished(m_result);
}

void BulkDownloader::next()
{
    while (m_running && m_active.size() < m_parallel && !m_queue.isEmpty()) {
        const QString reference = m_queue.takeFirst();
        m_active.insert(reference);
        m_fetcher->fetch(reference, m_type);
    }
    if (m_running && m_active.isEmpty() && m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_result);
    }
}

QString BulkDownloader::targetPath(const QString &referenceCode) const
{
    const QString extension = toWire(m_type);
    const QString name
        = SafeFileName::make(m_names.value(referenceCode, referenceCode), extension, referenceCode);
    const QString base = name.chopped(extension.size() + 1);
    QString path = QDir(m_folder).filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n) // never replaces a file already there
        path = QDir(m_folder).filePath(base + QStringLiteral(" (%1).").arg(n) + extension);
    return path;
}

void BulkDownloader::onReady(const QString &referenceCode, FileType type, const QString &path)
{
    if (!m_running || type != m_type || !m_active.contains(referenceCode))
        return;
    const QString target = targetPath(referenceCode);
    if (QFile::copy(path, target))
        m_result.savedFiles.append(target);
    else
        m_result.failures.append({referenceCode, tr("Could not write %1").arg(target)});
    settle(referenceCode);
}

void BulkDownloader::onFailed(const QString &referenceCode, FileType type, const QString &error)
{
    if (!m_running || type != m_type || !m_active.contains(referenceCode))
        return;
    m_result.failures.append({referenceCode, error});
    settle(referenceCode);
}

void BulkDownloader::settle(const QString &referenceCode)
{
    m_active.remove(referenceCode);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    next();
}

} // namespace einvoice
