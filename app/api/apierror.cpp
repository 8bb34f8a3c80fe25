#include "apierror.h"

#include "core/invoicefieldnames.h"

namespace einvoice {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isQuotaExceeded() const
{
    return kind == Kind::Http && code == QLatin1String("QUOTA_EXCEEDED");
}

bool ApiError::isDocumentExisted() const
{
    return kind == Kind::Http && httpStatus == 409 && code == QLatin1String("EINVOICE_DOCUMENT_EXISTED");
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Busy:
        return QStringLiteral("busy");
    }
    return QString();
}

QString ApiError::codeExplanation(const QString &code)
{
    if (code == QLatin1String("BAD_REQUEST"))
        return tr("The server refused the request as incomplete or malformed.");
    if (code == QLatin1String("UNAUTHORIZED"))
        return tr("The client ID or secret is not accepted, or the session expired.");
    if (code == QLatin1String("QUOTA_EXCEEDED"))
        return tr("The e-invoice quota is used up: upgrade the package or contact SePay.");
    if (code == QLatin1String("EINVOICE_DOCUMENT_EXISTED"))
        return tr("An invoice with this reference code already exists.");
    if (code == QLatin1String("REGISTRATION_NOT_TAX_APPROVED"))
        return tr("The e-invoice registration is missing or not yet approved by the tax authority.");
    if (code == QLatin1String("INVOICE_DATE_BEFORE_TAX_APPROVAL"))
        return tr("The invoice date is before the tax authority approved the provider account.");
    if (code == QLatin1String("NOT_FOUND"))
        return tr("The server does not know this invoice or address.");
    return QString();
}

QString ApiError::text() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return tr("Network error: %1").arg(message);
    case Kind::Tls:
        return tr("The server's certificate cannot be trusted: %1. Nothing was sent and it is not "
                  "tried again: check the server address, this computer's date and time, or a proxy "
                  "that intercepts HTTPS.")
            .arg(message);
    case Kind::Timeout:
        return message.isEmpty() ? tr("The server did not answer in time.")
                                 : tr("Timed out: %1").arg(message);
    case Kind::Http: {
        // The server's message is in the server's language: a known code is explained in the
        // user's first (issue 16.13).
        QString text = code.isEmpty() ? tr("HTTP %1: %2").arg(httpStatus).arg(message)
                                      : tr("HTTP %1 %2: %3").arg(httpStatus).arg(code, message);
        if (httpStatus == 429 && retryAfterMs >= 120000)
            text += u' '
                + tr("(the server is busy and asks to wait %n minute(s); try again later)", nullptr,
                    int((retryAfterMs + 59999) / 60000));
        else if (httpStatus == 429 && retryAfterMs > 0)
            text += u' '
                + tr("(the server is busy and asks to wait %n s)", nullptr, (retryAfterMs + 999) / 1000);
        const QString explained = codeExplanation(code);
        return explained.isEmpty() ? text : tr("%1 (server: %2)").arg(explained, text);
    }
    case Kind::Parse:
        return tr("Unreadable answer from the server (field %1): %2").arg(field, message);
    case Kind::Validation: {
        QStringList lines;
        for (const ValidationIssue &issue : issues) {
            if (issue.isError())
                lines << QStringLiteral("%1: %2").arg(InvoiceFieldNames::label(issue.field), issue.text());
        }
        return tr("The invoice is not valid:\n%1").arg(lines.join(QLatin1Char('\n')));
    }
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Busy:
        return tr("Too many requests are waiting; try again later.");
    }
    return QString();
}

ApiError ApiError::network(const QString &message)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = message;
    return e;
}

ApiError ApiError::tls(const QString &problem)
{
    ApiError e;
    e.kind = Kind::Tls;
    e.message = problem;
    return e;
}

ApiError ApiError::timeout(const QString &message)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message = message;
    return e;
}

ApiError ApiError::http(int status, const QString &code, const QString &message)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    return e;
}

ApiError ApiError::parse(const QString &field, const QString &reason)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.field = field;
    e.message = reason;
    return e;
}

ApiError ApiError::validation(const ValidationIssues &issues)
{
    ApiError e;
    e.kind = Kind::Validation;
    e.issues = issues;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError()) {
            e.field = issue.field;
            break;
        }
    }
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::busy()
{
    ApiError e;
    e.kind = Kind::Busy;
    return e;
}

} // namespace einvoice
