#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QHash>

// The sandbox's API without its transport: the token endpoint, the header rules, the bearer
// tokens it issued and the webhooks calls. One request in, one answer out; SandboxServer adds
// the socket, the faults and the records.
class SandboxApi
{
public:
    using Request = SandboxServer::RecordedRequest;
    enum class Endpoint {
        Token,
        Webhooks,
        Other
    };

    static Endpoint endpointOf(const QString &path);
    // The answer to a request; a successful register or delete has taken effect on return.
    SandboxReply handle(const Request &request);
    // The answer the gateway or the API gives for `status` when a fault asks for one.
    static SandboxReply faultReply(Endpoint endpoint, const QString &path, int status, int retryAfterSeconds);

    void setKeys(const SandboxServer::Keys &keys) { m_keys = keys; }
    const SandboxServer::Keys &keys() const { return m_keys; }
    void setPspId(const QString &pspId) { m_pspId = pspId; }
    const QString &pspId() const { return m_pspId; }
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeSeconds = qMax(1, seconds); }
    void revokeTokens() { m_tokens.clear(); }
    SandboxState &state() { return m_state; }
    const SandboxState &state() const { return m_state; }

private:
    SandboxReply token(const Request &request);
    SandboxReply webhooks(const Request &request);
    SandboxReply list(const QString &bucket) const;
    SandboxReply registerWebhook(const Request &request, const QString &bucket);
    SandboxReply remove(const QString &bucket, const QString &id);
    // The gateway's subscription key check; nothing when the key is right.
    std::optional<SandboxReply> checkSubscriptionKey(const Request &request) const;
    bool isTokenValid(const QByteArray &authorization);
    // The Psp-Id check of a PSP key set; nothing when the call may go on.
    std::optional<SandboxReply> checkPspId(const Request &request) const;
    // A token shaped like Azure AD's: a signed JWT (header.payload.signature, base64url).
    static QString makeJwt(const QDateTime &now, const QDateTime &expiry, const QString &clientId);

    SandboxServer::Keys m_keys;
    QString m_pspId;
    int m_tokenLifetimeSeconds = 3600;
    QHash<QByteArray, QDateTime> m_tokens; // token -> expiry (UTC)
    SandboxState m_state;
};
