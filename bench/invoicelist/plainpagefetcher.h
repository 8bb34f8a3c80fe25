#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace einvoice {

// The baseline of the sync benchmark: fetches every page of GET /v1/invoices with plain
// QNetworkAccessManager requests, a fixed number at once, reading the bytes and nothing else.
class PlainPageFetcher : public QObject
{
    Q_OBJECT

public:
    PlainPageFetcher(const QUrl &baseUrl, QString clientId, QString clientSecret, int parallel);

    // Runs the event loop's work until all pages arrived; returns the pages fetched (-1 on error).
    void run(std::function<void(int pages, qint64 bytes)> done);

private:
    void fetchToken();
    void fetchPage(int page);
    void onPage(int page, const QByteArray &body);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    QByteArray m_token;
    int m_parallel;
    int m_pageCount = 0;
    int m_nextPage = 2;
    int m_inFlight = 0;
    int m_pagesDone = 0;
    qint64 m_bytes = 0;
    std::function<void(int, qint64)> m_done;
};

} // namespace einvoice
