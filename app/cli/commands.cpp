#include "cli/commands.h"

#include "cli/cli.h"

namespace Commands {

namespace {

QList<Command> makeCommands()
{
    return {
        {QStringLiteral("list"), {},
         Cli::tr("Each webhook's id, URL and events; --json prints {\"webhooks\":[...]}."),
         {}, {}, &list},
        {QStringLiteral("register"), QStringLiteral("--url URL --event TYPE [--event TYPE ...]"),
         Cli::tr("Registers a webhook and prints its id (and with --show-secret its secret on the next line); the secret is stored in the keychain under the "
                 "profile, environment, MSN and id. --json prints {\"id\": ..., \"secretStored\": true|false}."),
         {QCommandLineOption(QStringLiteral("url"), Cli::tr("The https URL that receives the events."), Cli::tr("URL")),
          QCommandLineOption(QStringLiteral("event"),
                             Cli::tr("An event type (see \"events\"); repeat it, or separate types with commas."),
                             Cli::tr("TYPE")),
          QCommandLineOption(QStringLiteral("show-secret"),
                             Cli::tr("Print the webhook's secret as well (it is returned only once)."))},
         {}, &registerWebhook},
        {QStringLiteral("delete"), QStringLiteral("ID [ID ...] [--yes]"),
         Cli::tr("Deletes webhooks and their stored secrets. In production it refuses without --yes unless "
                 "confirmed at a terminal."),
         {QCommandLineOption(QStringLiteral("yes"), Cli::tr("Do not ask for confirmation in production."))},
         {{QStringLiteral("ID"), Cli::tr("The id of a webhook (a UUID, as \"list\" shows it)."),
           QStringLiteral("ID [ID ...]")}},
         &deleteWebhooks},
        {QStringLiteral("token"), {}, Cli::tr("Gets an access token and prints when it expires, never the token."),
         {}, {}, &token},
        {QStringLiteral("events"), {},
         Cli::tr("The event catalogue; --json prints [{\"type\", \"product\", \"name\"}, ...]."), {}, {}, &events},
        {QStringLiteral("sandbox"), QStringLiteral("[--port N] [--https CERT KEY] [--state FILE]"),
         Cli::tr("Runs the sandbox API in the foreground until interrupted and prints its base URL and keys."),
         {QCommandLineOption(QStringLiteral("port"), Cli::tr("The port to listen on (default: any free port)."),
                             QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("https"),
                             Cli::tr("Serve HTTPS with this PEM certificate and the PEM key given after it."),
                             QStringLiteral("CERT")),
          QCommandLineOption(QStringLiteral("state"),
                             Cli::tr("Load the registrations from this JSON file, if it exists, and save them "
                                     "there on exit."),
                             Cli::tr("FILE"))},
         {{QStringLiteral("KEY"), Cli::tr("The PEM private key of the --https certificate."), QStringLiteral("[KEY]")}},
         &sandbox},
        {QStringLiteral("profile add"),
         QStringLiteral("NAME (--env test|production | --base-url URL) [--msn NUMBER]"),
         Cli::tr("Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, "
                 "VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo "
                 "(from standard input, one a line, when it is not a terminal), and go to the OS keychain."),
         {}, {{QStringLiteral("NAME"), Cli::tr("The name of the profile."), QStringLiteral("NAME")}}, &profileAdd},
        {QStringLiteral("profile list"), {}, Cli::tr("The saved profiles."), {}, {}, &profileList},
        {QStringLiteral("profile remove"), QStringLiteral("NAME"),
         Cli::tr("Removes a profile, its API keys and its stored webhook secrets."), {},
         {{QStringLiteral("NAME"), Cli::tr("The name of the profile."), QStringLiteral("NAME")}}, &profileRemove},
    };
}

} // namespace

const QList<Command> &all()
{
    static const QList<Command> commands = makeCommands();
    return commands;
}

const Command *find(const QString &name)
{
    for (const Command &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace Commands
