#pragma once

// Shared helpers of the operations tests (header only): a sandbox API on a loopback socket, a
// throwaway settings file, the real keychain of scripts/with-test-keyring, and one profile's
// WebhooksClient, ProfileSecretVault and WebhookOperations on them.

#include "core/webhooksclient.h"
#include "operations/profilesecretvault.h"
#include "operations/webhookoperations.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace OperationsTest {

inline const QString Msn = QStringLiteral("123456");
inline const QString HookUrl = QStringLiteral("https://example.com/vipps/hooks");
inline const QString Captured = QStringLiteral("epayments.payment.captured.v1");

// True under scripts/with-test-keyring: a throwaway HOME and a private session bus.
inline bool inThrowawayKeyring()
{
    return qEnvironmentVariableIsSet("WC_TEST_KEYRING_INNER");
}

// Runs an asynchronous operation until its callback; nothing when it never came (the test then
// fails on the empty optional instead of crashing).
template<typename R>
std::optional<R> await(const std::function<void(QObject *, std::function<void(const R &)>)> &start,
                       int timeoutMs = 30000)
{
    QObject context;
    std::optional<R> result;
    start(&context, [&result](const R &value) { result.emplace(value); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// One profile on the sandbox: its client, its vault (a keychain service of its own per fixture)
// and its operations.
class Fixture
{
public:
    explicit Fixture(int timeoutMs = 30000)
        : m_store(m_dir.filePath(QStringLiteral("settings.ini"))),
          m_keychain(QStringLiteral("wc-operations-test-")
                     + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_manager(&m_store, &m_keychain)
    {
        if (!m_sandbox.start())
            qFatal("the sandbox could not start");
        m_profile.name = QStringLiteral("Operations");
        m_profile.environment = Environment::Test;
        m_profile.msn = Msn;
        ClientConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.msn = Msn;
        config.timeoutMs = timeoutMs;
        const auto keys = SandboxServer::defaultKeys();
        config.credentials = {keys.clientId, keys.clientSecret, keys.subscriptionKey};
        m_client = std::make_unique<WebhooksClient>(config);
        m_client->setRetryBaseDelay(10);
        m_vault = std::make_unique<ProfileSecretVault>(m_manager, m_profile);
        m_operations = std::make_unique<WebhookOperations>(m_client.get(), m_vault.get(), m_profile);
    }

    SandboxServer &sandbox() { return m_sandbox; }
    ProfileManager &manager() { return m_manager; }
    ProfileSecretVault &vault() { return *m_vault; }
    WebhookOperations &operations() { return *m_operations; }
    const Profile &profile() const { return m_profile; }

    std::optional<Result<RegisterOutcome>> registerWebhook(const RegisterRequest &request)
    {
        return await<Result<RegisterOutcome>>([&](QObject *context, auto done) {
            m_operations->registerWebhook(request, context, std::move(done));
        });
    }
    std::optional<Result<DeleteOutcome>> deleteWebhook(const QString &id)
    {
        return await<Result<DeleteOutcome>>(
            [&](QObject *context, auto done) { m_operations->deleteWebhook(id, context, std::move(done)); });
    }
    std::optional<Result<QList<Webhook>>> listWebhooks()
    {
        return await<Result<QList<Webhook>>>(
            [&](QObject *context, auto done) { m_operations->listWebhooks(context, std::move(done)); });
    }
    std::optional<Result<QString, KeychainError>> readSecret(const QString &id)
    {
        return await<Result<QString, KeychainError>>([&](QObject *context, auto done) {
            m_manager.readWebhookSecret(m_profile, id, context, std::move(done));
        });
    }
    std::optional<Result<Done, KeychainError>> storeSecret(const QString &id, const QString &secret)
    {
        return await<Result<Done, KeychainError>>([&](QObject *context, auto done) {
            m_vault->storeWebhookSecret(id, secret, context, std::move(done));
        });
    }
    // The methods of the webhooks calls the sandbox received, in order ("GET", "POST", ...).
    QStringList webhookCalls() const
    {
        QStringList lines;
        for (const auto &request : m_sandbox.recordedRequests()) {
            if (request.path.startsWith(QLatin1String("/webhooks/")))
                lines.append(QString::fromLatin1(request.method));
        }
        return lines;
    }

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    ProfileStore m_store;
    KeychainSecretStore m_keychain;
    ProfileManager m_manager;
    Profile m_profile;
    std::unique_ptr<WebhooksClient> m_client;
    std::unique_ptr<ProfileSecretVault> m_vault;
    std::unique_ptr<WebhookOperations> m_operations;
};

} // namespace OperationsTest
