// webhook-console-cli with a real Secret Service: webhook secrets stored at registration and
// removed at deletion, and profiles whose API keys live in the keychain. Runs under
// scripts/with-test-keyring (a throwaway HOME and gnome-keyring); skipped elsewhere so that a
// developer's own keychain is never touched.
#include "clirunner.h"
#include "pseudoterminal.h"

#include "sandbox/sandboxserver.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

constexpr auto Msn = "123456";
const QString CreatedEvent = QStringLiteral("epayments.payment.created.v1");

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64());
}

} // namespace

class CliKeychainTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void register_storesSecretInKeychain();
    void register_showSecret_printsSecret();
    void register_debugLogging_neverShowsSecret();
    void delete_removesStoredSecret();
    void profile_addFromEnvironment_thenUse();
    void profile_addFromStdin_neverInArguments();
    void profile_addAtTerminal_doesNotEchoSecrets();
    void profile_partner_usesPartnerBucket();
    void profile_add_refusals();
    void profile_onProductionHost_isProduction();
    void profile_otherHost_mustBeDeclared();
    void profile_remove_removesKeys();
    void profile_unknown_exits2();
    void secrets_neverWrittenToFiles();

private:
    QStringList api(const QStringList &arguments) const;
    Profile environmentProfile() const; // what "no --profile" stands for
    Result<QByteArray, KeychainError> readKeychain(const QString &key);
    QString registerWebhook(const QStringList &globalOptions, bool *secretStored);

    SandboxServer m_server;
    SandboxServer::Keys m_keys;
    std::unique_ptr<CliRunner> m_cli;
    KeychainSecretStore m_keychain;
    QStringList m_webhookSecrets; // every secret the sandbox handed out
};

void CliKeychainTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    m_keys = {QUuid::createUuid().toString(QUuid::WithoutBraces), randomText(24),
              QUuid::createUuid().toString(QUuid::Id128)};
    m_server.setKeys(m_keys);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
    m_cli->forbid(m_keys.clientSecret);
    m_cli->forbid(m_keys.subscriptionKey);
}

void CliKeychainTest::init()
{
    m_server.clearRegistrations();
    m_server.clearFaults();
    m_server.clearRecordedRequests();
    m_cli->setKeys(m_keys, QString::fromLatin1(Msn));
}

void CliKeychainTest::cleanup()
{
    const QStringList leaks = m_cli->leaks();
    m_cli->clearLeaks();
    QVERIFY2(leaks.isEmpty(), "a secret appeared in the output of webhook-console-cli");
}

QStringList CliKeychainTest::api(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--base-url"), m_server.baseUrl().toString()} + arguments;
}

Profile CliKeychainTest::environmentProfile() const
{
    Profile profile;
    profile.environment = Environment::Custom;
    profile.customBaseUrl = m_server.baseUrl();
    profile.msn = QString::fromLatin1(Msn);
    return profile;
}

