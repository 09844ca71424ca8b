// DeliveryVerification: what the Verify dialog and `webhook-console-cli verify` add to
// DeliverySignature::verify(), here the "re-serialised" diagnosis of a body whose hash fails.
#include "core/deliveryverification.h"

#include <QTest>

namespace {

const QString Secret = QStringLiteral("a-webhook-secret-for-the-tests");
const QUrl Url(QStringLiteral("https://example.com/hooks/vipps"));
// A compact body as Vipps MobilePay sends it: its keys are not in alphabetical order.
const QByteArray CompactBody(
    "{\"msn\":\"123456\",\"reference\":\"order-1\",\"amount\":{\"value\":100,\"currency\":\"NOK\"}}");

Delivery signedDelivery()
{
    return DeliverySignature::sign(Url, CompactBody, Secret,
                                   QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

} // namespace

class TestDeliveryVerification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksReserialised_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expected");
        QTest::newRow("compact, keys unsorted") << CompactBody << false;
        QTest::newRow("compact, one value changed") << QByteArray(CompactBody).replace("100", "900") << false;
        QTest::newRow("compact with a final line break") << CompactBody + '\n' << false;
        QTest::newRow("spaces inside a string")
            << QByteArray("{\"b\":\"two words\",\"a\":\"x : y, z\"}") << false;
        QTest::newRow("escaped quote inside a string")
            << QByteArray("{\"b\":\"say \\\"hi\\\"\",\"a\":1}") << false;
        QTest::newRow("pretty-printed, keys unsorted")
            << QByteArray("{\n  \"msn\": \"123456\",\n  \"reference\": \"order-1\"\n}") << true;
        QTest::newRow("space after a colon only") << QByteArray("{\"b\": 1,\"a\":2}") << true;
        QTest::newRow("space after an escaped quote") << QByteArray("{\"b\":\"\\\"\", \"a\":2}") << true;
        QTest::newRow("not JSON") << QByteArray("amount = 100, currency = NOK") << false;
    }

    void looksReserialised()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, expected);
        QCOMPARE(DeliveryVerification::looksReserialised(body), expected);
    }

    void verify_tamperedCompactBody_notCalledReserialised()
    {
        Delivery delivery = signedDelivery();
        QVERIFY(DeliveryVerification::verify(delivery, Secret, Url).verdict.isValid());
        delivery.body.replace("100", "900");
        const auto outcome = DeliveryVerification::verify(delivery, Secret, Url);
        QCOMPARE(outcome.verdict.failure, DeliverySignature::Failure::BodyHashMismatch);
        QVERIFY2(!outcome.verdict.reason.contains(QLatin1String("re-serialised")),
                 qPrintable(outcome.verdict.reason));
        QVERIFY2(outcome.verdict.reason.contains(QLatin1String("changed")),
                 qPrintable(outcome.verdict.reason));
    }

    void verify_prettyPrintedBody_calledReserialised()
    {
        Delivery delivery = signedDelivery();
        delivery.body = "{\n    \"msn\": \"123456\",\n    \"reference\": \"order-1\",\n"
                        "    \"amount\": {\"value\": 100, \"currency\": \"NOK\"}\n}\n";
        const auto outcome = DeliveryVerification::verify(delivery, Secret, Url);
        QCOMPARE(outcome.verdict.failure, DeliverySignature::Failure::BodyHashMismatch);
        QVERIFY2(outcome.verdict.reason.contains(QLatin1String("re-serialised")),
                 qPrintable(outcome.verdict.reason));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryVerification)
#include "tst_deliveryverification.moc"
