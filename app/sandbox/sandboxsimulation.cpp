#include "sandbox/sandboxsimulation.h"

#include "core/logging.h"
#include "delivery/samplepayload.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

QString SimulatedDelivery::summary() const
{
    return result ? result->summary() : error.summary();
}

namespace SandboxSimulation {

void deliver(TestDeliverySender *sender, const SandboxState &state, const QString &eventType,
             const QString &bucket, Each each, Done done)
{
    auto deliveries = std::make_shared<QList<SimulatedDelivery>>();
    QStringList secrets;
    for (const Webhook &webhook : state.list(bucket)) {
        if (!webhook.events.contains(eventType))
            continue;
        SimulatedDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.url = webhook.url;
        delivery.eventType = eventType;
        deliveries->append(delivery);
        secrets.append(state.secretOf(webhook.id));
    }
    qCInfo(lcSandbox).noquote() << "Simulating" << eventType << "in" << bucket << "to" << deliveries->size()
                                << "registration(s)";
    if (deliveries->isEmpty()) {
        QTimer::singleShot(0, sender, [done] { done({}); });
        return;
    }

    // One event, one body: every registration gets the same bytes, as from Vipps MobilePay.
    const QString msn = bucket == SandboxServer::partnerBucket() ? QString() : bucket;
    const QByteArray body = SamplePayload::forEvent(eventType, msn, QDateTime::currentDateTimeUtc());
    auto remaining = std::make_shared<qsizetype>(deliveries->size());
    for (qsizetype i = 0; i < deliveries->size(); ++i) {
        const QUrl url(deliveries->at(i).url, QUrl::StrictMode);
        sender->sendBody(url, body, secrets.at(i), sender,
                         [deliveries, remaining, i, each, done](const Result<TestDeliveryResult> &answer) {
                             SimulatedDelivery &delivery = (*deliveries)[i];
                             if (answer.ok()) {
                                 delivery.result = answer.value();
                                 delivery.result->eventType = delivery.eventType;
                             } else {
                                 delivery.error = answer.error();
                             }
                             qCInfo(lcSandbox).noquote()
                                 << "Simulated delivery to" << delivery.webhookId << "->"
                                 << (answer.ok() ? QString::number(answer.value().status)
                                                 : ApiError::kindName(answer.error().kind));
                             if (each)
                                 each(delivery);
                             if (--*remaining == 0)
                                 done(*deliveries);
                         });
    }
}

} // namespace SandboxSimulation
