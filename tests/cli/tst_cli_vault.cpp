// The secrets of the vault at work, through a real Secret Service (scripts/with-test-keyring):
// `register` stores a webhook's secret, then `verify --webhook-id` checks deliveries with it and
// `send-test` signs a simulated delivery with it and posts it to a local HTTPS receiver (its
// certificate trusted through WEBHOOK_CONSOLE_CA_FILE for the child processes only).
#include "../delivery/testreceiver.h"
#include "clirunner.h"

#include "core/deliverysignature.h"
#include "delivery/samplepayload.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr auto Msn = "123456";
const QString CreatedEvent = QStringLiteral("epayments.payment.created.v1");
const QString CapturedEvent = QStringLiteral("epayments.payment.captured.v1");

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64());
}

QString dataFile(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

QByteArray readData(const char *name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

} // namespace

class CliVaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void verify_webhookId_usesStoredSecret();
    void verify_webhookId_rawFile_comparesWithRegisteredUrl();
    void verify_webhookId_rawFile_withoutKeys_usesRequestUrl();
    void verify_webhookId_otherProfile_noSecret_exits2();
    void verify_webhookId_otherEnvironmentsSecret_isNamed();
    void sendTest_deliversSignedSimulatedDelivery();
    void sendTest_receivedDelivery_verifiesWithCli();
    void sendTest_json();
    void sendTest_debugLogging_neverShowsSecret();
    void sendTest_receiverAnswers500_exits1();
    void sendTest_noStoredSecret_exits1WithAdvice();
    void sendTest_eventNotOfWebhook_exits1UnlessForced();
    void sendTest_unknownWebhook_exits1();
    void sendTest_untrustedCertificate_exits4();
    void sendTest_receiverDown_exits4();
    void sendTest_givenUrl_needsNoKeys();

private:
    QStringList api(const QStringList &arguments) const;
    // Registers `url` for `events` with the CLI (the secret goes to the vault); returns the id.
    QString registerWithCli(const QString &url, const QStringList &events = {CreatedEvent});
    QString file(const QString &name, const QByteArray &content);
    QStringList headerOptions(const Delivery &delivery, const QString &bodyFile) const;
    // The request `delivery` as a receiver saw it, with `target` and `host`.
    static QByteArray rawRequest(const Delivery &delivery, const QByteArray &target, const QByteArray &host);

    SandboxServer m_server;
    SandboxServer::Keys m_keys;
    TestReceiver m_receiver;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void CliVaultTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_keys = {QUuid::createUuid().toString(QUuid::WithoutBraces), randomText(24),
              QUuid::createUuid().toString(QUuid::Id128)};
    m_server.setKeys(m_keys);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_receiver.start(QSslCertificate(readData("server.pem")),
                             QSslKey(readData("server-key.pem"), QSsl::Rsa)));
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
    m_cli->forbid(m_keys.clientSecret);
    m_cli->forbid(m_keys.subscriptionKey);
}

void CliVaultTest::init()
{
    m_server.clearRegistrations();
    m_server.clearFaults();
    m_receiver.answer(200);
    m_cli->setKeys(m_keys, QString::fromLatin1(Msn));
    m_cli->environment().insert(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"), dataFile("ca.pem"));
}

void CliVaultTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    m_cli->clearLeaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
}

QStringList CliVaultTest::api(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--base-url"), m_server.baseUrl().toString()} + arguments;
}

