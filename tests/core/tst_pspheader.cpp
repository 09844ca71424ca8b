// The PSP rules (reference section 7) end to end over a real loopback socket: a client with a
// PSP id sends Psp-Id on every webhooks call and never on the token call; a sandbox started with
// a PSP key set refuses webhooks calls without it or with another id, in the API's error shape.
// Also the sandbox's treatment of an empty Merchant-Serial-Number and its realistic tokens.
#include "../sandbox/sandboxtestclient.h"
#include "core/webhooksclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace {

const QString Msn = QStringLiteral("123456");
const QString PspId = QStringLiteral("psp-4711");
const QString HookUrl = QStringLiteral("https://example.com/vipps/hooks");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");

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
};

} // namespace

class TestPspHeader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    ClientConfig config(const QString &pspId) const
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.msn = Msn;
        config.pspId = pspId;
        const auto keys = SandboxServer::defaultKeys();
        config.credentials = {keys.clientId, keys.clientSecret, keys.subscriptionKey};
        return config;
    }

    template<typename T, typename Start> T wait(Start start)
    {
        Outcome<T> outcome;
        start(outcome.callback());
        [&] { QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 20000); }();
        return *outcome.result;
    }

    QList<SandboxServer::RecordedRequest> requestsTo(const QString &prefix) const
    {
        QList<SandboxServer::RecordedRequest> result;
        for (const auto &request : m_sandbox->recordedRequests()) {
            if (request.path.startsWith(prefix))
                result.append(request);
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
    }

    void cleanup() { m_sandbox.reset(); }

    void client_sendsPspIdOnEveryWebhooksCallNeverOnToken()
    {
        m_sandbox->setPspId(PspId);
        WebhooksClient client(config(PspId));
        const auto registered = wait<Result<Registration>>([&](auto done) {
            client.registerWebhook(RegisterRequest{HookUrl, {Captured}}, this, done);
        });
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().summary()));
        const auto listed = wait<Result<QList<Webhook>>>([&](auto done) { client.listWebhooks(this, done); });
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        const auto deleted
            = wait<Result<Done>>([&](auto done) { client.deleteWebhook(registered.value().id, this, done); });
        QVERIFY(deleted.ok());

        const auto webhooksCalls = requestsTo(QStringLiteral("/webhooks/"));
        QCOMPARE(webhooksCalls.size(), 3);
        for (const auto &request : webhooksCalls) {
            QCOMPARE(request.headers.value("psp-id"), PspId.toUtf8());
            // The merchant's MSN goes with it.
            QCOMPARE(request.headers.value("merchant-serial-number"), Msn.toUtf8());
        }
        const auto tokenCalls = requestsTo(QStringLiteral("/accesstoken/"));
        QCOMPARE(tokenCalls.size(), 1);
        QVERIFY(!tokenCalls.first().headers.contains("psp-id"));
        // The registration is the merchant's, in the merchant's bucket.
        QCOMPARE(m_sandbox->registrations(Msn).size(), 0); // deleted again
    }

    void client_withoutPspIdSendsNoHeader()
    {
        WebhooksClient client(config(QString()));
        const auto listed = wait<Result<QList<Webhook>>>([&](auto done) { client.listWebhooks(this, done); });
        QVERIFY(listed.ok());
        for (const auto &request : m_sandbox->recordedRequests())
            QVERIFY(!request.headers.contains("psp-id"));
    }

    void client_refusesMalformedPspIdBeforeSending()
    {
        WebhooksClient client(config(QStringLiteral("psp 47\n11")));
        const auto listed = wait<Result<QList<Webhook>>>([&](auto done) { client.listWebhooks(this, done); });
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().summary().contains(QLatin1String("PSP id")),
                 qPrintable(listed.error().summary()));
        QCOMPARE(m_sandbox->recordedRequests().size(), 0);
    }

    void sandbox_pspKeysRefuseCallsWithoutPspId()
    {
        m_sandbox->setPspId(PspId);
        WebhooksClient client(config(QString()));
        const auto listed = wait<Result<QList<Webhook>>>([&](auto done) { client.listWebhooks(this, done); });
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 400);
        QVERIFY2(listed.error().summary().contains(QLatin1String("Psp-Id")),
                 qPrintable(listed.error().summary()));
    }

    void sandbox_pspKeysRefuseAnotherPspId()
    {
        m_sandbox->setPspId(PspId);
        const auto keys = SandboxServer::defaultKeys();
        SandboxTestClient raw(m_sandbox->baseUrl());
        const QByteArray token = raw.token(keys, Msn);
        QVERIFY(!token.isEmpty()); // the token call needs no Psp-Id

        HeaderList headers = SandboxTestClient::webhookHeaders(keys, token, Msn);
        headers.emplaceBack("Psp-Id", "psp-other");
        const TestResponse refused = raw.send("GET", QStringLiteral("/webhooks/v1/webhooks"), headers);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.contentType().startsWith("application/problem+json"));
        QVERIFY(refused.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("psp-other")));

        const TestResponse missing = raw.send("GET", QStringLiteral("/webhooks/v1/webhooks"),
                                              SandboxTestClient::webhookHeaders(keys, token, Msn));
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.contentType().startsWith("application/problem+json"));
        QVERIFY2(missing.extraDetails().join(QLatin1Char('\n')).contains(QLatin1String("Psp-Id")),
                 missing.body.constData());

        headers = SandboxTestClient::webhookHeaders(keys, token, Msn);
        headers.emplaceBack("Psp-Id", PspId.toUtf8());
        QCOMPARE(raw.send("GET", QStringLiteral("/webhooks/v1/webhooks"), headers).status, 200);
    }

    void sandbox_emptyMerchantSerialNumberIsAbsent()
    {
        const auto keys = SandboxServer::defaultKeys();
        m_sandbox->addRegistration(SandboxServer::partnerBucket(), HookUrl, {Captured});
        SandboxTestClient raw(m_sandbox->baseUrl());
        HeaderList tokenHeaders = SandboxTestClient::tokenHeaders(keys);
        tokenHeaders.emplaceBack("Merchant-Serial-Number", QByteArrayLiteral(""));
        const TestResponse token = raw.send("POST", QStringLiteral("/accesstoken/get"), tokenHeaders);
        QCOMPARE(token.status, 200);

        HeaderList headers = SandboxTestClient::webhookHeaders(
            keys, token.json.value(QStringLiteral("access_token")).toString().toLatin1());
        headers.emplaceBack("Merchant-Serial-Number", QByteArrayLiteral(""));
        const TestResponse listed = raw.send("GET", QStringLiteral("/webhooks/v1/webhooks"), headers);
        QCOMPARE(listed.status, 200);
        // The partner's registrations: the empty header counted as no header.
        QCOMPARE(listed.json.value(QStringLiteral("webhooks")).toArray().size(), 1);
        // The header did arrive, empty (else this test proves nothing).
        const auto last = m_sandbox->recordedRequests().constLast();
        QVERIFY(last.headers.contains("merchant-serial-number"));
        QVERIFY(last.headers.value("merchant-serial-number").isEmpty());
    }

    void sandbox_tokensLookLikeRealJwts()
    {
        SandboxTestClient raw(m_sandbox->baseUrl());
        const QByteArray token = raw.token(SandboxServer::defaultKeys(), Msn);
        QVERIFY2(token.size() >= 1200, QByteArray::number(token.size()).constData());
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QByteArray::fromBase64(part,
                                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QJsonObject header = QJsonDocument::fromJson(decode(parts.at(0))).object();
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        const QJsonObject payload = QJsonDocument::fromJson(decode(parts.at(1))).object();
        QCOMPARE(payload.value(QStringLiteral("appid")).toString(), SandboxServer::defaultKeys().clientId);
        QVERIFY(payload.value(QStringLiteral("exp")).toInteger()
                > payload.value(QStringLiteral("iat")).toInteger());
        QCOMPARE(decode(parts.at(2)).size(), 256);
        // Two tokens differ, and each works.
        const QByteArray second = raw.token(SandboxServer::defaultKeys(), Msn);
        QVERIFY(second != token);
        QCOMPARE(raw.list(SandboxServer::defaultKeys(), token, Msn).status, 200);
        QCOMPARE(raw.list(SandboxServer::defaultKeys(), second, Msn).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPspHeader)
#include "tst_pspheader.moc"
