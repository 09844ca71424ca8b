#pragma once

#include "core/clientconfig.h"
#include "core/result.h"
#include "core/webhook.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Speaks the Access Token and Webhooks APIs for one profile (one set of keys, one base URL).
//
// Every call is asynchronous and ends in exactly one callback carrying a value or an ApiError.
// The callback is tied to `context` (see ContextCallback): when the context object is destroyed
// first, the request is aborted and the callback never runs.
//
// Requests go through NetworkAccessManager::instance(), the process's network policy (TLS,
// certificate authorities, User-Agent, no redirects, answer cap). ClientConfig::timeoutMs is a
// deadline for each whole operation: the token call, every attempt and every wait between
// attempts fit in it, and a retry is made only while the deadline leaves time for it. The access
// token is kept in memory only and reused until 60 s before it expires; while a token request is
// in flight, other calls wait for it. A webhooks call answered 401 refreshes the token once and
// is retried once. List and delete are retried on 5xx and connection failures (at most 3
// attempts, exponential back-off with jitter); 429 waits for Retry-After up to a cap. Register is
// never retried: after an ambiguous failure WebhookOperations (app/operations), which knows the
// ids from before the attempt, lists again to find out whether it took effect.
class WebhooksClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksClient)

public:
    using TokenCallback = std::function<void(const Result<AccessToken> &)>;
    using ListCallback = std::function<void(const Result<QList<Webhook>> &)>;
    using RegisterCallback = std::function<void(const Result<Registration> &)>;
    using DeleteCallback = std::function<void(const Result<Done> &)>;

    static constexpr int MaxAttempts = 3;

    explicit WebhooksClient(ClientConfig config, QObject *parent = nullptr);
    ~WebhooksClient() override;

    const ClientConfig &config() const { return m_config; }

    // Gets a token (or reuses the one held). Callers other than tests and the "token" command
    // need not call this: every webhooks call fetches a token when needed. The token's value is
    // in the result for the caller's use; never print or log it.
    void fetchToken(QObject *context, TokenCallback callback);
    void listWebhooks(QObject *context, ListCallback callback);
    void registerWebhook(const RegisterRequest &request, QObject *context, RegisterCallback callback);
    void deleteWebhook(const QString &id, QObject *context, DeleteCallback callback);

    // When the held token expires, if one is held and still usable.
    std::optional<QDateTime> tokenExpiresAt() const;
    // Aborts every request in flight; their callbacks never run.
    void cancelAll();
    bool isBusy() const { return m_inFlight > 0; }

    // The longest Retry-After the client waits for by itself (default 30 s); longer waits, and
    // waits beyond the deadline, are reported as errors carrying retryAfterSeconds.
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = seconds; }
    // The first back-off delay before a retry (default 500 ms; doubled each attempt, with jitter).
    void setRetryBaseDelay(int milliseconds) { m_retryBaseDelayMs = milliseconds; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void tokenChanged(const QDateTime &expiresAt);
    // A call is waiting before it tries again (429 Retry-After, or back-off after a failure).
    void waiting(const QString &operation, int seconds);

private:
    struct Call;
    struct Response;

    std::shared_ptr<Call> newCall(const QByteArray &method, const QString &path, const QString &operation,
                                  QObject *context, std::function<void(const Result<Response> &)> done);
    void begin(const std::shared_ptr<Call> &call, const std::optional<QString> &problem);
    bool stop(const std::shared_ptr<Call> &call);
    void end(const std::shared_ptr<Call> &call, const Result<Response> &result);
    void deadlinePassed(const std::shared_ptr<Call> &call);
    void withToken(const std::shared_ptr<Call> &call);
    void proceed(const std::shared_ptr<Call> &call, const QByteArray &token);
    void startTokenRequest();
    void finishTokenRequest(const Result<AccessToken> &result);
    void send(const std::shared_ptr<Call> &call, const QByteArray &token);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool scheduleRetry(const std::shared_ptr<Call> &call, ApiError &error);
    QNetworkRequest makeRequest(const QString &path, int timeoutMs) const;
    void release(QNetworkReply *reply);
    ApiError transportError(QNetworkReply *reply) const;
    void addBusy(int delta);

    ClientConfig m_config;
    std::optional<AccessToken> m_token;
    QNetworkReply *m_tokenReply = nullptr;
    QList<std::weak_ptr<Call>> m_calls;          // calls not ended yet
    QList<std::shared_ptr<Call>> m_tokenWaiters; // calls waiting for m_tokenReply
    int m_inFlight = 0;
    int m_maxRetryAfterSeconds = 30;
    int m_retryBaseDelayMs = 500;
};
