// webhook-console-cli check-url against local receivers over real sockets: one that answers 2xx,
// one that redirects, one with a certificate nobody trusts, one that answers 500, and plain http.
// The test CA is trusted through WEBHOOK_CONSOLE_CA_FILE and loopback addresses are let through
// with WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1 (both for this test's child processes only).
#include "../delivery/testreceiver.h"
#include "clirunner.h"

#include "core/deliverysignature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>

namespace {

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

// The outcome printed for the check titled `title`: "pass", "warn", "fail" or "skip".
QString outcomeOf(const QString &out, const QString &title)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')) && line.mid(7).startsWith(title))
            return line.mid(1, 4);
    }
    return {};
}

} // namespace

class CliCheckUrlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkUrl_goodReceiver_exits0WithWarnings();
    void checkUrl_json_listsEveryCheck();
    void checkUrl_secretStdin_signsWithIt();
    void checkUrl_redirect_exits1();
    void checkUrl_untrustedCertificate_exits1();
    void checkUrl_serverError_exits1();
    void checkUrl_http_exits1();
    void checkUrl_loopbackWithoutTestVariable_exits1();
    void checkUrl_usage_exits2_data();
    void checkUrl_usage_exits2();

private:
    CliRun check(const QStringList &arguments, const QByteArray &input = {});

    TestReceiver m_receiver;
    std::unique_ptr<CliRunner> m_cli;
};

void CliCheckUrlTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CliRunner::cliPath()), qPrintable(CliRunner::cliPath()));
    QVERIFY(m_receiver.start(QSslCertificate(readData("server.pem")),
                             QSslKey(readData("server-key.pem"), QSsl::Rsa)));
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::None);
}

void CliCheckUrlTest::init()
{
    m_receiver.answer(200);
    m_cli->environment().insert(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"), dataFile("ca.pem"));
    m_cli->environment().insert(QStringLiteral("WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT"),
                                QStringLiteral("1"));
}

void CliCheckUrlTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    m_cli->clearLeaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
}

CliRun CliCheckUrlTest::check(const QStringList &arguments, const QByteArray &input)
{
    return m_cli->run(QStringList{QStringLiteral("check-url")} + arguments, input);
}

