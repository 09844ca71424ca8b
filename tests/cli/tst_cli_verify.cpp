// webhook-console-cli verify: the official example of the reference, each step that can fail,
// and the usage errors. The secret comes from standard input here (tst_cli_vault covers
// --webhook-id with a real keychain); the child processes have no keychain at all.
#include "clirunner.h"
#include "pseudoterminal.h"

#include "core/deliverysignature.h"

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// The official worked example (vipps-api.md section 5). The reference calls the body 75 bytes;
// the 74 bytes printed are what hash to the official x-ms-content-sha256.
const QString OfficialSecret = QStringLiteral(
    "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
const QString OfficialUrl = QStringLiteral("https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63");
const QByteArray
    OfficialBody("{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}");
const QString OfficialDate = QStringLiteral("Thu, 30 Mar 2023 08:38:32 GMT");
const QString OfficialHash = QStringLiteral("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
const QString OfficialAuthorization
    = QStringLiteral("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=")
    + QStringLiteral("agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=");

QByteArray line(const QString &secret)
{
    return secret.toUtf8() + '\n';
}

} // namespace

class CliVerifyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_listsNewCommands();
    void verify_officialExample_headerOptions_valid();
    void verify_officialExample_rawFile_valid();
    void verify_officialExample_json();
    void verify_secretLine_onlyLineEndingStripped();
    void verify_failure_exits1AndNamesStep_data();
    void verify_failure_exits1AndNamesStep();
    void verify_tamperedCompactBody_notCalledReserialised();
    void verify_usage_exits2_data();
    void verify_usage_exits2();
    void verify_secretNeverInArgumentsOrOutput();
    void verify_secretAtTerminal_notEchoed();
    void verify_webhookId_noKeychain_exits4();

private:
    // A file in the test's folder holding `content`.
    QString file(const QString &name, const QByteArray &content);
    QString officialBodyFile() { return file(QStringLiteral("official-body.json"), OfficialBody); }
    // The official delivery as a raw request sent to `target` on `host`, with or without x-ms-date.
    QByteArray rawRequest(const QByteArray &target = "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
                          const QByteArray &host = "webhook.site", bool withDate = true) const;
    QStringList headerOptions(const QString &bodyFile,
                              const QString &authorization = OfficialAuthorization) const;

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void CliVerifyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CliRunner::cliPath()), qPrintable(CliRunner::cliPath()));
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::None);
    m_cli->forbid(OfficialSecret);
}

void CliVerifyTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    m_cli->clearLeaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
}

QString CliVerifyTest::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray CliVerifyTest::rawRequest(const QByteArray &target, const QByteArray &host, bool withDate) const
{
    QByteArray raw
        = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n";
    if (withDate)
        raw += "x-ms-date: " + OfficialDate.toLatin1() + "\r\n";
    raw += "x-ms-content-sha256: " + OfficialHash.toLatin1() + "\r\nAuthorization: "
        + OfficialAuthorization.toLatin1() + "\r\nContent-Length: 74\r\n\r\n" + OfficialBody;
    return raw;
}

QStringList CliVerifyTest::headerOptions(const QString &bodyFile, const QString &authorization) const
{
    return {QStringLiteral("--url"),
            OfficialUrl,
            QStringLiteral("--date"),
            OfficialDate,
            QStringLiteral("--content-sha256"),
            OfficialHash,
            QStringLiteral("--authorization"),
            authorization,
            QStringLiteral("--body-file"),
            bodyFile};
}

