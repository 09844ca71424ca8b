// The sandbox API over a real loopback socket: the token endpoint, the header rules of the
// webhooks calls, register/list/delete and their error shapes.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString kMsn = QStringLiteral("123456");
const QString kCreated = QStringLiteral("epayments.payment.created.v1");
const QString kCheckedIn = QStringLiteral("user.checked-in.v1");
const QString kUrl = QStringLiteral("https://example.com/vipps/webhooks");

bool isTraceId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^00-[0-9a-f]{32}-[0-9a-f]{16}-00$"));
    return pattern.match(text).hasMatch();
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void start_givesLoopbackBaseUrl();
    void start_failsOnBusyPort();

    void token_returnsStringFields();
    void token_rejectsMissingSubscriptionKey();
    void token_rejectsWrongSubscriptionKey();
    void token_rejectsUnknownClientId();
    void token_rejectsMissingClientId();
    void token_rejectsWrongClientSecret();
    void token_checksMerchantSerialNumber();
    void token_recordsSystemHeaders();
    void token_rejectsGet();
    void unknownPath_returnsProblem404();

    void webhooks_requireSubscriptionKey();
    void webhooks_rejectMissingOrUnknownBearer();
    void webhooks_rejectExpiredToken();
    void webhooks_rejectRevokedToken();
    void webhooks_rejectInvalidMsn();
    void webhooks_doNotNeedClientCredentials();

    void register_returnsIdAndSecret();
    void register_problemShape();
    void register_rejectsExtraProperty();
    void register_rejectsHttpUrl();
    void register_rejectsMissingUrl();
    void register_rejectsUnknownEvent();
    void register_rejectsEmptyEvents();
    void register_rejectsInvalidJson();
    void register_rejectsWrongContentType();
    void register_enforcesLimit25PerBucket();
    void register_allowsOneCheckedInPerBucket();

    void list_returnsOnlyTheBucket();
    void delete_returns204AndRemoves();
    void delete_unknownIdReturns404();
    void delete_nonUuidReturns400();
    void delete_otherBucketReturns404();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    SandboxServer::Keys m_keys;
};

void TestSandboxServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_keys = SandboxServer::defaultKeys();
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxServer::start_givesLoopbackBaseUrl()
{
    const QUrl url = m_server->baseUrl();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.port(), int(m_server->port()));
    QVERIFY(!m_server->isTls());
}

