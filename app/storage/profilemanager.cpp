#include "storage/profilemanager.h"

#include "core/logging.h"
#include "storage/profilestore.h"
#include "storage/statestore.h"
#include "storage/storagelogging.h"
#include "storage/webhooksecretindex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace {

using DoneResult = Result<Done, KeychainError>;

// A caller's callback tied to its context: not run once the context is gone.
template<typename R> class Reply
{
public:
    Reply(QObject *context, std::function<void(const R &)> callback)
        : m_context(context), m_hasContext(context != nullptr), m_callback(std::move(callback))
    { }

    void operator()(const R &result) const
    {
        if (m_callback && (!m_hasContext || m_context))
            m_callback(result);
    }
    // Answers through the event loop (for answers known before any keychain call).
    void later(QObject *owner, R result) const
    {
        QTimer::singleShot(0, owner, [reply = *this, result = std::move(result)] { reply(result); });
    }

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const R &)> m_callback;
};

KeychainError otherError(const QString &message)
{
    return KeychainError{KeychainError::Kind::Other, message};
}

void warnAbout(const std::optional<StateError> &error)
{
    if (error)
        qCWarning(lcState).noquote() << error->message;
}

QString profileSegment(const QString &profileName)
{
    return profileName.isEmpty() ? QStringLiteral("-") : profileName;
}

std::optional<QString> checkWebhookId(const QString &id)
{
    bool bad = id.isEmpty() || id.contains(QLatin1Char('/'));
    for (const QChar c : id)
        bad = bad || c.category() == QChar::Other_Control;
    if (bad)
        return ProfileManager::tr("“%1” is not a valid webhook id.").arg(id);
    return std::nullopt;
}

QByteArray credentialsToJson(const Credentials &credentials)
{
    const QJsonObject object{
        {QStringLiteral("clientId"), credentials.clientId},
        {QStringLiteral("clientSecret"), credentials.clientSecret},
        {QStringLiteral("subscriptionKey"), credentials.subscriptionKey},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> credentialsFromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue clientId = object.value(QStringLiteral("clientId"));
    const QJsonValue clientSecret = object.value(QStringLiteral("clientSecret"));
    const QJsonValue subscriptionKey = object.value(QStringLiteral("subscriptionKey"));
    if (!clientId.isString() || !clientSecret.isString() || !subscriptionKey.isString())
        return std::nullopt;
    return Credentials{clientId.toString(), clientSecret.toString(), subscriptionKey.toString()};
}

} // namespace

struct ProfileManager::SaveOperation
{
    Profile profile;
    QString previousName;
    bool renaming = false;
    Reply<DoneResult> reply;
    QList<WebhookSecretIndex::Entry> toMove; // the old name's stored webhook secrets
    qsizetype next = 0;
    QList<WebhookSecretIndex::Entry> moved;
    QStringList written; // keys written under the new name, removed again on failure
};

struct ProfileManager::RemoveOperation
{
    QString profileName;
    Reply<DoneResult> reply;
    QList<WebhookSecretIndex::Entry> secrets;
    qsizetype next = 0;
};

ProfileManager::ProfileManager(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets),
      m_state(std::make_unique<StateStore>(store->stateFile()))
{
    if (auto error = m_state->open()) {
        m_stateProblem = error->message;
        qCWarning(lcState).noquote() << error->message;
        return;
    }
    const auto imported = index().importSettings(m_store->settings());
    if (!imported.ok())
        qCWarning(lcState).noquote() << imported.error().message;
}

ProfileManager::~ProfileManager() = default;

QString ProfileManager::stateNotice() const
{
    return m_stateProblem.isEmpty() ? m_state->notice() : m_stateProblem;
}

WebhookSecretIndex ProfileManager::index() const
{
    return WebhookSecretIndex(*m_state);
}

QString ProfileManager::credentialsKey(const QString &profileName)
{
    return QStringLiteral("profile/") + profileSegment(profileName) + QStringLiteral("/credentials");
}

QString ProfileManager::webhookSecretKey(const Profile &profile, const QString &webhookId)
{
    return webhookSecretKey(profile.name, Environments::key(profile.environment), profile.bucket(),
                            webhookId);
}