QString CliVaultTest::registerWithCli(const QString &url, const QStringList &events)
{
    QStringList arguments{QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"), url};
    for (const QString &event : events)
        arguments << QStringLiteral("--event") << event;
    const CliRun run = m_cli->run(api(arguments));
    const QJsonObject object = run.json().object();
    const QString id = object.value(QStringLiteral("id")).toString();
    if (run.exitCode != 0 || !object.value(QStringLiteral("secretStored")).toBool()) {
        qWarning().noquote() << run.describe();
        return {};
    }
    // From here on, the secret must never be printed.
    m_cli->forbid(m_server.secretOf(id));
    return id;
}

QString CliVaultTest::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList CliVaultTest::headerOptions(const Delivery &delivery, const QString &bodyFile) const
{
    return {QStringLiteral("--url"),
            delivery.url.toString(),
            QStringLiteral("--date"),
            QString::fromLatin1(delivery.date),
            QStringLiteral("--content-sha256"),
            QString::fromLatin1(delivery.contentSha256),
            QStringLiteral("--authorization"),
            QString::fromLatin1(delivery.authorization),
            QStringLiteral("--body-file"),
            bodyFile};
}

QByteArray CliVaultTest::rawRequest(const Delivery &delivery, const QByteArray &target,
                                    const QByteArray &host)
{
    return "POST " + target + " HTTP/1.1\r\nHost: " + host
        + "\r\nContent-Type: application/json\r\nx-ms-date: " + delivery.date
        + "\r\nx-ms-content-sha256: " + delivery.contentSha256
        + "\r\nAuthorization: " + delivery.authorization + "\r\n\r\n" + delivery.body;
}

// --- verify --webhook-id ---------------------------------------------------------------------

void CliVaultTest::verify_webhookId_usesStoredSecret()
{
    const QString url = QStringLiteral("https://example.com/vipps/hook?shop=1");
    const QString id = registerWithCli(url);
    QVERIFY(!id.isEmpty());
    const QString secret = m_server.secretOf(id);

    // A delivery signed with the secret the API returned at registration.
    const QByteArray body
        = SamplePayload::forEvent(CreatedEvent, QString::fromLatin1(Msn), QDateTime::currentDateTimeUtc());
    const Delivery delivery
        = DeliverySignature::sign(QUrl(url), body, secret, QDateTime::currentDateTimeUtc());
    const QString bodyFile = file(QStringLiteral("stored.json"), body);
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--webhook-id"), id};

    const CliRun run = m_cli->run(api(verify + headerOptions(delivery, bodyFile)));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QStringLiteral("valid\n"));

    // The same delivery with its body changed is not valid.
    const CliRun changed = m_cli->run(
        api(verify + headerOptions(delivery, file(QStringLiteral("stored-changed.json"), body + ' '))));
    QVERIFY2(changed.exitCode == 1, changed.describe().constData());
    QVERIFY2(changed.err.contains(QLatin1String("the body hash check failed")),
             changed.describe().constData());

    // Another webhook's stored secret does not verify it.
    const QString other = registerWithCli(QStringLiteral("https://example.com/vipps/other"));
    QVERIFY(!other.isEmpty());
    const CliRun wrong
        = m_cli->run(api(QStringList{QStringLiteral("verify"), QStringLiteral("--webhook-id"), other}
                         + headerOptions(delivery, bodyFile)));
    QVERIFY2(wrong.exitCode == 1, wrong.describe().constData());
    QVERIFY2(wrong.err.contains(QLatin1String("the signature check failed")), wrong.describe().constData());
}