void TestSandboxServer::start_failsOnBusyPort()
{
    SandboxServer second;
    QVERIFY(!second.start(m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(second.baseUrl().isEmpty());
}

void TestSandboxServer::token_returnsStringFields()
{
    const TestResponse response = m_client->fetchToken(m_keys);
    QCOMPARE(response.status, 200);
    QVERIFY(response.contentType().startsWith("application/json"));
    const QStringList fields{QStringLiteral("token_type"),     QStringLiteral("expires_in"),
                             QStringLiteral("ext_expires_in"), QStringLiteral("expires_on"),
                             QStringLiteral("not_before"),     QStringLiteral("resource"),
                             QStringLiteral("access_token")};
    for (const QString &field : fields)
        QVERIFY2(response.json.value(field).isString(), qPrintable(field));
    QCOMPARE(response.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(response.json.value(QStringLiteral("expires_in")).toString(), QStringLiteral("3600"));
    QCOMPARE(response.json.value(QStringLiteral("ext_expires_in")).toString(), QStringLiteral("0"));
    const qint64 expiresOn = response.json.value(QStringLiteral("expires_on")).toString().toLongLong();
    const qint64 notBefore = response.json.value(QStringLiteral("not_before")).toString().toLongLong();
    QCOMPARE(expiresOn - notBefore, 3600);
    const QString token = response.json.value(QStringLiteral("access_token")).toString();
    // Shaped like the real ones: a JWT (header.payload.signature, base64url) of realistic length.
    QVERIFY(token.size() >= 1200);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"))
                .match(token)
                .hasMatch());
    QVERIFY(m_client->token(m_keys) != token.toLatin1()); // never the same twice
    QCOMPARE(m_server->tokenRequestCount(), 2);
}

void TestSandboxServer::token_rejectsMissingSubscriptionKey()
{
    const TestResponse response = m_client->send(
        "POST", QStringLiteral("/accesstoken/get"),
        {{"client_id", m_keys.clientId.toUtf8()}, {"client_secret", m_keys.clientSecret.toUtf8()}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json.value(QStringLiteral("statusCode")).toInt(), 401);
    QVERIFY(response.json.value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("Access denied due to missing subscription key.")));
}

void TestSandboxServer::token_rejectsWrongSubscriptionKey()
{
    SandboxServer::Keys keys = m_keys;
    keys.subscriptionKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    const TestResponse response = m_client->fetchToken(keys);
    QCOMPARE(response.status, 401);
    QCOMPARE(
        response.json,
        QJsonObject({{QStringLiteral("statusCode"), 401},
                     {QStringLiteral("message"),
                      QStringLiteral("Access denied due to invalid subscription key. Make sure to provide a "
                                     "valid key for an active subscription.")}}));
}

void TestSandboxServer::token_rejectsUnknownClientId()
{
    SandboxServer::Keys keys = m_keys;
    keys.clientId = QStringLiteral("fb492b5e-7907-4d83-ba20-c7fb60ca35de");
    const TestResponse response = m_client->fetchToken(keys);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized_client"));
    const QString description = response.json.value(QStringLiteral("error_description")).toString();
    QVERIFY(description.startsWith(QStringLiteral("AADSTS700016: Application with identifier '")
                                   + keys.clientId));
    QCOMPARE(response.json.value(QStringLiteral("error_codes")).toArray(), QJsonArray{700016});
    QVERIFY(response.json.value(QStringLiteral("timestamp")).isString());
    QVERIFY(isUuid(response.json.value(QStringLiteral("trace_id")).toString()));
    QVERIFY(isUuid(response.json.value(QStringLiteral("correlation_id")).toString()));
}

void TestSandboxServer::token_rejectsMissingClientId()
{
    const TestResponse response
        = m_client->send("POST", QStringLiteral("/accesstoken/get"),
                         {{"client_secret", m_keys.clientSecret.toUtf8()},
                          {"Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8()}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
}

void TestSandboxServer::token_rejectsWrongClientSecret()
{
    SandboxServer::Keys keys = m_keys;
    keys.clientSecret = QStringLiteral("not-the-secret");
    const TestResponse response = m_client->fetchToken(keys);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(response.json.value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS7000215: Invalid client secret provided.")));
    QCOMPARE(response.json.value(QStringLiteral("error_codes")).toArray(), QJsonArray{7000215});
    QVERIFY(!response.body.contains(keys.clientSecret.toUtf8()));
}

void TestSandboxServer::token_checksMerchantSerialNumber()
{
    QCOMPARE(m_client->fetchToken(m_keys, QStringLiteral("1234")).status, 200);
    QCOMPARE(m_client->fetchToken(m_keys, QStringLiteral("1234567")).status, 200);
    QCOMPARE(m_client->fetchToken(m_keys, QStringLiteral("123")).status, 400);
    QCOMPARE(m_client->fetchToken(m_keys, QStringLiteral("12345678")).status, 400);
    QCOMPARE(m_client->fetchToken(m_keys, QStringLiteral("12a456")).status, 400);
}

void TestSandboxServer::token_recordsSystemHeaders()
{
    HeaderList headers = SandboxTestClient::tokenHeaders(m_keys);
    headers.emplaceBack("Vipps-System-Name", "webhook-console");
    headers.append({"Vipps-System-Plugin-Name", QByteArray(40, 'x')}); // longer than allowed: still accepted
    QCOMPARE(m_client->send("POST", QStringLiteral("/accesstoken/get"), headers).status, 200);
    const auto recorded = m_server->recordedRequests();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().method, QByteArray("POST"));
    QCOMPARE(recorded.first().path, QStringLiteral("/accesstoken/get"));
    QCOMPARE(recorded.first().headers.value("vipps-system-name"), QByteArray("webhook-console"));
    QCOMPARE(recorded.first().headers.value("vipps-system-plugin-name"), QByteArray(40, 'x'));
    m_server->clearRecordedRequests();
    QVERIFY(m_server->recordedRequests().isEmpty());
}

void TestSandboxServer::token_rejectsGet()
{
    const TestResponse response
        = m_client->send("GET", QStringLiteral("/accesstoken/get"), SandboxTestClient::tokenHeaders(m_keys));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.headers.value("allow"), QByteArray("POST"));
}

void TestSandboxServer::unknownPath_returnsProblem404()
{
    const TestResponse response = m_client->send("GET", QStringLiteral("/webhooks/v2/things"), {});
    QCOMPARE(response.status, 404);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    QCOMPARE(response.json.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(m_client->send("PUT", QStringLiteral("/webhooks/v1/webhooks"), {}).status, 405);
}

void TestSandboxServer::webhooks_requireSubscriptionKey()
{
    const QByteArray token = m_client->token(m_keys);
    TestResponse response = m_client->send("GET", QStringLiteral("/webhooks/v1/webhooks"),
                                           {{"Authorization", "Bearer " + token}});
    QCOMPARE(response.status, 401);
    QVERIFY(response.json.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("missing subscription key")));

    SandboxServer::Keys wrong = m_keys;
    wrong.subscriptionKey = QStringLiteral("wrong");
    response = m_client->list(wrong, token);
    QCOMPARE(response.status, 401);
    QVERIFY(response.json.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("invalid subscription key")));
}

void TestSandboxServer::webhooks_rejectMissingOrUnknownBearer()
{
    const QJsonObject expected{
        {QStringLiteral("statusCode"), 401},
        {QStringLiteral("message"), QStringLiteral("Unauthorized. Access token is missing or invalid.")}};
    TestResponse response = m_client->send("GET", QStringLiteral("/webhooks/v1/webhooks"),
                                           {{"Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8()}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json, expected);

    response = m_client->list(m_keys, "made-up-token");
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json, expected);

    // The word Bearer is required.
    const QByteArray token = m_client->token(m_keys);
    response = m_client->send(
        "GET", QStringLiteral("/webhooks/v1/webhooks"),
        {{"Authorization", token}, {"Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8()}});
    QCOMPARE(response.status, 401);
    QCOMPARE(m_client->list(m_keys, token).status, 200);
}

void TestSandboxServer::webhooks_rejectExpiredToken()
{
    m_server->setTokenLifetimeSeconds(1);
    const TestResponse tokenResponse = m_client->fetchToken(m_keys);
    QCOMPARE(tokenResponse.json.value(QStringLiteral("expires_in")).toString(), QStringLiteral("1"));
    const QByteArray token = tokenResponse.json.value(QStringLiteral("access_token")).toString().toLatin1();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->list(m_keys, token).status, 401, 10000);
}

void TestSandboxServer::webhooks_rejectRevokedToken()
{
    const QByteArray token = m_client->token(m_keys);
    QCOMPARE(m_client->list(m_keys, token).status, 200);
    m_server->revokeTokens();
    QCOMPARE(m_client->list(m_keys, token).status, 401);
    QCOMPARE(m_client->list(m_keys, m_client->token(m_keys)).status, 200);
}

void TestSandboxServer::webhooks_rejectInvalidMsn()
{
    const QByteArray token = m_client->token(m_keys);
    const TestResponse response = m_client->list(m_keys, token, QStringLiteral("12"));
    QCOMPARE(response.status, 400);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().startsWith(QStringLiteral("Merchant-Serial-Number: ")));
}

void TestSandboxServer::webhooks_doNotNeedClientCredentials()
{
    const QByteArray token = m_client->token(m_keys);
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, token, kMsn);
    QCOMPARE(m_client->send("GET", QStringLiteral("/webhooks/v1/webhooks"), headers).status, 200);
    QVERIFY(!m_server->recordedRequests().constLast().headers.contains("client_id"));
    // Sent anyway (the documentation slip), they are accepted and recorded.
    headers.emplaceBack("client_id", m_keys.clientId.toUtf8());
    QCOMPARE(m_client->send("GET", QStringLiteral("/webhooks/v1/webhooks"), headers).status, 200);
    QCOMPARE(m_server->recordedRequests().constLast().headers.value("client_id"), m_keys.clientId.toUtf8());
    QCOMPARE(m_server->webhooksRequestCount(), 2);
}

void TestSandboxServer::register_returnsIdAndSecret()
{
    const QByteArray token = m_client->token(m_keys, kMsn);
    const TestResponse response = m_client->registerWebhook(
        m_keys, token, kUrl, {kCreated, kCreated, QStringLiteral("epayments.payment.captured.v1")}, kMsn);
    QCOMPARE(response.status, 201);
    QVERIFY(response.contentType().startsWith("application/json"));
    QCOMPARE(response.json.keys(), QStringList({QStringLiteral("id"), QStringLiteral("secret")}));
    const QString id = response.json.value(QStringLiteral("id")).toString();
    const QString secret = response.json.value(QStringLiteral("secret")).toString();
    QVERIFY(isUuid(id));
    QVERIFY(secret.size() >= 40);
    QCOMPARE(m_server->secretOf(id), secret);
    const QList<Webhook> registered = m_server->registrations(kMsn);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.first().id, id);
    QCOMPARE(registered.first().url, kUrl);
    QCOMPARE(registered.first().events,
             QStringList({kCreated, QStringLiteral("epayments.payment.captured.v1")}));
    QVERIFY(m_server->registrations(SandboxServer::partnerBucket()).isEmpty());
}

void TestSandboxServer::register_problemShape()
{
    const TestResponse response = m_client->registerWebhook(
        m_keys, m_client->token(m_keys), QStringLiteral("http://example.com/hook"), {kCreated});
    QCOMPARE(response.status, 400);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    const QJsonObject &json = response.json;
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Bad Request"));
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(json.value(QStringLiteral("detail")).toString(),
             QStringLiteral("One or more validation errors occurred."));
    QCOMPARE(json.value(QStringLiteral("instance")).toString(), QStringLiteral("/v1/webhooks"));
    QVERIFY(isTraceId(json.value(QStringLiteral("traceId")).toString()));
    QVERIFY(isTraceId(json.value(QStringLiteral("type")).toString()));
}

void TestSandboxServer::register_rejectsExtraProperty()
{
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, m_client->token(m_keys));
    headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    const QByteArray body
        = R"({"url":"https://example.com/a","events":["epayments.payment.created.v1"],"description":"x"})";
    const TestResponse response
        = m_client->send("POST", QStringLiteral("/webhooks/v1/webhooks"), headers, body);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().startsWith(QStringLiteral("description: ")));
    QVERIFY(m_server->registrations(SandboxServer::partnerBucket()).isEmpty());
}

void TestSandboxServer::register_rejectsHttpUrl()
{
    const QByteArray token = m_client->token(m_keys);
    for (const QString &url : {QStringLiteral("http://example.com/hook"), QStringLiteral("/relative/hook"),
                               QStringLiteral("https://"), QStringLiteral(" https://example.com/")}) {
        const TestResponse response = m_client->registerWebhook(m_keys, token, url, {kCreated});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.extraDetails().size(), 1);
        QVERIFY2(response.extraDetails().first().startsWith(QStringLiteral("url: ")), qPrintable(url));
    }
    QVERIFY(m_server->registrations(SandboxServer::partnerBucket()).isEmpty());
}

void TestSandboxServer::register_rejectsMissingUrl()
{
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, m_client->token(m_keys));
    headers.emplaceBack("Content-Type", "application/json");
    const TestResponse response = m_client->send("POST", QStringLiteral("/webhooks/v1/webhooks"), headers,
                                                 R"({"events":["epayments.payment.created.v1"]})");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails(),
             QStringList{QStringLiteral("url: The property is required and cannot be null or empty.")});
}

