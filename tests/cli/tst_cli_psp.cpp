// Partners and PSPs on the command line, and "which secret signed this?" (verify --any-secret),
// through the real Secret Service of scripts/with-test-keyring and a SandboxServer in this process.
#include "clirunner.h"

#include "core/deliverysignature.h"
#include "delivery/samplepayload.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString Msn = QStringLiteral("123456");
const QString OtherMsn = QStringLiteral("7654321");
const QString PspId = QStringLiteral("psp-4711");
const QString CreatedEvent = QStringLiteral("epayments.payment.created.v1");

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64());
}

} // namespace

class CliPspTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileAdd_partnerInTest_refusedWithReason();
    void profileAdd_psp_sendsPspIdWithMerchantMsn();
    void pspIdOption_sandboxRefusesCallsWithoutIt();
    void register_partnerWide_warnsEverySalesUnit();
    void verify_anySecret_namesTheRegistrationThatSigned();
    void verify_anySecret_noneVerifies_saysSeveralRegistrations();
    void verify_anySecret_unknownUrl_saysNoneKnown();
    void verify_showsWebhookId();
    void anySecret_usage();

private:
    QStringList api(const QStringList &arguments) const;
    QString registerWithCli(const QString &url, const QString &msn);
    QString file(const QString &name, const QByteArray &content);
    QStringList headerOptions(const Delivery &delivery, const QString &bodyFile) const;
    Delivery signedDelivery(const QString &url, const QString &secret);

    SandboxServer m_server;
    SandboxServer::Keys m_keys;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void CliPspTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_keys = {QUuid::createUuid().toString(QUuid::WithoutBraces), randomText(24),
              QUuid::createUuid().toString(QUuid::Id128)};
    m_server.setKeys(m_keys);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
    m_cli->forbid(m_keys.clientSecret);
    m_cli->forbid(m_keys.subscriptionKey);
}

void CliPspTest::init()
{
    m_server.clearRegistrations();
    m_server.clearRecordedRequests();
    m_server.setPspId(QString());
    m_cli->setKeys(m_keys, Msn);
}

void CliPspTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    m_cli->clearLeaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
}

QStringList CliPspTest::api(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--base-url"), m_server.baseUrl().toString()} + arguments;
}

QString CliPspTest::registerWithCli(const QString &url, const QString &msn)
{
    const CliRun run
        = m_cli->run(api({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--msn"), msn,
                          QStringLiteral("--url"), url, QStringLiteral("--event"), CreatedEvent}));
    const QJsonObject object = run.json().object();
    if (run.exitCode != 0 || !object.value(QStringLiteral("secretStored")).toBool()) {
        qWarning().noquote() << run.describe();
        return {};
    }
    const QString id = object.value(QStringLiteral("id")).toString();
    m_cli->forbid(m_server.secretOf(id));
    return id;
}

QString CliPspTest::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList CliPspTest::headerOptions(const Delivery &delivery, const QString &bodyFile) const
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

Delivery CliPspTest::signedDelivery(const QString &url, const QString &secret)
{
    const QByteArray body = SamplePayload::forEvent(CreatedEvent, Msn, QDateTime::currentDateTimeUtc());
    return DeliverySignature::sign(QUrl(url), body, secret, QDateTime::currentDateTimeUtc());
}

void CliPspTest::profileAdd_partnerInTest_refusedWithReason()
{
    const CliRun run
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("partner-test"),
                      QStringLiteral("--env"), QStringLiteral("test")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Partner keys exist only in production")),
             run.describe().constData());
    const CliRun listed = m_cli->run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QLatin1String("partner-test")), listed.describe().constData());

    // The same keys with a sales unit's MSN are fine.
    const CliRun withMsn
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("unit-test"),
                      QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("--msn"), Msn});
    QVERIFY2(withMsn.exitCode == 0, withMsn.describe().constData());
    QVERIFY(m_cli->run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("unit-test")})
                .exitCode
            == 0);
}