void CliVerifyTest::help_listsNewCommands()
{
    const CliRun run = m_cli->run({QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    for (const char *text :
         {"verify (--url URL", "--raw-file FILE", "(--secret-stdin | --webhook-id ID | --any-secret)",
          "send-test ID --event TYPE", "check-url URL [--secret-stdin]",
          "WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT", "verify: 0 valid, 1 not valid"}) {
        QVERIFY2(run.out.contains(QString::fromLatin1(text)), text);
    }
    const CliRun verifyHelp = m_cli->run({QStringLiteral("verify"), QStringLiteral("--help")});
    QVERIFY2(verifyHelp.exitCode == 0, verifyHelp.describe().constData());
    QVERIFY(verifyHelp.out.contains(QLatin1String("--content-sha256 <HASH>")));
    QVERIFY2(!verifyHelp.out.contains(QLatin1String("--secret <")), "the refused --secret option is hidden");
}

void CliVerifyTest::verify_officialExample_headerOptions_valid()
{
    const QString body = officialBodyFile();
    QCOMPARE(QFileInfo(body).size(), 74);
    const CliRun run = m_cli->run(QStringList{QStringLiteral("verify"), QStringLiteral("--secret-stdin")}
                                      + headerOptions(body),
                                  line(OfficialSecret));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QStringLiteral("valid\n"));
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
}

void CliVerifyTest::verify_officialExample_rawFile_valid()
{
    const QString raw = file(QStringLiteral("official.http"), rawRequest());
    // The URL from the Host header and the request line.
    const CliRun run = m_cli->run(
        {QStringLiteral("verify"), QStringLiteral("--raw-file"), raw, QStringLiteral("--secret-stdin")},
        line(OfficialSecret));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QStringLiteral("valid\n"));
    QVERIFY2(run.err.contains(QLatin1String("--url")), "a note says the request's own URL was used");

    // Compared with the registered URL, given with --url.
    const CliRun registered
        = m_cli->run({QStringLiteral("verify"), QStringLiteral("--raw-file"), raw, QStringLiteral("--url"),
                      OfficialUrl, QStringLiteral("--secret-stdin")},
                     line(OfficialSecret));
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    QCOMPARE(registered.out, QStringLiteral("valid\n"));
    QVERIFY2(registered.err.isEmpty(), registered.describe().constData());

    // A request pasted with LF line endings instead of CRLF reads the same.
    const QString lf
        = file(QStringLiteral("official-lf.http"), QByteArray(rawRequest()).replace("\r\n", "\n"));
    const CliRun pasted = m_cli->run({QStringLiteral("verify"), QStringLiteral("--raw-file"), lf,
                                      QStringLiteral("--url"), OfficialUrl, QStringLiteral("--secret-stdin")},
                                     line(OfficialSecret));
    QVERIFY2(pasted.exitCode == 0, pasted.describe().constData());
}

void CliVerifyTest::verify_officialExample_json()
{
    const CliRun run = m_cli->run(
        QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--secret-stdin")}
            + headerOptions(officialBodyFile()),
        line(OfficialSecret));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(false), true);
    QCOMPARE(object.value(QStringLiteral("failure")).toString(), QStringLiteral("none"));
    QVERIFY(object.contains(QStringLiteral("reason")));
    QCOMPARE(object.value(QStringLiteral("otherEnvironmentsSecret")).toBool(true), false);
    QCOMPARE(object.size(), 4);
}

void CliVerifyTest::verify_secretLine_onlyLineEndingStripped()
{
    const QStringList arguments = QStringList{QStringLiteral("verify"), QStringLiteral("--secret-stdin")}
        + headerOptions(officialBodyFile());
    // CRLF is a line ending too.
    const CliRun crlf = m_cli->run(arguments, OfficialSecret.toUtf8() + "\r\n");
    QVERIFY2(crlf.exitCode == 0, crlf.describe().constData());
    // Without a line ending at all.
    const CliRun bare = m_cli->run(arguments, OfficialSecret.toUtf8());
    QVERIFY2(bare.exitCode == 0, bare.describe().constData());
    // Spaces are part of the secret: not trimmed.
    const CliRun spaced = m_cli->run(arguments, ' ' + OfficialSecret.toUtf8() + " \n");
    QVERIFY2(spaced.exitCode == 1, spaced.describe().constData());
    QVERIFY2(spaced.err.contains(QLatin1String("signature")), spaced.describe().constData());
    // Only the first line is read.
    const CliRun twoLines = m_cli->run(arguments, line(OfficialSecret) + "more\n");
    QVERIFY2(twoLines.exitCode == 0, twoLines.describe().constData());
}