void TestSandboxServer::register_rejectsUnknownEvent()
{
    const TestResponse response = m_client->registerWebhook(
        m_keys, m_client->token(m_keys), kUrl, {kCreated, QStringLiteral("epayment.payment.created.v1")});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails(),
             QStringList{QStringLiteral("events: Unsupported values: epayment.payment.created.v1")});
}

void TestSandboxServer::register_rejectsEmptyEvents()
{
    const TestResponse response = m_client->registerWebhook(m_keys, m_client->token(m_keys), kUrl, {});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().startsWith(QStringLiteral("events: ")));
}

void TestSandboxServer::register_rejectsInvalidJson()
{
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, m_client->token(m_keys));
    headers.emplaceBack("Content-Type", "application/json");
    for (const QByteArray &body : {QByteArray("{not json"), QByteArray("[]"), QByteArray()}) {
        const TestResponse response
            = m_client->send("POST", QStringLiteral("/webhooks/v1/webhooks"), headers, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.extraDetails().size(), 1);
    }
}

void TestSandboxServer::register_rejectsWrongContentType()
{
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, m_client->token(m_keys));
    headers.emplaceBack("Content-Type", "text/plain");
    const QByteArray body = R"({"url":"https://example.com/a","events":["epayments.payment.created.v1"]})";
    const TestResponse response
        = m_client->send("POST", QStringLiteral("/webhooks/v1/webhooks"), headers, body);
    QCOMPARE(response.status, 415);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    QCOMPARE(response.json.value(QStringLiteral("title")).toString(),
             QStringLiteral("Unsupported Media Type"));
    QVERIFY(m_server->registrations(SandboxServer::partnerBucket()).isEmpty());
}

