#include "consolesession.h"

#include "core/logging.h"
#include "core/webhookmodel.h"
#include "core/webhooksclient.h"
#include "operations/webhookoperations.h"
#include "sandbox/sandboxserver.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

struct ConsoleSession::DeleteJob
{
    QStringList ids;
    QPointer<QObject> context;
    DeleteEachCallback each;
    std::function<void()> finished;
    quint64 generation = 0;
};

namespace {
// The name the sandbox's secrets are stored under: fixed, never translated.
const auto SandboxVaultName = QStringLiteral("Sandbox");

// Every vault answer hops through the event loop (the caller may start the next keychain job)
// and reaches the caller only while its context object still exists.
template<typename R>
std::function<void(const R &)> deferredAnswer(QObject *owner, QObject *context,
                                              std::function<void(const R &)> callback)
{
    return [owner, guard = QPointer<QObject>(context), callback](const R &result) {
        QTimer::singleShot(0, owner, [guard, callback, result] {
            if (guard)
                callback(result);
        });
    };
}

} // namespace

ConsoleSession::ConsoleSession(ProfileManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_model(new WebhookModel(this)),
      m_attribution(new DeliveryAttribution(manager, this))
{
    // Whoever stores or removes a secret of the open profile, the column follows at once.
    connect(m_manager, &ProfileManager::webhookSecretsChanged, this, [this](const QString &profileName) {
        if (m_profile && profileName == vaultProfile().name)
            reconcileSecrets();
    });
}

ConsoleSession::~ConsoleSession()
{
    if (m_client)
        m_client->cancelAll();
    // Anything changed directly (not through a call) is kept, too.
    if (m_sandbox)
        saveSandboxState();
}

QString ConsoleSession::defaultSandboxStateFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/sandbox-state.json");
}

Profile ConsoleSession::vaultProfile() const
{
    if (!m_profile)
        return {};
    if (!isSandbox())
        return *m_profile;
    Profile vault;
    vault.name = SandboxVaultName;
    vault.environment = Environment::Sandbox;
    vault.msn = sandboxMsn();
    return vault;
}

void ConsoleSession::recordChange(HistoryEntry::Action action, const QString &id, const QString &note)
{
    if (m_operations)
        m_operations->recordChange(action, id, HistoryEntry::Outcome::Succeeded, note);
}

bool ConsoleSession::hasSecret(const QString &id) const
{
    return m_model->hasSecret(id);
}

bool ConsoleSession::hasStoredSecret(const QString &id) const
{
    return storedSecretIds().contains(id);
}

QString ConsoleSession::sandboxMsn()
{
    return QStringLiteral("123456");
}

bool ConsoleSession::isSandbox() const
{
    return m_profile && m_profile->environment == Environment::Sandbox;
}

bool ConsoleSession::isProduction() const
{
    return m_profile && m_profile->isProduction();
}

std::optional<QDateTime> ConsoleSession::tokenExpiresAt() const
{
    return m_client ? m_client->tokenExpiresAt() : std::nullopt;
}

void ConsoleSession::closeProfile()
{
    ++m_generation;
    if (m_client) {
        // Cancel first: the callbacks of the old profile's calls never run.
        m_client->cancelAll();
        m_client->disconnect(this);
        m_operations->deleteLater();
        m_operations = nullptr;
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_listRunning = false;
    m_refreshAgain = false;
    m_registering = 0;
    m_pendingKeychain = 0;
    m_lastRefreshed = {};
    m_model->setWebhooks({});
    m_model->setSecretIds({});
    const bool hadOrphans = !m_orphans.isEmpty();
    m_orphans.clear();
    const bool had = m_profile.has_value();
    m_profile.reset();
    if (hadOrphans)
        Q_EMIT secretsChanged();
    setState(State::NoProfile);
    updateBusy();
    if (had)
        Q_EMIT profileChanged();
}

void ConsoleSession::activate(const Profile &profile)
{
    closeProfile();
    m_profile = profile;
    setState(State::Opening);
    updateBusy();
    Q_EMIT profileChanged();
}

void ConsoleSession::openProfile(const QString &name)
{
    const std::optional<Profile> found = m_manager->store()->find(name);
    if (!found) {
        closeProfile();
        setState(State::Failed);
        Q_EMIT openFailed(tr("There is no profile named “%1”.").arg(name),
                          tr("Choose a profile from the list, or add one in Profiles…"));
        return;
    }
    activate(*found);
    m_manager->store()->setLastUsed(found->name);

    const quint64 generation = m_generation;
    const Profile &profile = *found;
    m_manager->loadCredentials(
        profile.name, this, [this, generation, profile](const Result<Credentials, KeychainError> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                setState(State::Failed);
                updateBusy();
                const KeychainError &error = result.error();
                if (error.kind == KeychainError::Kind::NotFound) {
                    Q_EMIT openFailed(
                        tr("No API keys are stored for “%1” on this machine.").arg(profile.name),
                        tr("Enter the client_id, client_secret and subscription key in Profiles…"));
                } else {
                    Q_EMIT openFailed(
                        tr("The API keys of “%1” could not be read from the keychain.").arg(profile.name),
                        error.message);
                }
                return;
            }
            const QUrl baseUrl = m_baseUrlOverride.isValid() ? m_baseUrlOverride : profile.baseUrl();
            startClient(profile, baseUrl, result.value());
        });
}

