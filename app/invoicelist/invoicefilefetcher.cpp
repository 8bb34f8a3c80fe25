#include "invoicefilefetcher.h"

#include "api/apiconnection.h"
#include "api/downloadjob.h"
#include "api/sepayclient.h"
#include "core/invoicefilecheck.h"
#include "core/privatefiles.h"
#include "invoicelistlog.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace einvoice {

namespace {

// The server knows the invoice but has no file for it yet (just issued, still being signed).
bool meansNotReady(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http
        && (error.httpStatus == 400 || error.httpStatus == 404 || error.httpStatus == 409
            || error.httpStatus == 425);
}

} // namespace

InvoiceFileFetcher::InvoiceFileFetcher(
    InvoiceCacheRepository *cache, const FileCachePaths *paths, QObject *parent)
    : QObject(parent), m_cache(cache), m_paths(paths)
{
}

void InvoiceFileFetcher::setClient(SepayClient *client, const QString &environment)
{
    ++m_generation;
    m_attempts.clear();
    m_client = client;
    m_environment = environment;
    m_network = client ? client->connection()->network() : nullptr;
}

QString InvoiceFileFetcher::key(const QString &referenceCode, FileType type)
{
    return toWire(type) + QLatin1Char(':') + referenceCode;
}

bool InvoiceFileFetcher::isFetching(const QString &referenceCode, FileType type) const
{
    return m_attempts.contains(key(referenceCode, type));
}

void InvoiceFileFetcher::fetch(const QString &referenceCode, FileType type, bool refresh)
{
    const QString k = key(referenceCode, type);
    if (m_attempts.contains(k))
        return;
    const QString cached = refresh ? QString() : m_paths->existingFile(m_environment, referenceCode, type);
    if (!cached.isEmpty()) {
        QTimer::singleShot(
            0, this, [this, referenceCode, type, cached] { Q_EMIT fileReady(referenceCode, type, cached); });
        return;
    }
    m_attempts.insert(k, Attempt {referenceCode, type, 0, QString(), false});
    if (!m_client) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, k, generation] {
            if (generation == m_generation)
                finishFailed(k, tr("Not connected: the file cannot be downloaded."));
        });
        return;
    }
    tryEndpoint(k);
}

void InvoiceFileFetcher::tryEndpoint(const QString &k)
{
    Attempt &attempt = m_attempts[k];
    ++attempt.tries;
    DownloadJob *job = m_client->download(attempt.reference, attempt.type);
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, k, generation] {
        if (generation != m_generation || !m_attempts.contains(k))
            return;
        const QString problem = job->succeeded()
            ? InvoiceFileCheck::problem(m_attempts.value(k).type, job->file().content)
            : QString();
        if (job->succeeded() && problem.isEmpty())
            store(k, job->file().content);
        else
            onEndpointFailed(k,
                job->succeeded() ? ApiError::parse(QStringLiteral("data.content"), problem) : job->error());
    });
}

void InvoiceFileFetcher::onEndpointFailed(const QString &k, const ApiError &error)
{
    Attempt &attempt = m_attempts[k];
    attempt.lastError = error.text();
    attempt.notReady = meansNotReady(error);
    qCInfo(lcInvoiceList) << "download endpoint failed for" << toWire(attempt.type) << error.text();
    const QString url = fileUrl(attempt);
    if (!url.isEmpty() && m_network)
        tryUrl(k, url);
    else
        retryOrFail(k);
}

QString InvoiceFileFetcher::fileUrl(const Attempt &attempt) const
{
    const StoreResult<CachedInvoice> cached = m_cache->load(m_environment, attempt.reference);
    if (!cached)
        return QString();
    return attempt.type == FileType::Pdf ? cached.value().summary.pdfUrl : cached.value().summary.xmlUrl;
}

void InvoiceFileFetcher::tryUrl(const QString &k, const QString &url)
{
    QNetworkRequest request {QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_client ? m_client->options().transferTimeoutMs : 30000);
    QNetworkReply *reply = m_network->get(request);
    const int generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, k, generation] {
        reply->deleteLater();
        if (generation == m_generation && m_attempts.contains(k))
            onUrlFinished(k, reply);
    });
}

void InvoiceFileFetcher::onUrlFinished(const QString &k, QNetworkReply *reply)
{
    const QByteArray content = reply->readAll();
    const QString problem = InvoiceFileCheck::problem(m_attempts.value(k).type, content);
    if (reply->error() == QNetworkReply::NoError && problem.isEmpty())
        return store(k, content);
    qCInfo(lcInvoiceList) << "file link failed:" << reply->errorString() << problem;
    retryOrFail(k);
}

void InvoiceFileFetcher::retryOrFail(const QString &k)
{
    Attempt &attempt = m_attempts[k];
    if (!attempt.notReady || attempt.tries > m_options.notReadyRetries || !m_client)
        return finishFailed(k,
            attempt.notReady
                ? tr("The file is not ready yet; try again in a moment (%1).").arg(attempt.lastError)
                : attempt.lastError);
    Q_EMIT waitingForFile(attempt.reference, attempt.type, attempt.tries);
    const int generation = m_generation;
    QTimer::singleShot(m_options.retryDelayMs * attempt.tries, this, [this, k, generation] {
        if (generation == m_generation && m_attempts.contains(k) && m_client)
            tryEndpoint(k);
    });
}

void InvoiceFileFetcher::store(const QString &k, const QByteArray &content)
{
    const Attempt attempt = m_attempts.value(k);
    const QString path = m_paths->filePath(m_environment, attempt.reference, attempt.type);
    QString error;
    if (!m_paths->ensureDirectory(m_environment, attempt.type)
        || PrivateFiles::write(path, content, true, &error) != PrivateFiles::WriteResult::Written)
        return finishFailed(k, tr("Could not save the file to %1: %2").arg(path, error));
    m_attempts.remove(k);
    Q_EMIT fileReady(attempt.reference, attempt.type, path);
}

void InvoiceFileFetcher::finishFailed(const QString &k, const QString &error)
{
    const Attempt attempt = m_attempts.take(k);
    Q_EMIT fileFailed(attempt.reference, attempt.type, error);
}

} // namespace einvoice
