#include "operations/deliveryattribution.h"

#include "core/deliveryverification.h"
#include "core/environment.h"
#include "storage/statestore.h"

// One search: the candidates in turn, each keychain answer tied to this object, so deleting it
// (a new search, the attribution destroyed) cancels the rest and its completion never runs.
class DeliveryAttribution::Search final : public QObject
{
public:
    Search(ProfileManager *manager, QObject *parent) : QObject(parent), m_manager(manager) { }

    Delivery delivery;
    QUrl registeredUrl;
    ContextCallback<const Finding &> done;
    QList<ProfileManager::StoredSecret> stored;
    QList<MemorySecret> inMemory;
    Finding result;

    void tryNext()
    {
        if (m_next < stored.size()) {
            const qsizetype index = m_next++;
            m_manager->readWebhookSecret(stored.at(index).profile, stored.at(index).webhookId, this,
                                         [this, index](const Result<QString, KeychainError> &secret) {
                                             if (!secret.ok()) {
                                                 ++result.secretsUnreadable;
                                                 tryNext();
                                                 return;
                                             }
                                             if (!tryOne(stored.at(index), secret.value()))
                                                 tryNext();
                                         });
            return;
        }
        if (m_next - stored.size() < inMemory.size()) {
            const MemorySecret &candidate = inMemory.at(m_next++ - stored.size());
            if (!tryOne(candidate.where, candidate.secret))
                tryNext();
            return;
        }
        finish();
    }

private:
    // True when the search is over (this secret signed it, or a step failed that no secret can
    // pass); it has then finished.
    bool tryOne(const ProfileManager::StoredSecret &candidate, const QString &secret)
    {
        ++result.secretsTried;
        const auto outcome = DeliveryVerification::verify(delivery, secret, registeredUrl);
        result.verdict = outcome.verdict;
        result.trailingLineBreakLeftOut = outcome.trailingLineBreakLeftOut;
        if (outcome.verdict.isValid())
            result.signer = candidate;
        // Only the signature step depends on the secret: another failure is the same for all.
        if (outcome.verdict.isValid()
            || outcome.verdict.failure != DeliverySignature::Failure::SignatureMismatch) {
            finish();
            return true;
        }
        return false;
    }

    void finish()
    {
        if (result.secretsTried == 0) {
            // Nothing was tried: check the steps that need no secret (a wrong body hash, a wrong URL).
            const auto outcome = DeliveryVerification::verify(delivery, QString(), registeredUrl);
            result.verdict = outcome.verdict;
            result.trailingLineBreakLeftOut = outcome.trailingLineBreakLeftOut;
        }
        done(result);
        deleteLater();
    }

    ProfileManager *m_manager;
    qsizetype m_next = 0;
};

DeliveryAttribution::DeliveryAttribution(ProfileManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{ }

DeliveryAttribution::~DeliveryAttribution() = default;

QString DeliveryAttribution::describe(const Profile &profile)
{
    const QString where = Environments::displayName(profile.environment);
    return profile.isPartner() ? tr("%1, partner (all sales units)").arg(where)
                               : tr("%1, MSN %2").arg(where, profile.msn);
}

QList<DeliveryAttribution::KnownRegistration>
DeliveryAttribution::registrationsOf(const QUrl &url, const QList<KnownRegistration> &known)
{
    const QString wanted = Webhook::endpointKey(url.toString());
    QList<KnownRegistration> result;
    for (const KnownRegistration &registration : known) {
        if (Webhook::endpointKey(registration.webhook.url) == wanted)
            result.append(registration);
    }
    return result;
}

void DeliveryAttribution::find(const Delivery &delivery, const QUrl &registeredUrl,
                               const QList<KnownRegistration> &known, QObject *context, Callback done,
                               const QList<MemorySecret> &inMemory)
{
    auto *search = new Search(m_manager, this);
    // The search works for `context`: once that is gone, so is the search (and its keychain reads).
    if (context)
        connect(context, &QObject::destroyed, search, &QObject::deleteLater);
    search->delivery = delivery;
    search->registeredUrl = registeredUrl;
    search->done = ContextCallback<const Finding &>(context, std::move(done));
    search->inMemory = inMemory;
    search->result.registrationsOfUrl = registrationsOf(
        registeredUrl.isValid() && !registeredUrl.isEmpty() ? registeredUrl : delivery.url, known);
    const auto stored = m_manager->storedWebhookSecrets();
    if (stored.ok())
        search->stored = stored.value();
    else
        search->result.indexProblem = stored.error().message;
    // Never from inside this call: the first step runs through the event loop.
    QMetaObject::invokeMethod(search, &Search::tryNext, Qt::QueuedConnection);
}

QString DeliveryAttribution::Finding::explanation() const
{
    if (signer) {
        const QString profileName = signer->profile.name.isEmpty() ? tr("no profile") : signer->profile.name;
        QString text = tr("Signed with the secret of webhook %1 (profile “%2”, %3).")
                           .arg(signer->webhookId, profileName, describe(signer->profile));
        if (registrationsOfUrl.size() > 1) {
            text += QLatin1Char(' ')
                + tr("This URL has %n registrations: each event arrives once per registration, each signed "
                     "with its own secret.",
                     nullptr, int(registrationsOfUrl.size()));
        }
        return text;
    }
    if (verdict.failure != DeliverySignature::Failure::SignatureMismatch
        && verdict.failure != DeliverySignature::Failure::None)
        return verdict.reason; // no secret can help
    QString text;
    if (!indexProblem.isEmpty()) {
        text = tr("The list of secrets stored on this machine could not be read: %1").arg(indexProblem);
    } else if (secretsTried == 0 && secretsUnreadable == 0) {
        text = tr("No webhook secret is stored on this machine, so none could be tried.");
    } else {
        text = tr("None of the %n webhook secrets tried verifies this delivery.", nullptr, secretsTried);
    }
    if (secretsUnreadable > 0) {
        text += QLatin1Char(' ')
            + tr("%n stored secrets could not be read from the keychain.", nullptr, secretsUnreadable);
    }
    if (registrationsOfUrl.size() > 1) {
        QStringList which;
        for (const KnownRegistration &registration : registrationsOfUrl)
            which.append(tr("%1 (%2)").arg(registration.webhook.id, describe(registration.profile)));
        text += QLatin1Char(' ')
            + tr("This URL has %n registrations (%1): each event arrives once per registration, each signed "
                 "with its own secret. The secret of the one that sent this delivery is not stored here: "
                 "enter it in the vault, or replace that registration.",
                 nullptr, int(registrationsOfUrl.size()))
                  .arg(which.join(QStringLiteral(", ")));
    } else if (registrationsOfUrl.size() == 1) {
        text += QLatin1Char(' ')
            + tr("This URL has one registration known here (%1, %2); the delivery was not signed with its "
                 "stored secret: perhaps it came from the other environment or from a registration made "
                 "elsewhere.")
                  .arg(registrationsOfUrl.first().webhook.id, describe(registrationsOfUrl.first().profile));
    } else {
        text += QLatin1Char(' ')
            + tr("No registration of this URL is known here: it may belong to other API keys or the other "
                 "environment.");
    }
    return text;
}
