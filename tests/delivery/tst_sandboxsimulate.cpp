// "Simulate event": the sandbox posts a signed delivery to every registration of the event type
// in a bucket, and a local receiver verifies it with the secret the registration returned. The
// whole loop over real sockets: register through the API, keep the secret, receive, verify.
#include "deliverytestsupport.h"
#include "testreceiver.h"

#include "../sandbox/sandboxtestclient.h"
#include "core/webhooksclient.h"
#include "delivery/samplepayload.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace DeliveryTest;

namespace {

const QString Msn = QStringLiteral("123456");
const QString Created = QStringLiteral("epayments.payment.created.v1");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");
using SimulateOutcome = Outcome<QList<SimulatedDelivery>>;

} // namespace

class TestSandboxSimulate final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    QList<SimulatedDelivery> simulate(const QString &event, const QString &bucket = Msn)
    {
        SimulateOutcome outcome;
        m_sandbox->simulateEvent(event, bucket, this, outcome.callback());
        [&] { QCOMPARE(outcome.calls, 0); }();
        return outcome.wait({});
    }

    // Registers through the real client, as the console does; returns the one-time secret.
    Registration registerThroughClient(const QString &url, const QStringList &events)
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.msn = Msn;
        const auto keys = SandboxServer::defaultKeys();
        config.credentials = {keys.clientId, keys.clientSecret, keys.subscriptionKey};
        WebhooksClient client(config);
        Outcome<Result<Registration>> outcome;
        client.registerWebhook({url, events}, this, outcome.callback());
        const auto registered = outcome.wait(noCompletion());
        [&] { QVERIFY2(registered.ok(), qPrintable(registered.error().details())); }();
        return registered.ok() ? registered.value() : Registration{};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        trustTestCa(true);
    }

    void cleanup() { m_sandbox.reset(); }

    void simulate_reachesHttpsReceiverAndVerifiesWithTheSecret()
    {
        TestReceiver receiver;
        QVERIFY(receiver.start(serverCertificate(), serverKey()));
        const QString url = receiver.url().toString();
        const Registration registration = registerThroughClient(url, {Created, Captured});
        QVERIFY(!registration.secret.isEmpty());

        QSignalSpy each(m_sandbox.get(), &SandboxServer::deliverySimulated);
        const QList<SimulatedDelivery> deliveries = simulate(Created);
        QCOMPARE(deliveries.size(), 1);
        const SimulatedDelivery &delivery = deliveries.constFirst();
        QCOMPARE(delivery.webhookId, registration.id);
        QCOMPARE(delivery.url, url);
        QCOMPARE(delivery.eventType, Created);
        QVERIFY2(delivery.isSuccess(), qPrintable(delivery.summary()));
        QCOMPARE(delivery.result->status, 200);
        QCOMPARE(each.size(), 1);

        QCOMPARE(receiver.received().size(), 1);
        const auto &received = receiver.received().constFirst();
        const auto verdict = DeliverySignature::verify(received.delivery, registration.secret, QUrl(url));
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        QVERIFY(SamplePayload::isSimulated(received.delivery.body));
        QVERIFY(received.delivery.body.contains("\"name\":\"CREATED\""));
        QVERIFY(received.delivery.body.contains("\"msn\":\"123456\""));
        QCOMPARE(received.headers.value("x-webhook-console-test"), QByteArrayLiteral("true"));
    }

    void simulate_plainHttpLoopbackNeedsTheFlag()
    {
        TestReceiver receiver;
        QVERIFY(receiver.start());
        const QString url = receiver.url().toString();
        const auto keys = SandboxServer::defaultKeys();
        SandboxTestClient api(m_sandbox->baseUrl());
        const QByteArray token = api.token(keys, Msn);
        QVERIFY(!token.isEmpty());

        QVERIFY(!m_sandbox->allowsLoopbackCallbacks()); // the real API refuses them
        QCOMPARE(api.registerWebhook(keys, token, url, {Created}, Msn).status, 400);

        m_sandbox->setAllowLoopbackCallbacks(true);
        const TestResponse registered = api.registerWebhook(keys, token, url, {Created}, Msn);
        QCOMPARE(registered.status, 201);
        const QString secretReturned = registered.json.value(QStringLiteral("secret")).toString();
        QCOMPARE(api.registerWebhook(keys, token, QStringLiteral("http://example.com/hook"), {Created}, Msn)
                     .status,
                 400); // other hosts still need https

        const QList<SimulatedDelivery> deliveries = simulate(Created);
        QCOMPARE(deliveries.size(), 1);
        QVERIFY2(deliveries.constFirst().isSuccess(), qPrintable(deliveries.constFirst().summary()));
        QCOMPARE(receiver.received().size(), 1);
        const auto verdict
            = DeliverySignature::verify(receiver.received().constFirst().delivery, secretReturned, QUrl(url));
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void simulate_onlyRegistrationsOfTheBucketWithTheEvent()
    {
        m_sandbox->setAllowLoopbackCallbacks(true);
        TestReceiver receiver;
        QVERIFY(receiver.start());
        const QString hook = receiver.url(QStringLiteral("/created")).toString();
        m_sandbox->addRegistration(Msn, hook, {Created});
        m_sandbox->addRegistration(Msn, receiver.url(QStringLiteral("/captured")).toString(), {Captured});
        m_sandbox->addRegistration(QStringLiteral("654321"),
                                   receiver.url(QStringLiteral("/other-msn")).toString(), {Created});
        m_sandbox->addRegistration(SandboxServer::partnerBucket(),
                                   receiver.url(QStringLiteral("/partner")).toString(), {Created});

        QCOMPARE(simulate(Created).size(), 1);
        QCOMPARE(receiver.received().size(), 1);
        QCOMPARE(receiver.received().constFirst().target, QStringLiteral("/created"));

        // Partner registrations: the payload names the example sales unit.
        QCOMPARE(simulate(Created, SandboxServer::partnerBucket()).size(), 1);
        QCOMPARE(receiver.received().size(), 2);
        QCOMPARE(receiver.received().at(1).target, QStringLiteral("/partner"));
        QVERIFY(receiver.received().at(1).delivery.body.contains(
            QByteArray("\"msn\":\"" + SamplePayload::exampleMsn().toLatin1())));
    }

    void simulate_reportsEachRegistration()
    {
        TestReceiver failing;
        QVERIFY(failing.start(serverCertificate(), serverKey()));
        failing.answer(500, QByteArrayLiteral("boom"));
        TestReceiver gone;
        QVERIFY(gone.start(serverCertificate(), serverKey()));
        const QString goneUrl = gone.url().toString();
        gone.stop(); // connection refused from now on

        const Registration first = m_sandbox->addRegistration(Msn, failing.url().toString(), {Created});
        const Registration second = m_sandbox->addRegistration(Msn, goneUrl, {Created});
        const QList<SimulatedDelivery> deliveries = simulate(Created);
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(deliveries.at(0).webhookId, first.id);
        QCOMPARE(deliveries.at(0).result->status, 500);
        QVERIFY(!deliveries.at(0).isSuccess());
        QCOMPARE(deliveries.at(1).webhookId, second.id);
        QVERIFY(!deliveries.at(1).result.has_value());
        QCOMPARE(deliveries.at(1).error.kind, ApiError::Kind::Network);
        QVERIFY(!deliveries.at(1).summary().isEmpty());
    }

    void simulate_noRegistrationGivesAnEmptyList()
    {
        m_sandbox->addSampleRegistrations(Msn);
        QVERIFY(simulate(QStringLiteral("user.checked-in.v1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSimulate)
#include "tst_sandboxsimulate.moc"
