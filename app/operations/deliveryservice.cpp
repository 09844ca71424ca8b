#include "deliveryservice.h"

#include "core/logging.h"
#include "core/networkaccessmanager.h"
#include "delivery/urlpreflight.h"
#include "operations/consolesession.h"
#include "sandbox/sandboxserver.h"
#include "storage/secretstore.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

DeliveryService::DeliveryService(ConsoleSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_sender(new TestDeliverySender(this)),
      m_preflight(new UrlPreflight(this))
{
    // Whatever ran for the previous profile is of no use to the next one.
    connect(m_session, &ConsoleSession::profileChanged, this, [this] {
        ++m_generation;
        cancelAll();
    });
}

DeliveryService::~DeliveryService()
{
    cancelAll();
}

void DeliveryService::cancelAll()
{
    m_sender->cancelAll();
    m_preflight->cancelAll();
    cancelSimulations();
}

void DeliveryService::sendTestDelivery(const Webhook &webhook, const QString &eventType, QObject *context,
                                       TestDeliveryCallback callback,
                                       const TestDeliverySender::SentCallback &sent)
{
    QPointer<QObject> guard(context);
    const auto failLater = [this, guard, callback](const ApiError &error) {
        QTimer::singleShot(0, this, [guard, callback, error] {
            if (guard)
                callback(error);
        });
    };
    if (!m_session->hasProfile()) {
        failLater(ApiError::input(tr("No profile is open.")));
        return;
    }
    const QUrl url(webhook.url, QUrl::StrictMode);
    if (const auto problem = TestDeliverySender::checkUrl(url)) {
        failLater(ApiError::input(*problem));
        return;
    }
    const quint64 generation = m_generation;
    const QString msn = m_session->profile().msn;
    QPointer<DeliveryService> self(this);
    m_session->readWebhookSecret(
        webhook.id, context,
        [self, generation, guard, url, eventType, msn, callback,
         sent](const Result<QString, KeychainError> &secret) {
            if (!self || generation != self->m_generation || !guard)
                return;
            if (!secret) {
                const KeychainError &error = secret.error();
                callback(ApiError::input(
                    error.kind == KeychainError::Kind::NotFound
                        ? tr("No secret of this webhook is stored on this machine, so the delivery "
                             "cannot be signed.")
                        : tr("The secret could not be read from the keychain: %1").arg(error.message)));
                return;
            }
            // (The session answers through the event loop, never from inside the keychain job.)
            qCInfo(lcUi) << "sending a test delivery of" << eventType << "to" << url.host() << url.path();
            self->m_sender->send(url, eventType, secret.value(), msn, guard, callback, sent);
        });
}

bool DeliveryService::canSimulate() const
{
    return m_session->isSandbox() && m_session->state() == ConsoleSession::State::Ready
        && m_session->sandboxServer();
}

QList<Webhook> DeliveryService::simulationTargets(const QString &eventType) const
{
    QList<Webhook> targets;
    if (!canSimulate())
        return targets;
    const QList<Webhook> registrations
        = m_session->sandboxServer()->registrations(m_session->profile().bucket());
    for (const Webhook &webhook : registrations) {
        if (webhook.events.contains(eventType))
            targets.append(webhook);
    }
    return targets;
}

void DeliveryService::simulateEvent(const QString &eventType, QObject *context, SimulateCallback callback)
{
    if (!canSimulate()) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, callback] {
            if (guard)
                callback({});
        });
        return;
    }
    SandboxServer *sandbox = m_session->sandboxServer();
    qCInfo(lcUi) << "simulating" << eventType << "in the sandbox";
    sandbox->simulateEvent(eventType, m_session->profile().bucket(), context, std::move(callback));
}

void DeliveryService::cancelSimulations()
{
    if (SandboxServer *sandbox = m_session->sandboxServer())
        sandbox->deliverySender()->cancelAll();
}

void DeliveryService::setExtraCaCertificatesForTesting(const QList<QSslCertificate> &certificates)
{
    NetworkAccessManager::instance()->setExtraCaCertificates(certificates);
}

void DeliveryService::setAllowLoopbackPreflightForTesting(bool allow)
{
    m_preflight->setAllowLoopbackForTesting(allow);
}
