#pragma once

#include "core/enums.h"
#include "store/cachedinvoice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace einvoice {

class InvoiceFileFetcher;

// What a bulk download did.
struct BulkDownloadResult
{
    struct Failure
    {
        QString referenceCode;
        QString error;
    };
    QStringList savedFiles;
    QList<Failure> failures;
    bool cancelled = false;
};

// Downloads the PDFs or XMLs of many invoices into one folder (issue 7), a few at a time, with
// progress; files already in the cache are copied without asking the server. File names come from
// nameFor() (number and date when issued, the reference code otherwise) and never overwrite.
class BulkDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultParallel = 4;

    // fetcher must outlive the downloader; it is shared with the rest of the page.
    explicit BulkDownloader(InvoiceFileFetcher *fetcher, QObject *parent = nullptr);

    // names: reference code -> file name without extension (optional; reference code otherwise).
    bool start(const QStringList &referenceCodes, FileType type, const QString &folder,
        const QHash<QString, QString> &names = {});
    void cancel();
    bool isRunning() const { return m_running; }
    void setParallel(int parallel) { m_parallel = qMax(1, parallel); }

    // "HD_C26TAA_0000017_20260504" for an issued invoice, the reference code for a draft.
    static QString suggestedName(const CachedInvoiceRow &row);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const einvoice::BulkDownloadResult &result);

private:
    void next();
    void onReady(const QString &referenceCode, FileType type, const QString &path);
    void onFailed(const QString &referenceCode, FileType type, const QString &error);
    void settle(const QString &referenceCode);
    QString targetPath(const QString &referenceCode) const;

    InvoiceFileFetcher *m_fetcher;
    QStringList m_queue;
    QSet<QString> m_active;
    QHash<QString, QString> m_names;
    FileType m_type = FileType::Pdf;
    QString m_folder;
    BulkDownloadResult m_result;
    int m_total = 0;
    int m_done = 0;
    int m_parallel = DefaultParallel;
    bool m_running = false;
};

} // namespace einvoice
