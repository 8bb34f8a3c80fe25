#pragma once

#include "core/validationissue.h"

#include <QCoreApplication>
#include <QString>

namespace einvoice {

// Why an API call did not succeed. Never carries a secret: messages come from the server's
// error.message, from Qt's network error text, or from this library.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ApiError)

public:
    enum class Kind {
        None,
        Network, // no HTTP answer: refused, dropped, DNS
        Tls, // the TLS handshake failed, usually an untrusted certificate: final, never retried
        Timeout, // no answer in time (transfer timeout, or a job that never ended)
        Http, // an HTTP error status; see httpStatus, code, message
        Parse, // the answer could not be read; field names the JSON path
        Validation, // refused locally before sending; see issues
        Cancelled, // cancel() was called
        Busy // the request queue is full
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the API's error.code, e.g. "EINVOICE_DOCUMENT_EXISTED"
    QString message; // the API's error.message or a description
    QString field; // Parse: JSON path of the missing or malformed field
    ValidationIssues issues; // Validation
    int retryAfterMs = -1; // from a Retry-After header, when present

    bool isOk() const { return kind == Kind::None; }
    // Worth trying again later: network, timeout, 5xx, 429.
    bool isTransient() const;
    bool isAuthenticationFailure() const { return kind == Kind::Http && httpStatus == 401; }
    bool isQuotaExceeded() const;
    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    bool isDocumentExisted() const;
    // The reference code holds a different invoice on the server (CreateInvoiceOperation).
    bool isReferenceConflict() const { return kind == Kind::Http && code == ReferenceConflictCode; }
    static constexpr QLatin1StringView ReferenceConflictCode {"REFERENCE_CODE_CONFLICT"};

    // One translated line for people: "HTTP 409 EINVOICE_DOCUMENT_EXISTED: ...".
    QString text() const;
    // Stable lower-case name of the kind for scripts: "network", "timeout", "http", ...
    QString kindName() const;

    static ApiError network(const QString &message);
    // problem names what was wrong with the certificate (Qt's QSslError texts).
    static ApiError tls(const QString &problem);
    static ApiError timeout(const QString &message = QString());
    static ApiError http(int status, const QString &code, const QString &message);
    static ApiError parse(const QString &field, const QString &reason);
    static ApiError validation(const ValidationIssues &issues);
    static ApiError cancelled();
    static ApiError busy();
};

} // namespace einvoice
