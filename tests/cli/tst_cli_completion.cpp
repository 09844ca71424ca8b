// The bash completion of webhook-console-cli (packaging/webhook-console-cli.bash-completion), driven
// as bash drives it: the script is sourced, COMP_WORDS and COMP_CWORD are set and the completion
// function runs; its COMPREPLY is compared with what the built program knows (its commands and
// options, the event catalogue, the profiles saved in the throwaway keychain of
// scripts/with-test-keyring).
#include "clirunner.h"

#include "core/eventcatalog.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

class CliCompletionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void completion_commands();
    void completion_commandByPrefix();
    void completion_profileActions();
    void completion_globalOptions();
    void completion_commandOptions_followTheCommand();
    void completion_environments();
    void completion_eventTypes_fromTheCatalogue();
    void completion_profileNames();
    void completion_valueNothingCanGuess_offersNothing();

private:
    // COMPREPLY for the command line `words`, the cursor in its last word.
    QStringList complete(const QStringList &words);

    std::unique_ptr<CliRunner> m_cli;
};

void CliCompletionTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty(), "bash is not installed");
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::Session);
}

QStringList CliCompletionTest::complete(const QStringList &words)
{
    // The words travel as arguments ("$@"), never inside the script's text.
    const QString script
        = QStringLiteral("source \"$WC_COMPLETION\" || exit 3\n"
                         "COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                         "_webhook_console_cli || exit 4\n"
                         "[ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    QProcess bash;
    QProcessEnvironment environment = m_cli->environment();
    environment.insert(QStringLiteral("WC_COMPLETION"), QStringLiteral(WC_COMPLETION_PATH));
    bash.setProcessEnvironment(environment);
    bash.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("--norc"), QStringLiteral("-c"), script, QStringLiteral("bash"),
                           CliRunner::cliPath()}
                   + words);
    if (!bash.waitForFinished(60000)) {
        qWarning("bash did not finish");
        return {QStringLiteral("<timed out>")};
    }
    if (bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0) {
        qWarning("bash exited with %d: %s", bash.exitCode(), bash.readAllStandardError().constData());
        return {QStringLiteral("<failed>")};
    }
    return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void CliCompletionTest::completion_commands()
{
    const QStringList commands = complete({QString()});
    for (const char *command : {"list", "register", "delete", "check-url", "send-test", "verify", "token",
                                "events", "sandbox", "profile", "help"})
        QVERIFY2(commands.contains(QLatin1String(command)), command);
    QCOMPARE(QSet<QString>(commands.cbegin(), commands.cend()).size(), commands.size());
    QVERIFY2(!commands.contains(QStringLiteral("add")), "a profile action offered as a command");
}

void CliCompletionTest::completion_commandByPrefix()
{
    QCOMPARE(complete({QStringLiteral("de")}), QStringList{QStringLiteral("delete")});
    QCOMPARE(complete({QStringLiteral("s")}),
             (QStringList{QStringLiteral("send-test"), QStringLiteral("sandbox")}));
    QCOMPARE(complete({QStringLiteral("--json"), QStringLiteral("--env"), QStringLiteral("test"),
                       QStringLiteral("li")}),
             QStringList{QStringLiteral("list")});
    QCOMPARE(complete({QStringLiteral("help"), QStringLiteral("ver")}),
             QStringList{QStringLiteral("verify")});
    QCOMPARE(complete({QStringLiteral("nosuchcommand")}), QStringList{});
}

void CliCompletionTest::completion_profileActions()
{
    QCOMPARE(complete({QStringLiteral("profile"), QString()}),
             (QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}));
    QCOMPARE(complete({QStringLiteral("profile"), QStringLiteral("r")}),
             QStringList{QStringLiteral("remove")});
}

void CliCompletionTest::completion_globalOptions()
{
    const QStringList options = complete({QStringLiteral("--")});
    for (const char *option :
         {"--profile", "--env", "--base-url", "--msn", "--json", "--timeout", "--help", "--version"})
        QVERIFY2(options.contains(QLatin1String(option)), option);
    QVERIFY2(!options.contains(QStringLiteral("--url")), "a command's option offered before the command");
    QCOMPARE(complete({QStringLiteral("--pro")}), QStringList{QStringLiteral("--profile")});
}

