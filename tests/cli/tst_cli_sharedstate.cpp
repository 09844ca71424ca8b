// The local state store as the command line meets it, through real processes, a real Secret
// Service (scripts/with-test-keyring) and the sandbox: eight registrations at once on one
// profile (while this process writes the same file, as an open window) all stay known as stored, an index
// kept in QSettings by older versions moves into the store once, and a state file that cannot be read is
// moved aside with a warning.
#include "clirunner.h"

#include "core/appinfo.h"
#include "sandbox/sandboxserver.h"
#include "storage/statestore.h"
#include "storage/webhooksecretindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
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

// id -> secretStored, from `list --json`.
QHash<QString, bool> storedFlags(const CliRun &run)
{
    QHash<QString, bool> flags;
    const QJsonArray webhooks = run.json().object().value(QStringLiteral("webhooks")).toArray();
    for (const QJsonValue &webhook : webhooks) {
        const QJsonObject object = webhook.toObject();
        flags.insert(object.value(QStringLiteral("id")).toString(),
                     object.value(QStringLiteral("secretStored")).toBool());
    }
    return flags;
}

} // namespace

class CliSharedStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void register_eightAtOnce_allEightKnownAsStored();
    void settingsIndex_movedIntoTheStoreOnce_nothingLost();
    void unreadableStateFile_movedAsideWithWarning_freshStoreWorks();

private:
    void addProfile();
    QStringList onProfile(const QStringList &arguments) const;
    QString registerOne(const QString &url);
    QString dataFolder() const { return m_cli->homePath() + QStringLiteral("/data"); }
    QString stateFile() const
    {
        return dataFolder() + QLatin1Char('/') + AppInfo::organizationName() + QLatin1Char('/')
            + AppInfo::applicationName() + QStringLiteral("/state.sqlite");
    }
    QString settingsFile() const
    {
        return m_cli->homePath() + QStringLiteral("/config/") + AppInfo::organizationName() + QLatin1Char('/')
            + AppInfo::applicationName() + QStringLiteral(".conf");
    }
    // The files under the data folder whose bytes contain `needle`.
    QStringList dataFilesContaining(const QByteArray &needle) const;

    SandboxServer m_server;
    SandboxServer::Keys m_keys;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_secrets;
};

void CliSharedStateTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    m_keys = {QUuid::createUuid().toString(QUuid::WithoutBraces), randomText(24),
              QUuid::createUuid().toString(QUuid::Id128)};
    m_server.setKeys(m_keys);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void CliSharedStateTest::init()
{
    m_server.clearRegistrations();
    // A fresh HOME (settings, state file) per test; the keychain is the test run's.
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
    m_cli->forbid(m_keys.clientSecret);
    m_cli->forbid(m_keys.subscriptionKey);
    m_secrets.clear();
    addProfile();
}

void CliSharedStateTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
    // Never a secret, a key or a token in the state files.
    for (const QString &secret : m_secrets + QStringList{m_keys.clientSecret, m_keys.subscriptionKey})
        QVERIFY2(dataFilesContaining(secret.toUtf8()).isEmpty(), "a secret is in the state files");
    m_cli.reset();
}

void CliSharedStateTest::addProfile()
{
    m_cli->setKeys(m_keys);
    const CliRun added
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), Profile, QStringLiteral("--base-url"),
                      m_server.baseUrl().toString(), QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    // From here on everything comes from the profile and the keychain.
    m_cli->clearKeys();
}

QStringList CliSharedStateTest::onProfile(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--profile"), Profile} + arguments;
}

QString CliSharedStateTest::registerOne(const QString &url)
{
    const CliRun run
        = m_cli->run(onProfile({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"),
                                url, QStringLiteral("--event"), CreatedEvent}));
    const QJsonObject object = run.json().object();
    if (run.exitCode != 0 || !object.value(QStringLiteral("secretStored")).toBool()) {
        qWarning().noquote() << run.describe();
        return {};
    }
    const QString id = object.value(QStringLiteral("id")).toString();
    m_secrets.append(m_server.secretOf(id));
    m_cli->forbid(m_server.secretOf(id));
    return id;
}

QStringList CliSharedStateTest::dataFilesContaining(const QByteArray &needle) const
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

