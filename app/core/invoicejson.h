#pragma once

#include "invoice.h"
#include "remoteinvoice.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace einvoice {

// A response that could not be read: names the missing or malformed field by its JSON path.
struct ParseError
{
    QString field; // e.g. "data.items[1].quantity"
    QString reason; // English, for logs and developer messages
};

template<typename T> using Parsed = std::variant<T, ParseError>;

// The JSON mapping of the API (sepay-api.md 4, 5). Tolerant where the real API is loose
// (missing "success", numbers as strings, null xml_url, absent optional fields, unknown extra
// fields), strict where a field is required.
namespace json {

// The exact create payload: integers for line_type and tax_rate, numbers for quantities and prices,
// empty optional fields left out.
QJsonObject toCreatePayload(const Invoice &invoice);
// Reads a create payload (the CLI's input file, the sandbox's request body). A local draft's may
// have no line yet (LinesNeeded::None): a form typed up to its buyer is still the user's work.
enum class LinesNeeded { AtLeastOne, None };
Parsed<Invoice> invoiceFromCreatePayload(
    const QJsonObject &payload, LinesNeeded lines = LinesNeeded::AtLeastOne);

Parsed<InvoiceSummary> parseSummary(const QJsonObject &object, const QString &path = QString());
Parsed<InvoiceDetail> parseDetail(const QJsonObject &object, const QString &path = QString());
Parsed<JobState> parseJobState(const QJsonObject &data, const QString &path = QStringLiteral("data"));
Parsed<JobTicket> parseJobTicket(const QJsonObject &data, const QString &path = QStringLiteral("data"));
Parsed<ProviderAccount> parseProviderAccount(const QJsonObject &object, const QString &path = QString());
Parsed<Paging> parsePaging(const QJsonObject &object, const QString &path = QStringLiteral("data.paging"));
Parsed<DownloadedFile> parseDownload(const QJsonObject &data, const QString &path = QStringLiteral("data"));
Parsed<qint64> parseQuotaRemaining(const QJsonObject &data, const QString &path = QStringLiteral("data"));

// Wire form of issued_date in requests: "yyyy-MM-dd HH:mm:ss".
QString formatIssuedDate(const QDateTime &localTime);
std::optional<QDateTime> parseIssuedDate(const QString &text);

} // namespace json
} // namespace einvoice
