#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class CliContext;
class QCommandLineParser;

// One command of webhook-console-cli: its name ("list", "profile add"), the synopsis of its
// arguments, a one-line description, its own options, and what runs it.
struct Command
{
    struct Argument
    {
        QString name;
        QString description;
        QString syntax;
    };

    QString name;
    QString synopsis;
    QString description;
    QList<QCommandLineOption> options;
    QList<Argument> arguments;
    std::function<int(CliContext &, const QCommandLineParser &)> run;
};

namespace Commands {
// Every command, in the order --help lists them.
const QList<Command> &all();
const Command *find(const QString &name);

// One file each.
int list(CliContext &context, const QCommandLineParser &parser);
int registerWebhook(CliContext &context, const QCommandLineParser &parser);
int deleteWebhooks(CliContext &context, const QCommandLineParser &parser);
int checkUrl(CliContext &context, const QCommandLineParser &parser);
int sendTest(CliContext &context, const QCommandLineParser &parser);
int verify(CliContext &context, const QCommandLineParser &parser);
int token(CliContext &context, const QCommandLineParser &parser);
int events(CliContext &context, const QCommandLineParser &parser);
int sandbox(CliContext &context, const QCommandLineParser &parser);
int check(CliContext &context, const QCommandLineParser &parser);
int history(CliContext &context, const QCommandLineParser &parser);
int profileAdd(CliContext &context, const QCommandLineParser &parser);
int profileList(CliContext &context, const QCommandLineParser &parser);
int profileRemove(CliContext &context, const QCommandLineParser &parser);
} // namespace Commands
