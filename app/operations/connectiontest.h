#pragma once

#include "core/clientconfig.h"
#include "core/result.h"
#include "core/webhook.h"
#include "core/webhooksclient.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;

// "Test connection" in both programs (the profiles dialog, the command line's `token`): gets an
// access token with a profile's keys from its environment. The token is only proof: never shown.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    using Callback = std::function<void(const Result<AccessToken> &)>;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts a test with `config`; one still running is cancelled first (its callback never
    // runs). `callback` runs once, later, unless `context` was destroyed first.
    void start(const ClientConfig &config, QObject *context, Callback callback);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    // What a failed test means for people: the error's own hint, or for a refusal of the keys
    // the reminder that test and production keys differ.
    static QString hintFor(const ApiError &error);

Q_SIGNALS:
    // The token call waits before trying again (rate limited, or backing off after a failure).
    void waiting(const QString &operation, int seconds);

private:
    QPointer<WebhooksClient> m_client;
};
