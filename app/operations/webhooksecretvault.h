#pragma once

#include "core/result.h"
#include "storage/secretstore.h"

#include <QString>

#include <functional>

class QObject;

// Where the webhook operations keep the secrets of one profile's webhooks: the window's session
// (the keychain, or memory for a sandbox without one) or the command line's ProfileSecretVault.
// Every callback runs later (never inside the call), and not once `context` is destroyed.
class WebhookSecretVault
{
public:
    using VaultCallback = std::function<void(const Result<Done, KeychainError> &)>;

    WebhookSecretVault() = default;
    virtual ~WebhookSecretVault() = default;
    WebhookSecretVault(const WebhookSecretVault &) = delete;
    WebhookSecretVault &operator=(const WebhookSecretVault &) = delete;

    // Whether a secret is stored for webhook `id` (from the index: no keychain call).
    virtual bool hasStoredSecret(const QString &id) const = 0;
    virtual void storeWebhookSecret(const QString &id, const QString &secret, QObject *context,
                                    VaultCallback callback)
        = 0;
    // Removes the stored secret of `id`; a missing one is not an error.
    virtual void removeWebhookSecret(const QString &id, QObject *context, VaultCallback callback) = 0;
};
