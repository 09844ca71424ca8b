// The callback URL preflight against local servers: a good HTTPS receiver, one that redirects,
// one with an untrusted certificate, one that answers 500 or never answers, plain http, and the
// checks that need no network.
#include "deliverytestsupport.h"
#include "testreceiver.h"

#include "delivery/preflightrules.h"
#include "delivery/urlpreflight.h"

#include <QTest>

#include <memory>

using namespace DeliveryTest;
using Kind = PreflightCheck::Kind;
using Outcome_ = PreflightCheck::Outcome;

class TestUrlPreflight final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<UrlPreflight> m_preflight;

    void startReceiver(bool tls = true)
    {
        m_receiver = std::make_unique<TestReceiver>();
        QVERIFY(tls ? m_receiver->start(serverCertificate(), serverKey()) : m_receiver->start());
    }

    PreflightReport run(const QUrl &url, const QString &secretOrEmpty = {})
    {
        Outcome<PreflightReport> outcome;
        // The reasons in the test log, as a person would read them.
        m_preflight->check(url, secretOrEmpty, this, outcome.callback(), [](const PreflightCheck &check) {
            qInfo().noquote() << check.id() << PreflightCheck::outcomeId(check.outcome) << check.reason;
        });
        [&] { QCOMPARE(outcome.calls, 0); }();
        return outcome.wait({});
    }

    static Outcome_ outcomeOf(const PreflightReport &report, Kind kind)
    {
        return report.check(kind).value_or(PreflightCheck{}).outcome;
    }

    static QString reasonOf(const PreflightReport &report, Kind kind)
    {
        return report.check(kind).value_or(PreflightCheck{}).reason;
    }