void CliSharedStateTest::register_eightAtOnce_allEightKnownAsStored()
{
    constexpr int Count = 8;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < Count; ++i) {
        processes.push_back(m_cli->start(
            onProfile({QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"),
                       QStringLiteral("https://example.com/hooks/%1").arg(i), QStringLiteral("--event"),
                       CreatedEvent})));
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForStarted());
        process->closeWriteChannel();
    }
    // Meanwhile this process writes the same file as an open window would (one id per turn of
    // the event loop, while the sandbox answers the eight).
    constexpr int WindowWrites = 40;
    const QString windowBucket = QStringLiteral("999999");
    StateStore windowState(stateFile());
    WebhookSecretIndex windowIndex(windowState);
    int written = 0;
    QStringList windowErrors;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (const auto error = windowIndex.add(Profile, QStringLiteral("test"), windowBucket,
                                               QStringLiteral("window-%1").arg(written))) {
            windowErrors.append(error->message);
        }
        if (++written == WindowWrites)
            ticker.stop();
    });
    ticker.start(0);
    QSet<QString> ids;
    for (auto &process : processes) {
        const CliRun run = m_cli->finish(*process);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject object = run.json().object();
        QVERIFY2(object.value(QStringLiteral("secretStored")).toBool(), run.describe().constData());
        const QString id = object.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        m_secrets.append(m_server.secretOf(id));
    }
    QCOMPARE(ids.size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(written, WindowWrites, 30000);
    QVERIFY2(windowErrors.isEmpty(), qPrintable(windowErrors.join(QLatin1Char('\n'))));
    const auto windowIds = windowIndex.ids(Profile, QStringLiteral("test"), windowBucket);
    QVERIFY(windowIds.ok());
    QCOMPARE(windowIds.value().size(), WindowWrites);

    const CliRun list = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    const QHash<QString, bool> flags = storedFlags(list);
    QCOMPARE(flags.size(), Count);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(flags.value(id), qPrintable(QStringLiteral("%1 is not known as stored").arg(id)));
}

void CliSharedStateTest::settingsIndex_movedIntoTheStoreOnce_nothingLost()
{
    const QStringList ids{registerOne(QStringLiteral("https://example.com/a")),
                          registerOne(QStringLiteral("https://example.com/b")),
                          registerOne(QStringLiteral("https://example.com/c"))};
    QVERIFY(!ids.contains(QString()));

    // Where the program files them (environment key and bucket of the profile), as it indexed them.
    QString environment;
    QString bucket;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        database.setDatabaseName(stateFile());
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT environment, bucket FROM webhook_secret_index")));
        QVERIFY(query.next());
        environment = query.value(0).toString();
        bucket = query.value(1).toString();
        QVERIFY(!query.next());
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    // As an older version left it: no state file, the index in QSettings.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(stateFile() + suffix);
    {
        QSettings settings(settingsFile(), QSettings::NativeFormat);
        QVERIFY(settings.childGroups().contains(QStringLiteral("profiles")));
        settings.setValue(QStringLiteral("secretIndex/%1/%2/%3").arg(Profile, environment, bucket), ids);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    const CliRun list = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    const QHash<QString, bool> flags = storedFlags(list);
    QCOMPARE(flags.size(), ids.size());
    for (const QString &id : ids)
        QVERIFY2(flags.value(id), qPrintable(QStringLiteral("%1 was lost in the move").arg(id)));

    // Moved, not copied: QSettings no longer holds the index (so it never runs again); the
    // profile is still there.
    QSettings settings(settingsFile(), QSettings::NativeFormat);
    QVERIFY(!settings.childGroups().contains(QStringLiteral("secretIndex")));
    QVERIFY(settings.childGroups().contains(QStringLiteral("profiles")));

    // Deleting forgets the secret in the store; nothing brings it back.
    const CliRun deleted
        = m_cli->run(onProfile({QStringLiteral("delete"), ids.first(), QStringLiteral("--yes")}));
    QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());
    const CliRun again = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    const QHash<QString, bool> after = storedFlags(again);
    QCOMPARE(after.size(), 2);
    QVERIFY(after.value(ids.at(1)) && after.value(ids.at(2)));
}

void CliSharedStateTest::unreadableStateFile_movedAsideWithWarning_freshStoreWorks()
{
    QVERIFY(QFileInfo::exists(stateFile()));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(stateFile() + suffix);
    const QByteArray garbage = QByteArray("not a database: a file the user may want back\n").repeated(64);
    {
        QFile file(stateFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(garbage), garbage.size());
    }

    const CliRun list = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    QVERIFY2(list.err.contains(QStringLiteral("Warning")), list.describe().constData());
    QVERIFY2(list.err.contains(stateFile()), list.describe().constData());

    const QFileInfo state(stateFile());
    const QStringList aside
        = state.dir().entryList({state.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(list.err.contains(aside.first()), list.describe().constData());
    QCOMPARE(readFile(state.dir().filePath(aside.first())), garbage);

    // The fresh store works, and says nothing more.
    const QString id = registerOne(QStringLiteral("https://example.com/after"));
    QVERIFY(!id.isEmpty());
    const CliRun after = m_cli->run(onProfile({QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(after.exitCode == 0, after.describe().constData());
    QVERIFY(storedFlags(after).value(id));
    QVERIFY2(!after.err.contains(QStringLiteral("Warning")), after.describe().constData());
}

QTEST_GUILESS_MAIN(CliSharedStateTest)
#include "tst_cli_sharedstate.moc"