void CliVaultTest::verify_webhookId_rawFile_comparesWithRegisteredUrl()
{
    const QString url = QStringLiteral("https://example.com/vipps/raw");
    const QString id = registerWithCli(url);
    QVERIFY(!id.isEmpty());
    const QByteArray body("{\"simulated\":true}");
    const Delivery delivery
        = DeliverySignature::sign(QUrl(url), body, m_server.secretOf(id), QDateTime::currentDateTimeUtc());
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--webhook-id"), id,
                             QStringLiteral("--raw-file")};

    // No --url: the registered URL comes from the list of webhooks (the API keys are set).
    const int listCalls = m_server.webhooksRequestCount();
    const CliRun run
        = m_cli->run(api(verify
                         + QStringList{file(QStringLiteral("raw-ok.http"),
                                            rawRequest(delivery, "/vipps/raw", "example.com"))}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(m_server.webhooksRequestCount() > listCalls, "the webhooks were listed");
    QVERIFY2(!run.err.contains(QLatin1String("Note:")), run.describe().constData());

    // A request that reached another path is caught as a URL difference, not a bad signature.
    const CliRun moved
        = m_cli->run(api(verify
                         + QStringList{file(QStringLiteral("raw-moved.http"),
                                            rawRequest(delivery, "/vipps/moved", "example.com"))}));
    QVERIFY2(moved.exitCode == 1, moved.describe().constData());
    QVERIFY2(moved.err.contains(QLatin1String("the URL check failed")), moved.describe().constData());
    QVERIFY2(moved.err.contains(QLatin1String("/vipps/raw")), moved.describe().constData());
}

void CliVaultTest::verify_webhookId_rawFile_withoutKeys_usesRequestUrl()
{
    const QString url = QStringLiteral("https://example.com/vipps/offline");
    const QString id = registerWithCli(url);
    QVERIFY(!id.isEmpty());
    const Delivery delivery
        = DeliverySignature::sign(QUrl(url), "{}", m_server.secretOf(id), QDateTime::currentDateTimeUtc());
    // No API keys: nothing is looked up, the request's own URL is used, with a note.
    m_cli->clearKeys();
    m_cli->environment().insert(QStringLiteral("VIPPS_MSN"), QString::fromLatin1(Msn));
    const int calls = m_server.webhooksRequestCount() + m_server.tokenRequestCount();
    const CliRun run = m_cli->run(api(
        {QStringLiteral("verify"), QStringLiteral("--webhook-id"), id, QStringLiteral("--raw-file"),
         file(QStringLiteral("raw-offline.http"), rawRequest(delivery, "/vipps/offline", "example.com"))}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("Note:")), run.describe().constData());
    QCOMPARE(m_server.webhooksRequestCount() + m_server.tokenRequestCount(), calls);
}

void CliVaultTest::verify_webhookId_otherProfile_noSecret_exits2()
{
    const QString id = registerWithCli(QStringLiteral("https://example.com/vipps/msn"));
    QVERIFY(!id.isEmpty());
    const Delivery delivery
        = DeliverySignature::sign(QUrl(QStringLiteral("https://example.com/vipps/msn")), "{}",
                                  m_server.secretOf(id), QDateTime::currentDateTimeUtc());
    // Stored under MSN 123456; asked for under another sales unit: not found, which is not a
    // verdict on the delivery.
    const CliRun run
        = m_cli->run(api(QStringList{QStringLiteral("verify"), QStringLiteral("--msn"),
                                     QStringLiteral("654321"), QStringLiteral("--webhook-id"), id}
                         + headerOptions(delivery, file(QStringLiteral("msn.json"), "{}"))));
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("No secret of webhook")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("654321")), run.describe().constData());
}

void CliVaultTest::verify_webhookId_otherEnvironmentsSecret_isNamed()
{
    // One webhook id with a secret stored for each environment (no profile: the environment and
    // MSN given on the command line), put in the keychain as the console stores them.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString testSecret = randomText(32);
    const QString productionSecret = randomText(32);
    KeychainSecretStore keychain;
    for (const auto &[environment, secret] :
         {std::pair{Environment::Test, testSecret}, std::pair{Environment::Production, productionSecret}}) {
        Profile profile; // no profile: the environment and MSN of the command line
        profile.environment = environment;
        profile.msn = QString::fromLatin1(Msn);
        std::optional<bool> stored;
        keychain.write(ProfileManager::webhookSecretKey(profile, id), secret.toUtf8(), this,
                       [&stored](const Result<Done, KeychainError> &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY(*stored);
    }
    m_cli->forbid(testSecret);
    m_cli->forbid(productionSecret);

    const QUrl url(QStringLiteral("https://example.com/vipps/environments"));
    const QByteArray body = "{\"msn\":\"123456\"}";
    const QString bodyFile = file(QStringLiteral("environments.json"), body);
    const QStringList verifyInTest{QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("verify"),
                                   QStringLiteral("--webhook-id"), id};

    // Signed with the production secret, checked in test: named as the other environment's.
    const Delivery production
        = DeliverySignature::sign(url, body, productionSecret, QDateTime::currentDateTimeUtc());
    const CliRun run = m_cli->run(verifyInTest + headerOptions(production, bodyFile));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("the signature check failed")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("stored for the Production environment")),
             run.describe().constData());
    const CliRun json = m_cli->run(QStringList{QStringLiteral("--json")} + verifyInTest
                                   + headerOptions(production, bodyFile));
    QVERIFY2(json.json().object().value(QStringLiteral("otherEnvironmentsSecret")).toBool(),
             json.describe().constData());

    // Signed with neither: the general reason, no environment named.
    const Delivery unknown
        = DeliverySignature::sign(url, body, randomText(32), QDateTime::currentDateTimeUtc());
    const CliRun wrong = m_cli->run(verifyInTest + headerOptions(unknown, bodyFile));
    QVERIFY2(wrong.exitCode == 1, wrong.describe().constData());
    QVERIFY2(!wrong.err.contains(QLatin1String("Production")), wrong.describe().constData());

    // Signed with the test secret: valid.
    const Delivery test = DeliverySignature::sign(url, body, testSecret, QDateTime::currentDateTimeUtc());
    const CliRun valid = m_cli->run(verifyInTest + headerOptions(test, bodyFile));
    QVERIFY2(valid.exitCode == 0, valid.describe().constData());
}