void TestSandboxServer::register_enforcesLimit25PerBucket()
{
    const QByteArray token = m_client->token(m_keys, kMsn);
    for (int i = 0; i < 24; ++i)
        m_server->addRegistration(kMsn, QStringLiteral("https://example.com/%1").arg(i), {kCreated});
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn).status, 201);
    const TestResponse response = m_client->registerWebhook(
        m_keys, token, kUrl, {QStringLiteral("epayments.payment.captured.v1"), kCreated}, kMsn);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().startsWith(QStringLiteral("events: ")));
    QVERIFY(response.extraDetails().first().contains(kCreated));
    QVERIFY(response.extraDetails().first().contains(QStringLiteral("25")));
    QCOMPARE(m_server->registrations(kMsn).size(), 25);
    // Other event types, the partner bucket and other sales units have room of their own.
    QCOMPARE(
        m_client
            ->registerWebhook(m_keys, token, kUrl, {QStringLiteral("epayments.payment.captured.v1")}, kMsn)
            .status,
        201);
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCreated}).status, 201);
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, QStringLiteral("654321")).status,
             201);
}

void TestSandboxServer::register_allowsOneCheckedInPerBucket()
{
    const QByteArray token = m_client->token(m_keys, kMsn);
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCheckedIn}, kMsn).status, 201);
    const TestResponse response = m_client->registerWebhook(m_keys, token, kUrl, {kCheckedIn}, kMsn);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().contains(kCheckedIn));
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCheckedIn}).status, 201);
}

