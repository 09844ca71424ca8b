#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "core/webhook.h"
#include "operations/deliveryattribution.h"
#include "operations/webhookoperations.h"
#include "operations/webhooksecretvault.h"
#include "storage/profile.h"
#include "storage/secretstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

struct KeychainError;
class ProfileManager;
class SandboxServer;
class WebhookModel;
class WebhooksClient;

// The window's session, free of widgets: the active profile, its WebhooksClient and
// WebhookOperations (the operations the command line calls too), the table model, the secret
// vault and, for the Sandbox environment, the embedded sandbox API. Every network call of the
// window goes through here; widgets only ask and show.
class ConsoleSession final : public QObject, public WebhookSecretVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class State {
        NoProfile, // nothing open: the welcome panel
        Opening,   // reading the profile's API keys from the keychain
        Ready,     // a client exists; calls can be made
        Failed,    // the profile could not be opened (see openFailed)
    };

    using RegisterCallback = std::function<void(const Result<RegisterOutcome> &)>;
    using DeleteEachCallback = std::function<void(const QString &id, const Result<DeleteOutcome> &)>;

    explicit ConsoleSession(ProfileManager *manager, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // The MSN the sandbox's sample registrations belong to.
    static QString sandboxMsn();

    // Opens a saved profile (its keys come from the keychain) or the embedded sandbox. Whatever
    // was open before is closed first and its requests are cancelled.
    void openProfile(const QString &name);
    void openSandbox();
    void closeProfile();
    // Sandbox only: every sandbox registration goes, the sample registrations come back (and
    // the list is loaded again). Secrets kept in memory for the sandbox are forgotten.
    void resetSandbox();

    ProfileManager *profileManager() const { return m_manager; }
    State state() const { return m_state; }
    bool hasProfile() const { return m_profile.has_value(); }
    const Profile &profile() const { return *m_profile; }
    bool isSandbox() const;
    bool isProduction() const;
    WebhookModel *model() const { return m_model; }
    SandboxServer *sandboxServer() const { return m_sandbox; }
    bool isBusy() const { return m_busy; }
    bool hasLoaded() const { return m_lastRefreshed.isValid(); }
    bool isRegistering() const { return m_registering > 0; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    std::optional<QDateTime> tokenExpiresAt() const;

    // Loads the list again. A refresh asked for while one runs is done once that one ends.
    void refresh();
    // Registers a webhook (WebhookOperations::registerWebhook: the list first, then the POST,
    // and after a lost answer only a registration this attempt made is named). On success the
    // secret is stored at once (keychain; memory for a sandbox without keychain), the new row is
    // added and the list refreshed, then `callback` runs.
    void registerWebhook(const RegisterRequest &request, QObject *context, RegisterCallback callback);
    // Deletes one after the other, reporting each; a deleted webhook's stored secret is removed.
    // A 404 means it was already gone: it counts as deleted (DeleteOutcome::alreadyGone), and its
    // row and secret are removed too.
    void deleteWebhooks(const QStringList &ids, QObject *context, DeleteEachCallback each,
                        std::function<void()> finished);

    // The secret stored on this machine for webhook `id` of the open profile: the keychain's
    // (the sandbox's too, or the one kept in memory when its keychain refused).
    // KeychainError::Kind::NotFound when none is stored.
    // `callback` runs later, unless `context` was destroyed first.
    void readWebhookSecret(const QString &id, QObject *context,
                           std::function<void(const Result<QString, KeychainError> &)> callback);

    // Records in the history a change to webhook `id` of the open profile that is not a register
    // or a delete (those record themselves): a secret entered, revealed, exported or removed; a
    // replace. Nothing without an open profile.
    void recordChange(HistoryEntry::Action action, const QString &id, const QString &note = {});

    // "Which secret signed this delivery?" (DeliveryAttribution): every webhook secret stored on
    // this machine is tried (every profile, both environments), and the sandbox's kept in memory;
    // the open profile's webhooks are the registrations whose URLs are known. `callback` runs
    // later, unless `context` was destroyed first.
    void findSigner(const Delivery &delivery, const QUrl &registeredUrl, QObject *context,
                    DeliveryAttribution::Callback callback);

    // --- The secret vault: the webhook secrets stored on this machine for the open profile.
    // The profile the secrets are stored under: the open profile, or for the sandbox a fixed
    // "Sandbox" profile (environment sandbox, sandboxMsn()).
    Profile vaultProfile() const;
    bool hasSecret(const QString &id) const;
    // WebhookSecretVault: a secret stored for `id` under vaultProfile() (or in memory).
    bool hasStoredSecret(const QString &id) const override;
    // Stores (or replaces) the secret of webhook `id`; the table's secret column follows at once.
    // The sandbox falls back to memory when the keychain refuses (see isSecretInMemory()).
    void storeWebhookSecret(const QString &id, const QString &secret, QObject *context,
                            VaultCallback callback) override;
    // Removes the stored secret of `id` (a missing one is not an error).
    void removeWebhookSecret(const QString &id, QObject *context, VaultCallback callback) override;
    // Sandbox only: the secret of `id` is kept in memory for this session (no keychain).
    bool isSecretInMemory(const QString &id) const { return isSandbox() && m_sandboxSecrets.contains(id); }
    // Ids with a secret stored here but no webhook in the last list (deleted elsewhere, or
    // removed by Vipps MobilePay). Known once a list has arrived; sorted.
    QStringList orphanSecretIds() const { return m_orphans; }

    // Where the sandbox keeps its registrations between runs (they hold only sandbox secrets,
    // which are not real; the file is 0600). Default: defaultSandboxStateFile(). Empty: memory.
    void setSandboxStateFile(const QString &fileName) { m_sandboxStateFile = fileName; }
    QString sandboxStateFile() const { return m_sandboxStateFile; }
    static QString defaultSandboxStateFile(); // <AppDataLocation>/sandbox-state.json

    // Test seam: calls of saved profiles go to this base URL instead of the profile's own (so a
    // test can point a Production profile at a loopback sandbox). Not reachable from the UI.
    void setBaseUrlOverrideForTesting(const QUrl &url) { m_baseUrlOverride = url; }

Q_SIGNALS:
    void profileChanged(); // another profile (or none) is now the active one
    void stateChanged(ConsoleSession::State state);
    void busyChanged(bool busy);
    void refreshed();
    void refreshFailed(const ApiError &error);
    void callSucceeded(); // an API call succeeded: errors shown earlier are out of date
    void tokenChanged(const QDateTime &expiresAt);
    // A call waits before trying again (rate limited, or backing off after a failure).
    void waiting(const QString &operation, int seconds);
    void openFailed(const QString &title, const QString &detail);
    // Which webhooks have a secret stored here, or which stored secrets are orphans, changed.
    void secretsChanged();
    // A list showed registrations that vanished or appeared without this console (recorded in
    // the history too).
    void changesNoticed(const SnapshotChange &change);

private:
    struct DeleteJob;
    void activate(const Profile &profile);
    void startClient(const Profile &profile, const QUrl &baseUrl, const Credentials &credentials);
    void setState(State state);
    void updateBusy();
    void deleteNext(const std::shared_ptr<DeleteJob> &job);
    QSet<QString> storedSecretIds() const;
    // The stored ids and the orphans, from the vault's index and the last list.
    void reconcileSecrets();
    bool ensureSandbox(QString *error);
    void saveSandboxState();

    ProfileManager *m_manager;
    WebhookModel *m_model;
    SandboxServer *m_sandbox = nullptr;
    WebhooksClient *m_client = nullptr;
    WebhookOperations *m_operations = nullptr;
    DeliveryAttribution *m_attribution;
    std::optional<Profile> m_profile;
    State m_state = State::NoProfile;
    quint64 m_generation = 0; // bumped on every profile switch; stale answers are dropped
    bool m_busy = false;
    bool m_listRunning = false;
    bool m_refreshAgain = false;
    int m_registering = 0;
    int m_pendingKeychain = 0;
    QDateTime m_lastRefreshed;
    QUrl m_baseUrlOverride;
    QHash<QString, QString> m_sandboxSecrets; // id -> secret; sandbox without a keychain only
    QStringList m_orphans;
    QString m_sandboxStateFile = defaultSandboxStateFile();
};
