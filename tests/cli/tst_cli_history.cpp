// The history and the watch, as the command line meets them through real processes, the real
// Secret Service of scripts/with-test-keyring and the sandbox: every change is recorded (and never
// a secret), a registration the sandbox removes behind the console's back is reported by `check`
// with exit code 7 once, what the window noticed reaches `check` too, registrations made elsewhere
// appear, and several programs recording at once lose no entry.
#include "../delivery/testreceiver.h"
#include "clirunner.h"

#include "core/appinfo.h"
#include "sandbox/sandboxserver.h"
#include "storage/changehistory.h"
#include "storage/statestore.h"
#include "storage/webhooksnapshots.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

namespace {

constexpr auto Msn = "123456";
const QString CreatedEvent = QStringLiteral("epayments.payment.created.v1");
const QString Profile = QStringLiteral("shop");

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray entriesOf(const CliRun &run)
{
    return run.json().object().value(QStringLiteral("entries")).toArray();
}

QStringList actionsOf(const QJsonArray &entries)
{
    QStringList actions;
    for (const QJsonValue &entry : entries)
        actions.append(entry.toObject().value(QStringLiteral("action")).toString());
    return actions;
}

// "a b c" as {"a", "b", "c"}.
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class CliHistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void history_recordsRegisterAndDelete_withOutcomeAndNoSecret();
    void history_failedRegister_recordsStatusAndTrace();
    void history_sinceAndMsnAndAction_narrowIt();
    void history_badSince_exits2();
    void check_removedBehindTheBack_exits7OnceWithJson();
    void check_deletedByThisConsole_notVanished();
    void check_registeredElsewhere_appears();
    void check_reportsWhatTheWindowNoticed();
    void check_unknownProfile_exits2();
    void list_warnsAboutWhatVanished();
    void check_listFails_exits4();
    void check_probe_reportsEachUrl();
    void history_severalProgramsAtOnce_loseNoEntry();
    void history_programKilledMidway_saysOutcomeUnknown();

private:
    void addProfile();
    QStringList onProfile(const QStringList &arguments) const;
    QString registerOne(const QString &url);
    CliRun history(const QStringList &arguments = {});
    QString dataFolder() const { return m_cli->homePath() + QStringLiteral("/data"); }
    QString stateFile() const
    {
        return dataFolder() + QLatin1Char('/') + AppInfo::organizationName() + QLatin1Char('/')
            + AppInfo::applicationName() + QStringLiteral("/state.sqlite");
    }
    QStringList dataFilesContaining(const QByteArray &needle) const;

    SandboxServer m_server;
    SandboxServer::Keys m_keys;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_secrets;
};

void CliHistoryTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    m_keys = {QUuid::createUuid().toString(QUuid::WithoutBraces), randomText(24),
              QUuid::createUuid().toString(QUuid::Id128)};
    m_server.setKeys(m_keys);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void CliHistoryTest::init()
{
    m_server.clearRegistrations();
    m_server.clearFaults();
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
    m_cli->forbid(m_keys.clientSecret);
    m_cli->forbid(m_keys.subscriptionKey);
    m_secrets.clear();
    addProfile();
}

void CliHistoryTest::cleanup()
{
    QVERIFY2(m_cli->leaks().isEmpty(), "a secret appeared in the output of webhook-console-cli");
    for (const QString &secret : m_secrets + QStringList{m_keys.clientSecret, m_keys.subscriptionKey})
        QVERIFY2(dataFilesContaining(secret.toUtf8()).isEmpty(), "a secret is in the state files");
    m_cli.reset();
}

void CliHistoryTest::addProfile()
{
    m_cli->setKeys(m_keys);
    const CliRun added
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), Profile, QStringLiteral("--base-url"),
                      m_server.baseUrl().toString(), QStringLiteral("--env"), QStringLiteral("test"),
                      QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_cli->clearKeys();
}

QStringList CliHistoryTest::onProfile(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--profile"), Profile} + arguments;
}

QString CliHistoryTest::registerOne(const QString &url)
{
    const CliRun run
        = m_cli->run(onProfile({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"),
                                url, QStringLiteral("--event"), CreatedEvent}));
    if (run.exitCode != 0) {
        qWarning().noquote() << run.describe();
        return {};
    }
    const QString id = run.json().object().value(QStringLiteral("id")).toString();
    m_secrets.append(m_server.secretOf(id));
    m_cli->forbid(m_server.secretOf(id));
    return id;
}

CliRun CliHistoryTest::history(const QStringList &arguments)
{
    return m_cli->run(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + arguments);
}

