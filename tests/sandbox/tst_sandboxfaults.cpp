// The sandbox's fault injection, HTTPS with the test certificates, its state file, and that it
// logs no secrets.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kMsn = QStringLiteral("123456");
const QString kCreated = QStringLiteral("epayments.payment.created.v1");
const QString kUrl = QStringLiteral("https://example.com/vipps/webhooks");
const QString kWebhooksPath = QStringLiteral("/webhooks/v1/webhooks");

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fault_statusWithRetryAfterSeconds();
    void fault_statusWithRetryAfterDate();
    void fault_serverErrorOnToken();
    void fault_customBody();
    void fault_matchesMethodAndPath();
    void fault_countAndClear();
    void fault_delayAnswersLater();
    void fault_delayOutlastsClientTimeout();
    void fault_dropAfterCommitKeepsRegistration();
    void fault_dropBeforeCommitDoesNothing();
    void fault_dropOnce_networkAccessManagerResendsPost();
    void fault_statusAfterCommitKeepsRegistration();

    void https_trustedCaSucceeds();
    void https_untrustedCaFails();
    void https_wrongHostAndExpiredFail_data();
    void https_wrongHostAndExpiredFail();

    void state_saveLoadRoundTrip();
    void state_loadRejectsBadFiles();
    void samples_arePlausible();
    void log_containsNoSecrets();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    SandboxServer::Keys m_keys = SandboxServer::defaultKeys();
};

void TestSandboxFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!readData(QStringLiteral("server.pem")).isEmpty(), "tests/data/server.pem is missing");
}

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::fault_statusWithRetryAfterSeconds()
{
    SandboxServer::Fault fault;
    fault.pathPrefix = kWebhooksPath;
    fault.status = 429;
    fault.retryAfterSeconds = 7;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys);
    TestResponse response = m_client->list(m_keys, token);
    QCOMPARE(response.status, 429);
    QCOMPARE(response.headers.value("retry-after"), QByteArray("7"));
    QCOMPARE(response.json.value(QStringLiteral("statusCode")).toInt(), 429);
    QVERIFY(response.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("7 seconds")));
    // The fault was for one call only.
    QCOMPARE(m_client->list(m_keys, m_client->token(m_keys)).status, 200);
}

void TestSandboxFaults::fault_statusWithRetryAfterDate()
{
    SandboxServer::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = kWebhooksPath;
    fault.status = 503;
    fault.retryAfterRaw = "Wed, 21 Oct 2037 07:28:00 GMT";
    m_server->injectFault(fault);
    const TestResponse response = m_client->list(m_keys, m_client->token(m_keys));
    QCOMPARE(response.status, 503);
    QCOMPARE(response.headers.value("retry-after"), fault.retryAfterRaw);
    QVERIFY(response.contentType().startsWith("application/problem+json"));
    QCOMPARE(response.json.value(QStringLiteral("title")).toString(), QStringLiteral("Service Unavailable"));
    QCOMPARE(response.json.value(QStringLiteral("status")).toInt(), 503);
}

void TestSandboxFaults::fault_serverErrorOnToken()
{
    SandboxServer::Fault fault;
    fault.pathPrefix = QStringLiteral("/accesstoken/get");
    fault.status = 500;
    m_server->injectFault(fault);
    const TestResponse response = m_client->fetchToken(m_keys);
    QCOMPARE(response.status, 500);
    QVERIFY(response.contentType().startsWith("application/json"));
    QCOMPARE(response.json.value(QStringLiteral("statusCode")).toInt(), 500);
    QCOMPARE(m_server->tokenRequestCount(), 1);
}

void TestSandboxFaults::fault_customBody()
{
    SandboxServer::Fault fault;
    fault.status = 502;
    fault.body = "<html>Bad gateway</html>";
    fault.contentType = "text/html";
    m_server->injectFault(fault);
    const TestResponse response = m_client->fetchToken(m_keys);
    QCOMPARE(response.status, 502);
    QCOMPARE(response.body, fault.body);
    QCOMPARE(response.contentType(), QByteArray("text/html"));
}