// --- send-test -------------------------------------------------------------------------------

void CliVaultTest::sendTest_deliversSignedSimulatedDelivery()
{
    const QUrl url = m_receiver.url(QStringLiteral("/vipps/webhooks?source=cli"));
    const QString id = registerWithCli(url.toString(), {CreatedEvent, CapturedEvent});
    QVERIFY(!id.isEmpty());
    const qsizetype before = m_receiver.received().size();

    const CliRun run
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CapturedEvent}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("SIMULATED")), run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("Status: 200 in ")), run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("Answer: {\"ok\":true}")), run.describe().constData());

    // The receiver got exactly one POST, marked as a test, that verifies with the stored secret.
    QCOMPARE(m_receiver.received().size(), before + 1);
    const TestReceiver::Received &received = m_receiver.received().last();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QStringLiteral("/vipps/webhooks?source=cli"));
    QCOMPARE(received.headers.value("x-webhook-console-test"), QByteArray("true"));
    const auto verdict = DeliverySignature::verify(received.delivery, m_server.secretOf(id), url);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    QVERIFY(SamplePayload::isSimulated(received.delivery.body));
    QVERIFY(received.delivery.body.contains("\"msn\":\"123456\""));
    QVERIFY(received.delivery.body.contains("CAPTURED"));
}

void CliVaultTest::sendTest_receivedDelivery_verifiesWithCli()
{
    const QUrl url = m_receiver.url(QStringLiteral("/vipps/loop"));
    const QString id = registerWithCli(url.toString());
    QVERIFY(!id.isEmpty());
    const CliRun sent
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(sent.exitCode == 0, sent.describe().constData());

    // The whole loop: what the receiver got, handed to `verify` as a raw request.
    const TestReceiver::Received &received = m_receiver.received().last();
    const QByteArray host = received.headers.value("host");
    const QString raw
        = file(QStringLiteral("loop.http"), rawRequest(received.delivery, received.target.toUtf8(), host));
    const CliRun verified = m_cli->run(api(
        {QStringLiteral("verify"), QStringLiteral("--webhook-id"), id, QStringLiteral("--raw-file"), raw}));
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    QCOMPARE(verified.out, QStringLiteral("valid\n"));
}

void CliVaultTest::sendTest_json()
{
    const QString id = registerWithCli(m_receiver.url(QStringLiteral("/vipps/json")).toString());
    QVERIFY(!id.isEmpty());
    const CliRun run = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"),
                                       CreatedEvent, QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("simulated")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(object.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("event")).toString(), CreatedEvent);
    QCOMPARE(object.value(QStringLiteral("answer")).toString(), QStringLiteral("{\"ok\":true}"));
    QVERIFY(object.contains(QStringLiteral("elapsedMs")));
}

void CliVaultTest::sendTest_debugLogging_neverShowsSecret()
{
    const QString id = registerWithCli(m_receiver.url(QStringLiteral("/vipps/logged")).toString());
    QVERIFY(!id.isEmpty());
    m_cli->environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const CliRun sent
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    const TestReceiver::Received &received = m_receiver.received().last();
    const CliRun verified = m_cli->run(
        api({QStringLiteral("verify"), QStringLiteral("--webhook-id"), id, QStringLiteral("--raw-file"),
             file(QStringLiteral("logged.http"),
                  rawRequest(received.delivery, received.target.toUtf8(), received.headers.value("host")))}));
    m_cli->environment().remove(QStringLiteral("QT_LOGGING_RULES"));
    QVERIFY2(sent.exitCode == 0, sent.describe().constData());
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    QVERIFY2(sent.err.contains(QLatin1String("debug")) || sent.err.contains(QLatin1String("console.")),
             "debug logging was on");
    // The leak check of cleanup() covers the secret (forbidden since registration).
}

