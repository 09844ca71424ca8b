#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"
#include "core/result.h"
#include "storage/profile.h"
#include "storage/secretstore.h"

#include <QObject>
#include <QSet>

class ProfileStore;

// Profiles together with their keychain entries, and the webhook secrets captured at
// registration. A profile is saved keychain first: when the keychain refuses, QSettings is left
// as it was, so nothing is ever half-saved.
//
// Keychain keys:
//   "profile/<name>/credentials"                  JSON {clientId, clientSecret, subscriptionKey}
//   "webhook-secret/<name>/<env>/<msn|partner>/<id>"   the secret exactly as returned
// The ids of webhooks with a stored secret are indexed in QSettings (ids are not secret).
class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)

public:
    using CredentialsCallback = std::function<void(const Result<Credentials, KeychainError> &)>;
    using SecretCallback = std::function<void(const Result<QString, KeychainError> &)>;
    using DoneCallback = SecretStore::DoneCallback;

    ProfileManager(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *secretStore() const { return m_secrets; }

    // Saves the profile and its credentials. Renaming: pass the old name as `previousName`.
    void saveProfile(const Profile &profile, const Credentials &credentials, QObject *context,
                     DoneCallback callback, const QString &previousName = {});
    void loadCredentials(const QString &profileName, QObject *context, CredentialsCallback callback);
    // Removes the profile, its credentials and its stored webhook secrets.
    void removeProfile(const QString &profileName, QObject *context, DoneCallback callback);

    static QString credentialsKey(const QString &profileName);
    static QString webhookSecretKey(const Profile &profile, const QString &webhookId);

    void storeWebhookSecret(const Profile &profile, const QString &webhookId, const QString &secret,
                            QObject *context, DoneCallback callback);
    void readWebhookSecret(const Profile &profile, const QString &webhookId, QObject *context,
                           SecretCallback callback);
    void removeWebhookSecret(const Profile &profile, const QString &webhookId, QObject *context,
                             DoneCallback callback);
    // Ids with a secret stored on this machine for this profile, environment and sales unit.
    QSet<QString> webhookSecretIds(const Profile &profile) const;

Q_SIGNALS:
    void profilesChanged();
    void webhookSecretsChanged(const QString &profileName);

private:
    ProfileStore *m_store;
    SecretStore *m_secrets;
};
