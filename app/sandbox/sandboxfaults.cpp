#include "sandbox/sandboxfaults.h"

#include <QDeadlineTimer>

namespace {

bool matches(const SandboxServer::Fault &fault, const SandboxServer::RecordedRequest &request)
{
    return (fault.method.isEmpty() || fault.method.compare(request.method, Qt::CaseInsensitive) == 0)
        && (fault.pathPrefix.isEmpty() || request.path.startsWith(fault.pathPrefix));
}

} // namespace

void SandboxFaults::add(const Fault &fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

std::optional<SandboxFaults::Fault> SandboxFaults::take(const Request &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!matches(*it, request))
            continue;
        const Fault fault = *it;
        if (it->count > 0 && --it->count == 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

std::optional<SandboxReply> SandboxFaults::answer(const std::optional<Fault> &fault, SandboxApi &api,
                                                  const Request &request)
{
    std::optional<SandboxReply> reply; // none: drop the connection
    if (fault && fault->dropBeforeCommit) {
        // Nothing happens.
    } else if (fault && fault->status > 0) {
        if (fault->statusAfterCommit)
            api.handle(request);
        const auto endpoint = SandboxApi::endpointOf(request.path);
        if (fault->body.isEmpty()) {
            reply = SandboxApi::faultReply(endpoint, request.path, fault->status, fault->retryAfterSeconds);
        } else {
            const QByteArray defaultType = endpoint == SandboxApi::Endpoint::Token
                ? QByteArrayLiteral("application/json")
                : QByteArrayLiteral("application/problem+json");
            reply = SandboxReply{fault->status,
                                 fault->contentType.isEmpty() ? defaultType : fault->contentType,
                                 fault->body,
                                 {}};
        }
    } else {
        SandboxReply normal = api.handle(request);
        if (!fault || !fault->dropAfterCommit)
            reply = std::move(normal);
    }
    if (reply && fault) {
        if (!fault->retryAfterRaw.isEmpty())
            reply->headers.append({QByteArrayLiteral("Retry-After"), fault->retryAfterRaw});
        else if (fault->retryAfterSeconds >= 0)
            reply->headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
    }
    return reply;
}

SandboxFaults::Request SandboxFaults::record(const QHttpServerRequest &request)
{
    Request recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    for (const auto &[name, value] : request.headers())
        recorded.headers.insert(name.toLower(), value);
    recorded.body = request.body();
    recorded.receivedAtMs = QDeadlineTimer::current().deadline();
    return recorded;
}

QByteArray SandboxFaults::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}
