#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What one run of webhook-console-cli did.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// Runs the built webhook-console-cli (WC_CLI_PATH) as a child process, in an environment of its
// own: XDG config, data and cache folders in a temporary directory (so profiles never touch the
// real configuration), no VIPPS_* variables unless set, and the D-Bus session of the test (the
// throwaway keyring of scripts/with-test-keyring) or none at all.
//
// Every run's stdout and stderr are searched for the forbidden values (secrets); leaks() lists
// those that turned up, for a check after each test.
class CliRunner
{
public:
    enum class Keychain {
        Session,
        None
    };

    explicit CliRunner(Keychain keychain);

    QProcessEnvironment &environment() { return m_environment; }
    void setKeys(const SandboxServer::Keys &keys, const QString &msn = {});
    void clearKeys();
    void forbid(const QString &value);
    void allow(const QString &value);
    QStringList leaks() const { return m_leaks; }
    void clearLeaks() { m_leaks.clear(); }
    QString homePath() const { return m_dir.path(); }

    // Runs to the end, with the event loop running (the in-process sandbox must answer).
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000);
    // Starts a run that lasts (the sandbox command, a prompt); the caller reads and ends it.
    // Standard input is a pipe, or the given file (a pseudo-terminal).
    std::unique_ptr<QProcess> start(const QStringList &arguments, const QString &standardInputFile = {});
    // Waits for `process` to finish and collects what it wrote.
    CliRun finish(QProcess &process, int timeoutMs = 60000);

    // Waits until `process` has written `text` on stderr (without consuming it), or has ended.
    static bool waitForError(QProcess &process, const QByteArray &text, int timeoutMs = 20000);

    static QString cliPath() { return QStringLiteral(WC_CLI_PATH); }

private:
    void checkLeaks(const CliRun &run);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QStringList m_forbidden;
    QStringList m_leaks;
};