private Q_SLOTS:
    void init()
    {
        m_preflight = std::make_unique<UrlPreflight>();
        trustTestCa(true);
        m_preflight->setAllowLoopbackForTesting(true);
    }

    void cleanup()
    {
        m_preflight.reset();
        m_receiver.reset();
    }

    void rules_portWarnsOnUncommonPorts()
    {
        QCOMPARE(PreflightRules::port(QUrl(QStringLiteral("https://example.com/hook"))).outcome,
                 Outcome_::Pass);
        QCOMPARE(PreflightRules::port(QUrl(QStringLiteral("https://example.com:8080/hook"))).outcome,
                 Outcome_::Pass);
        QCOMPARE(PreflightRules::port(QUrl(QStringLiteral("https://example.com:80/hook"))).outcome,
                 Outcome_::Pass);
        const PreflightCheck uncommon
            = PreflightRules::port(QUrl(QStringLiteral("https://example.com:8443/hook")));
        QCOMPARE(uncommon.outcome, Outcome_::Warn);
        QVERIFY(uncommon.reason.contains(QLatin1String("8443")));
        QCOMPARE(uncommon.id(), QStringLiteral("port"));
    }

    void rules_schemeNeedsHttps()
    {
        QCOMPARE(PreflightRules::scheme(QUrl(QStringLiteral("https://example.com/hook"))).outcome,
                 Outcome_::Pass);
        QCOMPARE(PreflightRules::scheme(QUrl(QStringLiteral("http://example.com/hook"))).outcome,
                 Outcome_::Fail);
        QCOMPARE(PreflightRules::scheme(QUrl(QStringLiteral("hook"))).outcome, Outcome_::Fail);
    }

    void rules_addressesRefusePrivateAndLoopback()
    {
        const QString host = QStringLiteral("hooks.example.com");
        const auto check = [&host](const char *address, bool allowLoopback) {
            return PreflightRules::addresses(host, {QHostAddress(QLatin1String(address))}, allowLoopback)
                .outcome;
        };
        QCOMPARE(check("93.184.216.34", false), Outcome_::Pass);
        QCOMPARE(check("2606:2800:220:1:248:1893:25c8:1946", false), Outcome_::Pass);
        QCOMPARE(check("10.1.2.3", false), Outcome_::Fail);
        QCOMPARE(check("192.168.1.10", true), Outcome_::Fail); // private stays a failure when testing
        QCOMPARE(check("169.254.1.1", false), Outcome_::Fail);
        QCOMPARE(check("fd00::1", false), Outcome_::Fail);
        QCOMPARE(check("127.0.0.1", false), Outcome_::Fail);
        QCOMPARE(check("127.0.0.1", true), Outcome_::Warn);
        QCOMPARE(check("::1", true), Outcome_::Warn);
        // One private address among public ones is enough to fail.
        QCOMPARE(PreflightRules::addresses(host,
                                           {QHostAddress(QStringLiteral("93.184.216.34")),
                                            QHostAddress(QStringLiteral("10.0.0.1"))},
                                           false)
                     .outcome,
                 Outcome_::Fail);
        QCOMPARE(PreflightRules::addresses(host, {}, false).outcome, Outcome_::Fail);
    }

    void preflight_passesOnGoodHttpsReceiver()
    {
        startReceiver();
        QStringList order;
        Outcome<PreflightReport> outcome;
        m_preflight->check(m_receiver->url(), secret(), this, outcome.callback(),
                           [&order](const PreflightCheck &check) { order << check.id(); });
        QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 20000);
        const PreflightReport report = *outcome.result;

        QCOMPARE(
            order,
            (QStringList{QStringLiteral("scheme"), QStringLiteral("port"), QStringLiteral("address"),
                         QStringLiteral("tls"), QStringLiteral("redirect"), QStringLiteral("delivery")}));
        QCOMPARE(report.checks.size(), 6);
        QCOMPARE(outcomeOf(report, Kind::Scheme), Outcome_::Pass);
        QCOMPARE(outcomeOf(report, Kind::Port), Outcome_::Warn);    // an ephemeral port
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome_::Warn); // loopback, allowed for testing
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Pass);
        QVERIFY2(reasonOf(report, Kind::Tls).contains(QLatin1String("TLS 1.")),
                 qPrintable(reasonOf(report, Kind::Tls)));
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome_::Pass);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Pass);
        QVERIFY(reasonOf(report, Kind::Delivery).contains(QLatin1String("200")));
        QCOMPARE(report.overall(), Outcome_::Warn);
        QVERIFY(!report.throwawaySecret);
        QVERIFY(report.delivery.has_value());

        // The signed test POST arrived once, marked, and verifies with the secret given.
        QCOMPARE(m_receiver->received().size(), 1);
        const auto &received = m_receiver->received().constFirst();
        QCOMPARE(received.headers.value("x-webhook-console-test"), QByteArrayLiteral("true"));
        QVERIFY(DeliverySignature::verify(received.delivery, secret(), m_receiver->url()).isValid());
    }

    void preflight_throwawaySecretWhenNoneGiven()
    {
        startReceiver();
        const PreflightReport report = run(m_receiver->url());
        QVERIFY(report.throwawaySecret);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Pass);
        QCOMPARE(m_receiver->received().size(), 1);
        QVERIFY(
            !DeliverySignature::verify(m_receiver->received().constFirst().delivery, secret(), {}).isValid());
    }

    // Every kind of redirect fails the check and none is followed: the receiver, which redirects
    // to itself, sees the one POST only (a 307/308 followed would send it again).
    void preflight_failsOnRedirect_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void preflight_failsOnRedirect()
    {
        QFETCH(int, status);
        startReceiver();
        const QString target = m_receiver->url(QStringLiteral("/moved/here")).toString();
        m_receiver->redirectTo(target, status);
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome_::Fail);
        QVERIFY2(reasonOf(report, Kind::Redirect).contains(target),
                 qPrintable(reasonOf(report, Kind::Redirect)));
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Fail);
        QCOMPARE(report.overall(), Outcome_::Fail);
        QCOMPARE(m_receiver->received().size(), 1);
    }

    // Certificates signed by a trusted authority that are still not good enough: expired, or
    // for another host. Nothing is posted over such a connection.
    void preflight_failsOnBadCertificate_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("mention");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("host name");
    }

    void preflight_failsOnBadCertificate()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, mention);
        m_receiver = std::make_unique<TestReceiver>();
        QVERIFY(m_receiver->start(certificateNamed(certificate), keyNamed(certificate)));
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Fail);
        QVERIFY2(reasonOf(report, Kind::Tls).contains(mention, Qt::CaseInsensitive),
                 qPrintable(reasonOf(report, Kind::Tls)));
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QVERIFY(m_receiver->received().isEmpty());
    }

    // A receiver that speaks TLS 1.1 at most fails the check, though its certificate is trusted.
    // This test's OpenSSL allows TLS 1.0 and 1.1 (OPENSSL_CONF, see CMakeLists.txt), so only the
    // console's own policy (TLS 1.2 or newer) refuses them here.
    void preflight_failsOnTlsBelow12()
    {
        m_receiver = std::make_unique<TestReceiver>();
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        QVERIFY(m_receiver->start(serverCertificate(), serverKey(), QSsl::TlsV1_1));
        QT_WARNING_POP
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Fail);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QVERIFY(m_receiver->received().isEmpty());
    }

    // The same receiver at TLS 1.2 passes: the failure above is the version, not the setup.
    void preflight_passesOnTls12()
    {
        m_receiver = std::make_unique<TestReceiver>();
        QVERIFY(m_receiver->start(serverCertificate(), serverKey(), QSsl::TlsV1_2));
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Pass);
        QCOMPARE(m_receiver->received().size(), 1);
    }

    // A name that does not resolve (.invalid never does, RFC 6761) fails the address check and
    // nothing else is tried.
    void preflight_failsWhenTheNameDoesNotResolve()
    {
        m_preflight->setAllowLoopbackForTesting(false);
        const PreflightReport report
            = run(QUrl(QStringLiteral("https://no-such-receiver.invalid/hook")), secret());
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome_::Fail);
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QCOMPARE(report.overall(), Outcome_::Fail);
    }

    void preflight_failsOnUntrustedCertificate()
    {
        startReceiver();
        trustTestCa(false);
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Fail);
        QVERIFY(reasonOf(report, Kind::Tls).size() > QStringLiteral("The TLS handshake failed: ").size());
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome_::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QCOMPARE(report.overall(), Outcome_::Fail);
        QVERIFY(m_receiver->received().isEmpty()); // nothing is posted over a connection not trusted
    }

    void preflight_failsOnServerError()
    {
        startReceiver();
        m_receiver->answer(500, QByteArrayLiteral("boom"));
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome_::Pass);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Fail);
        QVERIFY(reasonOf(report, Kind::Delivery).contains(QLatin1String("500")));
        QCOMPARE(report.delivery->status, 500);
    }

    void preflight_unauthorizedIsWarningWithThrowawaySecret()
    {
        startReceiver();
        m_receiver->answer(401, QByteArrayLiteral("bad signature"));
        QCOMPARE(outcomeOf(run(m_receiver->url()), Kind::Delivery), Outcome_::Warn);
        QCOMPARE(outcomeOf(run(m_receiver->url(), secret()), Kind::Delivery), Outcome_::Fail);
    }

    void preflight_failsOnTimeout()
    {
        startReceiver();
        m_receiver->stayQuiet();
        m_preflight->setTimeoutMs(300);
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Pass);
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome_::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Fail);
        QCOMPARE(m_receiver->received().size(), 1);
    }

    void preflight_warnsOnNonStandardPort()
    {
        startReceiver();
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Port), Outcome_::Warn);
        QVERIFY(reasonOf(report, Kind::Port).contains(QString::number(m_receiver->url().port())));
    }

    void preflight_failsOnHttp()
    {
        startReceiver(false);
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Scheme), Outcome_::Fail);
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QCOMPARE(report.overall(), Outcome_::Fail);
        QVERIFY(m_receiver->received().isEmpty());
    }

    void preflight_refusesLoopbackByDefault()
    {
        startReceiver();
        m_preflight->setAllowLoopbackForTesting(false);
        const PreflightReport report = run(m_receiver->url(), secret());
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome_::Fail);
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome_::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome_::Skipped);
        QVERIFY(m_receiver->received().isEmpty());
    }

    void preflight_invalidUrlSkipsEverything()
    {
        const PreflightReport report = run(QUrl(QStringLiteral("not a url")));
        QCOMPARE(report.checks.size(), 6);
        QCOMPARE(outcomeOf(report, Kind::Scheme), Outcome_::Fail);
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome_::Skipped);
    }

    void preflight_noCallbackAfterContextDestroyed()
    {
        startReceiver();
        m_receiver->stayQuiet();
        auto context = std::make_unique<QObject>();
        Outcome<PreflightReport> outcome;
        m_preflight->check(m_receiver->url(), secret(), context.get(), outcome.callback());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received().size(), 1, 15000);
        context.reset();
        QTRY_COMPARE(m_preflight->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
        QCOMPARE(outcome.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestUrlPreflight)
#include "tst_urlpreflight.moc"