Result<QByteArray, KeychainError> CliKeychainTest::readKeychain(const QString &key)
{
    std::optional<Result<QByteArray, KeychainError>> result;
    m_keychain.read(key, this,
                    [&result](const Result<QByteArray, KeychainError> &value) { result.emplace(value); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    if (!result)
        return KeychainError{KeychainError::Kind::Timeout, QStringLiteral("no answer")};
    return *result;
}

QString CliKeychainTest::registerWebhook(const QStringList &globalOptions, bool *secretStored)
{
    const CliRun run = m_cli->run(
        globalOptions
        + QStringList{QStringLiteral("register"), QStringLiteral("--json"), QStringLiteral("--url"),
                      QStringLiteral("https://example.com/hook"), QStringLiteral("--event"), CreatedEvent});
    const QJsonObject object = run.json().object();
    const QString id = object.value(QStringLiteral("id")).toString();
    *secretStored = run.exitCode == 0 && object.value(QStringLiteral("secretStored")).toBool();
    if (!id.isEmpty())
        m_webhookSecrets.append(m_server.secretOf(id));
    if (run.exitCode != 0)
        qWarning().noquote() << run.describe();
    return id;
}

void CliKeychainTest::register_storesSecretInKeychain()
{
    bool stored = false;
    const QString id = registerWebhook(api({}), &stored);
    QVERIFY(!id.isEmpty());
    QVERIFY(stored);
    const QString secret = m_server.secretOf(id);
    QVERIFY(!secret.isEmpty());

    // Stored under (no profile, environment, MSN, id), exactly as returned.
    const auto read = readKeychain(ProfileManager::webhookSecretKey(environmentProfile(), id));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(QString::fromUtf8(read.value()), secret);

    // list knows which webhooks have their secret on this machine, and never prints it.
    m_cli->forbid(secret);
    const CliRun listed = m_cli->run(api({QStringLiteral("list"), QStringLiteral("--json")}));
    m_cli->allow(secret);
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonObject webhook
        = listed.json().object().value(QStringLiteral("webhooks")).toArray().first().toObject();
    QCOMPARE(webhook.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(webhook.value(QStringLiteral("secretStored")).toBool(), true);
}

void CliKeychainTest::register_showSecret_printsSecret()
{
    const CliRun run = m_cli->run(
        api({QStringLiteral("register"), QStringLiteral("--show-secret"), QStringLiteral("--url"),
             QStringLiteral("https://example.com/shown"), QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    m_webhookSecrets.append(m_server.secretOf(lines.at(0)));
    QCOMPARE(lines.at(1), m_server.secretOf(lines.at(0)));
    QVERIFY2(!run.err.contains(QLatin1String("Warning")), run.describe().constData());

    // Without --show-secret the secret is not printed.
    const CliRun quiet = m_cli->run(
        api({QStringLiteral("register"), QStringLiteral("--url"), QStringLiteral("https://example.com/quiet"),
             QStringLiteral("--event"), CreatedEvent}));
    QVERIFY2(quiet.exitCode == 0, quiet.describe().constData());
    const QString id = quiet.out.trimmed();
    m_webhookSecrets.append(m_server.secretOf(id));
    QVERIFY(!quiet.out.contains(m_server.secretOf(id)));
    QVERIFY(!quiet.err.contains(m_server.secretOf(id)));
}

void CliKeychainTest::register_debugLogging_neverShowsSecret()
{
    m_cli->environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const CliRun run = m_cli->run(
        api({QStringLiteral("register"), QStringLiteral("--url"),
             QStringLiteral("https://example.com/logged"), QStringLiteral("--event"), CreatedEvent}));
    m_cli->environment().remove(QStringLiteral("QT_LOGGING_RULES"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString id = run.out.trimmed();
    const QString secret = m_server.secretOf(id);
    QVERIFY(!secret.isEmpty());
    m_webhookSecrets.append(secret);
    QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), "the webhook secret was printed");
}

void CliKeychainTest::delete_removesStoredSecret()
{
    bool stored = false;
    const QString id = registerWebhook(api({}), &stored);
    QVERIFY(stored);
    const QString key = ProfileManager::webhookSecretKey(environmentProfile(), id);
    QVERIFY(readKeychain(key).ok());

    const CliRun run = m_cli->run(api({QStringLiteral("delete"), id}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(m_server.registrations(QString::fromLatin1(Msn)).isEmpty());
    const auto read = readKeychain(key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, KeychainError::Kind::NotFound);
}

void CliKeychainTest::profile_addFromEnvironment_thenUse()
{
    const CliRun added = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("work"),
                                     QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                                     QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY2(added.exitCode == 0, added.describe().constData());

    // From here on no VIPPS_* variables: everything comes from the profile and the keychain.
    m_cli->clearKeys();
    const CliRun listedProfiles
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listedProfiles.exitCode == 0, listedProfiles.describe().constData());
    const QJsonArray profiles = listedProfiles.json().object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject profile = profiles.first().toObject();
    QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("work"));
    QCOMPARE(profile.value(QStringLiteral("environment")).toString(), QStringLiteral("custom"));
    QCOMPARE(profile.value(QStringLiteral("baseUrl")).toString(), m_server.baseUrl().toString());
    QCOMPARE(profile.value(QStringLiteral("msn")).toString(), QString::fromLatin1(Msn));

    const Registration existing = m_server.addRegistration(
        QString::fromLatin1(Msn), QStringLiteral("https://example.com/a"), {CreatedEvent});
    m_webhookSecrets.append(existing.secret);
    const CliRun listed
        = m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QVERIFY2(listed.out.startsWith(existing.id), listed.describe().constData());

    // register stores the secret under the profile's name.
    bool stored = false;
    const QString id = registerWebhook({QStringLiteral("--profile"), QStringLiteral("work")}, &stored);
    QVERIFY(stored);
    Profile work = environmentProfile();
    work.name = QStringLiteral("work");
    QCOMPARE(QString::fromUtf8(readKeychain(ProfileManager::webhookSecretKey(work, id)).value()),
             m_server.secretOf(id));

    // A profile option after the command works as well; --msn overrides the profile's.
    m_server.addRegistration(QStringLiteral("7654321"), QStringLiteral("https://example.com/other"),
                             {CreatedEvent});
    const CliRun other
        = m_cli->run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("work"),
                      QStringLiteral("--msn"), QStringLiteral("7654321"), QStringLiteral("--json")});
    QVERIFY2(other.exitCode == 0, other.describe().constData());
    QCOMPARE(other.json().object().value(QStringLiteral("webhooks")).toArray().size(), 1);
}

void CliKeychainTest::profile_addFromStdin_neverInArguments()
{
    m_cli->clearKeys();
    auto process = m_cli->start({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("piped"),
                                 QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                                 QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY(process->waitForStarted());
    // While it waits for its input, nothing secret is in its arguments or environment.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process->processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(arguments.contains("piped"));
    QVERIFY(!arguments.contains(m_keys.clientSecret.toUtf8()));
    QVERIFY(!arguments.contains(m_keys.subscriptionKey.toUtf8()));
    QFile environment(QStringLiteral("/proc/%1/environ").arg(process->processId()));
    QVERIFY(environment.open(QIODevice::ReadOnly));
    const QByteArray variables = environment.readAll();
    QVERIFY(!variables.contains(m_keys.clientSecret.toUtf8()));
    QVERIFY(!variables.contains(m_keys.subscriptionKey.toUtf8()));

    process->write(QStringLiteral("%1\n%2\n%3\n")
                       .arg(m_keys.clientId, m_keys.clientSecret, m_keys.subscriptionKey)
                       .toUtf8());
    process->closeWriteChannel();
    const CliRun added = m_cli->finish(*process);
    QVERIFY2(added.exitCode == 0, added.describe().constData());

    // The keys read from standard input work.
    const CliRun token
        = m_cli->run({QStringLiteral("--profile"), QStringLiteral("piped"), QStringLiteral("token")});
    QVERIFY2(token.exitCode == 0, token.describe().constData());
    const auto credentials = readKeychain(ProfileManager::credentialsKey(QStringLiteral("piped")));
    QVERIFY(credentials.ok());
}

void CliKeychainTest::profile_addAtTerminal_doesNotEchoSecrets()
{
    m_cli->clearKeys();
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());
    const auto process
        = m_cli->start({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("typed"),
                        QStringLiteral("--base-url"), m_server.baseUrl().toString()},
                       terminal.deviceName());
    QVERIFY(CliRunner::waitForError(*process, "client_id: "));
    terminal.type(m_keys.clientId.toUtf8() + '\n');
    QVERIFY(CliRunner::waitForError(*process, "client_secret: "));
    terminal.type(m_keys.clientSecret.toUtf8() + '\n');
    QVERIFY(CliRunner::waitForError(*process, "Ocp-Apim-Subscription-Key: "));
    terminal.type(m_keys.subscriptionKey.toUtf8() + '\n');
    const CliRun added = m_cli->finish(*process);
    QVERIFY2(added.exitCode == 0, added.describe().constData());

    // The terminal showed the client_id as it was typed, but neither secret.
    const QByteArray shown = terminal.shown();
    QVERIFY2(shown.contains(m_keys.clientId.toUtf8()), shown.constData());
    QVERIFY(!shown.contains(m_keys.clientSecret.toUtf8()));
    QVERIFY(!shown.contains(m_keys.subscriptionKey.toUtf8()));

    const CliRun token
        = m_cli->run({QStringLiteral("--profile"), QStringLiteral("typed"), QStringLiteral("token")});
    QVERIFY2(token.exitCode == 0, token.describe().constData());
}

void CliKeychainTest::profile_partner_usesPartnerBucket()
{
    const CliRun added
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("partner-keys"),
                      QStringLiteral("--base-url"), m_server.baseUrl().toString()});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_cli->clearKeys();
    const Registration partner = m_server.addRegistration(
        SandboxServer::partnerBucket(), QStringLiteral("https://example.com/p"), {CreatedEvent});
    m_server.addRegistration(QString::fromLatin1(Msn), QStringLiteral("https://example.com/m"),
                             {CreatedEvent});
    m_webhookSecrets.append(partner.secret);
    const CliRun listed = m_cli->run({QStringLiteral("--profile"), QStringLiteral("partner-keys"),
                                      QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray webhooks = listed.json().object().value(QStringLiteral("webhooks")).toArray();
    QCOMPARE(webhooks.size(), 1);
    QCOMPARE(webhooks.first().toObject().value(QStringLiteral("id")).toString(), partner.id);
}

void CliKeychainTest::profile_add_refusals()
{
    const QStringList add{QStringLiteral("profile"), QStringLiteral("add")};
    const QStringList where{QStringLiteral("--base-url"), m_server.baseUrl().toString()};
    QVERIFY(m_cli->run(add + QStringList{QStringLiteral("twice")} + where).exitCode == 0);

    const CliRun existing = m_cli->run(add + QStringList{QStringLiteral("twice")} + where);
    QVERIFY2(existing.exitCode == 1 && existing.err.contains(QLatin1String("exists")),
             existing.describe().constData());

    const CliRun badMsn = m_cli->run(
        add + QStringList{QStringLiteral("bad-msn"), QStringLiteral("--msn"), QStringLiteral("12x")} + where);
    QVERIFY2(badMsn.exitCode == 2, badMsn.describe().constData());

    const CliRun neither = m_cli->run(add + QStringList{QStringLiteral("nowhere")});
    QVERIFY2(neither.exitCode == 2, neither.describe().constData());

    // Standard input ends after the client_id: nothing is saved.
    m_cli->clearKeys();
    const CliRun shortInput
        = m_cli->run(add + QStringList{QStringLiteral("short")} + where, m_keys.clientId.toUtf8() + '\n');
    QVERIFY2(shortInput.exitCode == 1, shortInput.describe().constData());
    QVERIFY2(shortInput.err.contains(QLatin1String("client_secret")), shortInput.describe().constData());
    const CliRun listed = m_cli->run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QLatin1String("short")), listed.describe().constData());
}

void CliKeychainTest::profile_onProductionHost_isProduction()
{
    // The steps: a custom base URL on api.vipps.no is production, whatever it is called.
    const CliRun added = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("P"),
                                     QStringLiteral("--base-url"), QStringLiteral("https://api.vipps.no"),
                                     QStringLiteral("--msn"), QStringLiteral("654321")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const CliRun listed
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject profile
        = listed.json().object().value(QStringLiteral("profiles")).toArray().first().toObject();
    QCOMPARE(profile.value(QStringLiteral("production")).toBool(), true);

    m_cli->clearKeys();
    const CliRun deleted
        = m_cli->run({QStringLiteral("--profile"), QStringLiteral("P"), QStringLiteral("delete"),
                      QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     "654321\n");
    QVERIFY2(deleted.exitCode == 2, deleted.describe().constData());
    QVERIFY2(deleted.err.contains(QLatin1String("--yes")), deleted.describe().constData());
    QVERIFY2(deleted.err.contains(QLatin1String("Nothing was deleted")), deleted.describe().constData());
}

void CliKeychainTest::profile_otherHost_mustBeDeclared()
{
    const QStringList add{QStringLiteral("profile"), QStringLiteral("add")};
    const QStringList other{QStringLiteral("--base-url"), QStringLiteral("https://staging.example.com")};
    const CliRun undeclared = m_cli->run(add + QStringList{QStringLiteral("staging")} + other);
    QVERIFY2(undeclared.exitCode == 2, undeclared.describe().constData());
    QVERIFY2(undeclared.err.contains(QLatin1String("--env test or --env production")),
             undeclared.describe().constData());

    const CliRun contrary = m_cli->run(add
                                       + QStringList{QStringLiteral("contrary"), QStringLiteral("--base-url"),
                                                     QStringLiteral("https://apitest.vipps.no"),
                                                     QStringLiteral("--env"), QStringLiteral("production")});
    QVERIFY2(contrary.exitCode == 2, contrary.describe().constData());

    const CliRun declared = m_cli->run(add + QStringList{QStringLiteral("staging")} + other
                                       + QStringList{QStringLiteral("--env"), QStringLiteral("test")});
    QVERIFY2(declared.exitCode == 0, declared.describe().constData());
    const CliRun listed
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QJsonObject staging;
    int named = 0;
    for (const QJsonValue profile : listed.json().object().value(QStringLiteral("profiles")).toArray()) {
        if (profile.toObject().value(QStringLiteral("name")).toString() == QLatin1String("staging")) {
            staging = profile.toObject();
            ++named;
        }
        // Neither refused attempt left a profile behind.
        QVERIFY(profile.toObject().value(QStringLiteral("name")).toString() != QLatin1String("contrary"));
    }
    QCOMPARE(named, 1);
    QCOMPARE(staging.value(QStringLiteral("production")).toBool(true), false);
    QCOMPARE(staging.value(QStringLiteral("baseUrl")).toString(),
             QStringLiteral("https://staging.example.com"));
}

void CliKeychainTest::profile_remove_removesKeys()
{
    const CliRun added = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("gone"),
                                     QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                                     QStringLiteral("--msn"), QString::fromLatin1(Msn)});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    bool stored = false;
    const QString id = registerWebhook({QStringLiteral("--profile"), QStringLiteral("gone")}, &stored);
    QVERIFY(stored);
    Profile gone = environmentProfile();
    gone.name = QStringLiteral("gone");

    const CliRun removed
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("gone")});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QCOMPARE(readKeychain(ProfileManager::credentialsKey(QStringLiteral("gone"))).error().kind,
             KeychainError::Kind::NotFound);
    QCOMPARE(readKeychain(ProfileManager::webhookSecretKey(gone, id)).error().kind,
             KeychainError::Kind::NotFound);
    const CliRun listed = m_cli->run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QLatin1String("gone")), listed.describe().constData());

    const CliRun again
        = m_cli->run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("gone")});
    QVERIFY2(again.exitCode == 1, again.describe().constData());
}

void CliKeychainTest::profile_unknown_exits2()
{
    m_cli->clearKeys();
    const int tokenRequests = m_server.tokenRequestCount();
    const CliRun run = m_cli->run(
        {QStringLiteral("--profile"), QStringLiteral("no-such-profile"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("no-such-profile")), run.describe().constData());
    QCOMPARE(m_server.tokenRequestCount(), tokenRequests);
}

void CliKeychainTest::secrets_neverWrittenToFiles()
{
    // Everything the runs above left in the CLI's config, data and cache folders.
    QStringList secrets = m_webhookSecrets;
    secrets << m_keys.clientSecret << m_keys.subscriptionKey;
    secrets.removeAll(QString());
    QVERIFY(secrets.size() > 2);
    int files = 0;
    QDirIterator it(m_cli->homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files > 0); // the profiles' settings file at least
}

QTEST_GUILESS_MAIN(CliKeychainTest)
#include "tst_cli_keychain.moc"