void CliPspTest::profileAdd_psp_sendsPspIdWithMerchantMsn()
{
    m_server.setPspId(PspId);
    const CliRun added
        = m_cli->run(api({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("psp"),
                          QStringLiteral("--msn"), Msn, QStringLiteral("--psp-id"), PspId}));
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_cli->clearKeys();
    const CliRun listed
        = m_cli->run({QStringLiteral("--profile"), QStringLiteral("psp"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    bool sawWebhooksCall = false;
    for (const auto &request : m_server.recordedRequests()) {
        if (request.path.startsWith(QLatin1String("/accesstoken"))) {
            QVERIFY(!request.headers.contains("psp-id"));
        } else {
            sawWebhooksCall = true;
            QCOMPARE(request.headers.value("psp-id"), PspId.toUtf8());
            QCOMPARE(request.headers.value("merchant-serial-number"), Msn.toUtf8());
        }
    }
    QVERIFY(sawWebhooksCall);
    // A PSP profile without the merchant's MSN is refused.
    const CliRun noMsn = m_cli->run(api({QStringLiteral("profile"), QStringLiteral("add"),
                                         QStringLiteral("psp2"), QStringLiteral("--psp-id"), PspId}));
    QCOMPARE(noMsn.exitCode, 1);
    QVERIFY2(noMsn.err.contains(QLatin1String("merchant's MSN")), noMsn.describe().constData());
    QVERIFY(m_cli->run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("psp")}).exitCode
            == 0);
}

void CliPspTest::pspIdOption_sandboxRefusesCallsWithoutIt()
{
    m_server.setPspId(PspId);
    const CliRun without = m_cli->run(api({QStringLiteral("list")}));
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains(QLatin1String("Psp-Id")), without.describe().constData());
    const CliRun other
        = m_cli->run(api({QStringLiteral("--psp-id"), QStringLiteral("psp-other"), QStringLiteral("list")}));
    QCOMPARE(other.exitCode, 1);
    const CliRun with = m_cli->run(api({QStringLiteral("--psp-id"), PspId, QStringLiteral("list")}));
    QVERIFY2(with.exitCode == 0, with.describe().constData());
    const CliRun malformed
        = m_cli->run(api({QStringLiteral("--psp-id"), QStringLiteral("a b"), QStringLiteral("list")}));
    QCOMPARE(malformed.exitCode, 2);
}

void CliPspTest::register_partnerWide_warnsEverySalesUnit()
{
    m_cli->setKeys(m_keys); // no MSN: partner keys
    const CliRun run = m_cli->run(
        api({QStringLiteral("register"), QStringLiteral("--url"),
             QStringLiteral("https://example.com/partner"), QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("every sales unit")), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("present and future")), run.describe().constData());
    m_cli->forbid(m_server.secretOf(run.out.section(QLatin1Char('\n'), 0, 0)));

    // With an MSN there is no such warning.
    m_cli->setKeys(m_keys, Msn);
    const QString id = registerWithCli(QStringLiteral("https://example.com/unit"), Msn);
    QVERIFY(!id.isEmpty());
    const CliRun unit = m_cli->run(
        api({QStringLiteral("register"), QStringLiteral("--url"), QStringLiteral("https://example.com/unit2"),
             QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(!unit.err.contains(QLatin1String("every sales unit")), unit.describe().constData());
    m_cli->forbid(m_server.secretOf(unit.out.section(QLatin1Char('\n'), 0, 0)));
}

void CliPspTest::verify_anySecret_namesTheRegistrationThatSigned()
{
    const QString url = QStringLiteral("https://example.com/vipps/shared");
    const QString first = registerWithCli(url, Msn);
    const QString second = registerWithCli(url, Msn);
    const QString third = registerWithCli(url, OtherMsn);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());

    for (const QString &signer : {second, third}) {
        const Delivery delivery = signedDelivery(url, m_server.secretOf(signer));
        const QString body = file(QStringLiteral("body.json"), delivery.body);
        const CliRun run = m_cli->run(api(
            QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret"), QStringLiteral("--json")}
            + headerOptions(delivery, body)));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject object = run.json().object();
        QCOMPARE(object.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("id")).toString(), signer);
        QCOMPARE(object.value(QStringLiteral("msn")).toString(), signer == third ? OtherMsn : Msn);
        QCOMPARE(object.value(QStringLiteral("environment")).toString(), QStringLiteral("custom"));
        QCOMPARE(object.value(QStringLiteral("profile")).toString(), QString());
        QCOMPARE(object.value(QStringLiteral("step")).toString(), QStringLiteral("none"));
    }

    // Without --json: "valid: ..." naming the webhook.
    const Delivery delivery = signedDelivery(url, m_server.secretOf(first));
    const CliRun plain
        = m_cli->run(api(QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret")}
                         + headerOptions(delivery, file(QStringLiteral("first.json"), delivery.body))));
    QVERIFY2(plain.exitCode == 0, plain.describe().constData());
    QVERIFY2(plain.out.startsWith(QLatin1String("valid: ")) && plain.out.contains(first),
             plain.describe().constData());
}

void CliPspTest::verify_anySecret_noneVerifies_saysSeveralRegistrations()
{
    const QString url = QStringLiteral("https://example.com/vipps/twice");
    const QString first = registerWithCli(url, Msn);
    // The second registration was made elsewhere: its secret is not on this machine.
    const Registration elsewhere = m_server.addRegistration(Msn, url, {CreatedEvent});
    QVERIFY(!first.isEmpty());
    m_cli->forbid(elsewhere.secret);

    const Delivery delivery = signedDelivery(url, elsewhere.secret);
    const CliRun run = m_cli->run(
        api(QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret"), QStringLiteral("--json")}
            + headerOptions(delivery, file(QStringLiteral("twice.json"), delivery.body))));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(object.value(QStringLiteral("id")).isNull());
    QCOMPARE(object.value(QStringLiteral("step")).toString(), QStringLiteral("signature"));
    QCOMPARE(object.value(QStringLiteral("registrationsOfUrl")).toInt(), 2);
    const QString reason = object.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("2 registrations")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("once per registration")), qPrintable(reason));
    QVERIFY2(reason.contains(elsewhere.id), qPrintable(reason));
}

