#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "core/webhook.h"
#include "storage/changehistory.h"
#include "storage/profile.h"
#include "storage/webhooksnapshots.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class StateStore;
class WebhookSecretVault;
class WebhooksClient;

// What a registration left behind: the new webhook, its secret (shown once, then forgotten) and
// whether the secret is stored on this machine.
struct RegisterOutcome
{
    Profile profile;
    Webhook webhook;
    QString secret;
    bool secretStored = false;
    bool inMemoryOnly = false; // sandbox: kept for this session only, not in the keychain
    QString storeError;        // why it could not be stored, for people
};

// What a deletion left behind. A webhook the API no longer knows (404) is gone all the same.
struct DeleteOutcome
{
    QString id;
    bool alreadyGone = false;   // the API answered 404: deleted elsewhere, or by an earlier attempt
    bool hadSecret = false;     // a secret was stored for it on this machine
    bool secretRemoved = false; // ... and has been removed
    QString secretError;        // why it could not be removed, for people
};

// The webhook operations of one open profile, the same for the window and the command line:
// list; register and store the secret; delete and forget the secret. Every call ends in exactly
// one callback, later, and not once `context` is destroyed (the work itself goes on: a
// registration that reached the server still has its secret stored).
class WebhookOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookOperations)

public:
    using ListCallback = std::function<void(const Result<QList<Webhook>> &)>;
    using RegisterCallback = std::function<void(const Result<RegisterOutcome> &)>;
    using DeleteCallback = std::function<void(const Result<DeleteOutcome> &)>;

    // `client` and `vault` must outlive this object.
    WebhookOperations(WebhooksClient *client, WebhookSecretVault *vault, Profile profile,
                      QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }

    // Records every change in the history, and keeps every list as a snapshot compared with the
    // one before (see changesNoticed). Without a store (nullptr, the default) nothing is kept.
    // A store that fails is logged and never stops an operation.
    void setStateStore(StateStore *state) { m_state = state; }
    // The snapshot key of this profile: its name, environment and bucket.
    SnapshotKey snapshotKey() const;
    // What the last list showed that the one before did not (see WebhookSnapshots).
    const SnapshotChange &lastChange() const { return m_lastChange; }

    void listWebhooks(QObject *context, ListCallback callback);

    // Lists first (to know which registrations exist already), registers, and stores the secret
    // in the vault the moment it arrives. When the answer is lost (a timeout, a dropped
    // connection, a 5xx, an unreadable 201) it lists again: a registration with the request's
    // URL and events that was not there before is this attempt's, and only then is it named
    // (ApiError::unconfirmedWebhookId). When that cannot be told (a list failed, several appeared)
    // the error says so and names none.
    void registerWebhook(const RegisterRequest &request, QObject *context, RegisterCallback callback);

    // Deletes `id` and forgets its stored secret. One rule for 404: the webhook is gone, so it
    // counts as deleted (alreadyGone) and its secret is forgotten too.
    void deleteWebhook(const QString &id, QObject *context, DeleteCallback callback);

    // After this failure of a register call, the registration may have taken effect.
    static bool mayHaveTakenEffect(const ApiError &error);

    // Records a change made outside the register and delete calls (a secret entered, revealed,
    // exported or removed; a replace) for this profile. Returns the entry's id (0 without a store).
    qint64 recordChange(HistoryEntry::Action action, const QString &webhookId,
                        HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Succeeded,
                        const QString &note = {});

Q_SIGNALS:
    // A list showed registrations that vanished or appeared without this console.
    void changesNoticed(const SnapshotChange &change);

private:
    void post(const RegisterRequest &request, const std::optional<QSet<QString>> &before,
              const QString &beforeProblem, const RegisterCallback &answer);
    void recover(const RegisterRequest &request, const ApiError &failure,
                 const std::optional<QSet<QString>> &before, const QString &beforeProblem,
                 const RegisterCallback &answer);
    void store(const Registration &registration, const RegisterRequest &request,
               const RegisterCallback &answer);
    HistoryEntry entryFor(HistoryEntry::Action action) const;
    // The URL and events of webhook `id`: from the last list, else the last snapshot.
    Webhook lastKnown(const QString &id) const;
    qint64 begin(HistoryEntry entry);
    void finish(qint64 entry, const ApiError *error, const QString &webhookId = {});
    void keepSnapshot(const QList<Webhook> &webhooks);

    WebhooksClient *m_client;
    WebhookSecretVault *m_vault;
    Profile m_profile;
    StateStore *m_state = nullptr;
    QList<Webhook> m_lastList; // for the URL and events of a deleted webhook in the history
    SnapshotChange m_lastChange;
};
