#pragma once

#include "core/apierror.h"
#include "delivery/testdeliverysender.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class SandboxState;

// One delivery the sandbox simulated, to one registration.
struct SimulatedDelivery
{
    QString webhookId;
    QString url;
    QString eventType;
    std::optional<TestDeliveryResult> result; // the receiver's answer (any status), when one came
    ApiError error;                           // why no answer came, when `result` is empty

    bool isSuccess() const { return result && result->isSuccess(); }
    // "200 in 12 ms", or the error's summary. Translated.
    QString summary() const;
};

Q_DECLARE_METATYPE(SimulatedDelivery)

// "Simulate event": the same signed delivery, as Vipps MobilePay would send one event, to every
// registration of a bucket that has the event type, each signed with its own secret.
namespace SandboxSimulation {

using Each = std::function<void(const SimulatedDelivery &)>;
using Done = std::function<void(const QList<SimulatedDelivery> &)>;

// Sends the deliveries with `sender` (its timeout and CAs apply); `each` runs as each one ends,
// `done` once with all of them in registration order (never before deliver() returns, and
// also when no registration has the event type). `sender` is the context of every call:
// destroying it aborts them and nothing more runs.
void deliver(TestDeliverySender *sender, const SandboxState &state, const QString &eventType,
             const QString &bucket, Each each, Done done);

} // namespace SandboxSimulation
