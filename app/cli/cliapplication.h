#pragma once

#include <QString>
#include <QStringList>

class Console;
class QCommandLineParser;
struct Command;

// webhook-console-cli [options] <command> [arguments]
//
// Parses the global options before the command, then the command's own options (and the global
// options again) after it, prints --help and --version, and runs the command. run() returns the
// exit code; it never calls exit().
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    explicit CliApplication(Console &console);

    int run(const QStringList &arguments);

    static QString programName() { return QStringLiteral("webhook-console-cli"); }

private:
    int runCommand(const Command &command, const QStringList &arguments, const QCommandLineParser &global);
    int usageError(const QString &message, const QString &helpCommand = {});
    QString generalHelp() const;
    QString profileHelp() const;
    QString commandHelp(const Command &command, const QCommandLineParser &parser) const;

    Console &m_console;
};