QStringList CliHistoryTest::dataFilesContaining(const QByteArray &needle) const
{
    QStringList hits;
    QDirIterator it(dataFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            hits.append(path);
    }
    return hits;
}

void CliHistoryTest::history_recordsRegisterAndDelete_withOutcomeAndNoSecret()
{
    const QString id = registerOne(QStringLiteral("https://example.com/hooks/a"));
    QVERIFY(!id.isEmpty());
    const CliRun deleted = m_cli->run(onProfile({QStringLiteral("delete"), id}));
    QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());
    // A delete of what is gone already (404) is recorded as done, with its status.
    const CliRun again = m_cli->run(onProfile({QStringLiteral("delete"), id}));
    QVERIFY2(again.exitCode == 0, again.describe().constData());

    const CliRun run = history();
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray entries = entriesOf(run);
    QCOMPARE(actionsOf(entries), words("register delete delete"));
    const QJsonObject registered = entries.at(0).toObject();
    QCOMPARE(registered.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(registered.value(QStringLiteral("webhookId")).toString(), id);
    QCOMPARE(registered.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://example.com/hooks/a"));
    QCOMPARE(registered.value(QStringLiteral("events")).toArray(), QJsonArray{CreatedEvent});
    QCOMPARE(registered.value(QStringLiteral("program")).toString(), QStringLiteral("command line"));
    QCOMPARE(registered.value(QStringLiteral("profile")).toString(), Profile);
    QCOMPARE(registered.value(QStringLiteral("msn")).toString(), QString::fromLatin1(Msn));
    QCOMPARE(registered.value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
    QCOMPARE(registered.value(QStringLiteral("user")).toString(), ChangeHistory::osUser());
    QVERIFY(!registered.value(QStringLiteral("time")).toString().isEmpty());
    const QJsonObject deletedEntry = entries.at(1).toObject();
    QCOMPARE(deletedEntry.value(QStringLiteral("webhookId")).toString(), id);
    QCOMPARE(deletedEntry.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(deletedEntry.value(QStringLiteral("httpStatus")).toInt(), 204);
    // The command line deletes without listing: the URL comes from the last list kept (register's).
    QCOMPARE(deletedEntry.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://example.com/hooks/a"));
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("httpStatus")).toInt(), 404);

    // The text form says the same for people.
    const CliRun text = m_cli->run({QStringLiteral("history")});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains(QStringLiteral("Registered (succeeded)")), text.describe().constData());
    QVERIFY2(text.out.contains(id), text.describe().constData());
    QVERIFY2(text.err.contains(QStringLiteral("3 changes")), text.describe().constData());
    // CSV with a header, one line an entry.
    const CliRun csv = m_cli->run({QStringLiteral("history"), QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, csv.describe().constData());
    QCOMPARE(csv.out.trimmed().split(QLatin1Char('\n')).size(), 4);
}

void CliHistoryTest::history_failedRegister_recordsStatusAndTrace()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.status = 400;
    m_server.injectFault(fault);
    const CliRun run = m_cli->run(
        onProfile({QStringLiteral("register"), QStringLiteral("--url"),
                   QStringLiteral("https://example.com/refused"), QStringLiteral("--event"), CreatedEvent}));
    QCOMPARE(run.exitCode, 1);
    const QJsonArray entries = entriesOf(history());
    QCOMPARE(actionsOf(entries), words("register"));
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(entry.value(QStringLiteral("httpStatus")).toInt(), 400);
    QVERIFY(!entry.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(entry.value(QStringLiteral("webhookId")).toString().isEmpty());
}

void CliHistoryTest::history_sinceAndMsnAndAction_narrowIt()
{
    QVERIFY(!registerOne(QStringLiteral("https://example.com/one")).isEmpty());
    const QString id = registerOne(QStringLiteral("https://example.com/two"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_cli->run(onProfile({QStringLiteral("delete"), id})).exitCode == 0);

    QCOMPARE(entriesOf(history({QStringLiteral("--action"), QStringLiteral("delete")})).size(), 1);
    QCOMPARE(entriesOf(history({QStringLiteral("--msn"), QString::fromLatin1(Msn)})).size(), 3);
    QCOMPARE(entriesOf(history({QStringLiteral("--msn"), QStringLiteral("999999")})).size(), 0);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QCOMPARE(entriesOf(history({QStringLiteral("--since"), tomorrow})).size(), 0);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(entriesOf(history({QStringLiteral("--since"), yesterday})).size(), 3);
}

void CliHistoryTest::history_badSince_exits2()
{
    const CliRun run = history({QStringLiteral("--since"), QStringLiteral("last tuesday")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--since")), run.describe().constData());
    const CliRun action = history({QStringLiteral("--action"), QStringLiteral("explode")});
    QCOMPARE(action.exitCode, 2);
}

void CliHistoryTest::check_removedBehindTheBack_exits7OnceWithJson()
{
    const QString kept = registerOne(QStringLiteral("https://example.com/kept"));
    const QString lost = registerOne(QStringLiteral("https://example.com/lost"));
    QVERIFY(!kept.isEmpty() && !lost.isEmpty());
    const CliRun first = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, first.describe().constData());

    // Vipps MobilePay removes an endpoint that failed for two weeks; nobody is told.
    QVERIFY(m_server.removeAsUnresponsive(QString::fromLatin1(Msn), lost));
    const CliRun run = m_cli->run({QStringLiteral("check"), QStringLiteral("--json"), Profile});
    QVERIFY2(run.exitCode == 7, run.describe().constData());
    const QJsonObject object = run.json().object();
    const QJsonArray vanished = object.value(QStringLiteral("vanished")).toArray();
    QCOMPARE(vanished.size(), 1);
    const QJsonObject gone = vanished.first().toObject();
    QCOMPARE(gone.value(QStringLiteral("id")).toString(), lost);
    QCOMPARE(gone.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/lost"));
    QCOMPARE(gone.value(QStringLiteral("events")).toArray(), QJsonArray{CreatedEvent});
    QCOMPARE(gone.value(QStringLiteral("profile")).toString(), Profile);
    QCOMPARE(gone.value(QStringLiteral("msn")).toString(), QString::fromLatin1(Msn));
    QCOMPARE(gone.value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
    QVERIFY(!gone.value(QStringLiteral("lastSeen")).toString().isEmpty());
    QVERIFY(object.value(QStringLiteral("appeared")).toArray().isEmpty());

    // In the history, as removed outside this console.
    const QJsonArray entries = entriesOf(history({QStringLiteral("--action"), QStringLiteral("vanished")}));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("webhookId")).toString(), lost);

    // Reported once: the next check is quiet again.
    const CliRun next = m_cli->run({QStringLiteral("check")});
    QVERIFY2(next.exitCode == 0, next.describe().constData());
    QVERIFY2(next.out.contains(QStringLiteral("Nothing vanished")), next.describe().constData());
}

void CliHistoryTest::check_deletedByThisConsole_notVanished()
{
    const QString id = registerOne(QStringLiteral("https://example.com/mine"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_cli->run({QStringLiteral("check")}).exitCode == 0);
    QVERIFY(m_cli->run(onProfile({QStringLiteral("delete"), id})).exitCode == 0);
    const CliRun run = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.json().object().value(QStringLiteral("vanished")).toArray().isEmpty());
}

void CliHistoryTest::check_registeredElsewhere_appears()
{
    QVERIFY(m_cli->run({QStringLiteral("check")}).exitCode == 0);
    // Another tool registers on the same sales unit (straight to the API, not through the console).
    CliRunner other(CliRunner::Keychain::Session);
    other.setKeys(m_keys, QString::fromLatin1(Msn));
    const CliRun elsewhere
        = other.run({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                     m_server.baseUrl().toString(), QStringLiteral("--env"), QStringLiteral("test"),
                     QStringLiteral("--url"), QStringLiteral("https://elsewhere.example/"),
                     QStringLiteral("--event"), CreatedEvent});
    QVERIFY2(elsewhere.exitCode == 0, elsewhere.describe().constData());
    const QString id = elsewhere.json().object().value(QStringLiteral("id")).toString();
    m_cli->forbid(m_server.secretOf(id));

    const CliRun run = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData()); // appearing is news, not an alarm
    const QJsonArray appeared = run.json().object().value(QStringLiteral("appeared")).toArray();
    QCOMPARE(appeared.size(), 1);
    QCOMPARE(appeared.first().toObject().value(QStringLiteral("id")).toString(), id);
}

void CliHistoryTest::check_reportsWhatTheWindowNoticed()
{
    const QString id = registerOne(QStringLiteral("https://example.com/seen-by-window"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_cli->run({QStringLiteral("check")}).exitCode == 0);
    // The window (another program on the same state file) lists first and notices the vanishing.
    QVERIFY(m_server.removeAsUnresponsive(QString::fromLatin1(Msn), id));
    {
        StateStore window(stateFile());
        ChangeHistory::setProgram(QStringLiteral("window"));
        const auto change = WebhookSnapshots(window).compareAndKeep(
            SnapshotKey{Profile, QStringLiteral("test"), QString::fromLatin1(Msn)}, {});
        QVERIFY(change.ok());
        QCOMPARE(change.value().vanished.size(), 1);
    }
    // The scheduled check still reports it, once.
    const CliRun run = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 7, run.describe().constData());
    const QJsonArray vanished = run.json().object().value(QStringLiteral("vanished")).toArray();
    QCOMPARE(vanished.size(), 1);
    QCOMPARE(vanished.first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(m_cli->run({QStringLiteral("check")}).exitCode, 0);
}

void CliHistoryTest::list_warnsAboutWhatVanished()
{
    const QString id = registerOne(QStringLiteral("https://example.com/listed"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_cli->run(onProfile({QStringLiteral("list")})).exitCode == 0);
    QVERIFY(m_server.removeAsUnresponsive(QString::fromLatin1(Msn), id));
    const CliRun run = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains(id) && run.err.contains(QStringLiteral("removed outside this console")),
             run.describe().constData());
    QVERIFY(run.json().object().value(QStringLiteral("webhooks")).toArray().isEmpty()); // stdout stays JSON
}

void CliHistoryTest::check_unknownProfile_exits2()
{
    const CliRun run = m_cli->run({QStringLiteral("check"), QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("nobody")), run.describe().constData());
}

void CliHistoryTest::check_listFails_exits4()
{
    SandboxServer::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.status = 503;
    fault.count = -1;
    m_server.injectFault(fault);
    const CliRun run = m_cli->run({QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("check"),
                                   QStringLiteral("--json")});
    m_server.clearFaults();
    QVERIFY2(run.exitCode == 4, run.describe().constData());
    const QJsonArray profiles = run.json().object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QVERIFY(!profiles.first().toObject().value(QStringLiteral("error")).toString().isEmpty());
}

void CliHistoryTest::check_probe_reportsEachUrl()
{
    // A local HTTPS receiver with the test CA's certificate stands in for the merchant's endpoint.
    TestReceiver receiver;
    QVERIFY(receiver.start(QSslCertificate(readFile(QStringLiteral(WC_TEST_DATA_DIR "/server.pem"))),
                           QSslKey(readFile(QStringLiteral(WC_TEST_DATA_DIR "/server-key.pem")), QSsl::Rsa)));
    receiver.answer(200);
    m_server.setAllowLoopbackCallbacks(true);
    m_cli->environment().insert(QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"),
                                QStringLiteral(WC_TEST_DATA_DIR "/ca.pem"));
    m_cli->environment().insert(QStringLiteral("WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT"),
                                QStringLiteral("1"));
    const QString url = receiver.url().toString();
    QVERIFY(!registerOne(url).isEmpty());

    const CliRun good
        = m_cli->run({QStringLiteral("check"), Profile, QStringLiteral("--probe"), QStringLiteral("--json")});
    QVERIFY2(good.exitCode == 0, good.describe().constData());
    QJsonArray probes = good.json().object().value(QStringLiteral("probes")).toArray();
    QCOMPARE(probes.size(), 1);
    QCOMPARE(probes.first().toObject().value(QStringLiteral("url")).toString(), url);
    QCOMPARE(probes.first().toObject().value(QStringLiteral("checks")).toArray().size(), 6);
    QVERIFY(probes.first().toObject().value(QStringLiteral("problems")).toArray().isEmpty());
    QVERIFY(probes.first().toObject().value(QStringLiteral("testPostSent")).toBool());
    QCOMPARE(receiver.received().size(), 1);

    // The endpoint fails: a problem, exit code 1.
    receiver.answer(500);
    const CliRun bad = m_cli->run({QStringLiteral("check"), Profile, QStringLiteral("--probe")});
    QVERIFY2(bad.exitCode == 1, bad.describe().constData());
    QVERIFY2(bad.out.contains(QStringLiteral("PROBLEM ") + url), bad.describe().constData());
    QCOMPARE(receiver.received().size(), 2);

    // The same endpoint registered in production: nothing is posted to it unless asked for.
    m_cli->setKeys(m_keys);
    const CliRun added
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("live"),
                      QStringLiteral("--base-url"), m_server.baseUrl().toString(), QStringLiteral("--env"),
                      QStringLiteral("production"), QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_cli->clearKeys();
    const CliRun live = m_cli->run({QStringLiteral("check"), QStringLiteral("live"),
                                    QStringLiteral("--probe"), QStringLiteral("--json")});
    QVERIFY2(live.exitCode == 0, live.describe().constData());
    probes = live.json().object().value(QStringLiteral("probes")).toArray();
    QCOMPARE(probes.size(), 1);
    QVERIFY(!probes.first().toObject().value(QStringLiteral("testPostSent")).toBool());
    QCOMPARE(receiver.received().size(), 2);
    const CliRun asked = m_cli->run({QStringLiteral("check"), QStringLiteral("live"),
                                     QStringLiteral("--probe"), QStringLiteral("--probe-production")});
    QCOMPARE(receiver.received().size(), 3);
    QVERIFY2(asked.exitCode == 1, asked.describe().constData()); // it still answers 500
    m_server.setAllowLoopbackCallbacks(false);
}

void CliHistoryTest::history_severalProgramsAtOnce_loseNoEntry()
{
    constexpr int Count = 6;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < Count; ++i) {
        processes.push_back(m_cli->start(
            onProfile({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"),
                       QStringLiteral("https://example.com/at-once/%1").arg(i), QStringLiteral("--event"),
                       CreatedEvent})));
    }
    QSet<QString> ids;
    for (auto &process : processes) {
        QVERIFY(process->waitForStarted());
        process->closeWriteChannel();
    }
    for (auto &process : processes) {
        const CliRun run = m_cli->finish(*process);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QString id = run.json().object().value(QStringLiteral("id")).toString();
        ids.insert(id);
        m_secrets.append(m_server.secretOf(id));
    }
    QCOMPARE(ids.size(), Count);
    const QJsonArray entries = entriesOf(history({QStringLiteral("--action"), QStringLiteral("register")}));
    QCOMPARE(entries.size(), Count);
    QSet<QString> recorded;
    for (const QJsonValue &entry : entries) {
        QCOMPARE(entry.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        recorded.insert(entry.toObject().value(QStringLiteral("webhookId")).toString());
    }
    QCOMPARE(recorded, ids);
}

void CliHistoryTest::history_programKilledMidway_saysOutcomeUnknown()
{
    // The POST is answered only after a long wait: the program is killed before it has the answer.
    SandboxServer::Fault slow;
    slow.method = "POST";
    slow.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    slow.delayMs = 60000;
    // A list is kept first: the registration that takes effect is then new to the next check.
    QVERIFY(m_cli->run({QStringLiteral("check")}).exitCode == 0);
    m_server.injectFault(slow);
    m_server.clearRecordedRequests();
    const auto posted = [this] {
        const QList<SandboxServer::RecordedRequest> requests = m_server.recordedRequests();
        return std::any_of(
            requests.cbegin(), requests.cend(), [](const SandboxServer::RecordedRequest &request) {
                return request.method == "POST" && request.path.startsWith(QLatin1String("/webhooks"));
            });
    };
    std::unique_ptr<QProcess> process = m_cli->start(
        onProfile({QStringLiteral("register"), QStringLiteral("--url"),
                   QStringLiteral("https://example.com/killed"), QStringLiteral("--event"), CreatedEvent}));
    QVERIFY(process->waitForStarted());
    process->closeWriteChannel();
    // Once the POST has arrived, the change has been begun in the history.
    QTRY_VERIFY_WITH_TIMEOUT(posted(), 20000);
    process->kill();
    QVERIFY(process->waitForFinished(10000));
    m_server.clearFaults();

    const QJsonArray entries = entriesOf(history());
    QCOMPARE(actionsOf(entries), words("register"));
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("started"));
    QVERIFY(!entry.contains(QStringLiteral("finished")));
    QCOMPARE(entry.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/killed"));
    const CliRun text = m_cli->run({QStringLiteral("history")});
    QVERIFY2(text.out.contains(QStringLiteral("started, outcome unknown")), text.describe().constData());
    // The registration took effect on the server. A begun register with its URL and events is this
    // console's: the next check does not call it "appeared from elsewhere".
    QCOMPARE(m_server.registrations(QString::fromLatin1(Msn)).size(), 1);
    const CliRun check = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
    QVERIFY2(check.json().object().value(QStringLiteral("appeared")).toArray().isEmpty(),
             check.describe().constData());
    for (const Webhook &webhook : m_server.registrations(QString::fromLatin1(Msn)))
        m_cli->forbid(m_server.secretOf(webhook.id));
}

QTEST_GUILESS_MAIN(CliHistoryTest)
#include "tst_cli_history.moc"
