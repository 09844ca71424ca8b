// The sample payloads of test deliveries: the reference's ePayment shape exactly, plausible
// shapes for the other products, compact JSON, and always marked as simulated.
#include "core/eventcatalog.h"
#include "delivery/samplepayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2023-08-14T12:48:46.260Z"), Qt::ISODateWithMs);

QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", body.constData());
    return document.object();
}

} // namespace

class TestSamplePayload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ePayment_hasTheReferenceShape()
    {
        const QByteArray body = SamplePayload::forEvent(QStringLiteral("epayments.payment.authorized.v1"),
                                                        QStringLiteral("123456"), Now);
        // The reference's example, key for key, in its order, plus the "simulated" marker.
        static const QRegularExpression shape(QStringLiteral(
            "^\\{\"msn\":\"123456\",\"reference\":\"webhook-console-test-[0-9a-f]{20}\",\"pspReference\":\"["
            "0-9]{10}\","
            "\"name\":\"AUTHORIZED\",\"amount\":\\{\"currency\":\"NOK\",\"value\":35000\\},"
            "\"timestamp\":\"2023-08-14T12:48:46.260Z\",\"idempotencyKey\":\"[0-9a-f]{20}\",\"success\":true,"
            "\"simulated\":true\\}$"));
        QVERIFY2(shape.match(QString::fromUtf8(body)).hasMatch(), body.constData());
        // A reference Vipps MobilePay would accept.
        static const QRegularExpression reference(QStringLiteral("^[a-zA-Z0-9-]{8,64}$"));
        QVERIFY(reference.match(parse(body).value(QStringLiteral("reference")).toString()).hasMatch());
    }

    void ePayment_namesEachEvent_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        const char *names[] = {"created",  "aborted",  "expired",    "cancelled",
                               "captured", "refunded", "authorized", "terminated"};
        for (const char *name : names) {
            QTest::newRow(name) << QStringLiteral("epayments.payment.%1.v1").arg(QLatin1String(name))
                                << QString::fromLatin1(name).toUpper();
        }
    }

    void ePayment_namesEachEvent()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QCOMPARE(parse(SamplePayload::forEvent(type, QStringLiteral("654321"), Now))
                     .value(QStringLiteral("name"))
                     .toString(),
                 name);
    }

    void everyKnownEvent_isCompactAndSimulated()
    {
        for (const EventType &event : EventCatalog::instance().events()) {
            const QByteArray body = SamplePayload::forEvent(event.type, QStringLiteral("123456"), Now);
            const QJsonObject object = parse(body);
            QVERIFY2(!object.isEmpty(), qPrintable(event.type));
            QVERIFY2(!body.contains('\n') && !body.contains(": ") && !body.contains(", "), body.constData());
            QVERIFY2(SamplePayload::isSimulated(body), qPrintable(event.type));
            QVERIFY2(body.contains("\"webhook-console-test-"), body.constData());
            QCOMPARE(object.value(QStringLiteral("msn")).toString(), QStringLiteral("123456"));
            if (event.productId != QLatin1String("epayment") && event.productId != QLatin1String("qr"))
                QCOMPARE(object.value(QStringLiteral("eventType")).toString(), event.type);
        }
    }

    void recurring_chargesAndAgreementsDiffer()
    {
        const QJsonObject charge
            = parse(SamplePayload::forEvent(QStringLiteral("recurring.charge-failed.v1"), {}, Now));
        QVERIFY(charge.value(QStringLiteral("chargeId")).toString().startsWith(QLatin1String("chr-")));
        QVERIFY(charge.value(QStringLiteral("agreementId")).toString().startsWith(QLatin1String("agr_")));
        QCOMPARE(charge.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
        QVERIFY(charge.contains(QStringLiteral("failureReason")));
        QCOMPARE(charge.value(QStringLiteral("occurred")).toString(),
                 QStringLiteral("2023-08-14T12:48:46.260Z"));

        const QJsonObject agreement
            = parse(SamplePayload::forEvent(QStringLiteral("recurring.agreement-activated.v1"), {}, Now));
        QVERIFY(!agreement.contains(QStringLiteral("chargeId")));
        QCOMPARE(agreement.value(QStringLiteral("actor")).toString(), QStringLiteral("USER"));
    }

    void checkedIn_masksThePhoneNumber()
    {
        const QJsonObject object
            = parse(SamplePayload::forEvent(QStringLiteral("user.checked-in.v1"), {}, Now));
        QVERIFY(object.value(QStringLiteral("phoneNumber")).toString().contains(QLatin1Char('*')));
        QCOMPARE(object.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2023-08-14T12:48:46.260Z"));
    }

    void emptyMsn_usesTheExampleSalesUnit()
    {
        const QJsonObject object
            = parse(SamplePayload::forEvent(QStringLiteral("epayments.payment.created.v1"), {}, Now));
        QCOMPARE(object.value(QStringLiteral("msn")).toString(), SamplePayload::exampleMsn());
    }

    void unknownEvent_isMinimal()
    {
        const QByteArray body
            = SamplePayload::forEvent(QStringLiteral("newproduct.thing-happened.v2"), {}, Now);
        QCOMPARE(body,
                 QByteArrayLiteral("{\"eventType\":\"newproduct.thing-happened.v2\",\"simulated\":true,"
                                   "\"timestamp\":\"2023-08-14T12:48:46.260Z\"}"));
    }

    void identifiers_differEachTime()
    {
        const QString type = QStringLiteral("epayments.payment.created.v1");
        QVERIFY(SamplePayload::forEvent(type, {}, Now) != SamplePayload::forEvent(type, {}, Now));
    }

    void isSimulated_needsTheMarker()
    {
        QVERIFY(SamplePayload::isSimulated(QByteArrayLiteral("{\"simulated\":true}")));
        QVERIFY(!SamplePayload::isSimulated(QByteArrayLiteral("{\"simulated\":false}")));
        QVERIFY(!SamplePayload::isSimulated(QByteArrayLiteral("{\"msn\":\"123456\"}")));
        QVERIFY(!SamplePayload::isSimulated(QByteArrayLiteral("not json")));
    }
};

QTEST_GUILESS_MAIN(TestSamplePayload)
#include "tst_samplepayload.moc"
