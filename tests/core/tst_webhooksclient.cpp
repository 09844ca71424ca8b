#include "core/networkaccessmanager.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

#include <memory>

namespace {

const QString Msn = QStringLiteral("123456");
const QString HookUrl = QStringLiteral("https://example.com/vipps/hooks");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

// Collects the one completion of an asynchronous call.
template<typename T> struct Outcome
{
    std::optional<T> result;
    int calls = 0;
    auto callback()
    {
        return [this](const T &r) {
            result.emplace(r);
            ++calls;
        };
    }
    // Waits for the one completion; when it does not come the test fails (a failed QTRY inside a
    // helper only returns from the lambda) and an error saying so is returned instead.
    T wait()
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000); }();
        return result.value_or(
            T(ApiError::input(QStringLiteral("No completion came: the test has failed."))));
    }
};

} // namespace

class TestWebhooksClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    ClientConfig config(const QString &msn = Msn) const
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.msn = msn;
        const auto keys = SandboxServer::defaultKeys();
        config.credentials = {keys.clientId, keys.clientSecret, keys.subscriptionKey};
        return config;
    }

    Result<QList<Webhook>> listOnce(WebhooksClient &client)
    {
        Outcome<Result<QList<Webhook>>> outcome;
        client.listWebhooks(this, outcome.callback());
        return outcome.wait();
    }

    Result<Registration> registerOnce(WebhooksClient &client, const RegisterRequest &request)
    {
        Outcome<Result<Registration>> outcome;
        client.registerWebhook(request, this, outcome.callback());
        return outcome.wait();
    }

    Result<Done> deleteOnce(WebhooksClient &client, const QString &id)
    {
        Outcome<Result<Done>> outcome;
        client.deleteWebhook(id, this, outcome.callback());
        return outcome.wait();
    }

    QList<SandboxServer::RecordedRequest> requestsTo(const QString &pathPrefix) const
    {
        QList<SandboxServer::RecordedRequest> matching;
        for (const auto &request : m_sandbox->recordedRequests()) {
            if (request.path.startsWith(pathPrefix))
                matching.append(request);
        }
        return matching;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void cleanup()
    {
        m_sandbox.reset();
        NetworkAccessManager::instance()->setExtraCaCertificates({});
    }

    void roundTrip_registerListDelete()
    {
        WebhooksClient client(config());
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY2(registered.ok(), qPrintable(registered.error().details()));
        QVERIFY(Validation::isUuid(registered.value().id));
        QCOMPARE(registered.value().secret, m_sandbox->secretOf(registered.value().id));

        const auto listed = listOnce(client);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().url, HookUrl);
        QCOMPARE(listed.value().first().events, QStringList{Captured});

        QVERIFY(deleteOnce(client, registered.value().id).ok());
        QVERIFY(listOnce(client).value().isEmpty());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1); // one token for all four calls
    }

    void token_reusedAndSharedWhileInFlight()
    {
        WebhooksClient client(config());
        int done = 0;
        for (int i = 0; i < 5; ++i)
            client.listWebhooks(this, [&done](const Result<QList<Webhook>> &r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 5);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(listOnce(client).ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        QVERIFY(client.tokenExpiresAt().has_value());
    }

    void token_refreshedBeforeItExpires()
    {
        m_sandbox->setTokenLifetimeSeconds(30); // inside the 60 s margin: never reused
        WebhooksClient client(config());
        QVERIFY(listOnce(client).ok());
        QVERIFY(listOnce(client).ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void token_headersAndEmptyBody()
    {
        WebhooksClient client(config());
        Outcome<Result<AccessToken>> outcome;
        client.fetchToken(this, outcome.callback());
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->error().details()));
        const auto requests = requestsTo(QStringLiteral("/accesstoken/get"));
        QCOMPARE(requests.size(), 1);
        const auto &headers = requests.first().headers;
        const auto keys = SandboxServer::defaultKeys();
        QCOMPARE(headers.value("client_id"), keys.clientId.toUtf8());
        QCOMPARE(headers.value("client_secret"), keys.clientSecret.toUtf8());
        QCOMPARE(headers.value("ocp-apim-subscription-key"), keys.subscriptionKey.toUtf8());
        QCOMPARE(headers.value("merchant-serial-number"), Msn.toUtf8());
        QCOMPARE(headers.value("vipps-system-name"), QByteArray("Webhook Console"));
        QVERIFY(headers.contains("vipps-system-version"));
        QVERIFY(headers.contains("vipps-system-plugin-name"));
        QVERIFY(headers.contains("vipps-system-plugin-version"));
        QVERIFY(requests.first().body.isEmpty());
    }

    void webhooks_neverSendClientCredentials()
    {
        WebhooksClient client(config());
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(registered.ok());
        QVERIFY(listOnce(client).ok());
        QVERIFY(deleteOnce(client, registered.value().id).ok());
        const auto calls = requestsTo(QStringLiteral("/webhooks/"));
        QCOMPARE(calls.size(), 3);
        for (const auto &request : calls) {
            QVERIFY(!request.headers.contains("client_id"));
            QVERIFY(!request.headers.contains("client_secret"));
            QVERIFY(request.headers.value("authorization").startsWith("Bearer "));
            QCOMPARE(request.headers.value("merchant-serial-number"), Msn.toUtf8());
            QVERIFY(request.headers.contains("ocp-apim-subscription-key"));
            QVERIFY(request.headers.contains("vipps-system-name"));
        }
        const auto &post = calls.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QVERIFY(post.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(post.body,
                 QByteArray("{\"events\":[\"epayments.payment.captured.v1\"],\"url\":\"https://example.com/"
                            "vipps/hooks\"}"));
    }

    void systemHeaders_longerThan30AreRefusedBeforeSending()
    {
        ClientConfig cfg = config();
        cfg.system.pluginName = QString(31, QLatin1Char('p'));
        WebhooksClient client(cfg);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Input);
        QCOMPARE(m_sandbox->recordedRequests().size(), 0);
    }

    void partner_sendsNoMsnAndUsesItsOwnBucket()
    {
        WebhooksClient partner(config(QString()));
        QVERIFY(registerOnce(partner, {HookUrl, {Captured}}).ok());
        QCOMPARE(m_sandbox->registrations(QStringLiteral("partner")).size(), 1);
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0);
        for (const auto &request : m_sandbox->recordedRequests())
            QVERIFY(!request.headers.contains("merchant-serial-number"));
        WebhooksClient merchant(config());
        QVERIFY(listOnce(merchant).value().isEmpty());
        QCOMPARE(listOnce(partner).value().size(), 1);
    }

    void refreshOnceOn401()
    {
        WebhooksClient client(config());
        QVERIFY(listOnce(client).ok());
        m_sandbox->revokeTokens();
        const auto listed = listOnce(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void second401IsAnAuthenticationFailure()
    {
        WebhooksClient client(config());
        SandboxServer::Fault fault;
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.status = 401;
        fault.count = 2;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Authentication);
        QCOMPARE(listed.error().httpStatus, 401);
        QVERIFY(listed.error().hint().contains(QStringLiteral("other environment")));
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 2);
    }

    void tokenErrors_gatewayAndAzureShapes_data()
    {
        QTest::addColumn<int>("which"); // 0 subscription key, 1 client id, 2 client secret
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("subscription key") << 0 << 401 << QStringLiteral("subscription key");
        QTest::newRow("client id") << 1 << 400 << QStringLiteral("AADSTS700016");
        QTest::newRow("client secret") << 2 << 401 << QStringLiteral("invalid_client");
    }

    void tokenErrors_gatewayAndAzureShapes()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(QString, text);
        ClientConfig cfg = config();
        (which == 0       ? cfg.credentials.subscriptionKey
             : which == 1 ? cfg.credentials.clientId
                          : cfg.credentials.clientSecret)
            = QStringLiteral("wrong-value");
        WebhooksClient client(cfg);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Authentication);
        QCOMPARE(listed.error().httpStatus, status);
        QVERIFY2(listed.error().details().contains(text), qPrintable(listed.error().details()));
        if (which != 1) // a client_id is not secret (Azure AD names it); secrets are never echoed
            QVERIFY(!listed.error().details().contains(QStringLiteral("wrong-value")));
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 0);
    }

    void registerRefused_rfc7807WithFieldErrors()
    {
        WebhooksClient client(config());
        const auto registered
            = registerOnce(client, {HookUrl, {QStringLiteral("epayment.payment.created.v1")}});
        QVERIFY(!registered.ok());
        const ApiError &error = registered.error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(!error.title.isEmpty());
        QVERIFY(!error.traceId.isEmpty());
        QVERIFY(!error.fieldErrors.isEmpty());
        QVERIFY2(error.details().contains(QStringLiteral("Unsupported values")), qPrintable(error.details()));
        QVERIFY(error.unconfirmedWebhookId.isEmpty());
    }

    void registerLimit_userCheckedInAllowsOne()
    {
        WebhooksClient client(config());
        QVERIFY(registerOnce(client, {HookUrl, {QStringLiteral("user.checked-in.v1")}}).ok());
        const auto second = registerOnce(
            client, {QStringLiteral("https://example.com/other"), {QStringLiteral("user.checked-in.v1")}});
        QVERIFY(!second.ok());
        QVERIFY(second.error().httpStatus == 400 || second.error().httpStatus == 409);
    }

    void invalidInput_refusedBeforeSending()
    {
        WebhooksClient client(config());
        const auto deleted = deleteOnce(client, QStringLiteral("../accesstoken/get"));
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error().kind, ApiError::Kind::Input);
        const auto registered = registerOnce(client, {QStringLiteral("http://example.com/"), {Captured}});
        QCOMPARE(registered.error().kind, ApiError::Kind::Input);
        const auto noEvents = registerOnce(client, {HookUrl, {}});
        QCOMPARE(noEvents.error().kind, ApiError::Kind::Input);
        QCOMPARE(m_sandbox->recordedRequests().size(), 0);
    }

    void deleteUnknownId_is404()
    {
        WebhooksClient client(config());
        const auto deleted = deleteOnce(client, QStringLiteral("0b6a8f9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error().httpStatus, 404);
    }

    void json_edgeCases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown event kept")
            << QByteArray("{\"webhooks\":[{\"id\":\"0b6a8f9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b\",\"url\":\"https://"
                          "x.example/\",\"events\":[\"brand.new.v1\"]}]}")
            << true << QString();
        QTest::newRow("missing url") << QByteArray("{\"webhooks\":[{\"id\":\"a\",\"events\":[]}]}") << false
                                     << QStringLiteral("webhooks[0].url");
        QTest::newRow("invalid json") << QByteArray("{\"webhooks\":[") << false << QStringLiteral("JSON");
        QTest::newRow("null list") << QByteArray("{\"webhooks\":null}") << false
                                   << QStringLiteral("webhooks");
    }

    void json_edgeCases()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, mention);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.status = 200;
        fault.body = body;
        fault.contentType = "application/json";
        m_sandbox->injectFault(fault);
        WebhooksClient client(config());
        const auto listed = listOnce(client);
        QCOMPARE(listed.ok(), ok);
        if (ok) {
            QCOMPARE(listed.value().first().events, QStringList{QStringLiteral("brand.new.v1")});
        } else {
            QCOMPARE(listed.error().kind, ApiError::Kind::Parse);
            QVERIFY2(listed.error().detail.contains(mention), qPrintable(listed.error().detail));
        }
    }

    void timeout_isReportedAsTimeout()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 300;
        WebhooksClient client(cfg);
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.delayMs = 3000;
        fault.count = 3;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Timeout);
        QVERIFY(listed.error().summary().contains(QStringLiteral("Listing webhooks")));
    }

    void list_retriedAfterServerError()
    {
        WebhooksClient client(config());
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 503;
        fault.count = 2;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 3);
    }

    void list_givesUpAfterThreeAttempts()
    {
        WebhooksClient client(config());
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 500;
        fault.count = 5;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 500);
        QCOMPARE(listed.error().attempts, 3);
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 3);
    }

    // Retry-After: 3 means three seconds: the second request comes no sooner (a lower bound,
    // which cannot flake). Milliseconds, or the ordinary back-off (about 0.5 s), would be sooner.
    void rateLimited_honoursRetryAfterInSeconds()
    {
        WebhooksClient client(config());
        QSignalSpy waiting(&client, &WebhooksClient::waiting);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 429;
        fault.retryAfterSeconds = 3;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
        const auto gets = requestsTo(QStringLiteral("/webhooks/"));
        QCOMPARE(gets.size(), 2);
        const qint64 apart = gets.at(1).receivedAtMs - gets.at(0).receivedAtMs;
        QVERIFY2(apart >= 2900, qPrintable(QStringLiteral("%1 ms apart").arg(apart)));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(1).toInt(), 3);
    }

    // The HTTP-date form, end to end: a date five seconds ahead (cut to whole seconds when
    // written and read) is a wait of at least three.
    void rateLimited_honoursRetryAfterAsHttpDate()
    {
        WebhooksClient client(config());
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 429;
        fault.retryAfterRaw = QLocale::c()
                                  .toString(QDateTime::currentDateTimeUtc().addSecs(5),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                  .toLatin1();
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
        const auto gets = requestsTo(QStringLiteral("/webhooks/"));
        QCOMPARE(gets.size(), 2);
        const qint64 apart = gets.at(1).receivedAtMs - gets.at(0).receivedAtMs;
        QVERIFY2(apart >= 2900, qPrintable(QStringLiteral("%1 ms apart").arg(apart)));
    }

    void rateLimited_beyondTheCapIsReported()
    {
        WebhooksClient client(config());
        client.setMaxRetryAfterSeconds(5);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 429;
        fault.retryAfterSeconds = 120;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 429);
        QCOMPARE(listed.error().retryAfterSeconds, 120);
    }

    void register_neverRetriedBlindly_droppedAfterCommit()
    {
        WebhooksClient client(config());
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.dropAfterCommit = true;
        m_sandbox->injectFault(fault);
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(!registered.ok());
        QVERIFY(registered.error().isAmbiguous());
        const auto stored = m_sandbox->registrations(Msn);
        QCOMPARE(stored.size(), 1); // one click never creates two registrations
        QCOMPARE(registered.error().unconfirmedWebhookId, stored.first().id);
        int posts = 0;
        for (const auto &request : m_sandbox->recordedRequests())
            posts += request.method == "POST" && request.path.startsWith(QStringLiteral("/webhooks/"));
        QCOMPARE(posts, 1);
    }

    void register_droppedBeforeCommitReportsTheFailure()
    {
        WebhooksClient client(config());
        SandboxServer::Fault fault;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.dropBeforeCommit = true;
        m_sandbox->injectFault(fault);
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(!registered.ok());
        QVERIFY(registered.error().unconfirmedWebhookId.isEmpty());
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0);
    }

    void register_existingDuplicateIsNotMistakenForTheNewOne()
    {
        WebhooksClient client(config());
        QVERIFY(registerOnce(client, {HookUrl, {Captured}}).ok()); // an older, known duplicate
        SandboxServer::Fault fault;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.status = 500;
        m_sandbox->injectFault(fault);
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(!registered.ok());
        QVERIFY(registered.error().unconfirmedWebhookId.isEmpty());
    }

    void delete_404OnRetryCountsAsDeleted()
    {
        WebhooksClient client(config());
        client.setRetryBaseDelay(10);
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(registered.ok());
        SandboxServer::Fault fault;
        fault.method = "DELETE";
        fault.dropAfterCommit = true;
        m_sandbox->injectFault(fault);
        const auto deleted = deleteOnce(client, registered.value().id);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().details()));
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0);
    }

    void connectionRefused_isANetworkError()
    {
        ClientConfig cfg = config();
        const quint16 port = m_sandbox->baseUrl().port();
        m_sandbox.reset(); // nothing listens there now
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        WebhooksClient client(cfg);
        client.setRetryBaseDelay(10);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Network);
        m_sandbox = std::make_unique<SandboxServer>(); // for cleanup()
    }

    void answersLargerThanTheCapAreRefused()
    {
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 200;
        fault.body = QByteArray("{\"webhooks\":[],\"pad\":\"") + QByteArray(9 * 1024 * 1024, 'x')
            + QByteArray("\"}");
        fault.contentType = "application/json";
        m_sandbox->injectFault(fault);
        WebhooksClient client(config());
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Parse);
        QVERIFY(listed.error().detail.contains(QStringLiteral("MiB")));
    }

    void redirectsAreNotFollowed()
    {
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 302;
        fault.body = "{}";
        m_sandbox->injectFault(fault);
        WebhooksClient client(config());
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 302);
    }

    // The timeout is a deadline for the whole operation: a server that never answers gets one
    // attempt, and the error says the deadline passed.
    void deadline_boundsTheWholeOperation()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 1000;
        WebhooksClient client(cfg);
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.delayMs = 60000;
        fault.count = -1;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(listed.error().detail.contains(QStringLiteral("deadline")),
                 qPrintable(listed.error().detail));
        QCOMPARE(listed.error().attempts, 1);
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 1);
        QTRY_VERIFY(!client.isBusy());
    }

    // The token call spends the same deadline.
    void deadline_includesTheTokenCall()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 1000;
        WebhooksClient client(cfg);
        SandboxServer::Fault fault;
        fault.pathPrefix = QStringLiteral("/accesstoken/");
        fault.delayMs = 60000;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(listed.error().operation, QStringLiteral("Listing webhooks"));
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 0);
    }

    // A back-off the deadline has no room for is not waited: the failure is reported at once.
    void deadline_noRetryWithoutTimeForIt()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 1500;
        WebhooksClient client(cfg);
        client.setRetryBaseDelay(4000); // a first back-off of 2 to 4 s
        QSignalSpy waiting(&client, &WebhooksClient::waiting);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 500;
        fault.count = -1;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 500);
        QCOMPARE(listed.error().attempts, 1);
        QVERIFY2(listed.error().detail.contains(QStringLiteral("deadline")),
                 qPrintable(listed.error().detail));
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 1);
        QCOMPARE(waiting.size(), 0);
    }

    // Retry-After beyond the deadline (though within the cap) is reported, not waited for.
    void deadline_retryAfterBeyondItIsReported()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 2000;
        WebhooksClient client(cfg);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 429;
        fault.retryAfterSeconds = 5;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 429);
        QCOMPARE(listed.error().retryAfterSeconds, 5);
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 1);
    }

    // While the deadline allows, retries go on as before.
    void deadline_retriesWithinIt()
    {
        ClientConfig cfg = config();
        cfg.timeoutMs = 10000;
        WebhooksClient client(cfg);
        client.setRetryBaseDelay(10);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 503;
        fault.count = 2;
        m_sandbox->injectFault(fault);
        const auto listed = listOnce(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
        QCOMPARE(requestsTo(QStringLiteral("/webhooks/")).size(), 3);
    }

    // A POST answered 401 gets a new token and is sent once more: one registration.
    void refreshOnceOn401_register()
    {
        WebhooksClient client(config());
        QVERIFY(listOnce(client).ok()); // a token is held
        m_sandbox->revokeTokens();      // and the API refuses it now
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY2(registered.ok(), qPrintable(registered.error().details()));
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        int posts = 0;
        for (const auto &request : requestsTo(QStringLiteral("/webhooks/")))
            posts += request.method == "POST";
        QCOMPARE(posts, 2);
        QCOMPARE(m_sandbox->registrations(Msn).size(), 1);
        QCOMPARE(registered.value().id, m_sandbox->registrations(Msn).first().id);
    }

    // A DELETE answered 401 gets a new token and is sent once more.
    void refreshOnceOn401_delete()
    {
        WebhooksClient client(config());
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(registered.ok());
        m_sandbox->revokeTokens();
        const auto deleted = deleteOnce(client, registered.value().id);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().details()));
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        int deletes = 0;
        for (const auto &request : requestsTo(QStringLiteral("/webhooks/")))
            deletes += request.method == "DELETE";
        QCOMPARE(deletes, 2);
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0);
    }

    // A second 401 on a POST is an authentication failure, and nothing is sent a third time.
    void second401OnRegisterIsReported()
    {
        WebhooksClient client(config());
        SandboxServer::Fault fault;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.status = 401;
        fault.count = 2;
        m_sandbox->injectFault(fault);
        const auto registered = registerOnce(client, {HookUrl, {Captured}});
        QVERIFY(!registered.ok());
        QCOMPARE(registered.error().httpStatus, 401);
        int posts = 0;
        for (const auto &request : requestsTo(QStringLiteral("/webhooks/")))
            posts += request.method == "POST";
        QCOMPARE(posts, 2);
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0);
    }

    void destroyedContext_noCallback()
    {
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.delayMs = 500;
        m_sandbox->injectFault(fault);
        WebhooksClient client(config());
        QSignalSpy busy(&client, &WebhooksClient::busyChanged);
        int calls = 0;
        auto *context = new QObject;
        client.listWebhooks(context, [&calls](const Result<QList<Webhook>> &) { ++calls; });
        QTRY_VERIFY(m_sandbox->tokenRequestCount() == 1 && client.isBusy());
        delete context;
        QTRY_VERIFY(!client.isBusy());
        QCOMPARE(calls, 0);
    }

    void cancelAll_noCallback()
    {
        WebhooksClient client(config());
        int calls = 0;
        client.listWebhooks(this, [&calls](const Result<QList<Webhook>> &) { ++calls; });
        client.registerWebhook({HookUrl, {Captured}}, this,
                               [&calls](const Result<Registration> &) { ++calls; });
        client.cancelAll();
        QTRY_VERIFY(!client.isBusy());
        QVERIFY(listOnce(client).ok()); // still usable afterwards
        QCOMPARE(calls, 0);
    }

    void https_trustedCertificateWorks()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setTls(QSslCertificate(readData("server.pem")),
                          QSslKey(readData("server-key.pem"), QSsl::Rsa));
        QVERIFY(m_sandbox->start());
        QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
        ClientConfig cfg = config();
        NetworkAccessManager::instance()->setExtraCaCertificates(
            QSslCertificate::fromData(readData("ca.pem")));
        WebhooksClient client(cfg);
        QVERIFY(registerOnce(client, {HookUrl, {Captured}}).ok());
        QCOMPARE(listOnce(client).value().size(), 1);
    }

    void https_refusesBadCertificates_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("trustCa");
        QTest::newRow("untrusted") << QStringLiteral("server") << false;
        QTest::newRow("expired") << QStringLiteral("expired") << true;
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << true;
    }

    void https_refusesBadCertificates()
    {
        QFETCH(QString, cert);
        QFETCH(bool, trustCa);
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setTls(QSslCertificate(readData(qPrintable(cert + QStringLiteral(".pem")))),
                          QSslKey(readData(qPrintable(cert + QStringLiteral("-key.pem"))), QSsl::Rsa));
        QVERIFY(m_sandbox->start());
        ClientConfig cfg = config();
        if (trustCa)
            NetworkAccessManager::instance()->setExtraCaCertificates(
                QSslCertificate::fromData(readData("ca.pem")));
        WebhooksClient client(cfg);
        const auto listed = listOnce(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, ApiError::Kind::Tls);
        QVERIFY(!listed.error().detail.isEmpty());
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhooksClient)
#include "tst_webhooksclient.moc"
