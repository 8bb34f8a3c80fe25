#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace einvoice {

// The start of one HTTP/1.1 request as it arrives, read before QtHttpServer buffers its body:
// is the head complete, within the size limits, and does it say how long the body is?
struct RequestHead
{
    enum class Verdict {
        Incomplete, // no blank line yet, still within maxHeaderBytes
        Complete, // headBytes and contentLength are set
        HeadTooLarge, // 431
        BodyTooLarge, // 413: Content-Length above maxBodyBytes
        LengthRequired, // 411: Transfer-Encoding (chunked bodies are not accepted)
        BadRequest // 400: an unreadable or contradictory Content-Length
    };

    Verdict verdict = Verdict::Incomplete;
    qsizetype headBytes = 0; // through the blank line, leading blank lines included
    qint64 contentLength = 0;

    // bytes start where the request starts (at a request boundary of the connection).
    static RequestHead inspect(QByteArrayView bytes, qint64 maxHeaderBytes, qint64 maxBodyBytes);
};

} // namespace einvoice
