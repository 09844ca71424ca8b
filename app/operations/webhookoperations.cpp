#include "operations/webhookoperations.h"

#include "core/environment.h"
#include "core/logging.h"
#include "core/webhooksclient.h"
#include "operations/webhooksecretvault.h"
#include "storage/statestore.h"

#include <QPointer>

namespace {

// The caller's callback, called only while its context still exists.
template<typename Callback> Callback guarded(QObject *context, Callback callback)
{
    return [guard = QPointer<QObject>(context), callback](const auto &result) {
        if (guard)
            callback(result);
    };
}

QSet<QString> idsOf(const QList<Webhook> &webhooks)
{
    QSet<QString> ids;
    for (const Webhook &webhook : webhooks)
        ids.insert(webhook.id);
    return ids;
}

// The registrations with the request's URL and (in any order) its events.
QStringList matching(const QList<Webhook> &webhooks, const RegisterRequest &request)
{
    const QSet<QString> wanted(request.events.cbegin(), request.events.cend());
    QStringList ids;
    for (const Webhook &webhook : webhooks) {
        const QSet<QString> events(webhook.events.cbegin(), webhook.events.cend());
        if (webhook.url == request.url && events == wanted)
            ids.append(webhook.id);
    }
    return ids;
}

void appendSentence(ApiError &error, const QString &sentence)
{
    error.detail = error.detail.isEmpty() ? sentence : error.detail + QLatin1Char(' ') + sentence;
}

} // namespace