void CliPspTest::verify_anySecret_unknownUrl_saysNoneKnown()
{
    registerWithCli(QStringLiteral("https://example.com/vipps/known"), Msn);
    const Delivery delivery
        = signedDelivery(QStringLiteral("https://example.com/vipps/unknown"), randomText(48));
    const CliRun run
        = m_cli->run(api(QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret")}
                         + headerOptions(delivery, file(QStringLiteral("unknown.json"), delivery.body))));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not valid: the signature check failed")),
             run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("No registration of this URL is known here")),
             run.describe().constData());

    // A changed body fails the body hash whatever the secret: said as such.
    const CliRun changed = m_cli->run(
        api(QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret")}
            + headerOptions(delivery, file(QStringLiteral("changed.json"), delivery.body + 'x'))));
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.err.contains(QLatin1String("body hash")), changed.describe().constData());
}

void CliPspTest::verify_showsWebhookId()
{
    const QString url = QStringLiteral("https://example.com/vipps/id");
    const QString id = registerWithCli(url, Msn);
    const Delivery delivery = signedDelivery(url, m_server.secretOf(id));
    QVERIFY(!delivery.webhookId.isEmpty());
    QVERIFY(delivery.webhookId != id.toLatin1());
    const QByteArray raw = "POST /vipps/id HTTP/1.1\r\nHost: example.com\r\nWebhook-Id: " + delivery.webhookId
        + "\r\nx-ms-date: " + delivery.date + "\r\nx-ms-content-sha256: " + delivery.contentSha256
        + "\r\nAuthorization: " + delivery.authorization + "\r\n\r\n" + delivery.body;
    const QString rawFile = file(QStringLiteral("raw.http"), raw);
    const CliRun run = m_cli->run(api({QStringLiteral("verify"), QStringLiteral("--any-secret"),
                                       QStringLiteral("--raw-file"), rawFile, QStringLiteral("--url"), url}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains(QStringLiteral("Webhook-Id: %1").arg(QString::fromLatin1(delivery.webhookId))),
             run.describe().constData());
    const CliRun json = m_cli->run(api({QStringLiteral("verify"), QStringLiteral("--webhook-id"), id,
                                        QStringLiteral("--raw-file"), rawFile, QStringLiteral("--json")}));
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    QCOMPARE(json.json().object().value(QStringLiteral("webhookId")).toString(),
             QString::fromLatin1(delivery.webhookId));
}

void CliPspTest::anySecret_usage()
{
    const Delivery delivery = signedDelivery(QStringLiteral("https://example.com/x"), randomText(48));
    const QString body = file(QStringLiteral("usage.json"), delivery.body);
    const CliRun both = m_cli->run(api(QStringList{QStringLiteral("verify"), QStringLiteral("--any-secret"),
                                                   QStringLiteral("--secret-stdin")}
                                       + headerOptions(delivery, body)),
                                   "x\n");
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QLatin1String("--any-secret")), both.describe().constData());
}

QTEST_GUILESS_MAIN(CliPspTest)
#include "tst_cli_psp.moc"