void TestSandboxFaults::fault_matchesMethodAndPath()
{
    SandboxServer::Fault fault;
    fault.method = "DELETE";
    fault.pathPrefix = kWebhooksPath;
    fault.status = 500;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys);
    QCOMPARE(token.isEmpty(), false);
    QCOMPARE(m_client->list(m_keys, token).status, 200);
    const Registration registration
        = m_server->addRegistration(SandboxServer::partnerBucket(), kUrl, {kCreated});
    QCOMPARE(m_client->remove(m_keys, token, registration.id).status, 500);
    QCOMPARE(m_server->registrations(SandboxServer::partnerBucket()).size(), 1);
    QCOMPARE(m_client->remove(m_keys, token, registration.id).status, 204);
}

void TestSandboxFaults::fault_countAndClear()
{
    SandboxServer::Fault fault;
    fault.pathPrefix = kWebhooksPath;
    fault.status = 503;
    fault.count = 2;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys);
    QCOMPARE(m_client->list(m_keys, token).status, 503);
    QCOMPARE(m_client->list(m_keys, token).status, 503);
    QCOMPARE(m_client->list(m_keys, token).status, 200);

    fault.count = -1; // until cleared
    m_server->injectFault(fault);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->list(m_keys, token).status, 503);
    m_server->clearFaults();
    QCOMPARE(m_client->list(m_keys, token).status, 200);
}

void TestSandboxFaults::fault_delayAnswersLater()
{
    SandboxServer::Fault fault;
    fault.pathPrefix = kWebhooksPath;
    fault.delayMs = 300;
    m_server->injectFault(fault);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QByteArray token = m_client->token(m_keys);
    QElapsedTimer clock;
    clock.start();
    const TestResponse response = m_client->registerWebhook(m_keys, token, kUrl, {kCreated});
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(response.status, 201);
    // A lower bound only (the answer cannot come before the delay is over), so it cannot flake; a
    // 10 % margin for the timer.
    QVERIFY2(
        elapsed >= fault.delayMs * 9 / 10,
        qPrintable(
            QStringLiteral("answered after %1 ms, before the %2 ms delay").arg(elapsed).arg(fault.delayMs)));
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(1).at(0).toByteArray(), QByteArray("POST"));
    QCOMPARE(handled.at(1).at(1).toString(), kWebhooksPath);
    QCOMPARE(handled.at(1).at(2).toInt(), 201);
}

void TestSandboxFaults::fault_delayOutlastsClientTimeout()
{
    SandboxServer::Fault fault;
    fault.pathPrefix = kWebhooksPath;
    fault.delayMs = 2000;
    m_server->injectFault(fault);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QByteArray token = m_client->token(m_keys);
    HeaderList headers = SandboxTestClient::webhookHeaders(m_keys, token);
    headers.emplaceBack("Content-Type", "application/json");
    const QByteArray body = R"({"url":"https://example.com/a","events":["epayments.payment.created.v1"]})";
    const TestResponse response = m_client->send("POST", kWebhooksPath, headers, body, 100);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::OperationCanceledError);
    // The work is done on arrival; only the answer waits.
    QCOMPARE(m_server->registrations(SandboxServer::partnerBucket()).size(), 1);
    // The server answers nobody when the delay is over, and does not crash.
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 2, 10000);
    QCOMPARE(handled.at(1).at(2).toInt(), 0);
}

// QNetworkAccessManager resends a request (POST included) once when the server closes the
// connection without answering, so these faults drop every attempt (count -1).
void TestSandboxFaults::fault_dropAfterCommitKeepsRegistration()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = kWebhooksPath;
    fault.count = -1;
    fault.dropAfterCommit = true;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys, kMsn);
    const int before = m_server->webhooksRequestCount();
    const TestResponse response = m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    const int attempts = m_server->webhooksRequestCount() - before;
    QVERIFY(attempts >= 1);
    QCOMPARE(m_server->registrations(kMsn).size(), attempts); // every attempt was committed
    QCOMPARE(m_server->registrations(kMsn).first().url, kUrl);
}