WebhookOperations::WebhookOperations(WebhooksClient *client, WebhookSecretVault *vault, Profile profile,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_vault(vault), m_profile(std::move(profile))
{ }

bool WebhookOperations::mayHaveTakenEffect(const ApiError &error)
{
    // An answer of success that could not be read: the webhook exists, its secret is lost.
    const bool unreadableSuccess
        = error.kind == ApiError::Kind::Parse && error.httpStatus >= 200 && error.httpStatus < 300;
    return error.isAmbiguous() || unreadableSuccess;
}

void WebhookOperations::listWebhooks(QObject *context, ListCallback callback)
{
    const auto answer = guarded(context, std::move(callback));
    m_client->listWebhooks(this, [this, answer](const Result<QList<Webhook>> &list) {
        if (list)
            keepSnapshot(list.value());
        answer(list);
    });
}

SnapshotKey WebhookOperations::snapshotKey() const
{
    return SnapshotKey{m_profile.name, Environments::key(m_profile.guardedEnvironment()), m_profile.bucket()};
}

void WebhookOperations::keepSnapshot(const QList<Webhook> &webhooks)
{
    m_lastList = webhooks;
    m_lastChange = SnapshotChange{};
    if (!m_state)
        return;
    const auto change = WebhookSnapshots(*m_state).compareAndKeep(snapshotKey(), webhooks);
    if (!change) {
        qCWarning(lcApi).noquote() << "keeping the list as a snapshot failed:" << change.error().message;
        return;
    }
    m_lastChange = change.value();
    if (!m_lastChange.isEmpty()) {
        qCInfo(lcApi) << m_lastChange.vanished.size() << "registrations vanished and"
                      << m_lastChange.appeared.size() << "appeared outside this console";
        Q_EMIT changesNoticed(m_lastChange);
    }
}

Webhook WebhookOperations::lastKnown(const QString &id) const
{
    for (const Webhook &webhook : m_lastList) {
        if (webhook.id == id)
            return webhook;
    }
    // Not listed by this object (a command line deletes without listing): the last snapshot.
    if (m_state) {
        const auto snapshot = WebhookSnapshots(*m_state).last(snapshotKey());
        if (snapshot && snapshot.value()) {
            for (const Webhook &webhook : snapshot.value()->webhooks) {
                if (webhook.id == id)
                    return webhook;
            }
        }
        // Registered here but never listed since: what the history recorded.
        const auto recorded = ChangeHistory(*m_state).lastWith(id);
        if (recorded && recorded.value())
            return Webhook{id, recorded.value()->url, recorded.value()->events};
    }
    return Webhook{id, {}, {}};
}

HistoryEntry WebhookOperations::entryFor(HistoryEntry::Action action) const
{
    HistoryEntry entry;
    const SnapshotKey key = snapshotKey();
    entry.profile = key.profile;
    entry.environment = key.environment;
    entry.bucket = key.bucket;
    entry.action = action;
    return entry;
}

qint64 WebhookOperations::begin(HistoryEntry entry)
{
    if (!m_state)
        return 0;
    const auto id = ChangeHistory(*m_state).begin(std::move(entry));
    if (!id) {
        qCWarning(lcApi).noquote() << "recording the change in the history failed:" << id.error().message;
        return 0;
    }
    return id.value();
}

void WebhookOperations::finish(qint64 entry, const ApiError *error, const QString &webhookId)
{
    if (!m_state || !entry)
        return;
    const auto outcome = error ? HistoryEntry::Outcome::Failed : HistoryEntry::Outcome::Succeeded;
    const auto failed = ChangeHistory(*m_state).finish(entry, outcome, error ? error->httpStatus : 0,
                                                       error ? error->traceId : QString(),
                                                       error ? error->summary() : QString(), webhookId);
    if (failed)
        qCWarning(lcApi).noquote() << "recording the outcome in the history failed:" << failed->message;
}

qint64 WebhookOperations::recordChange(HistoryEntry::Action action, const QString &webhookId,
                                       HistoryEntry::Outcome outcome, const QString &note)
{
    if (!m_state)
        return 0;
    HistoryEntry entry = entryFor(action);
    entry.webhookId = webhookId;
    entry.outcome = outcome;
    entry.note = note;
    const Webhook known = lastKnown(webhookId);
    entry.url = known.url;
    entry.events = known.events;
    const auto id = ChangeHistory(*m_state).record(entry);
    if (!id) {
        qCWarning(lcApi).noquote() << "recording the change in the history failed:" << id.error().message;
        return 0;
    }
    return id.value();
}

void WebhookOperations::registerWebhook(const RegisterRequest &request, QObject *context,
                                        RegisterCallback callback)
{
    HistoryEntry entry = entryFor(HistoryEntry::Action::Register);
    entry.url = request.url;
    entry.events = request.events;
    const qint64 historyId = begin(entry);
    const auto answer = [this, historyId, guardedAnswer = guarded(context, std::move(callback))](
                            const Result<RegisterOutcome> &result) {
        if (result)
            finish(historyId, nullptr, result.value().webhook.id);
        else
            finish(historyId, &result.error(), result.error().unconfirmedWebhookId);
        guardedAnswer(result);
    };
    // The ids that exist before the attempt: after a lost answer, only a registration that is
    // not among them can be this attempt's. An identical one that existed already is never named.
    m_client->listWebhooks(this, [this, request, answer](const Result<QList<Webhook>> &list) {
        if (!list) {
            qCInfo(lcApi) << "listing before registering failed:" << list.error().summary();
            post(request, std::nullopt, list.error().summary(), answer);
            return;
        }
        post(request, idsOf(list.value()), {}, answer);
    });
}

void WebhookOperations::post(const RegisterRequest &request, const std::optional<QSet<QString>> &before,
                             const QString &beforeProblem, const RegisterCallback &answer)
{
    m_client->registerWebhook(request, this, [=, this](const Result<Registration> &result) {
        if (result) {
            store(result.value(), request, answer);
            return;
        }
        if (mayHaveTakenEffect(result.error()))
            recover(request, result.error(), before, beforeProblem, answer);
        else
            answer(result.error());
    });
}

void WebhookOperations::recover(const RegisterRequest &request, const ApiError &failure,
                                const std::optional<QSet<QString>> &before, const QString &beforeProblem,
                                const RegisterCallback &answer)
{
    m_client->listWebhooks(this, [=](const Result<QList<Webhook>> &list) {
        ApiError error = failure;
        if (!list) {
            appendSentence(error,
                           tr("Whether the webhook was registered could not be checked: %1")
                               .arg(list.error().summary()));
            answer(error);
            return;
        }
        const QStringList same = matching(list.value(), request);
        QStringList fresh;
        if (before) {
            for (const QString &id : same) {
                if (!before->contains(id))
                    fresh.append(id);
            }
        }
        if (same.isEmpty() || (before && fresh.isEmpty())) {
            appendSentence(error,
                           tr("It has not been registered: the list of webhooks shows no new "
                              "registration with this URL and events."));
        } else if (!before) {
            appendSentence(error,
                           tr("Whether it was registered cannot be told: the list before the attempt "
                              "failed (%1), and %n registration(s) with this URL and events exist now. "
                              "Check the list before deleting any of them.",
                              nullptr, static_cast<int>(same.size()))
                               .arg(beforeProblem));
        } else if (fresh.size() > 1) {
            appendSentence(error,
                           tr("%n new registrations with this URL and events appeared (another program "
                              "may be registering too): which one this attempt made cannot be told. "
                              "Check the list before deleting any of them.",
                              nullptr, static_cast<int>(fresh.size())));
        } else {
            error.unconfirmedWebhookId = fresh.first();
            error.detail = tr("The webhook was registered (id %1), but its secret was not received. "
                              "Delete it and register again to get a secret.")
                               .arg(fresh.first());
        }
        answer(error);
    });
}

void WebhookOperations::store(const Registration &registration, const RegisterRequest &request,
                              const RegisterCallback &answer)
{
    RegisterOutcome outcome;
    outcome.profile = m_profile;
    outcome.webhook = Webhook{registration.id, request.url, request.events};
    outcome.secret = registration.secret;
    // Stored the moment it arrives: it is never shown again by the API.
    m_vault->storeWebhookSecret(registration.id, registration.secret, this,
                                [outcome, answer](const Result<Done, KeychainError> &stored) mutable {
                                    outcome.secretStored = stored.ok();
                                    if (!stored) {
                                        outcome.storeError = stored.error().message;
                                        qCWarning(lcKeychain)
                                            << "storing a webhook secret failed:" << stored.error().message;
                                    }
                                    answer(outcome);
                                });
}

void WebhookOperations::deleteWebhook(const QString &id, QObject *context, DeleteCallback callback)
{
    const auto answer = guarded(context, std::move(callback));
    HistoryEntry entry = entryFor(HistoryEntry::Action::Delete);
    entry.webhookId = id;
    const Webhook known = lastKnown(id);
    entry.url = known.url;
    entry.events = known.events;
    const qint64 historyId = begin(entry);
    m_client->deleteWebhook(id, this, [this, id, answer, historyId](const Result<Done> &result) {
        const bool notFound
            = !result && result.error().kind == ApiError::Kind::Http && result.error().httpStatus == 404;
        if (!result && !notFound) {
            finish(historyId, &result.error());
            answer(result.error());
            return;
        }
        if (m_state && historyId) {
            const auto failed = ChangeHistory(*m_state).finish(
                historyId, HistoryEntry::Outcome::Succeeded, notFound ? 404 : 204,
                notFound ? result.error().traceId : QString(), {});
            if (failed)
                qCWarning(lcApi).noquote()
                    << "recording the outcome in the history failed:" << failed->message;
        }
        DeleteOutcome outcome;
        outcome.id = id;
        outcome.alreadyGone = notFound;
        outcome.hadSecret = m_vault->hasStoredSecret(id);
        if (!outcome.hadSecret) {
            answer(outcome);
            return;
        }
        m_vault->removeWebhookSecret(id, this,
                                     [outcome, answer](const Result<Done, KeychainError> &removed) mutable {
                                         outcome.secretRemoved = removed.ok();
                                         if (!removed)
                                             outcome.secretError = removed.error().message;
                                         answer(outcome);
                                     });
    });
}