void CliVerifyTest::verify_failure_exits1AndNamesStep_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("failure");      // --json "failure"
    QTest::addColumn<QStringList>("expected"); // in stderr

    const QString body = officialBodyFile();
    const QString raw = file(QStringLiteral("raw.http"), rawRequest());
    const QString registeredAs = QStringLiteral("--url");
    const auto rawWith = [&](const QString &name, const QByteArray &content) {
        return QStringList{QStringLiteral("--raw-file"), file(name, content), registeredAs, OfficialUrl};
    };

    QTest::newRow("body changed") << headerOptions(file(QStringLiteral("changed.json"), OfficialBody + ' '))
                                  << OfficialSecret << QStringLiteral("bodyHash")
                                  << QStringList{QStringLiteral("the body hash check failed")};
    QTest::newRow("body pretty-printed")
        << headerOptions(file(
               QStringLiteral("pretty.json"),
               "{\n    \"some-unique-content\": \"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"\n}\n"))
        << OfficialSecret << QStringLiteral("bodyHash")
        << QStringList{QStringLiteral("the body hash check failed"), QStringLiteral("re-serialised")};

    // A body signed with LF line endings, received with CRLF.
    const QByteArray lfBody("{\n\"a\":1\n}");
    const Delivery lfSigned = DeliverySignature::sign(
        QUrl(OfficialUrl), lfBody, OfficialSecret, QDateTime(QDate(2023, 3, 30), QTime(8, 38, 32), Qt::UTC));
    QTest::newRow("body with CRLF") << QStringList{QStringLiteral("--url"),
                                                   OfficialUrl,
                                                   QStringLiteral("--date"),
                                                   QString::fromLatin1(lfSigned.date),
                                                   QStringLiteral("--content-sha256"),
                                                   QString::fromLatin1(lfSigned.contentSha256),
                                                   QStringLiteral("--authorization"),
                                                   QString::fromLatin1(lfSigned.authorization),
                                                   QStringLiteral("--body-file"),
                                                   file(QStringLiteral("crlf.json"),
                                                        QByteArray(lfBody).replace("\n", "\r\n"))}
                                    << OfficialSecret << QStringLiteral("bodyHash")
                                    << QStringList{QStringLiteral("the body hash check failed"),
                                                   QStringLiteral("CRLF")};

    QTest::newRow("path differs") << rawWith(QStringLiteral("path.http"), rawRequest("/another-path"))
                                  << OfficialSecret << QStringLiteral("url")
                                  << QStringList{QStringLiteral("the URL check failed"),
                                                 QStringLiteral("path"), QStringLiteral("/another-path")};
    QTest::newRow("query differs") << rawWith(QStringLiteral("query.http"),
                                              rawRequest("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63?x=1"))
                                   << OfficialSecret << QStringLiteral("url")
                                   << QStringList{QStringLiteral("the URL check failed"),
                                                  QStringLiteral("?x=1")};
    QTest::newRow("host differs") << rawWith(
        QStringLiteral("host.http"), rawRequest("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", "example.com"))
                                  << OfficialSecret << QStringLiteral("url")
                                  << QStringList{QStringLiteral("the URL check failed"),
                                                 QStringLiteral("host"), QStringLiteral("example.com")};
    QTest::newRow("port differs") << rawWith(
        QStringLiteral("port.http"), rawRequest("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", "webhook.site:8443"))
                                  << OfficialSecret << QStringLiteral("url")
                                  << QStringList{QStringLiteral("the URL check failed"),
                                                 QStringLiteral("webhook.site:8443")};

    QTest::newRow("wrong secret") << headerOptions(body) << QStringLiteral("another webhook's secret")
                                  << QStringLiteral("signature")
                                  << QStringList{QStringLiteral("the signature check failed"),
                                                 QStringLiteral("secret is wrong"),
                                                 QStringLiteral("other environment")};
    QTest::newRow("wrong secret, raw")
        << QStringList{QStringLiteral("--raw-file"), raw} << QStringLiteral("another webhook's secret")
        << QStringLiteral("signature") << QStringList{QStringLiteral("the signature check failed")};

    const QByteArray crlfToSign
        = DeliverySignature::stringToSign(QUrl(OfficialUrl), OfficialDate.toLatin1(), OfficialHash.toLatin1())
              .replace("\n", "\r\n");
    QTest::newRow("CRLF in string to sign")
        << headerOptions(
               body,
               QStringLiteral("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=")
                   + QString::fromLatin1(DeliverySignature::signature(OfficialSecret, crlfToSign)))
        << OfficialSecret << QStringLiteral("signature")
        << QStringList{QStringLiteral("the signature check failed"), QStringLiteral("CRLF")};

    QTest::newRow("malformed Authorization")
        << headerOptions(body, QStringLiteral("Bearer agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U="))
        << OfficialSecret << QStringLiteral("authorization")
        << QStringList{QStringLiteral("the Authorization header check failed")};
    QTest::newRow("Authorization without signed headers")
        << headerOptions(body,
                         QStringLiteral("HMAC-SHA256 Signature=agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U="))
        << OfficialSecret << QStringLiteral("authorization")
        << QStringList{QStringLiteral("the Authorization header check failed")};
    QTest::newRow("missing header, raw")
        << rawWith(QStringLiteral("nodate.http"),
                   rawRequest("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", "webhook.site", false))
        << OfficialSecret << QStringLiteral("missingHeader")
        << QStringList{QStringLiteral("the header check failed"), QStringLiteral("x-ms-date")};
    QTest::newRow("empty Authorization")
        << headerOptions(body, QString()) << OfficialSecret << QStringLiteral("missingHeader")
        << QStringList{QStringLiteral("the header check failed"),
                       QStringLiteral("Authorization header is missing")};
}

