#pragma once

#include "api/sepayclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace einvoice {

class ApiJob;

// The provider account and template a correction is sent under: the origin's own (R1/A1: same
// provider account), found as the account whose templates include the origin's series (the
// invoice detail names neither, sepay-api.md 4.2). Reads the accounts, then each active one's
// detail, until one has the series.
class CorrectionAccountFinder : public QObject
{
    Q_OBJECT

public:
    CorrectionAccountFinder(SepayClient *client, QString series, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void found(const QString &providerAccountId, const QString &templateCode);
    // Translated: no account has the series, or the accounts could not be read.
    void failed(const QString &message);

private:
    void nextAccount();
    bool jobFailed(ApiJob *job);

    QPointer<SepayClient> m_client;
    QString m_series;
    QStringList m_accounts; // active ones still to look at
};

} // namespace einvoice
