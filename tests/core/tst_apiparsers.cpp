#include "core/apiparsers.h"

#include <QTest>

class TestApiParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token_acceptsStringsAsTheApiSendsThem()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1495184574, Qt::UTC);
        const auto token
            = ApiParsers::parseAccessToken("{\"token_type\":\"Bearer\",\"expires_in\":\"86398\",\"ext_"
                                           "expires_in\":\"0\",\"expires_on\":\"1495271273\", "
                                           "\"not_before\":\"1495184574\",\"resource\":\"00000002-0000-0000-"
                                           "c000-000000000000\", \"access_token\":\"eyJ0eXAi.abc\"}",
                                           now);
        QVERIFY(token.ok());
        QCOMPARE(token.value().value, QByteArray("eyJ0eXAi.abc"));
        QCOMPARE(token.value().expiresAt, now.addSecs(86398));
    }

    void token_acceptsNumbers()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto token = ApiParsers::parseAccessToken(
            "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\"}", now);
        QVERIFY(token.ok());
        QCOMPARE(token.value().expiresAt, now.addSecs(3600));
    }

    void token_fallsBackToExpiresOn()
    {
        const auto token = ApiParsers::parseAccessToken("{\"expires_on\":1495271273,\"access_token\":\"t\"}",
                                                        QDateTime::currentDateTimeUtc());
        QVERIFY(token.ok());
        QCOMPARE(token.value().expiresAt.toSecsSinceEpoch(), 1495271273);
    }

    void token_errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing token")
            << QByteArray("{\"expires_in\":\"3600\"}") << QStringLiteral("access_token");
        QTest::newRow("numeric token")
            << QByteArray("{\"expires_in\":\"3600\",\"access_token\":5}") << QStringLiteral("access_token");
        QTest::newRow("bad expiry") << QByteArray("{\"expires_in\":\"soon\",\"access_token\":\"t\"}")
                                    << QStringLiteral("expires_in");
        QTest::newRow("no expiry") << QByteArray("{\"access_token\":\"t\"}") << QStringLiteral("expires_in");
        QTest::newRow("wrong type") << QByteArray(
            "{\"token_type\":\"MAC\",\"expires_in\":1,\"access_token\":\"t\"}")
                                    << QStringLiteral("token_type");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    }

    void token_errorsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto token = ApiParsers::parseAccessToken(body, QDateTime::currentDateTimeUtc());
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, ApiError::Kind::Parse);
        QVERIFY2(token.error().detail.contains(field), qPrintable(token.error().detail));
    }

    void list_keepsUnknownEventTypes()
    {
        const auto list = ApiParsers::parseWebhookList(
            "{\"webhooks\":[{\"id\":\"a\",\"url\":\"https://x.example/"
            "1\",\"events\":[\"epayments.payment.created.v1\",\"future.event.v9\"]}]}");
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(
            list.value().first().events,
            QStringList({QStringLiteral("epayments.payment.created.v1"), QStringLiteral("future.event.v9")}));
    }

    void list_emptyIsFine()
    {
        const auto list = ApiParsers::parseWebhookList("{\"webhooks\":[]}");
        QVERIFY(list.ok());
        QVERIFY(list.value().isEmpty());
    }

    void list_neverHalfFilled_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no list") << QByteArray("{}") << QStringLiteral("webhooks");
        QTest::newRow("list not array") << QByteArray("{\"webhooks\":{}}") << QStringLiteral("webhooks");
        QTest::newRow("second without id")
            << QByteArray("{\"webhooks\":[{\"id\":\"a\",\"url\":\"https://"
                          "x\",\"events\":[]},{\"url\":\"https://y\",\"events\":[]}]}")
            << QStringLiteral("webhooks[1].id");
        QTest::newRow("url number") << QByteArray("{\"webhooks\":[{\"id\":\"a\",\"url\":5,\"events\":[]}]}")
                                    << QStringLiteral("webhooks[0].url");
        QTest::newRow("events string")
            << QByteArray("{\"webhooks\":[{\"id\":\"a\",\"url\":\"u\",\"events\":\"x\"}]}")
            << QStringLiteral("webhooks[0].events");
        QTest::newRow("event number")
            << QByteArray("{\"webhooks\":[{\"id\":\"a\",\"url\":\"u\",\"events\":[1]}]}")
            << QStringLiteral("webhooks[0].events");
        QTest::newRow("truncated") << QByteArray("{\"webhooks\":[{\"id\":\"a\"") << QStringLiteral("JSON");
    }

    void list_neverHalfFilled()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto list = ApiParsers::parseWebhookList(body);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().detail.contains(field), qPrintable(list.error().detail));
    }

    void registration_needsIdAndSecret()
    {
        QVERIFY(ApiParsers::parseRegistration("{\"id\":\"i\",\"secret\":\"s\"}").ok());
        QVERIFY(!ApiParsers::parseRegistration("{\"id\":\"i\"}").ok());
        QVERIFY(!ApiParsers::parseRegistration("{\"secret\":\"s\"}").ok());
        QVERIFY(ApiParsers::parseRegistration("{\"id\":\"i\",\"secret\":\"\"}")
                    .error()
                    .detail.contains(QStringLiteral("secret")));
    }

    void error_rfc7807()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400,
            "{ \"type\":\"00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00\",\"title\":\"Bad "
            "Request\",\"status\":400, \"detail\":\"One or more validation errors "
            "occurred.\",\"instance\":\"/v1/webhooks\", "
            "\"traceId\":\"00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00\", "
            "\"extraDetails\":[{\"name\":\"url\",\"reason\":\"The property is required and cannot be null or "
            "empty.\"}]}");
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.title, QStringLiteral("Bad Request"));
        QCOMPARE(error.detail, QStringLiteral("One or more validation errors occurred."));
        QCOMPARE(error.traceId, QStringLiteral("00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00"));
        QCOMPARE(error.fieldErrors.size(), 1);
        QCOMPARE(error.fieldErrors.first().name, QStringLiteral("url"));
        const QString details = error.details();
        QVERIFY(details.contains(QStringLiteral("url: The property is required")));
        QVERIFY(details.contains(error.traceId));
    }

    void error_rfc7807WithNullsAndStringStatus()
    {
        const ApiError error
            = ApiError::fromHttpResponse(409,
                                         "{\"type\":null,\"title\":null,\"status\":\"409\",\"detail\":"
                                         "\"Conflict here\",\"traceId\":null,\"extraDetails\":null}");
        QCOMPARE(error.detail, QStringLiteral("Conflict here"));
        QCOMPARE(error.title, QStringLiteral("Conflict")); // the reason phrase fills in
        QVERIFY(error.fieldErrors.isEmpty());
    }

    void error_gatewayShape()
    {
        const ApiError error = ApiError::fromHttpResponse(
            401,
            "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key. Make sure to "
            "provide a valid key for an active subscription.\"}");
        QCOMPARE(error.kind, ApiError::Kind::Authentication);
        QVERIFY(error.detail.startsWith(QStringLiteral("Access denied due to invalid subscription key")));
        QVERIFY(error.hint().contains(QStringLiteral("other environment")));
    }

    void error_azureAdShape()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400,
            "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application not "
            "found\",\"error_codes\":[700016], \"timestamp\":\"2023-01-01 "
            "00:00:00Z\",\"trace_id\":\"trace-1\",\"correlation_id\":\"corr-1\",\"error_uri\":\"https://"
            "x\"}");
        QCOMPARE(error.title, QStringLiteral("unauthorized_client"));
        QVERIFY(error.detail.startsWith(QStringLiteral("AADSTS700016")));
        QCOMPARE(error.traceId, QStringLiteral("trace-1"));
    }

    void error_unknownBodyKeepsStatus()
    {
        const ApiError error = ApiError::fromHttpResponse(502, "<html>bad gateway</html>");
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.isServerError());
        QVERIFY(error.isAmbiguous());
        QVERIFY(error.summary().contains(QStringLiteral("502")));
    }

    void retryAfter_secondsAndDates()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(ApiParsers::parseRetryAfter("7", now), 7);
        QCOMPARE(ApiParsers::parseRetryAfter("Sat, 21 Nov 2026 12:00:30 GMT", now), 30);
        QCOMPARE(ApiParsers::parseRetryAfter("Sat, 21 Nov 2026 11:00:00 GMT", now), 0);
        QCOMPARE(ApiParsers::parseRetryAfter("", now), -1);
        QCOMPARE(ApiParsers::parseRetryAfter("soon", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
