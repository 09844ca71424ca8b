#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"
#include "core/result.h"
#include "storage/profile.h"
#include "storage/secretstore.h"
#include "storage/stateerror.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ProfileStore;
class StateStore;
class WebhookSecretIndex;

// Profiles together with their keychain entries, and the webhook secrets captured at
// registration. A profile is saved keychain first: when the keychain refuses, QSettings is left
// as it was, so nothing is ever half-saved.
//
// Keychain keys:
//   "profile/<name>/credentials"                  JSON {clientId, clientSecret, subscriptionKey}
//   "webhook-secret/<name>/<env>/<msn|partner>/<id>"   the secret exactly as returned
// The ids of webhooks with a stored secret are indexed in the local state store shared by every
// program (StateStore, the file ProfileStore::stateFile()); ids are not secret. An index older
// versions kept in QSettings is moved there once, when the manager is made.
// "<name>" is "-" for the empty name: a Profile without a name stands for "no profile"
// (credentials from environment variables), so the name "-" is reserved (Profile::validate).
//
// Every callback is tied to its context (not run when the context was destroyed first) and
// never runs from inside the call that started the operation.
class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)

public:
    using CredentialsCallback = std::function<void(const Result<Credentials, KeychainError> &)>;
    using SecretCallback = std::function<void(const Result<QString, KeychainError> &)>;
    using DoneCallback = SecretStore::DoneCallback;

    // One webhook secret in the vault: the profile it is stored under (its environment and MSN
    // those of the registration) and the webhook's id. Never the secret itself.
    struct StoredSecret
    {
        Profile profile;
        QString webhookId;
    };

    // Opens the state store at once (see stateNotice()).
    ProfileManager(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileManager() override;

    ProfileStore *store() const { return m_store; }
    // The local state store every program shares (the history and the snapshots live there too).
    StateStore *stateStore() const { return m_state.get(); }
    // What the user must be told about the state store, or "": its file could not be read and was
    // moved aside, or it cannot be opened at all (then the secret index is unavailable).
    QString stateNotice() const;

    // Saves the profile and its credentials. Renaming: pass the old name as `previousName`.
    // Order: the credentials (and, for a rename, each stored webhook secret under the new name)
    // go to the keychain first; only then QSettings changes, and last the old keychain entries
    // are removed. An invalid profile, or a rename onto another existing profile, is refused
    // (Kind::Other) without touching anything; a keychain failure leaves QSettings as it was.
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
    // Every webhook secret stored on this machine: of every saved profile and of no profile, in
    // every environment and sales unit (the vault as a whole), from the state store's index.
    Result<QList<StoredSecret>, StateError> storedWebhookSecrets() const;

    // Another process (the command line) changed the settings file: read it again and emit
    // profilesChanged() when the profiles differ from what they were.
    void reloadProfiles();

Q_SIGNALS:
    void profilesChanged();
    void webhookSecretsChanged(const QString &profileName);

private:
    struct SaveOperation;
    struct RemoveOperation;
    using KeysDone = std::function<void(const std::optional<KeychainError> &firstError)>;

    static QString webhookSecretKey(const QString &profileName, const QString &environmentKey,
                                    const QString &bucket, const QString &webhookId);
    void moveNextSecret(const std::shared_ptr<SaveOperation> &operation);
    void commitSave(const std::shared_ptr<SaveOperation> &operation);
    void rollBackSave(const std::shared_ptr<SaveOperation> &operation, const KeychainError &error);
    void removeNextSecret(const std::shared_ptr<RemoveOperation> &operation);
    // Removes the keys one after another; reports the first failure (and carries on).
    void removeKeys(QStringList keys, KeysDone done, std::optional<KeychainError> firstError = {});

    WebhookSecretIndex index() const;

    ProfileStore *m_store;
    SecretStore *m_secrets;
    std::unique_ptr<StateStore> m_state;
    QString m_stateProblem; // why the store could not be opened, if it could not
};
