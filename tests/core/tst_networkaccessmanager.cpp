// The network policy of the process (NetworkAccessManager): one instance for every client, the
// certificate authorities of WEBHOOK_CONSOLE_CA_FILE, the User-Agent, no redirects, the answer
// cap. Against the sandbox API over real loopback sockets (HTTPS with the test certificates).
#include "core/networkaccessmanager.h"
#include "core/webhooksclient.h"
#include "delivery/testdeliverysender.h"
#include "delivery/urlpreflight.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace {

const QString Msn = QStringLiteral("123456");

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

QString dataPath(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

class TestNetworkAccessManager final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    void startSandbox(bool tls)
    {
        m_sandbox = std::make_unique<SandboxServer>();
        if (tls)
            m_sandbox->setTls(QSslCertificate(readData("server.pem")),
                              QSslKey(readData("server-key.pem"), QSsl::Rsa));
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    ClientConfig config() const
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.msn = Msn;
        const auto keys = SandboxServer::defaultKeys();
        config.credentials = {keys.clientId, keys.clientSecret, keys.subscriptionKey};
        return config;
    }

    Result<QList<Webhook>> listOnce()
    {
        WebhooksClient client(config());
        std::optional<Result<QList<Webhook>>> result;
        client.listWebhooks(this, [&result](const Result<QList<Webhook>> &r) { result.emplace(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ApiError::input(QStringLiteral("No completion came: the test has failed.")));
    }

    // A raw GET through the policy; the reply when it finished (the caller deletes it).
    QNetworkReply *get(QNetworkRequest request)
    {
        QNetworkReply *reply = NetworkAccessManager::instance()->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        return reply;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_sandbox.reset();
        qunsetenv("WEBHOOK_CONSOLE_CA_FILE");
        NetworkAccessManager::instance()->setExtraCaCertificates({});
    }

    // Every client sends through the one manager: none makes a QNetworkAccessManager of its own.
    void instance_isTheOnlyManagerOfTheProcess()
    {
        startSandbox(false);
        QCOMPARE(NetworkAccessManager::instance(), NetworkAccessManager::instance());
        QObject owner;
        new WebhooksClient(config(), &owner);
        new TestDeliverySender(&owner);
        new UrlPreflight(&owner);
        QVERIFY(listOnce().ok());
        QCOMPARE(owner.findChildren<QNetworkAccessManager *>().size(), 0);
        const auto managers = qApp->findChildren<QNetworkAccessManager *>();
        QCOMPARE(managers.size(), 1);
        QCOMPARE(managers.first(), NetworkAccessManager::instance());
    }

    void userAgent_onEveryRequest()
    {
        startSandbox(false);
        QVERIFY(listOnce().ok());
        const auto requests = m_sandbox->recordedRequests();
        QCOMPARE(requests.size(), 2); // the token, the list
        for (const auto &request : requests)
            QCOMPARE(request.headers.value("user-agent"), NetworkAccessManager::userAgent());
        QVERIFY(NetworkAccessManager::userAgent().startsWith("WebhookConsole/"));
    }

    // A caller that asks for redirects to be followed still gets the 3xx itself.
    void redirects_neverFollowed()
    {
        startSandbox(false);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 307;
        fault.body = "{}";
        m_sandbox->injectFault(fault);
        QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/webhooks/v1/webhooks"))));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(get(request));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 307);
        QCOMPARE(m_sandbox->recordedRequests().size(), 1);
    }

    void answerCap_abortsALongerAnswer()
    {
        startSandbox(false);
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.status = 200;
        fault.body = QByteArray(64 * 1024, 'x');
        m_sandbox->injectFault(fault);
        QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/webhooks/v1/webhooks"))));
        request.setAttribute(NetworkAccessManager::MaxAnswerBytesAttribute, qint64(1024));
        std::unique_ptr<QNetworkReply> reply(get(request));
        QVERIFY(NetworkAccessManager::answerTooLarge(reply.get()));
    }

    void answerCap_letsAnAnswerWithinItThrough()
    {
        startSandbox(false);
        QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/webhooks/v1/webhooks"))));
        request.setAttribute(NetworkAccessManager::MaxAnswerBytesAttribute, qint64(1024));
        std::unique_ptr<QNetworkReply> reply(get(request));
        QVERIFY(!NetworkAccessManager::answerTooLarge(reply.get()));
    }

    // WEBHOOK_CONSOLE_CA_FILE is the one source of extra authorities, for both programs.
    void caFile_fromTheEnvironmentIsTrusted()
    {
        startSandbox(true);
        const auto untrusted = listOnce();
        QVERIFY(!untrusted.ok());
        QCOMPARE(untrusted.error().kind, ApiError::Kind::Tls);

        qputenv("WEBHOOK_CONSOLE_CA_FILE", QFile::encodeName(dataPath("ca.pem")));
        const auto problem = NetworkAccessManager::instance()->trustCaFileFromEnvironment();
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QCOMPARE(NetworkAccessManager::instance()->extraCaCertificates().size(), 1);
        const auto trusted = listOnce();
        QVERIFY2(trusted.ok(), qPrintable(trusted.error().details()));
    }

    // Changing the trust drops cached connections: a connection made under the old trust is
    // never reused.
    void caFile_withdrawnTrustIsNotReused()
    {
        startSandbox(true);
        NetworkAccessManager::instance()->setExtraCaCertificates(
            QSslCertificate::fromData(readData("ca.pem")));
        QVERIFY(listOnce().ok());
        NetworkAccessManager::instance()->setExtraCaCertificates({});
        const auto untrusted = listOnce();
        QVERIFY(!untrusted.ok());
        QCOMPARE(untrusted.error().kind, ApiError::Kind::Tls);
    }

    void caFile_unusableIsAClearError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing") << dataPath("no-such-file.pem") << QStringLiteral("cannot read");
        QTest::newRow("no certificate") << dataPath("postman-environment.json") << QStringLiteral("no PEM");
    }

    void caFile_unusableIsAClearError()
    {
        QFETCH(QString, path);
        QFETCH(QString, mention);
        qputenv("WEBHOOK_CONSOLE_CA_FILE", QFile::encodeName(path));
        const auto problem = NetworkAccessManager::instance()->trustCaFileFromEnvironment();
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE")), qPrintable(*problem));
        QVERIFY2(problem->contains(path), qPrintable(*problem));
        QVERIFY2(problem->contains(mention), qPrintable(*problem));
        QVERIFY(NetworkAccessManager::instance()->extraCaCertificates().isEmpty());
    }

    void caFile_unsetTrustsNothingMore()
    {
        qunsetenv("WEBHOOK_CONSOLE_CA_FILE");
        QVERIFY(!NetworkAccessManager::instance()->trustCaFileFromEnvironment());
        QVERIFY(NetworkAccessManager::instance()->extraCaCertificates().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccessManager)
#include "tst_networkaccessmanager.moc"
