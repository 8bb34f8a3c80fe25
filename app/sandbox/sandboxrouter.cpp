#include "sandboxrouter.h"

namespace einvoice {

void SandboxRouter::add(const QString &pattern, const QList<QByteArray> &methods, Handler handler)
{
    m_routes.append(Route {pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), methods, std::move(handler)});
}

bool SandboxRouter::matches(const Route &route, const QStringList &segments, QStringList *arguments)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments.at(i) == QLatin1String("{}")) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (route.segments.at(i) != segments.at(i)) {
            return false;
        }
    }
    *arguments = found;
    return true;
}

HttpReply SandboxRouter::dispatch(SandboxRequest &request) const
{
    for (const Route &route : m_routes) {
        QStringList arguments;
        if (!matches(route, request.segments, &arguments))
            continue;
        if (!route.methods.contains(request.method)) {
            HttpReply reply = HttpReply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                QStringLiteral("Phương thức HTTP không được hỗ trợ cho đường dẫn này."));
            reply.headers.append({QByteArray("Allow"), route.methods.join(", ")});
            return reply;
        }
        request.arguments = arguments;
        return route.handler(request);
    }
    return HttpReply::notFound(QStringLiteral("Không tìm thấy đường dẫn ") + request.path);
}

} // namespace einvoice