bool ConsoleSession::ensureSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    auto *sandbox = new SandboxServer(this);
    // The registrations of the last run come back; the first run starts with samples.
    bool loaded = false;
    if (!m_sandboxStateFile.isEmpty() && QFileInfo::exists(m_sandboxStateFile)) {
        QString loadError;
        loaded = sandbox->loadState(m_sandboxStateFile, &loadError);
        if (!loaded)
            qCWarning(lcUi).noquote() << "starting the sandbox afresh:" << loadError;
    }
    if (!sandbox->start()) {
        *error = sandbox->errorString();
        delete sandbox;
        return false;
    }
    m_sandbox = sandbox;
    if (!loaded) {
        sandbox->addSampleRegistrations(sandboxMsn());
        saveSandboxState();
    }
    // Saved after every change that reaches it (register, delete), whatever the answer was.
    connect(sandbox, &SandboxServer::requestHandled, this,
            [this](const QByteArray &method, const QString &path) {
                if ((method == "POST" || method == "DELETE") && path.startsWith(QLatin1String("/webhooks/")))
                    saveSandboxState();
            });
    return true;
}

void ConsoleSession::resetSandbox()
{
    if (!m_sandbox || !isSandbox())
        return;
    m_sandbox->clearRegistrations();
    m_sandbox->addSampleRegistrations(sandboxMsn());
    m_sandboxSecrets.clear();
    saveSandboxState();
    refresh();
}

void ConsoleSession::saveSandboxState()
{
    if (!m_sandbox || m_sandboxStateFile.isEmpty())
        return;
    QString error;
    if (!QDir().mkpath(QFileInfo(m_sandboxStateFile).absolutePath())
        || !m_sandbox->saveState(m_sandboxStateFile, &error))
        qCWarning(lcUi).noquote() << "the sandbox state was not saved:" << error;
}

void ConsoleSession::openSandbox()
{
    Profile profile;
    profile.name = tr("Sandbox");
    profile.environment = Environment::Sandbox;
    profile.msn = sandboxMsn();
    activate(profile);

    QString error;
    if (!ensureSandbox(&error)) {
        setState(State::Failed);
        updateBusy();
        Q_EMIT openFailed(tr("The sandbox could not start."), error);
        return;
    }
    const SandboxServer::Keys keys = SandboxServer::defaultKeys();
    startClient(profile, m_sandbox->baseUrl(),
                Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey});
}

