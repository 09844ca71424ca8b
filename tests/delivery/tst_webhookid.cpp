// Webhook-Id in every delivery path: a signed test delivery and each of the sandbox's simulated
// deliveries carry one (a fresh UUID per delivery, never the registration's id, and not part of
// the signature); a receiver's raw request gives it back to Verify.
#include "deliverytestsupport.h"
#include "testreceiver.h"

#include "core/deliverysignature.h"
#include "core/validation.h"
#include "delivery/testdeliverysender.h"
#include "sandbox/sandboxserver.h"

#include <QSet>
#include <QTest>

using namespace DeliveryTest;

namespace {

const QString Msn = QStringLiteral("123456");
const QString Created = QStringLiteral("epayments.payment.created.v1");
const QString Secret = QStringLiteral("c2VjcmV0LW9mLXRoZS13ZWJob29rLWlkLXRlc3Q=");

} // namespace

class TestWebhookId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { trustTestCa(false); }

    void testDelivery_carriesFreshWebhookId()
    {
        TestReceiver receiver;
        QVERIFY(receiver.start(serverCertificate(), serverKey()));
        trustTestCa(true);
        TestDeliverySender sender;
        QList<QByteArray> sentIds;
        for (int i = 0; i < 2; ++i) {
            std::optional<Result<TestDeliveryResult>> outcome;
            sender.send(receiver.url(), Created, Secret, Msn, this,
                        [&outcome](const Result<TestDeliveryResult> &r) { outcome = r; });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
            QVERIFY(outcome->ok());
            sentIds.append(outcome->value().sentDelivery.webhookId);
        }
        QCOMPARE(receiver.received().size(), 2);
        QList<QByteArray> receivedIds;
        for (const auto &received : receiver.received()) {
            const QByteArray id = received.headers.value("webhook-id");
            QVERIFY2(Validation::isUuid(QString::fromLatin1(id)), id.constData());
            receivedIds.append(id);
            // Not part of the signature: the delivery verifies as it is.
            QVERIFY(DeliverySignature::verify(received.delivery, Secret, receiver.url()).isValid());
        }
        QCOMPARE(receivedIds, sentIds);
        QVERIFY(receivedIds.at(0) != receivedIds.at(1)); // one per delivery
    }

    void simulatedDeliveries_carryWebhookIdOfTheirOwn()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        sandbox.setAllowLoopbackCallbacks(true);
        TestReceiver receiver;
        QVERIFY(receiver.start());
        const Registration first
            = sandbox.addRegistration(Msn, receiver.url(QStringLiteral("/a")).toString(), {Created});
        const Registration second
            = sandbox.addRegistration(Msn, receiver.url(QStringLiteral("/a")).toString(), {Created});

        std::optional<QList<SimulatedDelivery>> deliveries;
        sandbox.simulateEvent(Created, Msn, this,
                              [&deliveries](const QList<SimulatedDelivery> &list) { deliveries = list; });
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.has_value(), 15000);
        QCOMPARE(deliveries->size(), 2);
        QCOMPARE(receiver.received().size(), 2);
        QSet<QByteArray> ids;
        for (const auto &received : receiver.received()) {
            const QByteArray id = received.headers.value("webhook-id");
            QVERIFY2(Validation::isUuid(QString::fromLatin1(id)), id.constData());
            QVERIFY(id != first.id.toLatin1() && id != second.id.toLatin1()); // not the registration's
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 2);
    }

    void parseRawHttp_readsWebhookId()
    {
        const QByteArray raw
            = "POST /hook HTTP/1.1\r\nHost: example.com\r\nwebhook-id: 0f0e4b3a-1111-4222-8333-444455556666"
              "\r\nx-ms-date: Thu, 30 Mar 2023 08:38:32 GMT\r\n\r\n{}";
        QString error;
        const auto delivery = DeliverySignature::parseRawHttp(raw, &error);
        QVERIFY2(delivery, qPrintable(error));
        QCOMPARE(delivery->webhookId, QByteArrayLiteral("0f0e4b3a-1111-4222-8333-444455556666"));
        const auto without
            = DeliverySignature::parseRawHttp("POST /hook HTTP/1.1\r\nHost: example.com\r\n\r\n{}", &error);
        QVERIFY(without);
        QVERIFY(without->webhookId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookId)
#include "tst_webhookid.moc"
