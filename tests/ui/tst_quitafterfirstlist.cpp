// The window's hidden --quit-after-first-list, which the package's clean-root install test relies
// on: the built webhook-console, run as a child process on the offscreen platform in a throwaway
// HOME, opens the sandbox, lists it and quits with 0 saying how many webhooks it listed; when the
// start-up profile cannot be opened it quits with 1 and says why.
#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct WindowRun
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

} // namespace

class QuitAfterFirstListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandbox_listsThenQuitsWithZero();
    void unknownProfile_quitsWithOne();

private:
    WindowRun runWindow(const QStringList &arguments);

    QTemporaryDir m_home;
};

void QuitAfterFirstListTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
        QSKIP("needs the throwaway Secret Service of scripts/with-test-keyring");
    QVERIFY(m_home.isValid());
}

WindowRun QuitAfterFirstListTest::runWindow(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(WC_WINDOW_PATH),
                 arguments + QStringList{QStringLiteral("--quit-after-first-list")});
    WindowRun run;
    run.finished = window.waitForFinished(120000) && window.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        window.kill();
    window.waitForFinished();
    run.exitCode = window.exitCode();
    run.out = QString::fromUtf8(window.readAllStandardOutput());
    run.err = QString::fromUtf8(window.readAllStandardError());
    return run;
}

void QuitAfterFirstListTest::sandbox_listsThenQuitsWithZero()
{
    SandboxServer samples;
    samples.addSampleRegistrations(QStringLiteral("123456"));
    const qsizetype expected = samples.registrations(QStringLiteral("123456")).size();
    QVERIFY(expected > 0);

    const WindowRun run = runWindow({QStringLiteral("--sandbox")});
    QVERIFY2(run.finished, qPrintable(run.err));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Listed (\\d+) webhook"), QRegularExpression::MultilineOption)
              .match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).toLongLong(), expected);
}

void QuitAfterFirstListTest::unknownProfile_quitsWithOne()
{
    const WindowRun run = runWindow({QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    QVERIFY2(run.finished, "the window did not quit by itself");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no-such-profile")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("Listed")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(QuitAfterFirstListTest)
#include "tst_quitafterfirstlist.moc"
