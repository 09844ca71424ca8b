#include "core/deliverysignature.h"

#include <QTest>

namespace {

const QString OfficialSecret = QStringLiteral(
    "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
const QUrl OfficialUrl(QStringLiteral("https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63"));
const QByteArray
    OfficialBody("{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}");
const QByteArray OfficialDate("Thu, 30 Mar 2023 08:38:32 GMT");
const QByteArray OfficialHash("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
const QByteArray OfficialSignature("agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=");

Delivery official()
{
    return Delivery{OfficialUrl, OfficialDate, OfficialHash,
                    "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                        + OfficialSignature,
                    OfficialBody};
}

} // namespace

class TestDeliverySignature final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialExample_reproducedExactly()
    {
        // The reference says "75 bytes"; the body as printed is 74 and it is the 74 bytes that hash
        // to the official x-ms-content-sha256, so the hash is taken as the authority.
        QCOMPARE(OfficialBody.size(), 74);
        QCOMPARE(DeliverySignature::contentHash(OfficialBody), OfficialHash);
        const QByteArray toSign = DeliverySignature::stringToSign(OfficialUrl, OfficialDate, OfficialHash);
        QCOMPARE(
            toSign,
            QByteArray(
                "POST\n/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63\nThu, 30 Mar 2023 08:38:32 GMT;webhook.site;")
                + OfficialHash);
        QCOMPARE(DeliverySignature::signature(OfficialSecret, toSign), OfficialSignature);
        const QDateTime when(QDate(2023, 3, 30), QTime(8, 38, 32), Qt::UTC);
        const Delivery signedDelivery
            = DeliverySignature::sign(OfficialUrl, OfficialBody, OfficialSecret, when);
        QCOMPARE(signedDelivery.date, OfficialDate);
        QCOMPARE(signedDelivery.authorization, official().authorization);
    }

    void officialExample_verifies()
    {
        const auto verdict = DeliverySignature::verify(official(), OfficialSecret, OfficialUrl);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void hostCarriesNonDefaultPort()
    {
        QCOMPARE(DeliverySignature::hostOf(QUrl(QStringLiteral("https://example.com:8443/x"))),
                 QByteArray("example.com:8443"));
        QCOMPARE(DeliverySignature::hostOf(QUrl(QStringLiteral("https://example.com:443/x"))),
                 QByteArray("example.com"));
        QCOMPARE(DeliverySignature::hostOf(QUrl(QStringLiteral("https://[::1]:8443/x"))),
                 QByteArray("[::1]:8443"));
        QCOMPARE(DeliverySignature::pathAndQueryOf(QUrl(QStringLiteral("https://example.com/a/b?c=d&e=f"))),
                 QByteArray("/a/b?c=d&e=f"));
        QCOMPARE(DeliverySignature::pathAndQueryOf(QUrl(QStringLiteral("https://example.com"))),
                 QByteArray("/"));
    }

    void failure_bodyChanged()
    {
        Delivery delivery = official();
        delivery.body.append(' ');
        const auto verdict = DeliverySignature::verify(delivery, OfficialSecret, OfficialUrl);
        QCOMPARE(verdict.failure, DeliverySignature::Failure::BodyHashMismatch);
    }

    void failure_bodyReserialised()
    {
        Delivery delivery = official();
        delivery.body
            = "{\n    \"some-unique-content\": \"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"\n}\n";
        const auto verdict = DeliverySignature::verify(delivery, OfficialSecret, OfficialUrl);
        QCOMPARE(verdict.failure, DeliverySignature::Failure::BodyHashMismatch);
        QVERIFY2(verdict.reason.contains(QStringLiteral("re-serialised")), qPrintable(verdict.reason));
    }

    void failure_wrongSecret()
    {
        const auto verdict
            = DeliverySignature::verify(official(), QStringLiteral("another-secret"), OfficialUrl);
        QCOMPARE(verdict.failure, DeliverySignature::Failure::SignatureMismatch);
        QVERIFY(verdict.reason.contains(QStringLiteral("other environment")));
    }

    void failure_pathDiffers()
    {
        Delivery delivery = official();
        delivery.url = QUrl(QStringLiteral("https://webhook.site/other-path"));
        const auto verdict = DeliverySignature::verify(delivery, OfficialSecret, OfficialUrl);
        QCOMPARE(verdict.failure, DeliverySignature::Failure::UrlMismatch);
        delivery.url = QUrl(QStringLiteral("https://webhook.site:8443/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63"));
        QCOMPARE(DeliverySignature::verify(delivery, OfficialSecret, OfficialUrl).failure,
                 DeliverySignature::Failure::UrlMismatch);
    }

    void failure_crlfInStringToSign()
    {
        Delivery delivery = official();
        const QByteArray crlf
            = DeliverySignature::stringToSign(OfficialUrl, OfficialDate, OfficialHash).replace("\n", "\r\n");
        delivery.authorization = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
            + DeliverySignature::signature(OfficialSecret, crlf);
        const auto verdict = DeliverySignature::verify(delivery, OfficialSecret, OfficialUrl);
        QCOMPARE(verdict.failure, DeliverySignature::Failure::SignatureMismatch);
        QVERIFY(verdict.reason.contains(QStringLiteral("CRLF")));
    }

    void failure_malformedAuthorization()
    {
        Delivery delivery = official();
        delivery.authorization = "Bearer abc";
        QCOMPARE(DeliverySignature::verify(delivery, OfficialSecret).failure,
                 DeliverySignature::Failure::MalformedAuthorization);
        delivery.authorization.clear();
        QCOMPARE(DeliverySignature::verify(delivery, OfficialSecret).failure,
                 DeliverySignature::Failure::MissingHeader);
    }

    void rawHttp_parsedAndVerified()
    {
        const QByteArray raw = "POST /e2cee29b-012e-4f1d-8ef4-e95fd74a7a63 HTTP/1.1\r\nHost: webhook.site\r\n"
                               "Content-Type: application/json\r\nx-ms-date: "
            + OfficialDate + "\r\nx-ms-content-sha256: " + OfficialHash
            + "\r\nAuthorization: " + official().authorization + "\r\n\r\n" + OfficialBody;
        QString error;
        const auto delivery = DeliverySignature::parseRawHttp(raw, &error);
        QVERIFY2(delivery.has_value(), qPrintable(error));
        QCOMPARE(delivery->url, OfficialUrl);
        QCOMPARE(delivery->body, OfficialBody);
        QVERIFY(DeliverySignature::verify(*delivery, OfficialSecret, OfficialUrl).isValid());
        QVERIFY(!DeliverySignature::parseRawHttp("hello", &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeliverySignature)
#include "tst_deliverysignature.moc"
