#pragma once

#include "core/result.h"
#include "core/webhook.h"
#include "delivery/testdeliverysender.h"
#include "sandbox/sandboxsimulation.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>

class ConsoleSession;
class UrlPreflight;

// The window's delivery work, free of widgets: signed test deliveries to a registered webhook,
// the sandbox's simulated events and the callback URL preflight. Dialogs ask and show; every
// request runs here or in the core services, tied to the asking dialog (its context): a closed
// dialog aborts its requests and is never called back. A profile switch cancels everything.
class DeliveryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryService)

public:
    using TestDeliveryCallback = std::function<void(const Result<TestDeliveryResult> &)>;
    using SimulateCallback = std::function<void(const QList<SimulatedDelivery> &)>;

    explicit DeliveryService(ConsoleSession *session, QObject *parent = nullptr);
    ~DeliveryService() override;

    ConsoleSession *session() const { return m_session; }

    // Reads the secret stored for `webhook` and sends it a simulated delivery of `eventType`:
    // the sample payload, signed with that secret exactly as Vipps MobilePay signs, marked
    // X-Webhook-Console-Test: true. The secret never leaves this call. Ends in one callback:
    // the receiver's answer (any status), or an ApiError (no secret stored, no answer, TLS).
    // `sent`, when given, gets the request just before it goes out (see TestDeliverySender).
    void sendTestDelivery(const Webhook &webhook, const QString &eventType, QObject *context,
                          TestDeliveryCallback callback, const TestDeliverySender::SentCallback &sent = {});

    // The Sandbox environment is open: simulateEvent() can run.
    bool canSimulate() const;
    // Sandbox registrations of the open bucket that have `eventType` (the deliveries it makes).
    QList<Webhook> simulationTargets(const QString &eventType) const;
    // Sandbox only: a signed delivery of `eventType` to every registration of the open bucket
    // that has it (SandboxServer::simulateEvent). `callback` gets one entry per registration.
    void simulateEvent(const QString &eventType, QObject *context, SimulateCallback callback);
    // Stops the sandbox's simulated deliveries in flight; their callbacks never run.
    void cancelSimulations();

    // Test deliveries in flight (for tests: a closed dialog leaves none).
    int pendingTestDeliveries() const { return m_sender->pendingCount(); }

    // Checks callback URLs before registration (the CAs and loopback rule set here apply).
    UrlPreflight *urlPreflight() const { return m_preflight; }

    // Test seams, not reachable from the UI: certificate authorities trusted besides the
    // system's, for the whole process (NetworkAccessManager), and loopback addresses as a
    // warning in the preflight.
    void setExtraCaCertificatesForTesting(const QList<QSslCertificate> &certificates);
    void setAllowLoopbackPreflightForTesting(bool allow);

private:
    void cancelAll();

    ConsoleSession *m_session;
    TestDeliverySender *m_sender;
    UrlPreflight *m_preflight;
    quint64 m_generation = 0; // bumped on every profile switch: older work is dropped
};
