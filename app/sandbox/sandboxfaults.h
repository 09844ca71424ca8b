#pragma once

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxserver.h"

#include <QHttpServerRequest>
#include <QList>

#include <optional>

// The faults injected into a SandboxServer (see SandboxServer::Fault), and what a fault makes of
// a request. Also turns a QHttpServerRequest into the record the sandbox keeps.
class SandboxFaults
{
public:
    using Fault = SandboxServer::Fault;
    using Request = SandboxServer::RecordedRequest;

    void add(const Fault &fault);
    void clear() { m_faults.clear(); }
    // The first fault matching `request`, counted down (and removed when used up).
    std::optional<Fault> take(const Request &request);

    // The answer to `request` under `fault` (nothing: drop the connection). Does the API's work
    // (a commit) unless the fault forbids it.
    static std::optional<SandboxReply> answer(const std::optional<Fault> &fault, SandboxApi &api,
                                              const Request &request);
    // QHttpServerRequest cannot be copied and does not outlive its handler: keep what is needed.
    static Request record(const QHttpServerRequest &request);
    static QByteArray methodName(QHttpServerRequest::Method method);

private:
    QList<Fault> m_faults;
};
