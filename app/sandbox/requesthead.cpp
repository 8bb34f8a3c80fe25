#include "requesthead.h"

#include <QByteArray>

#include <algorithm>

namespace einvoice {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// End of the head (index after its blank line), or -1. QtHttpServer accepts CRLF and bare LF.
qsizetype headEnd(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && isBlank(bytes[start]))
        ++start; // QtHttpServer skips blank lines left over from a previous request
    for (qsizetype i = bytes.indexOf('\n', start); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        const QByteArrayView rest = bytes.sliced(i + 1);
        if (rest.startsWith("\r\n"))
            return i + 3;
        if (rest.startsWith("\n"))
            return i + 2;
    }
    return -1;
}

// Reads Content-Length; -1 when absent, -2 when unreadable or given twice with different values.
qint64 readContentLength(QByteArrayView head, bool *transferEncoding)
{
    qint64 length = -1;
    qsizetype lineStart = head.indexOf('\n') + 1; // after the request line
    while (lineStart > 0 && lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            *transferEncoding = true;
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        const bool digits = !value.isEmpty() && value.size() <= 18
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        const qint64 parsed = digits ? value.toLongLong() : -2;
        if (parsed < 0 || (length >= 0 && parsed != length))
            return -2;
        length = parsed;
    }
    return length;
}

} // namespace

RequestHead RequestHead::inspect(QByteArrayView bytes, qint64 maxHeaderBytes, qint64 maxBodyBytes)
{
    RequestHead head;
    const qsizetype end = headEnd(bytes);
    if (end < 0 || end > maxHeaderBytes) {
        const bool tooLarge = end > maxHeaderBytes || bytes.size() > maxHeaderBytes;
        head.verdict = tooLarge ? Verdict::HeadTooLarge : Verdict::Incomplete;
        return head;
    }
    head.headBytes = end;
    bool transferEncoding = false;
    const qint64 length = readContentLength(bytes.first(end), &transferEncoding);
    if (transferEncoding)
        head.verdict = Verdict::LengthRequired;
    else if (length == -2)
        head.verdict = Verdict::BadRequest;
    else if (length > maxBodyBytes)
        head.verdict = Verdict::BodyTooLarge;
    else
        head.verdict = Verdict::Complete;
    head.contentLength = std::max<qint64>(0, length);
    return head;
}

} // namespace einvoice