QString ProfileManager::webhookSecretKey(const QString &profileName, const QString &environmentKey,
                                         const QString &bucket, const QString &webhookId)
{
    return QStringLiteral("webhook-secret/") + profileSegment(profileName) + QLatin1Char('/') + environmentKey
        + QLatin1Char('/') + bucket + QLatin1Char('/') + webhookId;
}

// --- Saving -------------------------------------------------------------------------------

void ProfileManager::saveProfile(const Profile &profile, const Credentials &credentials, QObject *context,
                                 DoneCallback callback, const QString &previousName)
{
    auto operation = std::make_shared<SaveOperation>(
        SaveOperation{profile,
                      previousName,
                      !previousName.isEmpty() && previousName != profile.name,
                      Reply<DoneResult>(context, std::move(callback)),
                      {},
                      0,
                      {},
                      {}});

    if (auto problem = profile.validate()) {
        operation->reply.later(this, otherError(*problem));
        return;
    }
    if (operation->renaming && m_store->contains(profile.name)) {
        operation->reply.later(this,
                               otherError(tr("A profile named “%1” already exists.").arg(profile.name)));
        return;
    }
    if (operation->renaming) {
        const auto entries = index().entries(previousName);
        if (!entries.ok()) {
            operation->reply.later(this, otherError(entries.error().message));
            return;
        }
        operation->toMove = entries.value();
    }

    // Keychain first: QSettings changes only once the secrets are safely stored.
    const QString key = credentialsKey(profile.name);
    m_secrets->write(key, credentialsToJson(credentials), this,
                     [this, operation, key](const DoneResult &result) {
                         if (!result.ok()) {
                             operation->reply(result);
                             return;
                         }
                         if (operation->renaming)
                             operation->written.append(key);
                         moveNextSecret(operation);
                     });
}

void ProfileManager::moveNextSecret(const std::shared_ptr<SaveOperation> &operation)
{
    if (!operation->renaming || operation->next >= operation->toMove.size()) {
        commitSave(operation);
        return;
    }
    const WebhookSecretIndex::Entry entry = operation->toMove.at(operation->next++);
    const QString oldKey
        = webhookSecretKey(operation->previousName, entry.environmentKey, entry.bucket, entry.id);
    const QString newKey
        = webhookSecretKey(operation->profile.name, entry.environmentKey, entry.bucket, entry.id);
    m_secrets->read(oldKey, this,
                    [this, operation, entry, newKey](const Result<QByteArray, KeychainError> &read) {
                        if (!read.ok()) {
                            if (read.error().kind == KeychainError::Kind::NotFound) {
                                moveNextSecret(operation); // the index was stale: nothing to move
                                return;
                            }
                            rollBackSave(operation, read.error());
                            return;
                        }
                        m_secrets->write(newKey, read.value(), this,
                                         [this, operation, entry, newKey](const DoneResult &written) {
                                             if (!written.ok()) {
                                                 rollBackSave(operation, written.error());
                                                 return;
                                             }
                                             operation->written.append(newKey);
                                             operation->moved.append(entry);
                                             moveNextSecret(operation);
                                         });
                    });
}

void ProfileManager::reloadProfiles()
{
    const QList<Profile> before = m_store->profiles();
    m_store->settings().sync(); // QSettings reads the file again when it changed on disk
    if (m_store->profiles() != before)
        Q_EMIT profilesChanged();
}

void ProfileManager::commitSave(const std::shared_ptr<SaveOperation> &operation)
{
    const Profile &profile = operation->profile;
    m_store->save(profile);
    if (!operation->renaming) {
        Q_EMIT profilesChanged();
        operation->reply(Done{});
        return;
    }

    const QString previous = operation->previousName;
    const bool wasLastUsed = m_store->lastUsed() == previous;
    m_store->remove(previous);
    if (wasLastUsed)
        m_store->setLastUsed(profile.name);
    const auto moved = index().move(previous, profile.name, operation->moved);
    Q_EMIT profilesChanged();
    Q_EMIT webhookSecretsChanged(previous);
    Q_EMIT webhookSecretsChanged(profile.name);
    if (moved) {
        // The secrets are under the new name in the keychain, but the index could not follow:
        // the old entries stay too, and the user hears why.
        operation->reply(otherError(moved->message));
        return;
    }

    // The new entries are in place: the old ones go.
    QStringList oldKeys{credentialsKey(previous)};
    for (const auto &entry : std::as_const(operation->moved))
        oldKeys.append(webhookSecretKey(previous, entry.environmentKey, entry.bucket, entry.id));
    removeKeys(oldKeys, [operation](const std::optional<KeychainError> &error) {
        if (error) {
            qCWarning(lcKeychain) << "Renamed profile" << operation->previousName << "to"
                                  << operation->profile.name << "but could not remove every old entry:"
                                  << KeychainError::kindName(error->kind);
        }
        operation->reply(Done{});
    });
}

