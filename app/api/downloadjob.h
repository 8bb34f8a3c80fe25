#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// GET /v1/invoices/{code}/download?type=pdf|xml (sepay-api.md 5.11); content arrives decoded.
class DownloadJob : public ApiJob
{
    Q_OBJECT

public:
    DownloadJob(
        ApiConnection *connection, const QString &referenceCode, FileType type, QObject *parent = nullptr);

    const DownloadedFile &file() const { return m_file; }

protected:
    QString path() const override;
    QUrlQuery query() const override;
    ApiError parse(const QJsonObject &root) override;

private:
    QString m_referenceCode;
    FileType m_type;
    DownloadedFile m_file;
};

} // namespace einvoice