void TestSandboxServer::list_returnsOnlyTheBucket()
{
    const Registration unit = m_server->addRegistration(kMsn, kUrl, {kCreated});
    const Registration partner = m_server->addRegistration(
        SandboxServer::partnerBucket(), QStringLiteral("https://example.org/p"), {kCheckedIn});
    const QByteArray token = m_client->token(m_keys);

    TestResponse response = m_client->list(m_keys, token, kMsn);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json,
             QJsonObject({{QStringLiteral("webhooks"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), unit.id},
                                                  {QStringLiteral("url"), kUrl},
                                                  {QStringLiteral("events"), QJsonArray{kCreated}}}}}}));
    QVERIFY(!response.body.contains(unit.secret.toUtf8()));

    response = m_client->list(m_keys, token);
    const QJsonArray partnerList = response.json.value(QStringLiteral("webhooks")).toArray();
    QCOMPARE(partnerList.size(), 1);
    QCOMPARE(partnerList.first().toObject().value(QStringLiteral("id")).toString(), partner.id);

    response = m_client->list(m_keys, token, QStringLiteral("7777"));
    QCOMPARE(response.json.value(QStringLiteral("webhooks")).toArray(), QJsonArray());
}

void TestSandboxServer::delete_returns204AndRemoves()
{
    const Registration registration = m_server->addRegistration(kMsn, kUrl, {kCreated});
    const TestResponse response = m_client->remove(m_keys, m_client->token(m_keys), registration.id, kMsn);
    QCOMPARE(response.status, 204);
    QVERIFY(response.body.isEmpty());
    QVERIFY(m_server->registrations(kMsn).isEmpty());
    QVERIFY(m_server->secretOf(registration.id).isEmpty());
}

void TestSandboxServer::delete_unknownIdReturns404()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TestResponse response = m_client->remove(m_keys, m_client->token(m_keys), id, kMsn);
    QCOMPARE(response.status, 404);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    QCOMPARE(response.json.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(response.json.value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(response.json.value(QStringLiteral("instance")).toString(),
             QStringLiteral("/v1/webhooks/") + id);
    QVERIFY(isTraceId(response.json.value(QStringLiteral("traceId")).toString()));
}

void TestSandboxServer::delete_nonUuidReturns400()
{
    const TestResponse response
        = m_client->remove(m_keys, m_client->token(m_keys), QStringLiteral("not-a-uuid"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.extraDetails().size(), 1);
    QVERIFY(response.extraDetails().first().startsWith(QStringLiteral("id: ")));
}

void TestSandboxServer::delete_otherBucketReturns404()
{
    const Registration registration = m_server->addRegistration(kMsn, kUrl, {kCreated});
    const QByteArray token = m_client->token(m_keys);
    QCOMPARE(m_client->remove(m_keys, token, registration.id).status, 404);
    QCOMPARE(m_client->remove(m_keys, token, registration.id, QStringLiteral("654321")).status, 404);
    QCOMPARE(m_server->registrations(kMsn).size(), 1);
    // Ids are compared without regard to case.
    QCOMPARE(m_client->remove(m_keys, token, registration.id.toUpper(), kMsn).status, 204);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
