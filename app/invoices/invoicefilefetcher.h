#pragma once

#include "core/enums.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace einvoice {

class FileCachePaths;
class InvoiceCacheRepository;
class SepayClient;
struct ApiError;

// Gets the PDF or XML of an invoice into the file cache (issue 7): a cached file is used as is;
// otherwise the download endpoint (base64 content), falling back to the invoice's pdf_url or
// xml_url when the endpoint fails. A file that is "not ready yet" (the invoice was only just
// issued) is asked for again a few times after a pause. Each fetch ends with exactly one
// fileReady or fileFailed.
class InvoiceFileFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int notReadyRetries = 3;
        int retryDelayMs = 3000;
    };

    // cache and paths must outlive the fetcher.
    InvoiceFileFetcher(InvoiceCacheRepository *cache, const FileCachePaths *paths, QObject *parent = nullptr);

    void setClient(SepayClient *client, const QString &environment);
    void setOptions(const Options &options) { m_options = options; }
    // Fetches (or finds in the cache) the file; a second call while one runs joins it.
    void fetch(const QString &referenceCode, FileType type, bool refresh = false);
    bool isFetching(const QString &referenceCode, FileType type) const;
    int running() const { return int(m_attempts.size()); }

Q_SIGNALS:
    void fileReady(const QString &referenceCode, einvoice::FileType type, const QString &path);
    void fileFailed(const QString &referenceCode, einvoice::FileType type, const QString &error);
    // The server says the file is not ready yet; another try follows after a pause.
    void waitingForFile(const QString &referenceCode, einvoice::FileType type, int attempt);

private:
    struct Attempt
    {
        QString reference;
        FileType type = FileType::Pdf;
        int tries = 0;
        QString lastError;
        bool notReady = false;
    };

    static QString key(const QString &referenceCode, FileType type);
    void tryEndpoint(const QString &key);
    void onEndpointFailed(const QString &key, const ApiError &error);
    void tryUrl(const QString &key, const QString &url);
    void onUrlFinished(const QString &key, QNetworkReply *reply);
    void retryOrFail(const QString &key);
    void store(const QString &key, const QByteArray &content);
    void finishFailed(const QString &key, const QString &error);
    QString fileUrl(const Attempt &attempt) const;

    InvoiceCacheRepository *m_cache;
    const FileCachePaths *m_paths;
    QPointer<SepayClient> m_client;
    QNetworkAccessManager *m_network = nullptr;
    QString m_environment;
    Options m_options;
    int m_generation = 0;
    QHash<QString, Attempt> m_attempts;
};

} // namespace einvoice
