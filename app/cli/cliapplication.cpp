#include "cli/cliapplication.h"

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clilogging.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/globaloptions.h"
#include "core/appinfo.h"

#include <QCommandLineParser>

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), OptionNames::help()}, Cli::tr("Show this help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), OptionNames::version()}, Cli::tr("Show the version."));
}

// The parser's own help without its "Usage:" line (which would name the full executable path).
QString optionsHelp(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    const qsizetype start = text.indexOf(QStringLiteral("\n\n"));
    return start < 0 ? QString() : text.mid(start + 2);
}

// `text` wrapped at word boundaries to lines of at most `width` characters, each indented.
QString wrapped(const QString &text, int indent, int width = 79)
{
    const QString prefix(indent, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && prefix.size() + line.size() + 1 + word.size() > width) {
            result += prefix + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += prefix + line + QLatin1Char('\n');
    return result;
}

QString synopsisOf(const Command &command)
{
    return QString(command.name + QLatin1Char(' ') + command.synopsis).trimmed();
}

QString usageLine(const QString &rest)
{
    return Cli::tr("Usage: %1 [options] %2").arg(CliApplication::programName(), rest).trimmed();
}

} // namespace

CliApplication::CliApplication(Console &console) : m_console(console) { }

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(GlobalOptions::definitions());
    global.addOption(helpOption());
    global.addOption(versionOption());
    global.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."),
                                 QStringLiteral("<command> [arguments]"));
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(OptionNames::version())) {
        m_console.out(QStringLiteral("%1 %2").arg(programName(), AppInfo::version()));
        return toInt(ExitCode::Success);
    }

    QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(OptionNames::help())) {
            m_console.out(generalHelp());
            return toInt(ExitCode::Success);
        }
        return usageError(Cli::tr("No command given."));
    }

    QString name = positional.takeFirst();
    if (name == QLatin1String("help")) {
        // "help [command]": the same as "[command] --help".
        if (positional.isEmpty()) {
            m_console.out(generalHelp());
            return toInt(ExitCode::Success);
        }
        name = positional.takeFirst();
        positional = {QStringLiteral("--help")};
    }
    if (name == QLatin1String("profile")) {
        const bool wantsHelp = global.isSet(OptionNames::help())
            || (!positional.isEmpty()
                && (positional.first() == QLatin1String("--help")
                    || positional.first() == QLatin1String("-h")));
        if (positional.isEmpty() || positional.first().startsWith(QLatin1Char('-'))) {
            if (wantsHelp) {
                m_console.out(profileHelp());
                return toInt(ExitCode::Success);
            }
            return usageError(Cli::tr("\"profile\" needs add, list or remove."), QStringLiteral("profile"));
        }
        name += QLatin1Char(' ') + positional.takeFirst();
    }

    const Command *command = Commands::find(name);
    if (!command)
        return usageError(Cli::tr("Unknown command \"%1\".").arg(name));
    qCDebug(lcCli) << "command" << command->name;
    return runCommand(*command, QStringList{arguments.value(0, programName())} + positional, global);
}

int CliApplication::runCommand(const Command &command, const QStringList &arguments,
                               const QCommandLineParser &global)
{
    QCommandLineParser parser;
    parser.addOptions(command.options);
    parser.addOptions(GlobalOptions::definitions());
    parser.addOption(helpOption());
    for (const auto &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command.name);
    if (global.isSet(OptionNames::help()) || parser.isSet(OptionNames::help())) {
        m_console.out(commandHelp(command, parser));
        return toInt(ExitCode::Success);
    }

    if (command.arguments.isEmpty() && !parser.positionalArguments().isEmpty()) {
        return usageError(Cli::tr("\"%1\" takes no arguments besides its options; \"%2\" is one too many.")
                              .arg(command.name, parser.positionalArguments().first()),
                          command.name);
    }

    GlobalOptions options = GlobalOptions::fromParser(global);
    options.mergeFrom(GlobalOptions::fromParser(parser));
    CliContext context(m_console, options);
    return command.run(context, parser);
}

int CliApplication::usageError(const QString &message, const QString &helpCommand)
{
    m_console.error(message);
    const QString help = helpCommand.isEmpty()
        ? QStringLiteral("%1 --help").arg(programName())
        : QStringLiteral("%1 %2 --help").arg(programName(), helpCommand);
    m_console.err(Cli::tr("See \"%1\".").arg(help));
    return toInt(ExitCode::Usage);
}

QString CliApplication::generalHelp() const
{
    QCommandLineParser parser;
    parser.addOptions(GlobalOptions::definitions());
    parser.addOption(helpOption());
    parser.addOption(versionOption());

    QString text
        = usageLine(QStringLiteral("<command> [arguments]")) + QStringLiteral("\n\n")
        + wrapped(
              Cli::tr(
                  "Manages Vipps MobilePay webhooks: lists, registers and deletes them with the same core "
                  "as the Webhook Console window."),
              0)
        + QLatin1Char('\n') + optionsHelp(parser) + QLatin1Char('\n') + Cli::tr("Commands:")
        + QLatin1Char('\n');
    for (const Command &command : Commands::all()) {
        text += QStringLiteral("  ") + synopsisOf(command) + QLatin1Char('\n')
            + wrapped(command.description, 6);
    }
    text
        += QLatin1Char('\n') + Cli::tr("Each command takes --help, and the options above after it as well.")
        + QStringLiteral("\n\n") + Cli::tr("Environment:") + QLatin1Char('\n')
        + Cli::tr("  VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY\n"
                  "      the API keys when no --profile is given (secrets are never taken as arguments)\n"
                  "  VIPPS_MSN\n"
                  "      the Merchant-Serial-Number when no --profile is given; unset for partner keys\n"
                  "  WEBHOOK_CONSOLE_CA_FILE\n"
                  "      a PEM file of extra certificate authorities to trust (a test or company CA)\n"
                  "  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1\n"
                  "      for tests only: check-url lets loopback addresses pass with a warning")
        + QStringLiteral("\n\n") + Cli::tr("Exit codes:") + QLatin1Char('\n')
        + Cli::tr(
               "  0  success\n"
               "  1  the API refused the request (a 4xx other than authentication) or the input was invalid\n"
               "  2  usage error (also: missing API keys, production register or delete without --yes and no "
               "terminal)\n"
               "  3  authentication failed\n"
               "  4  network, TLS, timeout, server (5xx) or unreadable-answer failure, or the keychain "
               "failed\n"
               "verify: 0 valid, 1 not valid, 2 usage or unusable input (no secret, unreadable file).\n"
               "send-test: 1 also when the receiver answered other than 2xx. check-url: 1 when a check "
               "failed.")
        + QLatin1Char('\n')
        + Cli::tr(
               "check: 7 when a registration vanished without this console, 1 when a probe found a problem.")
        + QLatin1Char('\n');
    return text;
}

QString CliApplication::profileHelp() const
{
    QString text = usageLine(QStringLiteral("profile add|list|remove [arguments]")) + QStringLiteral("\n\n");
    for (const Command &command : Commands::all()) {
        if (command.name.startsWith(QLatin1String("profile "))) {
            text += QStringLiteral("  ") + synopsisOf(command) + QLatin1Char('\n')
                + wrapped(command.description, 6);
        }
    }
    return text;
}

QString CliApplication::commandHelp(const Command &command, const QCommandLineParser &parser) const
{
    return usageLine(synopsisOf(command)) + QStringLiteral("\n\n") + wrapped(command.description, 0)
        + QLatin1Char('\n') + optionsHelp(parser);
}
