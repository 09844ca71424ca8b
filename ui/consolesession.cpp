#include "consolesession.h"

#include "core/logging.h"
#include "core/webhookmodel.h"
#include "core/webhooksclient.h"
#include "sandbox/sandboxserver.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QTimer>

struct ConsoleSession::DeleteJob
{
    QStringList ids;
    QPointer<QObject> context;
    DeleteEachCallback each;
    std::function<void()> finished;
    quint64 generation = 0;
};

ConsoleSession::ConsoleSession(ProfileManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_model(new WebhookModel(this))
{
}

ConsoleSession::~ConsoleSession()
{
    if (m_client)
        m_client->cancelAll();
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
    return m_profile && m_profile->environment == Environment::Production;
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
    const bool had = m_profile.has_value();
    m_profile.reset();
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
    const Profile profile = *found;
    m_manager->loadCredentials(profile.name, this, [this, generation, profile](const Result<Credentials, KeychainError> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setState(State::Failed);
            updateBusy();
            const KeychainError &error = result.error();
            if (error.kind == KeychainError::Kind::NotFound) {
                Q_EMIT openFailed(tr("No API keys are stored for “%1” on this machine.").arg(profile.name),
                                  tr("Enter the client_id, client_secret and subscription key in Profiles…"));
            } else {
                Q_EMIT openFailed(tr("The API keys of “%1” could not be read from the keychain.").arg(profile.name),
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
    if (!sandbox->start()) {
        *error = sandbox->errorString();
        delete sandbox;
        return false;
    }
    sandbox->addSampleRegistrations(sandboxMsn());
    m_sandbox = sandbox;
    return true;
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
    startClient(profile, m_sandbox->baseUrl(), Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey});
}

void ConsoleSession::startClient(const Profile &profile, const QUrl &baseUrl, const Credentials &credentials)
{
    ClientConfig config = profile.clientConfig(credentials);
    config.baseUrl = baseUrl;
    m_client = new WebhooksClient(std::move(config), this);
    connect(m_client, &WebhooksClient::busyChanged, this, &ConsoleSession::updateBusy);
    connect(m_client, &WebhooksClient::tokenChanged, this, &ConsoleSession::tokenChanged);
    connect(m_client, &WebhooksClient::waiting, this, &ConsoleSession::waiting);
    m_model->setSecretIds(storedSecretIds());
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
    if (isSandbox()) {
        const QList<QString> ids = m_sandboxSecrets.keys();
        return QSet<QString>(ids.cbegin(), ids.cend());
    }
    return m_manager->webhookSecretIds(*m_profile);
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
    m_client->listWebhooks(this, [this](const Result<QList<Webhook>> &result) {
        m_listRunning = false;
        if (result) {
            m_lastRefreshed = QDateTime::currentDateTime();
            m_model->setSecretIds(storedSecretIds());
            m_model->setWebhooks(result.value());
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

void ConsoleSession::registerWebhook(const RegisterRequest &request, QObject *context, RegisterCallback callback)
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
    // The session, not the caller, is the client's context: a registration that reached the
    // server must not be aborted because a dialog closed, or its secret would be lost.
    m_client->registerWebhook(request, this, [=, this](const Result<Registration> &result) {
        if (generation != m_generation)
            return;
        --m_registering;
        if (!result) {
            updateBusy();
            // It may have taken effect after all (a dropped connection, a 5xx): the list says.
            if (result.error().isAmbiguous() || !result.error().unconfirmedWebhookId.isEmpty())
                refresh();
            if (guard)
                callback(result.error());
            return;
        }
        Q_EMIT callSucceeded();
        RegisterOutcome outcome;
        outcome.profile = profile;
        outcome.webhook = Webhook{result.value().id, request.url, request.events};
        outcome.secret = result.value().secret;

        // The new row shows at once; the refresh below confirms it from the server.
        if (m_model->rowOf(outcome.webhook.id) < 0)
            m_model->setWebhooks(m_model->webhooks() + QList<Webhook>{outcome.webhook});

        if (profile.environment == Environment::Sandbox) {
            m_sandboxSecrets.insert(outcome.webhook.id, outcome.secret);
            outcome.secretStored = true;
            outcome.inMemoryOnly = true;
            m_model->setSecretStored(outcome.webhook.id, true);
            updateBusy();
            refresh();
            if (guard)
                callback(outcome);
            return;
        }

        ++m_pendingKeychain;
        updateBusy();
        m_manager->storeWebhookSecret(profile, outcome.webhook.id, outcome.secret, this,
                                      [=, this](const Result<Done, KeychainError> &stored) mutable {
            if (generation == m_generation) {
                --m_pendingKeychain;
                if (stored)
                    m_model->setSecretStored(outcome.webhook.id, true);
                updateBusy();
                refresh();
            }
            outcome.secretStored = stored.ok();
            if (!stored) {
                outcome.storeError = stored.error().message;
                qCWarning(lcUi) << "storing a webhook secret failed:" << stored.error().message;
            }
            if (guard)
                callback(outcome);
        });
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
    m_client->deleteWebhook(id, this, [this, job, id](const Result<Done> &result) {
        if (job->generation != m_generation)
            return;
        const bool gone = result.ok() || (result.error().kind == ApiError::Kind::Http && result.error().httpStatus == 404);
        if (gone) {
            m_model->removeWebhook(id);
            forgetSecret(id);
        }
        if (result)
            Q_EMIT callSucceeded();
        if (job->context)
            job->each(id, result);
        // One at a time, through the event loop, so the table repaints between deletions.
        QTimer::singleShot(0, this, [this, job] { deleteNext(job); });
    });
}

void ConsoleSession::forgetSecret(const QString &id)
{
    if (!m_profile)
        return;
    if (isSandbox()) {
        m_sandboxSecrets.remove(id);
        return;
    }
    if (!m_manager->webhookSecretIds(*m_profile).contains(id))
        return;
    ++m_pendingKeychain;
    updateBusy();
    const quint64 generation = m_generation;
    m_manager->removeWebhookSecret(*m_profile, id, this, [this, generation](const Result<Done, KeychainError> &result) {
        if (!result)
            qCWarning(lcUi) << "removing a deleted webhook's secret failed:" << result.error().message;
        if (generation == m_generation) {
            --m_pendingKeychain;
            updateBusy();
        }
    });
}
