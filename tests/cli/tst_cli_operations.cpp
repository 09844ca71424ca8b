// Two programs, one behaviour: the same scenarios run through webhook-console-cli (a child
// process) and through WebhookOperations (what the window's session calls), on the same sandbox
// API over loopback and the same real Secret Service (scripts/with-test-keyring). Each program's
// outcome is written as the same few lines; they must be equal, and equal to what is expected.
#include "../operations/operationstestsupport.h"
#include "cli/exitcode.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace OperationsTest;

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

class CliOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<CliRunner> m_cli;
    KeychainSecretStore m_cliKeychain; // the service the command line stores under (the default)
    int m_timeoutSeconds = 30;

    // What the command line's "no --profile" stands for (its secrets hang on it).
    Profile cliProfile() const
    {
        Profile profile;
        profile.environment = Environment::Custom;
        profile.customBaseUrl = m_fixture->sandbox().baseUrl();
        profile.msn = Msn;
        return profile;
    }
    CliRun cli(const QStringList &arguments)
    {
        return m_cli->run(QStringList{QStringLiteral("--base-url"), m_fixture->sandbox().baseUrl().toString(),
                                      QStringLiteral("--timeout"), QString::number(m_timeoutSeconds),
                                      QStringLiteral("--json")}
                          + arguments);
    }
    bool cliKeychainHas(const QString &id)
    {
        const auto read = await<Result<QByteArray, KeychainError>>([&](QObject *context, auto done) {
            m_cliKeychain.read(ProfileManager::webhookSecretKey(cliProfile(), id), context, std::move(done));
        });
        return read && read->ok();
    }
    bool operationsKeychainHas(const QString &id)
    {
        const auto read = m_fixture->readSecret(id);
        return read && read->ok();
    }
    // "new" for the one registration not in `before`, "old: <id>" for one of them, "none".
    QString nameOf(const QString &id, const QStringList &before) const
    {
        if (id.isEmpty())
            return QStringLiteral("none");
        return before.contains(id) ? QStringLiteral("an old one") : QStringLiteral("the new one");
    }
    QStringList registeredIds() const
    {
        QStringList ids;
        for (const Webhook &webhook : m_fixture->sandbox().registrations(Msn))
            ids.append(webhook.id);
        return ids;
    }

    // --- The command line.
    QStringList registerThroughCli(QString *id)
    {
        const QStringList before = registeredIds();
        const CliRun run = cli({QStringLiteral("register"), QStringLiteral("--url"), HookUrl,
                                QStringLiteral("--event"), Captured});
        const QJsonObject object = run.json().object();
        *id = object.value(QStringLiteral("id")).toString();
        QStringList lines{QStringLiteral("exit %1").arg(run.exitCode)};
        if (run.exitCode == 0) {
            lines << QStringLiteral("secret stored: %1")
                         .arg(yesNo(object.value(QStringLiteral("secretStored")).toBool()))
                  << QStringLiteral("in the keychain: %1").arg(yesNo(cliKeychainHas(*id)));
        } else {
            lines << QStringLiteral("named: %1").arg(nameOf(*id, before));
        }
        lines << QStringLiteral("registrations: %1").arg(registeredIds().size());
        return lines;
    }
    QStringList listThroughCli(const QString &id)
    {
        const CliRun run = cli({QStringLiteral("list")});
        QStringList lines{QStringLiteral("exit %1").arg(run.exitCode)};
        for (const QJsonValue &value : run.json().object().value(QStringLiteral("webhooks")).toArray()) {
            const QJsonObject webhook = value.toObject();
            if (webhook.value(QStringLiteral("id")).toString() == id)
                lines << QStringLiteral("listed, secret stored: %1")
                             .arg(yesNo(webhook.value(QStringLiteral("secretStored")).toBool()));
        }
        return lines;
    }
    QStringList deleteThroughCli(const QString &id)
    {
        const CliRun run = cli({QStringLiteral("delete"), id});
        const QJsonObject result
            = run.json().object().value(QStringLiteral("results")).toArray().first().toObject();
        return {QStringLiteral("exit %1").arg(run.exitCode),
                QStringLiteral("deleted: %1").arg(yesNo(result.value(QStringLiteral("deleted")).toBool())),
                QStringLiteral("already gone: %1")
                    .arg(yesNo(result.value(QStringLiteral("alreadyGone")).toBool())),
                QStringLiteral("in the keychain: %1").arg(yesNo(cliKeychainHas(id)))};
    }

    // --- The operations layer.
    QStringList registerThroughOperations(QString *id)
    {
        const QStringList before = registeredIds();
        const auto result = m_fixture->registerWebhook({HookUrl, {Captured}});
        if (!result)
            return {QStringLiteral("no answer")};
        QStringList lines;
        if (result->ok()) {
            *id = result->value().webhook.id;
            lines << QStringLiteral("exit 0")
                  << QStringLiteral("secret stored: %1").arg(yesNo(result->value().secretStored))
                  << QStringLiteral("in the keychain: %1").arg(yesNo(operationsKeychainHas(*id)));
        } else {
            *id = result->error().unconfirmedWebhookId;
            lines << QStringLiteral("exit %1").arg(toInt(exitCodeFor(result->error())))
                  << QStringLiteral("named: %1").arg(nameOf(*id, before));
        }
        lines << QStringLiteral("registrations: %1").arg(registeredIds().size());
        return lines;
    }
    QStringList listThroughOperations(const QString &id)
    {
        const auto result = m_fixture->listWebhooks();
        if (!result)
            return {QStringLiteral("no answer")};
        QStringList lines{
            QStringLiteral("exit %1").arg(result->ok() ? 0 : toInt(exitCodeFor(result->error())))};
        if (result->ok()) {
            for (const Webhook &webhook : result->value()) {
                if (webhook.id == id)
                    lines << QStringLiteral("listed, secret stored: %1")
                                 .arg(yesNo(m_fixture->vault().hasStoredSecret(id)));
            }
        }
        return lines;
    }
    QStringList deleteThroughOperations(const QString &id)
    {
        const auto result = m_fixture->deleteWebhook(id);
        if (!result)
            return {QStringLiteral("no answer")};
        return {QStringLiteral("exit %1").arg(result->ok() ? 0 : toInt(exitCodeFor(result->error()))),
                QStringLiteral("deleted: %1").arg(yesNo(result->ok())),
                QStringLiteral("already gone: %1").arg(yesNo(result->ok() && result->value().alreadyGone)),
                QStringLiteral("in the keychain: %1").arg(yesNo(operationsKeychainHas(id)))};
    }

    enum class Program {
        Cli,
        Operations
    };
    QStringList registerThrough(Program program, QString *id)
    {
        return program == Program::Cli ? registerThroughCli(id) : registerThroughOperations(id);
    }
    QStringList listThrough(Program program, const QString &id)
    {
        return program == Program::Cli ? listThroughCli(id) : listThroughOperations(id);
    }
    QStringList deleteThrough(Program program, const QString &id)
    {
        return program == Program::Cli ? deleteThroughCli(id) : deleteThroughOperations(id);
    }
    void reset()
    {
        m_fixture->sandbox().clearFaults();
        m_fixture->sandbox().clearRegistrations();
    }

    // The scenario `scenario` through one program: its outcome, as lines.
    QStringList run(const QString &scenario, Program program)
    {
        reset();
        QString id;
        SandboxServer::Fault post;
        post.method = "POST";
        post.pathPrefix = QStringLiteral("/webhooks/");
        if (scenario == QLatin1String("register, list, delete")) {
            QStringList lines = registerThrough(program, &id);
            lines += listThrough(program, id);
            lines += deleteThrough(program, id);
            return lines;
        }
        if (scenario == QLatin1String("delete answered 404")) {
            QStringList lines = registerThrough(program, &id);
            m_fixture->sandbox().clearRegistrations(); // deleted elsewhere
            lines += deleteThrough(program, id);
            return lines;
        }
        // Issue 16: an identical registration exists before each of these attempts.
        m_fixture->sandbox().addRegistration(Msn, HookUrl, {Captured});
        if (scenario == QLatin1String("500 with an identical one present")) {
            post.status = 500;
        } else if (scenario == QLatin1String("dropped after commit with an identical one present")) {
            post.dropAfterCommit = true;
        } else if (scenario == QLatin1String("timeout after commit with an identical one present")) {
            post.delayMs = 5000;
        }
        m_fixture->sandbox().injectFault(post);
        return registerThrough(program, &id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!inThrowawayKeyring())
            QSKIP("needs scripts/with-test-keyring (a throwaway HOME and Secret Service)");
        QStandardPaths::setTestModeEnabled(true);
        m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
        m_cli->setKeys(SandboxServer::defaultKeys(), Msn);
    }

    void sameOutcome_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("register, list, delete") << QStringLiteral("register, list, delete") << 30
                                                << QStringList{QStringLiteral("exit 0"),
                                                               QStringLiteral("secret stored: yes"),
                                                               QStringLiteral("in the keychain: yes"),
                                                               QStringLiteral("registrations: 1"),
                                                               QStringLiteral("exit 0"),
                                                               QStringLiteral("listed, secret stored: yes"),
                                                               QStringLiteral("exit 0"),
                                                               QStringLiteral("deleted: yes"),
                                                               QStringLiteral("already gone: no"),
                                                               QStringLiteral("in the keychain: no")};
        QTest::newRow("delete answered 404") << QStringLiteral("delete answered 404") << 30
                                             << QStringList{QStringLiteral("exit 0"),
                                                            QStringLiteral("secret stored: yes"),
                                                            QStringLiteral("in the keychain: yes"),
                                                            QStringLiteral("registrations: 1"),
                                                            QStringLiteral("exit 0"),
                                                            QStringLiteral("deleted: yes"),
                                                            QStringLiteral("already gone: yes"),
                                                            QStringLiteral("in the keychain: no")};
        QTest::newRow("500, identical present")
            << QStringLiteral("500 with an identical one present") << 30
            << QStringList{QStringLiteral("exit 4"), QStringLiteral("named: none"),
                           QStringLiteral("registrations: 1")};
        QTest::newRow("dropped after commit, identical present")
            << QStringLiteral("dropped after commit with an identical one present") << 30
            << QStringList{QStringLiteral("exit 4"), QStringLiteral("named: the new one"),
                           QStringLiteral("registrations: 2")};
        QTest::newRow("timeout after commit, identical present")
            << QStringLiteral("timeout after commit with an identical one present") << 1
            << QStringList{QStringLiteral("exit 4"), QStringLiteral("named: the new one"),
                           QStringLiteral("registrations: 2")};
    }

    void sameOutcome()
    {
        QFETCH(QString, scenario);
        QFETCH(int, timeoutSeconds);
        QFETCH(QStringList, expected);
        m_timeoutSeconds = timeoutSeconds;
        m_fixture = std::make_unique<Fixture>(timeoutSeconds * 1000);
        const QStringList throughCli = run(scenario, Program::Cli);
        const QStringList throughOperations = run(scenario, Program::Operations);
        QCOMPARE(throughCli, throughOperations);
        QCOMPARE(throughOperations, expected);
    }

    void cleanup() { m_fixture.reset(); }
};

QTEST_GUILESS_MAIN(CliOperationsTest)
#include "tst_cli_operations.moc"