void TestSandboxFaults::fault_dropBeforeCommitDoesNothing()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = kWebhooksPath;
    fault.count = -1;
    fault.dropBeforeCommit = true;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys, kMsn);
    const TestResponse response = m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->registrations(kMsn).isEmpty());
    m_server->clearFaults();
    QCOMPARE(m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn).status, 201);
}

// Documents a hazard for the API client (Qt 6.4): after one dropped answer to a register call,
// QNetworkAccessManager silently sends the POST again; the second answer is a 201 and there are
// now two registrations.
void TestSandboxFaults::fault_dropOnce_networkAccessManagerResendsPost()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = kWebhooksPath;
    fault.dropAfterCommit = true;
    m_server->injectFault(fault);
    const QByteArray token = m_client->token(m_keys, kMsn);
    const int before = m_server->webhooksRequestCount();
    const TestResponse response = m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn);
    QCOMPARE(response.status, 201);
    QCOMPARE(m_server->webhooksRequestCount() - before, 2);
    QCOMPARE(m_server->registrations(kMsn).size(), 2);
}

void TestSandboxFaults::fault_statusAfterCommitKeepsRegistration()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = kWebhooksPath;
    fault.status = 500;
    fault.statusAfterCommit = true;
    m_server->injectFault(fault);
    const TestResponse response
        = m_client->registerWebhook(m_keys, m_client->token(m_keys), kUrl, {kCreated});
    QCOMPARE(response.status, 500);
    QCOMPARE(m_server->registrations(SandboxServer::partnerBucket()).size(), 1);
}

void TestSandboxFaults::https_trustedCaSucceeds()
{
    SandboxServer server;
    server.setTls(QSslCertificate(readData(QStringLiteral("server.pem"))),
                  QSslKey(readData(QStringLiteral("server-key.pem")), QSsl::Rsa));
    QVERIFY(server.isTls());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));

    SandboxTestClient client(server.baseUrl());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromData(readData(QStringLiteral("ca.pem"))));
    client.setSslConfiguration(ssl);
    const QByteArray token = client.token(m_keys);
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.registerWebhook(m_keys, token, kUrl, {kCreated}).status, 201);
    QCOMPARE(client.list(m_keys, token).status, 200);
}

void TestSandboxFaults::https_untrustedCaFails()
{
    SandboxServer server;
    server.setTls(QSslCertificate(readData(QStringLiteral("server.pem"))),
                  QSslKey(readData(QStringLiteral("server-key.pem")), QSsl::Rsa));
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl());
    const TestResponse response = client.fetchToken(m_keys);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(server.tokenRequestCount(), 0);
}

void TestSandboxFaults::https_wrongHostAndExpiredFail_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("wrong host") << QStringLiteral("wronghost");
    QTest::newRow("expired") << QStringLiteral("expired");
}

