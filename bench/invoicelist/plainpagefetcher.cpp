#include "plainpagefetcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace einvoice {

PlainPageFetcher::PlainPageFetcher(const QUrl &baseUrl, QString clientId, QString clientSecret, int parallel)
    : m_baseUrl(baseUrl),
      m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret)),
      m_parallel(parallel)
{
}

void PlainPageFetcher::run(std::function<void(int, qint64)> done)
{
    m_done = std::move(done);
    fetchToken();
}

void PlainPageFetcher::fetchToken()
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/v1/token"));
    QNetworkRequest request(url);
    request.setRawHeader(
        "Authorization", "Basic " + (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8().toBase64());
    QNetworkReply *reply = m_network.post(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("data")).toObject();
        m_token = data.value(QLatin1String("access_token")).toString().toUtf8();
        if (m_token.isEmpty())
            return m_done(-1, 0);
        fetchPage(1);
    });
}

void PlainPageFetcher::fetchPage(int page)
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/v1/invoices"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    ++m_inFlight;
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, page] {
        reply->deleteLater();
        --m_inFlight;
        if (reply->error() != QNetworkReply::NoError)
            return m_done(-1, m_bytes);
        onPage(page, reply->readAll());
    });
}

void PlainPageFetcher::onPage(int page, const QByteArray &body)
{
    m_bytes += body.size();
    ++m_pagesDone;
    if (page == 1) {
        // The page count is the one thing the baseline must read to know what to ask for.
        const int at = body.indexOf("\"page_count\":");
        m_pageCount
            = at < 0 ? 1 : body.mid(at + 13, 12).split(',').first().split('}').first().trimmed().toInt();
    }
    while (m_inFlight < m_parallel && m_nextPage <= m_pageCount)
        fetchPage(m_nextPage++);
    if (m_inFlight == 0 && m_nextPage > m_pageCount)
        m_done(m_pagesDone, m_bytes);
}

} // namespace einvoice