void CliCompletionTest::completion_commandOptions_followTheCommand()
{
    const QStringList registerOptions = complete({QStringLiteral("register"), QStringLiteral("--")});
    for (const char *option : {"--url", "--event", "--show-secret", "--profile", "--json"})
        QVERIFY2(registerOptions.contains(QLatin1String(option)), option);
    const QStringList listOptions = complete({QStringLiteral("list"), QStringLiteral("--")});
    QVERIFY(listOptions.contains(QStringLiteral("--profile")));
    QVERIFY2(!listOptions.contains(QStringLiteral("--url")), "register's --url offered to list");
    QCOMPARE(complete({QStringLiteral("delete"), QStringLiteral("abc"), QStringLiteral("--y")}),
             QStringList{QStringLiteral("--yes")});
}

void CliCompletionTest::completion_environments()
{
    QCOMPARE(complete({QStringLiteral("--env"), QString()}),
             (QStringList{QStringLiteral("test"), QStringLiteral("production")}));
    QCOMPARE(complete({QStringLiteral("list"), QStringLiteral("--env"), QStringLiteral("p")}),
             QStringList{QStringLiteral("production")});
}

void CliCompletionTest::completion_eventTypes_fromTheCatalogue()
{
    const QString prefix = QStringLiteral("epayments.payment.c");
    QStringList expected;
    for (const EventType &event : EventCatalog::instance().events()) {
        if (event.type.startsWith(prefix))
            expected.append(event.type);
    }
    QVERIFY(expected.size() >= 2);
    QStringList offered
        = complete({QStringLiteral("register"), QStringLiteral("--url"),
                    QStringLiteral("https://example.com/hook"), QStringLiteral("--event"), prefix});
    offered.sort();
    expected.sort();
    QCOMPARE(offered, expected);

    QStringList all = complete({QStringLiteral("register"), QStringLiteral("--event"), QString()});
    QCOMPARE(all.size(), EventCatalog::instance().events().size());
}

void CliCompletionTest::completion_profileNames()
{
    m_cli->setKeys({QStringLiteral("completion-client"), QStringLiteral("completion-secret"),
                    QStringLiteral("completion-subscription")});
    for (const QString &name :
         {QStringLiteral("shop-oslo"), QStringLiteral("shop bergen"), QStringLiteral("partner")}) {
        // A sales unit's keys: partner keys exist only in production.
        const CliRun added
            = m_cli->run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--env"),
                          QStringLiteral("test"), QStringLiteral("--msn"), QStringLiteral("123456")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    m_cli->clearKeys();

    QStringList all = complete({QStringLiteral("--profile"), QString()});
    all.sort(); // "-" sorts before a backslash
    // A name with a space comes quoted for the command line.
    QCOMPARE(all,
             (QStringList{QStringLiteral("partner"), QStringLiteral("shop-oslo"),
                          QStringLiteral("shop\\ bergen")}));
    QCOMPARE(complete({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("shop-")}),
             QStringList{QStringLiteral("shop-oslo")});
    QCOMPARE(complete({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("pa")}),
             QStringList{QStringLiteral("partner")});
    // check PROFILE ...
    QCOMPARE(complete({QStringLiteral("check"), QStringLiteral("shop-")}),
             QStringList{QStringLiteral("shop-oslo")});
}

void CliCompletionTest::completion_valueNothingCanGuess_offersNothing()
{
    QCOMPARE(complete({QStringLiteral("--timeout"), QString()}), QStringList{});
    QCOMPARE(complete({QStringLiteral("register"), QStringLiteral("--url"), QString()}), QStringList{});
    // After the value, commands again.
    QCOMPARE(complete({QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("tok")}),
             QStringList{QStringLiteral("token")});
}

QTEST_GUILESS_MAIN(CliCompletionTest)
#include "tst_cli_completion.moc"
