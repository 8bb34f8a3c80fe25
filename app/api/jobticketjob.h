#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// The two POSTs that start an asynchronous job and answer with a tracking code:
// POST /v1/invoices/create (sepay-api.md 5.4), POST /v1/invoices/issue (5.6), and the
// corrections (appendix B, C). Never resent automatically; the invoice operations decide.
class JobTicketJob : public ApiJob
{
    Q_OBJECT

public:
    static JobTicketJob *create(
        ApiConnection *connection, const QJsonObject &payload, QObject *parent = nullptr);
    static JobTicketJob *issue(
        ApiConnection *connection, const QString &referenceCode, QObject *parent = nullptr);
    // Any other POST that answers with a tracking code: replace and adjust (path "/v1/...").
    static JobTicketJob *post(ApiConnection *connection, const QString &path, const QJsonObject &payload,
        QObject *parent = nullptr);

    const JobTicket &ticket() const { return m_ticket; }

protected:
    Method method() const override { return Method::Post; }
    QString path() const override { return m_path; }
    QByteArray body() const override { return m_body; }
    ApiError parse(const QJsonObject &root) override;

private:
    JobTicketJob(ApiConnection *connection, QString path, QByteArray body, QObject *parent);

    QString m_path;
    QByteArray m_body;
    JobTicket m_ticket;
};

} // namespace einvoice