void TestSandboxFaults::https_wrongHostAndExpiredFail()
{
    QFETCH(QString, name);
    SandboxServer server;
    server.setTls(QSslCertificate(readData(name + QStringLiteral(".pem"))),
                  QSslKey(readData(name + QStringLiteral("-key.pem")), QSsl::Rsa));
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromData(readData(QStringLiteral("ca.pem"))));
    client.setSslConfiguration(ssl);
    const TestResponse response = client.fetchToken(m_keys);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxFaults::state_saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("sandbox.json"));
    m_server->addSampleRegistrations(SandboxServer::partnerBucket());
    const Registration unit = m_server->addRegistration(kMsn, kUrl, {QStringLiteral("user.checked-in.v1")});
    QString error;
    QVERIFY2(m_server->saveState(fileName, &error), qPrintable(error));
    const QFileDevice::Permissions permissions = QFile::permissions(fileName);
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                 | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));

    SandboxServer loaded;
    loaded.addRegistration(QStringLiteral("7777"), kUrl, {kCreated}); // replaced by the load
    QVERIFY2(loaded.loadState(fileName, &error), qPrintable(error));
    QCOMPARE(loaded.registrations(SandboxServer::partnerBucket()),
             m_server->registrations(SandboxServer::partnerBucket()));
    QCOMPARE(loaded.registrations(kMsn), m_server->registrations(kMsn));
    QVERIFY(loaded.registrations(QStringLiteral("7777")).isEmpty());
    QCOMPARE(loaded.secretOf(unit.id), unit.secret);
    for (const Webhook &webhook : m_server->registrations(SandboxServer::partnerBucket()))
        QCOMPARE(loaded.secretOf(webhook.id), m_server->secretOf(webhook.id));

    // A registration that was loaded counts towards the limit like any other.
    QVERIFY(loaded.start());
    SandboxTestClient loadedClient(loaded.baseUrl());
    const TestResponse response = loadedClient.registerWebhook(m_keys, loadedClient.token(m_keys), kUrl,
                                                               {QStringLiteral("user.checked-in.v1")}, kMsn);
    QCOMPARE(response.status, 400);
}

void TestSandboxFaults::state_loadRejectsBadFiles()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("bad.json"));
    const Registration kept = m_server->addRegistration(kMsn, kUrl, {kCreated});
    const QList<QByteArray> documents{
        "not json",
        R"({"format":"something-else","version":1,"buckets":{}})",
        R"({"format":"webhook-console-sandbox","version":2,"buckets":{}})",
        R"({"format":"webhook-console-sandbox","version":1,"buckets":{"12":[]}})",
        R"({"format":"webhook-console-sandbox","version":1,"buckets":{"partner":[{"id":"x","url":"https://a.example","events":["a"],"secret":"s"}]}})",
    };
    for (const QByteArray &document : documents) {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(document);
        file.close();
        QString error;
        QVERIFY2(!m_server->loadState(fileName, &error), document.constData());
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_server->secretOf(kept.id), kept.secret);
    }
    QString error;
    QVERIFY(!m_server->loadState(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_server->registrations(kMsn).size(), 1);
}

void TestSandboxFaults::samples_arePlausible()
{
    m_server->addSampleRegistrations(kMsn);
    const QList<Webhook> samples = m_server->registrations(kMsn);
    QVERIFY(samples.size() >= 3 && samples.size() <= 4);
    for (const Webhook &webhook : samples) {
        QVERIFY(webhook.url.startsWith(QStringLiteral("https://")));
        QVERIFY(!webhook.events.isEmpty());
        QVERIFY(!m_server->secretOf(webhook.id).isEmpty());
    }
    // The sample data can be listed through the API like anything else.
    const TestResponse response = m_client->list(m_keys, m_client->token(m_keys), kMsn);
    QCOMPARE(response.json.value(QStringLiteral("webhooks")).toArray().size(), samples.size());
    m_server->clearRegistrations();
    QVERIFY(m_server->registrations(kMsn).isEmpty());
}

void TestSandboxFaults::log_containsNoSecrets()
{
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const TestResponse tokenResponse = m_client->fetchToken(m_keys, kMsn);
    const QByteArray token = tokenResponse.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const TestResponse registered = m_client->registerWebhook(m_keys, token, kUrl, {kCreated}, kMsn);
    m_client->list(m_keys, token, kMsn);
    qInstallMessageHandler(previous);

    QCOMPARE(registered.status, 201);
    const QString secret = registered.json.value(QStringLiteral("secret")).toString();
    const QString log = capturedLog.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("/webhooks/v1/webhooks")), qPrintable(log)); // it does log
    for (const QString &needle :
         {QString::fromLatin1(token), secret, m_keys.clientSecret, m_keys.subscriptionKey})
        QVERIFY2(!log.contains(needle), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
