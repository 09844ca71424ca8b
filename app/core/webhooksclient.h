#pragma once

#include "core/clientconfig.h"
#include "core/result.h"
#include "core/webhook.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Speaks the Access Token and Webhooks APIs for one profile (one set of keys, one base URL).
//
// Every call is asynchronous and ends in exactly one callback carrying a value or an ApiError.
// The callback is tied to `context`: when the context object is destroyed first, the request is
// aborted and the callback never runs.
//
// The access token is kept in memory only and reused until 60 s before it expires; while a token
// request is in flight, other calls wait for it. A webhooks call answered 401 refreshes the token
// once and is retried once.
class WebhooksClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksClient)

public:
    using TokenCallback = std::function<void(const Result<AccessToken> &)>;
    using ListCallback = std::function<void(const Result<QList<Webhook>> &)>;
    using RegisterCallback = std::function<void(const Result<Registration> &)>;
    using DeleteCallback = std::function<void(const Result<Done> &)>;

    explicit WebhooksClient(ClientConfig config, QObject *parent = nullptr);
    ~WebhooksClient() override;

    const ClientConfig &config() const { return m_config; }

    // Gets a token (or reuses the one held) and reports it. Callers other than tests and the
    // "token" command need not call this: every webhooks call fetches a token when needed.
    void fetchToken(QObject *context, TokenCallback callback);
    void listWebhooks(QObject *context, ListCallback callback);
    void registerWebhook(const RegisterRequest &request, QObject *context, RegisterCallback callback);
    void deleteWebhook(const QString &id, QObject *context, DeleteCallback callback);

    // The token held in memory, if any is still usable.
    std::optional<QDateTime> tokenExpiresAt() const;
    // Forgets the held token (the next call fetches a new one).
    void clearToken();
    // Aborts every request in flight; their callbacks never run.
    void cancelAll();
    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void tokenChanged(const QDateTime &expiresAt);

private:
    struct Call;
    void withToken(QObject *context, std::function<void(const Result<QByteArray> &)> next);
    void startTokenRequest();
    void finishTokenRequest(const Result<AccessToken> &result);
    void sendWebhooksCall(const std::shared_ptr<Call> &call, bool isRetry);
    QNetworkRequest baseRequest(const QString &path) const;
    void track(QNetworkReply *reply, QObject *context);
    void setInFlight(int delta);

    ClientConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    std::optional<AccessToken> m_token;
    bool m_tokenRequestRunning = false;
    QList<std::pair<QPointer<QObject>, std::function<void(const Result<QByteArray> &)>>> m_tokenWaiters;
    QPointer<QNetworkReply> m_tokenReply;
    int m_inFlight = 0;
};