void CliCheckUrlTest::checkUrl_goodReceiver_exits0WithWarnings()
{
    const qsizetype before = m_receiver.received().size();
    const CliRun run = check({m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // An ephemeral port and a loopback address warn; everything else passes.
    QCOMPARE(outcomeOf(run.out, QStringLiteral("HTTPS URL")), QStringLiteral("pass"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Common port")), QStringLiteral("warn"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Public address")), QStringLiteral("warn"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("TLS 1.2+")), QStringLiteral("pass"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("No redirect")), QStringLiteral("pass"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Signed test POST")), QStringLiteral("pass"));
    QVERIFY2(run.out.contains(QLatin1String("Result: pass, with warnings.")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("For tests only")), run.describe().constData());
    // The receiver got one signed test POST, marked as a test.
    QCOMPARE(m_receiver.received().size(), before + 1);
    QCOMPARE(m_receiver.received().last().headers.value("x-webhook-console-test"), QByteArray("true"));
}

void CliCheckUrlTest::checkUrl_json_listsEveryCheck()
{
    const CliRun run = check({QStringLiteral("--json"), m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("overall")).toString(), QStringLiteral("warn"));
    QCOMPARE(object.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(object.value(QStringLiteral("throwawaySecret")).toBool(), true);
    const QJsonArray checks = object.value(QStringLiteral("checks")).toArray();
    QStringList ids;
    for (const auto &value : checks) {
        const QJsonObject item = value.toObject();
        ids.append(item.value(QStringLiteral("id")).toString());
        QVERIFY(!item.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!item.value(QStringLiteral("outcome")).toString().isEmpty());
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("scheme"), QStringLiteral("port"), QStringLiteral("address"),
                          QStringLiteral("tls"), QStringLiteral("redirect"), QStringLiteral("delivery")}));
}

void CliCheckUrlTest::checkUrl_secretStdin_signsWithIt()
{
    const QString secret = QStringLiteral("preflight-secret-4Vb9+/xQ==");
    m_cli->forbid(secret);
    const CliRun run
        = check({QStringLiteral("--secret-stdin"), m_receiver.url().toString()}, secret.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(!run.out.contains(QLatin1String("made-up secret")), run.describe().constData());
    // The receiver can verify the test POST with the secret given.
    const Delivery received = m_receiver.received().last().delivery;
    const auto verdict = DeliverySignature::verify(received, secret, m_receiver.url());
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
}

void CliCheckUrlTest::checkUrl_redirect_exits1()
{
    m_receiver.redirectTo(QStringLiteral("https://example.com/elsewhere"));
    const CliRun run = check({m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QCOMPARE(outcomeOf(run.out, QStringLiteral("No redirect")), QStringLiteral("fail"));
    QVERIFY2(run.out.contains(QLatin1String("https://example.com/elsewhere")), run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1String("Result: fail")), run.describe().constData());
}

void CliCheckUrlTest::checkUrl_untrustedCertificate_exits1()
{
    // Without the test CA nobody vouches for the receiver's certificate.
    m_cli->environment().remove(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"));
    const qsizetype before = m_receiver.received().size();
    const CliRun run = check({m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QCOMPARE(outcomeOf(run.out, QStringLiteral("TLS 1.2+")), QStringLiteral("fail"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Signed test POST")), QStringLiteral("skip"));
    QCOMPARE(m_receiver.received().size(), before); // nothing was posted
}

void CliCheckUrlTest::checkUrl_serverError_exits1()
{
    m_receiver.answer(500, "{\"error\":\"boom\"}");
    const CliRun run = check({m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QCOMPARE(outcomeOf(run.out, QStringLiteral("No redirect")), QStringLiteral("pass"));
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Signed test POST")), QStringLiteral("fail"));
    QVERIFY2(run.out.contains(QLatin1String("500")), run.describe().constData());
}

void CliCheckUrlTest::checkUrl_http_exits1()
{
    QUrl url = m_receiver.url();
    url.setScheme(QStringLiteral("http"));
    const CliRun run = check({url.toString()});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QCOMPARE(outcomeOf(run.out, QStringLiteral("HTTPS URL")), QStringLiteral("fail"));
}

void CliCheckUrlTest::checkUrl_loopbackWithoutTestVariable_exits1()
{
    m_cli->environment().remove(QStringLiteral("WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT"));
    const CliRun run = check({m_receiver.url().toString()});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QCOMPARE(outcomeOf(run.out, QStringLiteral("Public address")), QStringLiteral("fail"));
    QVERIFY2(!run.err.contains(QLatin1String("For tests only")), run.describe().constData());
}

void CliCheckUrlTest::checkUrl_usage_exits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no URL") << QStringList{} << QByteArray();
    QTest::newRow("two URLs") << QStringList{QStringLiteral("https://example.com/a"),
                                             QStringLiteral("https://example.com/b")}
                              << QByteArray();
    QTest::newRow("secret as argument") << QStringList{QStringLiteral("--secret"), QStringLiteral("x"),
                                                       QStringLiteral("https://example.com/a")}
                                        << QByteArray();
    QTest::newRow("no secret on stdin")
        << QStringList{QStringLiteral("--secret-stdin"), QStringLiteral("https://example.com/a")}
        << QByteArray();
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                QStringLiteral("https://example.com/a")}
                                 << QByteArray();
}

void CliCheckUrlTest::checkUrl_usage_exits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = check(arguments, input);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("Error: ")), run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
}

QTEST_GUILESS_MAIN(CliCheckUrlTest)
#include "tst_cli_checkurl.moc"
