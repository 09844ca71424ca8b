#include "clirunner.h"

#include <QDir>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

QByteArray CliRun::describe() const
{
    return QStringLiteral("exit code %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(exitCode)
        .arg(crashed        ? QStringLiteral(" (crashed)")
                 : timedOut ? QStringLiteral(" (timed out)")
                            : QString())
        .arg(out, err)
        .toUtf8();
}

CliRunner::CliRunner(Keychain keychain) : m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(QLatin1String("VIPPS_")) || name.startsWith(QLatin1String("WEBHOOK_CONSOLE_")))
            m_environment.remove(name);
    }
    m_environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (const char *folder : {"config", "data", "cache"}) {
        const QString path = m_dir.filePath(QString::fromLatin1(folder));
        QDir().mkpath(path);
        m_environment.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(folder).toUpper()), path);
    }
    if (keychain == Keychain::None) {
        // No Secret Service: a bus address that leads nowhere, and no X11 to autolaunch one.
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))));
        m_environment.remove(QStringLiteral("DISPLAY"));
    }
}

void CliRunner::setKeys(const SandboxServer::Keys &keys, const QString &msn)
{
    m_environment.insert(QStringLiteral("VIPPS_CLIENT_ID"), keys.clientId);
    m_environment.insert(QStringLiteral("VIPPS_CLIENT_SECRET"), keys.clientSecret);
    m_environment.insert(QStringLiteral("VIPPS_SUBSCRIPTION_KEY"), keys.subscriptionKey);
    if (msn.isEmpty())
        m_environment.remove(QStringLiteral("VIPPS_MSN"));
    else
        m_environment.insert(QStringLiteral("VIPPS_MSN"), msn);
}

void CliRunner::clearKeys()
{
    for (const char *name : {"VIPPS_CLIENT_ID", "VIPPS_CLIENT_SECRET", "VIPPS_SUBSCRIPTION_KEY", "VIPPS_MSN"})
        m_environment.remove(QString::fromLatin1(name));
}

void CliRunner::forbid(const QString &value)
{
    if (!value.isEmpty() && !m_forbidden.contains(value))
        m_forbidden.append(value);
}

void CliRunner::allow(const QString &value)
{
    m_forbidden.removeAll(value);
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    const auto process = start(arguments);
    process->waitForStarted();
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return finish(*process, timeoutMs);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments, const QString &standardInputFile)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    if (!standardInputFile.isEmpty())
        process->setStandardInputFile(standardInputFile);
    process->start(cliPath(), arguments);
    return process;
}

CliRun CliRunner::finish(QProcess &process, int timeoutMs)
{
    CliRun result;
    if (process.state() != QProcess::NotRunning) {
        // The event loop keeps running meanwhile: the sandbox in this process has to answer.
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
        if (process.state() != QProcess::NotRunning) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished();
        }
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed || result.timedOut ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    checkLeaks(result);
    return result;
}

void CliRunner::checkLeaks(const CliRun &run)
{
    for (const QString &value : std::as_const(m_forbidden)) {
        if ((run.out.contains(value) || run.err.contains(value)) && !m_leaks.contains(value))
            m_leaks.append(value);
    }
}

bool CliRunner::waitForError(QProcess &process, const QByteArray &text, int timeoutMs)
{
    bool found = false;
    const bool done = QTest::qWaitFor(
        [&] {
            process.setReadChannel(QProcess::StandardError);
            found = process.peek(1 << 20).contains(text);
            process.setReadChannel(QProcess::StandardOutput);
            return found || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return done && found;
}