void CliVerifyTest::verify_tamperedCompactBody_notCalledReserialised()
{
    // Every real body is compact with its keys in the sender's order, not alphabetical: one
    // changed value is a changed body, not a re-serialised one.
    const QByteArray body(
        "{\"msn\":\"123456\",\"reference\":\"order-1\",\"amount\":{\"value\":100,\"currency\":\"NOK\"}}");
    const Delivery sent = DeliverySignature::sign(QUrl(OfficialUrl), body, OfficialSecret,
                                                  QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    const QStringList options{QStringLiteral("--url"),
                              OfficialUrl,
                              QStringLiteral("--date"),
                              QString::fromLatin1(sent.date),
                              QStringLiteral("--content-sha256"),
                              QString::fromLatin1(sent.contentSha256),
                              QStringLiteral("--authorization"),
                              QString::fromLatin1(sent.authorization),
                              QStringLiteral("--body-file")};
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--secret-stdin")};
    const CliRun genuine = m_cli->run(
        verify + options + QStringList{file(QStringLiteral("unsorted.json"), body)}, line(OfficialSecret));
    QVERIFY2(genuine.exitCode == 0, genuine.describe().constData());
    const CliRun tampered = m_cli->run(
        verify + options
            + QStringList{file(QStringLiteral("tampered.json"), QByteArray(body).replace("100", "900"))},
        line(OfficialSecret));
    QVERIFY2(tampered.exitCode == 1, tampered.describe().constData());
    QVERIFY2(tampered.err.contains(QLatin1String("the body hash check failed")),
             tampered.describe().constData());
    QVERIFY2(!tampered.err.contains(QLatin1String("re-serialised")), tampered.describe().constData());
}

void CliVerifyTest::verify_failure_exits1AndNamesStep()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(QString, failure);
    QFETCH(QStringList, expected);
    m_cli->forbid(secret);

    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--secret-stdin")};
    const CliRun run = m_cli->run(verify + arguments, line(secret));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("not valid: ")), run.describe().constData());
    for (const QString &text : std::as_const(expected))
        QVERIFY2(run.err.contains(text),
                 qPrintable(text + QLatin1Char('\n') + QString::fromUtf8(run.describe())));

    const CliRun json = m_cli->run(verify + arguments + QStringList{QStringLiteral("--json")}, line(secret));
    m_cli->allow(secret);
    QVERIFY2(json.exitCode == 1, json.describe().constData());
    const QJsonObject object = json.json().object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(object.value(QStringLiteral("failure")).toString(), failure);
    QVERIFY(!object.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(run.err.contains(object.value(QStringLiteral("reason")).toString()));
}

