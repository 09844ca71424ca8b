// Test deliveries to a local receiver over real sockets: signed exactly as Vipps MobilePay signs
// (the receiver verifies them), TLS with the test CA trusted for this sender only, answers,
// redirects that are not followed, timeouts, and a POST that is never sent twice.
#include "deliverytestsupport.h"
#include "testreceiver.h"

#include "delivery/samplepayload.h"
#include "delivery/testdeliverysender.h"

#include <QTest>

#include <memory>

using namespace DeliveryTest;

namespace {

const QString Created = QStringLiteral("epayments.payment.created.v1");
using SendOutcome = Outcome<Result<TestDeliveryResult>>;

} // namespace

class TestTestDeliverySender final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<TestDeliverySender> m_sender;

    void startReceiver(bool tls = true)
    {
        m_receiver = std::make_unique<TestReceiver>();
        const bool started = tls ? m_receiver->start(serverCertificate(), serverKey()) : m_receiver->start();
        QVERIFY(started);
    }

    Result<TestDeliveryResult> sendOnce(const QUrl &url, const QString &event = Created)
    {
        SendOutcome outcome;
        m_sender->send(url, event, secret(), QStringLiteral("123456"), this, outcome.callback());
        [&] { QCOMPARE(outcome.calls, 0); }(); // never before send() returns
        return outcome.wait(noCompletion(), 15000);
    }