void ProfileManager::rollBackSave(const std::shared_ptr<SaveOperation> &operation, const KeychainError &error)
{
    removeKeys(operation->written,
               [operation, error](const std::optional<KeychainError> &) { operation->reply(error); });
}

void ProfileManager::removeKeys(QStringList keys, KeysDone done, std::optional<KeychainError> firstError)
{
    if (keys.isEmpty()) {
        done(firstError);
        return;
    }
    const QString key = keys.takeFirst();
    m_secrets->remove(key, this, [this, keys, done = std::move(done), firstError](const DoneResult &result) {
        std::optional<KeychainError> error = firstError;
        if (!result.ok() && !error)
            error = result.error();
        removeKeys(keys, done, error);
    });
}

// --- Loading and removing -----------------------------------------------------------------

void ProfileManager::loadCredentials(const QString &profileName, QObject *context,
                                     CredentialsCallback callback)
{
    Reply<Result<Credentials, KeychainError>> reply(context, std::move(callback));
    if (profileName.isEmpty()) {
        reply.later(this, otherError(tr("No profile is selected.")));
        return;
    }
    m_secrets->read(
        credentialsKey(profileName), this,
        [reply, profileName](const Result<QByteArray, KeychainError> &result) {
            if (!result.ok()) {
                KeychainError error = result.error();
                if (error.kind == KeychainError::Kind::NotFound)
                    error.message
                        = tr("No API keys are stored in the keychain for the profile “%1”.").arg(profileName);
                reply(error);
                return;
            }
            if (auto credentials = credentialsFromJson(result.value())) {
                reply(*credentials);
                return;
            }
            reply(
                otherError(tr("The API keys of the profile “%1” in the keychain could not be read; save the "
                              "profile again.")
                               .arg(profileName)));
        });
}

void ProfileManager::removeProfile(const QString &profileName, QObject *context, DoneCallback callback)
{
    const auto entries = index().entries(profileName);
    auto operation = std::make_shared<RemoveOperation>(
        RemoveOperation{profileName, Reply<DoneResult>(context, std::move(callback)),
                        entries.ok() ? entries.value() : QList<WebhookSecretIndex::Entry>{}, 0});
    if (profileName.isEmpty()) {
        operation->reply.later(this, otherError(tr("No profile is selected.")));
        return;
    }
    if (!entries.ok()) {
        operation->reply.later(this, otherError(entries.error().message));
        return;
    }
    m_secrets->remove(credentialsKey(profileName), this, [this, operation](const DoneResult &result) {
        if (!result.ok()) {
            operation->reply(result);
            return;
        }
        removeNextSecret(operation);
    });
}

void ProfileManager::removeNextSecret(const std::shared_ptr<RemoveOperation> &operation)
{
    const QString &name = operation->profileName;
    if (operation->next >= operation->secrets.size()) {
        m_store->remove(name);
        warnAbout(index().removeAll(name));
        Q_EMIT profilesChanged();
        if (!operation->secrets.isEmpty())
            Q_EMIT webhookSecretsChanged(name);
        operation->reply(Done{});
        return;
    }
    const WebhookSecretIndex::Entry entry = operation->secrets.at(operation->next++);
    const QString key = webhookSecretKey(name, entry.environmentKey, entry.bucket, entry.id);
    m_secrets->remove(key, this, [this, operation, entry](const DoneResult &result) {
        if (!result.ok()) {
            // The profile stays listed, so removing it can be tried again.
            if (operation->next > 1)
                Q_EMIT webhookSecretsChanged(operation->profileName);
            operation->reply(result);
            return;
        }
        warnAbout(index().remove(operation->profileName, entry.environmentKey, entry.bucket, entry.id));
        removeNextSecret(operation);
    });
}

// --- Webhook secrets ----------------------------------------------------------------------