void CliVerifyTest::verify_usage_exits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // in stderr

    const QString body = officialBodyFile();
    const QString raw = file(QStringLiteral("usage.http"), rawRequest());
    const QStringList stdinSecret{QStringLiteral("--secret-stdin")};
    const QByteArray secret = line(OfficialSecret);
    const auto row
        = [](const char *name, const QStringList &arguments, const QByteArray &input, const char *expected) {
              QTest::newRow(name) << arguments << input << QString::fromLatin1(expected);
          };

    row("no delivery", stdinSecret, secret, "--raw-file FILE");
    row("no secret source", headerOptions(body), secret, "--secret-stdin, --webhook-id ID or --any-secret");
    row("both secret sources",
        headerOptions(body) + stdinSecret
            + QStringList{QStringLiteral("--webhook-id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        secret, "--secret-stdin, --webhook-id ID or --any-secret");
    row("secret as argument",
        headerOptions(body) + QStringList{QStringLiteral("--secret"), QStringLiteral("not-shown-1")}, {},
        "never taken as a command-line argument");
    row("secret as argument with =",
        headerOptions(body) + QStringList{QStringLiteral("--secret=not-shown-2")}, {},
        "never taken as a command-line argument");
    row("webhook id not a UUID",
        headerOptions(body) + QStringList{QStringLiteral("--webhook-id"), QStringLiteral("42")}, {},
        "not a webhook id");
    row("header option missing",
        QStringList{QStringLiteral("--url"), OfficialUrl, QStringLiteral("--date"), OfficialDate}
            + stdinSecret,
        secret, "--content-sha256, --authorization, --body-file");
    row("raw file and header option",
        QStringList{QStringLiteral("--raw-file"), raw, QStringLiteral("--date"), OfficialDate} + stdinSecret,
        secret, "without --date");
    row("raw file and body file",
        QStringList{QStringLiteral("--raw-file"), raw, QStringLiteral("--body-file"), body} + stdinSecret,
        secret, "without --body-file");
    QStringList relative = headerOptions(body);
    relative[1] = QStringLiteral("/e2cee29b");
    row("relative URL", relative + stdinSecret, secret, "--url");
    row("unreadable body file", headerOptions(m_dir.filePath(QStringLiteral("no-such-file"))) + stdinSecret,
        secret, "no-such-file");
    row("raw file not HTTP",
        QStringList{QStringLiteral("--raw-file"), file(QStringLiteral("text.http"), "hello")} + stdinSecret,
        secret, "request line");
    row("raw file without Host",
        QStringList{QStringLiteral("--raw-file"),
                    file(QStringLiteral("nohost.http"), "POST /x HTTP/1.1\r\n\r\n{}")}
            + stdinSecret,
        secret, "Host");
    row("empty standard input", headerOptions(body) + stdinSecret, {}, "standard input ended");
    row("empty secret line", headerOptions(body) + stdinSecret, "\n", "empty");
    row("an argument", headerOptions(body) + stdinSecret + QStringList{QStringLiteral("extra")}, secret,
        "extra");
    QByteArray huge(9 * 1024 * 1024, 'x');
    row("body file too large", headerOptions(file(QStringLiteral("huge.json"), huge)) + stdinSecret, secret,
        "MiB");
}

void CliVerifyTest::verify_usage_exits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    m_cli->forbid(QStringLiteral("not-shown-"));
    const CliRun run = m_cli->run(QStringList{QStringLiteral("verify")} + arguments, input);
    m_cli->allow(QStringLiteral("not-shown-"));
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("Error: ")), run.describe().constData());
    QVERIFY2(run.err.contains(expected), run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
}

void CliVerifyTest::verify_secretNeverInArgumentsOrOutput()
{
    auto process = m_cli->start(QStringList{QStringLiteral("verify"), QStringLiteral("--secret-stdin")}
                                + headerOptions(officialBodyFile()));
    QVERIFY(process->waitForStarted());
    // While it waits for the secret, its arguments and environment hold nothing secret.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process->processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(arguments.contains("--secret-stdin"));
    QVERIFY(!arguments.contains(OfficialSecret.toUtf8()));
    QFile environment(QStringLiteral("/proc/%1/environ").arg(process->processId()));
    QVERIFY(environment.open(QIODevice::ReadOnly));
    QVERIFY(!environment.readAll().contains(OfficialSecret.toUtf8()));

    process->write(line(OfficialSecret));
    process->closeWriteChannel();
    const CliRun run = m_cli->finish(*process);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // A pipe is not a terminal: no prompt.
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    // The leak check of cleanup() covers stdout and stderr.
}

void CliVerifyTest::verify_secretAtTerminal_notEchoed()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());
    const auto process = m_cli->start(QStringList{QStringLiteral("verify"), QStringLiteral("--secret-stdin")}
                                          + headerOptions(officialBodyFile()),
                                      terminal.deviceName());
    QVERIFY(CliRunner::waitForError(*process, "Webhook secret: "));
    terminal.type(line(OfficialSecret));
    const CliRun run = m_cli->finish(*process);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QStringLiteral("valid\n"));
    QVERIFY(!terminal.shown().contains(OfficialSecret.toUtf8()));
}

void CliVerifyTest::verify_webhookId_noKeychain_exits4()
{
    m_cli->environment().insert(QStringLiteral("VIPPS_MSN"), QStringLiteral("123456"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliRun run = m_cli->run(QStringList{QStringLiteral("verify"), QStringLiteral("--webhook-id"), id}
                                  + headerOptions(officialBodyFile()));
    m_cli->environment().remove(QStringLiteral("VIPPS_MSN"));
    QVERIFY2(run.exitCode == 4, run.describe().constData());
    QVERIFY2(run.err.contains(id), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("keychain")), run.describe().constData());
}

QTEST_GUILESS_MAIN(CliVerifyTest)
#include "tst_cli_verify.moc"