private Q_SLOTS:
    void init()
    {
        m_sender = std::make_unique<TestDeliverySender>();
        trustTestCa(true);
    }

    void cleanup()
    {
        m_sender.reset();
        m_receiver.reset();
    }

    void send_reachesHttpsReceiverAndVerifies()
    {
        startReceiver();
        const QUrl url = m_receiver->url();
        const auto result = sendOnce(url);
        QVERIFY2(result.ok(), qPrintable(result.error().details()));
        QCOMPARE(result.value().status, 200);
        QVERIFY(result.value().isSuccess());
        QCOMPARE(result.value().answer, QByteArrayLiteral("{\"ok\":true}"));
        QCOMPARE(result.value().eventType, Created);

        QCOMPARE(m_receiver->received().size(), 1);
        const TestReceiver::Received &received = m_receiver->received().constFirst();
        QCOMPARE(received.method, QByteArrayLiteral("POST"));
        QCOMPARE(received.target, QStringLiteral("/vipps/webhooks?source=tests"));
        QCOMPARE(received.headers.value("x-webhook-console-test"), QByteArrayLiteral("true"));
        QCOMPARE(received.headers.value("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(received.headers.value("host"), DeliverySignature::hostOf(url));
        QCOMPARE(received.delivery.body, result.value().sentBody);
        QVERIFY(SamplePayload::isSimulated(received.delivery.body));
        QCOMPARE(received.delivery.authorization, result.value().sentDelivery.authorization);

        // What a receiver does: verify with the secret and the registered URL.
        const auto verdict = DeliverySignature::verify(received.delivery, secret(), url);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        QCOMPARE(DeliverySignature::verify(received.delivery, QStringLiteral("another secret"), url).failure,
                 DeliverySignature::Failure::SignatureMismatch);
    }

    void send_signsPathAndQueryAsSent()
    {
        startReceiver();
        // Non-ASCII, spaces and escaped delimiters: what the signature covers is what goes out.
        const QUrl url
            = m_receiver->url(QString::fromUtf8("/vipps/h\xc3\xa6k?token=a%2Fb&note=two words&empty="));
        const auto result = sendOnce(url);
        QVERIFY2(result.ok(), qPrintable(result.error().details()));
        QCOMPARE(m_receiver->received().size(), 1);
        const auto &received = m_receiver->received().constFirst();
        QCOMPARE(received.target.toUtf8(), DeliverySignature::pathAndQueryOf(url));
        const auto verdict = DeliverySignature::verify(received.delivery, secret(), url);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void send_allowsPlainHttpToLoopback()
    {
        startReceiver(false);
        const auto result = sendOnce(m_receiver->url());
        QVERIFY2(result.ok(), qPrintable(result.error().details()));
        QCOMPARE(result.value().status, 200);
        const auto verdict = DeliverySignature::verify(m_receiver->received().value(0).delivery, secret(),
                                                       m_receiver->url());
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void send_untrustedCertificateFailsWithTlsReason()
    {
        startReceiver();
        trustTestCa(false);
        const auto result = sendOnce(m_receiver->url());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        QVERIFY2(!result.error().detail.isEmpty(), qPrintable(result.error().details()));
        QVERIFY(!result.error().mayHaveReachedServer);
        QVERIFY(m_receiver->received().isEmpty());
    }

    void send_reportsServerError()
    {
        startReceiver();
        m_receiver->answer(500, QByteArrayLiteral("boom"), QByteArrayLiteral("text/plain"));
        const auto result = sendOnce(m_receiver->url());
        QVERIFY(result.ok()); // an answer is a result, whatever its status
        QCOMPARE(result.value().status, 500);
        QVERIFY(!result.value().isSuccess());
        QCOMPARE(result.value().answer, QByteArrayLiteral("boom"));
        QCOMPARE(result.value().answerContentType, QByteArrayLiteral("text/plain"));
        QVERIFY(result.value().summary().contains(QLatin1String("500")));
    }

    void send_reportsRedirectWithoutFollowing()
    {
        startReceiver();
        const QString elsewhere = m_receiver->url(QStringLiteral("/elsewhere")).toString();
        m_receiver->redirectTo(elsewhere);
        const auto result = sendOnce(m_receiver->url());
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, 302);
        QVERIFY(result.value().isRedirect());
        QCOMPARE(result.value().location, elsewhere);
        QVERIFY(result.value().summary().contains(elsewhere));
        QCOMPARE(m_receiver->received().size(), 1); // /elsewhere was never asked
        QCOMPARE(m_receiver->received().constFirst().target, QStringLiteral("/vipps/webhooks?source=tests"));
    }

    void send_timeoutIsReported()
    {
        startReceiver();
        m_receiver->stayQuiet();
        m_sender->setTimeoutMs(300);
        const auto result = sendOnce(m_receiver->url());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(result.error().mayHaveReachedServer);
        QCOMPARE(m_receiver->received().size(), 1);
    }

    void send_droppedConnectionIsNotResent()
    {
        startReceiver();
        m_receiver->dropConnection();
        const auto result = sendOnce(m_receiver->url());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QVERIFY(result.error().mayHaveReachedServer);
        QCOMPARE(m_receiver->received().size(), 1); // Qt 6.4 would have sent it again by itself
    }

    void send_capsTheAnswer()
    {
        startReceiver();
        m_receiver->answer(200, QByteArray(200 * 1024, 'x'), QByteArrayLiteral("text/plain"));
        const auto result = sendOnce(m_receiver->url());
        QVERIFY2(result.ok(), qPrintable(result.error().details()));
        QCOMPARE(result.value().status, 200);
        QCOMPARE(result.value().answer.size(), TestDeliverySender::MaxAnswerBytes);
        QVERIFY(result.value().answerTruncated);
    }

    void send_refusesBeforeSending_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("secret");
        const QString good = secret();
        QTest::newRow("plain http to another host")
            << QUrl(QStringLiteral("http://example.com/hook")) << Created << good;
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/hook")) << Created << good;
        QTest::newRow("relative") << QUrl(QStringLiteral("/hook")) << Created << good;
        QTest::newRow("user info") << QUrl(QStringLiteral("https://user:pw@example.com/hook")) << Created
                                   << good;
        QTest::newRow("empty secret")
            << QUrl(QStringLiteral("https://example.com/hook")) << Created << QString();
        QTest::newRow("bad event") << QUrl(QStringLiteral("https://example.com/hook"))
                                   << QStringLiteral("no spaces") << good;
    }

    void send_refusesBeforeSending()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, event);
        QFETCH(QString, secret);
        SendOutcome outcome;
        m_sender->send(url, event, secret, {}, this, outcome.callback());
        QCOMPARE(outcome.calls, 0);
        QTRY_COMPARE(outcome.calls, 1);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::Input);
    }

    void send_noCallbackAfterContextDestroyed()
    {
        startReceiver();
        m_receiver->stayQuiet();
        auto context = std::make_unique<QObject>();
        SendOutcome outcome;
        m_sender->send(m_receiver->url(), Created, secret(), {}, context.get(), outcome.callback());
        QTRY_COMPARE(m_receiver->received().size(), 1);
        QCOMPARE(m_sender->pendingCount(), 1);
        context.reset();
        QTRY_COMPARE(m_sender->pendingCount(), 0);
        QCOMPARE(outcome.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestTestDeliverySender)
#include "tst_testdeliverysender.moc"