void ProfileManager::storeWebhookSecret(const Profile &profile, const QString &webhookId,
                                        const QString &secret, QObject *context, DoneCallback callback)
{
    Reply<DoneResult> reply(context, std::move(callback));
    if (auto problem = checkWebhookId(webhookId)) {
        reply.later(this, otherError(*problem));
        return;
    }
    m_secrets->write(webhookSecretKey(profile, webhookId), secret.toUtf8(), this,
                     [this, reply, profile, webhookId](const DoneResult &result) {
                         if (!result.ok()) {
                             reply(result);
                             return;
                         }
                         const auto indexed
                             = index().add(profile.name, Environments::key(profile.environment),
                                           profile.bucket(), webhookId);
                         Q_EMIT webhookSecretsChanged(profile.name);
                         if (indexed) {
                             reply(otherError(tr("The secret of the webhook %1 is in the keychain, but this "
                                                 "computer's list of stored secrets could not record it. %2")
                                                  .arg(webhookId, indexed->message)));
                             return;
                         }
                         reply(Done{});
                     });
}

void ProfileManager::readWebhookSecret(const Profile &profile, const QString &webhookId, QObject *context,
                                       SecretCallback callback)
{
    Reply<Result<QString, KeychainError>> reply(context, std::move(callback));
    if (auto problem = checkWebhookId(webhookId)) {
        reply.later(this, otherError(*problem));
        return;
    }
    m_secrets->read(
        webhookSecretKey(profile, webhookId), this,
        [reply, webhookId](const Result<QByteArray, KeychainError> &result) {
            if (result.ok()) {
                reply(QString::fromUtf8(result.value()));
                return;
            }
            KeychainError error = result.error();
            if (error.kind == KeychainError::Kind::NotFound)
                error.message = tr("No secret is stored on this computer for the webhook %1.").arg(webhookId);
            reply(error);
        });
}

void ProfileManager::removeWebhookSecret(const Profile &profile, const QString &webhookId, QObject *context,
                                         DoneCallback callback)
{
    Reply<DoneResult> reply(context, std::move(callback));
    if (auto problem = checkWebhookId(webhookId)) {
        reply.later(this, otherError(*problem));
        return;
    }
    m_secrets->remove(webhookSecretKey(profile, webhookId), this,
                      [this, reply, profile, webhookId](const DoneResult &result) {
                          // Removing a missing entry succeeds (SecretStore), so the index follows either way.
                          if (result.ok() || result.error().kind == KeychainError::Kind::NotFound) {
                              const auto unindexed
                                  = index().remove(profile.name, Environments::key(profile.environment),
                                                   profile.bucket(), webhookId);
                              Q_EMIT webhookSecretsChanged(profile.name);
                              if (unindexed)
                                  reply(otherError(unindexed->message));
                              else
                                  reply(Done{});
                              return;
                          }
                          reply(result);
                      });
}

QSet<QString> ProfileManager::webhookSecretIds(const Profile &profile) const
{
    const auto ids = index().ids(profile.name, Environments::key(profile.environment), profile.bucket());
    if (!ids.ok()) {
        qCWarning(lcState).noquote() << ids.error().message;
        return {};
    }
    return QSet<QString>(ids.value().begin(), ids.value().end());
}

Result<QList<ProfileManager::StoredSecret>, StateError> ProfileManager::storedWebhookSecrets() const
{
    const WebhookSecretIndex index = this->index();
    const auto names = index.profileNames();
    if (!names.ok())
        return names.error();
    QList<StoredSecret> result;
    for (const QString &name : names.value()) {
        const auto entries = index.entries(name);
        if (!entries.ok())
            return entries.error();
        Profile owner;
        owner.name = name;
        if (auto saved = m_store->find(name))
            owner = *saved;
        for (const WebhookSecretIndex::Entry &entry : entries.value()) {
            const auto environment = Environments::fromKey(entry.environmentKey);
            if (!environment)
                continue;
            // The profile as it was when the secret was stored: its environment and sales unit
            // are the entry's (a saved profile may have changed since).
            Profile profile = owner;
            if (profile.environment != *environment) {
                profile.customBaseUrl.clear();
                profile.declaredEnvironment.reset();
            }
            profile.environment = *environment;
            profile.msn = entry.bucket == QLatin1String("partner") ? QString() : entry.bucket;
            result.append({profile, entry.id});
        }
    }
    return result;
}