void CliVaultTest::sendTest_receiverAnswers500_exits1()
{
    const QString id = registerWithCli(m_receiver.url(QStringLiteral("/vipps/broken")).toString());
    QVERIFY(!id.isEmpty());
    m_receiver.answer(500, "{\"error\":\"database down\"}");
    const CliRun run
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("Status: 500")), run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("database down")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("500")), run.describe().constData());
}

void CliVaultTest::sendTest_noStoredSecret_exits1WithAdvice()
{
    // Registered elsewhere (straight in the sandbox): its secret was never seen here.
    const Registration elsewhere = m_server.addRegistration(
        QString::fromLatin1(Msn), m_receiver.url(QStringLiteral("/vipps/elsewhere")).toString(),
        {CreatedEvent});
    m_cli->forbid(elsewhere.secret);
    const qsizetype before = m_receiver.received().size();
    const CliRun run = m_cli->run(
        api({QStringLiteral("send-test"), elsewhere.id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("No secret of webhook")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("Enter it, or replace the webhook")), run.describe().constData());
    QCOMPARE(m_receiver.received().size(), before);
}

void CliVaultTest::sendTest_eventNotOfWebhook_exits1UnlessForced()
{
    const QString id = registerWithCli(m_receiver.url(QStringLiteral("/vipps/created-only")).toString());
    QVERIFY(!id.isEmpty());
    const qsizetype before = m_receiver.received().size();
    const QStringList arguments{QStringLiteral("send-test"), id, QStringLiteral("--event"), CapturedEvent};
    const CliRun refused = m_cli->run(api(arguments));
    QVERIFY2(refused.exitCode == 1, refused.describe().constData());
    QVERIFY2(refused.err.contains(QLatin1String("--force")), refused.describe().constData());
    QVERIFY2(refused.err.contains(CreatedEvent), refused.describe().constData());
    QCOMPARE(m_receiver.received().size(), before);

    const CliRun forced = m_cli->run(api(arguments + QStringList{QStringLiteral("--force")}));
    QVERIFY2(forced.exitCode == 0, forced.describe().constData());
    QCOMPARE(m_receiver.received().size(), before + 1);
}

void CliVaultTest::sendTest_unknownWebhook_exits1()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliRun run
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains(id), run.describe().constData());

    const CliRun usage = m_cli->run(api({QStringLiteral("send-test"), id}));
    QVERIFY2(usage.exitCode == 2, usage.describe().constData());
}

void CliVaultTest::sendTest_untrustedCertificate_exits4()
{
    const QString id = registerWithCli(m_receiver.url(QStringLiteral("/vipps/untrusted")).toString());
    QVERIFY(!id.isEmpty());
    m_cli->environment().remove(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"));
    const CliRun run
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 4, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("certificate")), run.describe().constData());
}

void CliVaultTest::sendTest_receiverDown_exits4()
{
    // A port nothing listens on (a receiver started and stopped again).
    TestReceiver gone;
    QVERIFY(
        gone.start(QSslCertificate(readData("server.pem")), QSslKey(readData("server-key.pem"), QSsl::Rsa)));
    const QUrl url = gone.url(QStringLiteral("/vipps/gone"));
    gone.stop();
    const QString id = registerWithCli(url.toString());
    QVERIFY(!id.isEmpty());
    const CliRun run
        = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 4, run.describe().constData());
}

void CliVaultTest::sendTest_givenUrl_needsNoKeys()
{
    const QString id = registerWithCli(QStringLiteral("https://example.com/vipps/registered"));
    QVERIFY(!id.isEmpty());
    // --url: no list call, so no API keys needed; the secret still comes from the vault.
    m_cli->clearKeys();
    m_cli->environment().insert(QStringLiteral("VIPPS_MSN"), QString::fromLatin1(Msn));
    const QUrl url = m_receiver.url(QStringLiteral("/vipps/staging"));
    const CliRun run = m_cli->run(api({QStringLiteral("send-test"), id, QStringLiteral("--event"),
                                       CreatedEvent, QStringLiteral("--url"), url.toString()}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const auto verdict
        = DeliverySignature::verify(m_receiver.received().last().delivery, m_server.secretOf(id), url);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
}

QTEST_GUILESS_MAIN(CliVaultTest)
#include "tst_cli_vault.moc"