void ConsoleSession::startClient(const Profile &profile, const QUrl &baseUrl, const Credentials &credentials)
{
    ClientConfig config = profile.clientConfig(credentials);
    config.baseUrl = baseUrl;
    m_client = new WebhooksClient(std::move(config), this);
    m_operations = new WebhookOperations(m_client, this, vaultProfile(), this);
    m_operations->setStateStore(m_manager->stateStore());
    connect(m_operations, &WebhookOperations::changesNoticed, this, &ConsoleSession::changesNoticed);
    connect(m_client, &WebhooksClient::busyChanged, this, &ConsoleSession::updateBusy);
    connect(m_client, &WebhooksClient::tokenChanged, this, &ConsoleSession::tokenChanged);
    connect(m_client, &WebhooksClient::waiting, this, &ConsoleSession::waiting);
    reconcileSecrets();
    setState(State::Ready);
    refresh();
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::updateBusy()
{
    const bool busy = m_state == State::Opening || m_pendingKeychain > 0 || m_listRunning || m_registering > 0
        || (m_client && m_client->isBusy());
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QSet<QString> ConsoleSession::storedSecretIds() const
{
    if (!m_profile)
        return {};
    QSet<QString> ids = m_manager->webhookSecretIds(vaultProfile());
    if (isSandbox()) {
        for (auto it = m_sandboxSecrets.cbegin(); it != m_sandboxSecrets.cend(); ++it)
            ids.insert(it.key());
    }
    return ids;
}

void ConsoleSession::reconcileSecrets()
{
    const QSet<QString> stored = storedSecretIds();
    m_model->setSecretIds(stored);
    QStringList orphans;
    if (hasLoaded()) {
        for (const QString &id : stored) {
            if (m_model->rowOf(id) < 0)
                orphans << id;
        }
    }
    orphans.sort();
    m_orphans = orphans;
    Q_EMIT secretsChanged();
}

void ConsoleSession::refresh()
{
    if (!m_client)
        return;
    if (m_listRunning) {
        m_refreshAgain = true;
        return;
    }
    m_listRunning = true;
    updateBusy();
    m_operations->listWebhooks(this, [this](const Result<QList<Webhook>> &result) {
        m_listRunning = false;
        if (result) {
            m_lastRefreshed = QDateTime::currentDateTime();
            m_model->setWebhooks(result.value());
            reconcileSecrets();
            Q_EMIT callSucceeded();
            Q_EMIT refreshed();
        } else {
            qCInfo(lcUi) << "listing webhooks failed:" << result.error().summary();
            Q_EMIT refreshFailed(result.error());
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
        updateBusy();
    });
}

void ConsoleSession::registerWebhook(const RegisterRequest &request, QObject *context,
                                     RegisterCallback callback)
{
    QPointer<QObject> guard(context);
    if (!m_client || !m_profile) {
        QTimer::singleShot(0, this, [guard, callback] {
            if (guard)
                callback(ApiError::input(tr("No profile is open.")));
        });
        return;
    }
    ++m_registering;
    updateBusy();
    const quint64 generation = m_generation;
    const Profile profile = *m_profile;
    // The session, not the caller, is the operation's context: a registration that reached the
    // server must not be aborted because a dialog closed, or its secret would be lost.
    m_operations->registerWebhook(request, this, [=, this](const Result<RegisterOutcome> &result) {
        if (generation != m_generation)
            return;
        --m_registering;
        if (!result) {
            updateBusy();
            // It may have taken effect after all (a dropped connection, a 5xx): the list says.
            if (WebhookOperations::mayHaveTakenEffect(result.error())
                || !result.error().unconfirmedWebhookId.isEmpty())
                refresh();
            if (guard)
                callback(result.error());
            return;
        }
        Q_EMIT callSucceeded();
        RegisterOutcome outcome = result.value();
        outcome.profile = profile;
        outcome.inMemoryOnly = isSecretInMemory(outcome.webhook.id);
        // The new row shows at once; the refresh below confirms it from the server.
        if (m_model->rowOf(outcome.webhook.id) < 0)
            m_model->setWebhooks(m_model->webhooks() + QList<Webhook>{outcome.webhook});
        if (outcome.secretStored)
            m_model->setSecretStored(outcome.webhook.id, true);
        updateBusy();
        refresh();
        if (guard)
            callback(outcome);
    });
}

void ConsoleSession::deleteWebhooks(const QStringList &ids, QObject *context, DeleteEachCallback each,
                                    std::function<void()> finished)
{
    auto job = std::make_shared<DeleteJob>();
    job->ids = ids;
    job->context = context;
    job->each = std::move(each);
    job->finished = std::move(finished);
    job->generation = m_generation;
    deleteNext(job);
}

void ConsoleSession::deleteNext(const std::shared_ptr<DeleteJob> &job)
{
    if (job->generation != m_generation || !m_client)
        return;
    if (job->ids.isEmpty()) {
        if (job->context)
            job->finished();
        return;
    }
    const QString id = job->ids.takeFirst();
    m_operations->deleteWebhook(id, this, [this, job, id](const Result<DeleteOutcome> &result) {
        if (job->generation != m_generation)
            return;
        if (result) {
            m_model->removeWebhook(id);
            if (!result.value().alreadyGone)
                Q_EMIT callSucceeded();
            if (!result.value().secretError.isEmpty())
                qCWarning(lcUi) << "removing a deleted webhook's secret failed:"
                                << result.value().secretError;
        }
        if (job->context)
            job->each(id, result);
        // One at a time, through the event loop, so the table repaints between deletions.
        QTimer::singleShot(0, this, [this, job] { deleteNext(job); });
    });
}

void ConsoleSession::readWebhookSecret(const QString &id, QObject *context,
                                       std::function<void(const Result<QString, KeychainError> &)> callback)
{
    const auto answer = deferredAnswer<Result<QString, KeychainError>>(this, context, callback);
    if (!m_profile) {
        answer(KeychainError{KeychainError::Kind::NotFound, tr("No profile is open.")});
        return;
    }
    if (const auto found = m_sandboxSecrets.constFind(id); isSandbox() && found != m_sandboxSecrets.cend()) {
        answer(*found);
        return;
    }
    const Profile vault = vaultProfile();
    const quint64 generation = m_generation;
    m_manager->readWebhookSecret(vault, id, this, [=, this](const Result<QString, KeychainError> &result) {
        // The index said "stored" but the keychain has nothing: the column must not lie.
        if (!result && result.error().kind == KeychainError::Kind::NotFound && generation == m_generation
            && m_manager->webhookSecretIds(vault).contains(id)) {
            QTimer::singleShot(0, this, [this, vault, id] {
                m_manager->removeWebhookSecret(vault, id, this, [](const Result<Done, KeychainError> &) {});
            });
        }
        answer(result);
    });
}

void ConsoleSession::findSigner(const Delivery &delivery, const QUrl &registeredUrl, QObject *context,
                                DeliveryAttribution::Callback callback)
{
    QList<DeliveryAttribution::KnownRegistration> known;
    QList<DeliveryAttribution::MemorySecret> inMemory;
    if (m_profile) {
        const Profile vault = vaultProfile();
        for (const Webhook &webhook : m_model->webhooks())
            known.append({vault, webhook});
        if (isSandbox()) {
            for (auto it = m_sandboxSecrets.cbegin(); it != m_sandboxSecrets.cend(); ++it)
                inMemory.append({{vault, it.key()}, it.value()});
        }
    }
    m_attribution->find(delivery, registeredUrl, known, context, std::move(callback), inMemory);
}

void ConsoleSession::storeWebhookSecret(const QString &id, const QString &secret, QObject *context,
                                        VaultCallback callback)
{
    const auto answer = deferredAnswer<Result<Done, KeychainError>>(this, context, callback);
    if (!m_profile) {
        answer(KeychainError{KeychainError::Kind::Other, tr("No profile is open.")});
        return;
    }
    const bool sandbox = isSandbox();
    const quint64 generation = m_generation;
    ++m_pendingKeychain;
    updateBusy();
    m_manager->storeWebhookSecret(
        vaultProfile(), id, secret, this, [=, this](const Result<Done, KeychainError> &stored) {
            Result<Done, KeychainError> result = stored;
            if (generation == m_generation) {
                --m_pendingKeychain;
                if (stored) {
                    m_sandboxSecrets.remove(id); // the keychain has it now
                } else if (sandbox) {
                    // Sandbox secrets are not real: without a keychain they live in memory.
                    qCInfo(lcUi) << "keeping a sandbox secret in memory:" << stored.error().message;
                    m_sandboxSecrets.insert(id, secret);
                    result = Done{};
                }
                reconcileSecrets();
                updateBusy();
            }
            answer(result);
        });
}

void ConsoleSession::removeWebhookSecret(const QString &id, QObject *context, VaultCallback callback)
{
    const auto answer = deferredAnswer<Result<Done, KeychainError>>(this, context, callback);
    if (!m_profile) {
        answer(KeychainError{KeychainError::Kind::Other, tr("No profile is open.")});
        return;
    }
    if (isSandbox() && m_sandboxSecrets.remove(id) > 0)
        reconcileSecrets();
    const Profile vault = vaultProfile();
    if (!m_manager->webhookSecretIds(vault).contains(id)) {
        answer(Done{});
        return;
    }
    const quint64 generation = m_generation;
    ++m_pendingKeychain;
    updateBusy();
    m_manager->removeWebhookSecret(vault, id, this, [=, this](const Result<Done, KeychainError> &result) {
        if (generation == m_generation) {
            --m_pendingKeychain;
            updateBusy();
        }
        answer(result);
    });
}
