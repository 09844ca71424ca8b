#include "cli/commands.h"

#include "cli/cli.h"
#include "cli/verifyinput.h"

namespace Commands {

namespace {

QList<Command> makeCommands()
{
    return {
        {QStringLiteral("list"),
         {},
         Cli::tr("Each webhook's id, URL and events; --json prints {\"webhooks\":[...]}."),
         {},
         {},
         &list},
        {QStringLiteral("register"),
         QStringLiteral("--url URL --event TYPE [--event TYPE ...] [--yes]"),
         Cli::tr(
             "Registers a webhook and prints its id (and with --show-secret its secret on the next line); "
             "the secret is stored in the keychain under the "
             "profile, environment, MSN and id. --json prints {\"id\": ..., \"secretStored\": true|false}. "
             "In production it refuses without --yes unless confirmed at a terminal."),
         {QCommandLineOption(QStringLiteral("url"), Cli::tr("The https URL that receives the events."),
                             Cli::tr("URL")),
          QCommandLineOption(
              QStringLiteral("event"),
              Cli::tr("An event type (see \"events\"); repeat it, or separate types with commas."),
              Cli::tr("TYPE")),
          QCommandLineOption(QStringLiteral("show-secret"),
                             Cli::tr("Print the webhook's secret as well (it is returned only once).")),
          QCommandLineOption(QStringLiteral("yes"), Cli::tr("Do not ask for confirmation in production."))},
         {},
         &registerWebhook},
        {QStringLiteral("delete"),
         QStringLiteral("ID [ID ...] [--yes]"),
         Cli::tr("Deletes webhooks and their stored secrets. In production it refuses without --yes unless "
                 "confirmed at a terminal."),
         {QCommandLineOption(QStringLiteral("yes"), Cli::tr("Do not ask for confirmation in production."))},
         {{QStringLiteral("ID"), Cli::tr("The id of a webhook (a UUID, as \"list\" shows it)."),
           QStringLiteral("ID [ID ...]")}},
         &deleteWebhooks},
        {QStringLiteral("check-url"),
         QStringLiteral("URL [--secret-stdin]"),
         Cli::tr("Checks a callback URL before it is registered, as Vipps MobilePay would call it: https, a "
                 "common "
                 "port, a public address, TLS 1.2+ with a trusted certificate, no redirect, and a signed "
                 "test POST "
                 "answered 2xx in time. Prints each check with pass, warn or fail and the reason; exits 1 "
                 "when one "
                 "failed (warnings allowed). --json prints {\"url\", \"overall\", \"checks\": [{\"id\", "
                 "\"title\", \"outcome\", \"reason\"}, ...]}."),
         {QCommandLineOption(
             QStringLiteral("secret-stdin"),
             Cli::tr("Sign the test POST with this secret, read as one line from standard input "
                     "(default: a made-up one)."))},
         {{QStringLiteral("URL"), Cli::tr("The https URL to check."), QStringLiteral("URL")}},
         &checkUrl},
        {QStringLiteral("send-test"),
         QStringLiteral("ID --event TYPE [--url URL] [--force]"),
         Cli::tr(
             "Sends a SIMULATED delivery of an event to a webhook's URL (from \"list\", or --url), signed as "
             "Vipps MobilePay signs deliveries with the webhook's secret stored on this machine and marked "
             "X-Webhook-Console-Test: true. Prints the status, the time taken and the start of the answer; "
             "exits "
             "0 on 2xx, 1 on any other answer, 4 when no answer came (network, TLS, timeout)."),
         {QCommandLineOption(QStringLiteral("event"),
                             Cli::tr("The event type to simulate (one of the webhook's)."), Cli::tr("TYPE")),
          QCommandLineOption(
              QStringLiteral("url"),
              Cli::tr("Send to this URL instead of the registered one (the webhook's events are then "
                      "not looked up)."),
              Cli::tr("URL")),
          QCommandLineOption(QStringLiteral("force"),
                             Cli::tr("Send the event even when the webhook does not receive it."))},
         {{QStringLiteral("ID"), Cli::tr("The id of a webhook whose secret is stored on this machine."),
           QStringLiteral("ID")}},
         &sendTest},
        {QStringLiteral("verify"),
         QStringLiteral(
             "(--url URL --date DATE --content-sha256 HASH --authorization VALUE --body-file FILE | "
             "--raw-file FILE [--url URL]) (--secret-stdin | --webhook-id ID | --any-secret)"),
         Cli::tr(
             "Checks that a delivery is genuine: signed by Vipps MobilePay with the webhook's secret for its "
             "URL. Prints \"valid\" (exit 0), or \"not valid\" and which step failed on stderr (exit 1). "
             "Exit 2: usage, an unreadable file, or no secret. With --webhook-id and --raw-file but no "
             "--url, "
             "the registered URL is looked up in the list of webhooks when API keys are at hand. --json "
             "prints "
             "{\"valid\", \"failure\": \"bodyHash|url|signature|authorization|missingHeader|none\", "
             "\"reason\"}. With --any-secret: every stored secret is tried; --json prints {\"valid\", "
             "\"profile\", \"environment\", \"msn\", \"id\", \"step\"}."),
         VerifyInput::options(),
         {},
         &verify},
        {QStringLiteral("token"),
         {},
         Cli::tr("Gets an access token and prints when it expires, never the token."),
         {},
         {},
         &token},
        {QStringLiteral("events"),
         {},
         Cli::tr("The event catalogue; --json prints [{\"type\", \"product\", \"name\"}, ...]."),
         {},
         {},
         &events},
        {QStringLiteral("check"),
         QStringLiteral("[PROFILE ...] [--probe] [--probe-production]"),
         Cli::tr("Lists every sales unit the profiles reach (all saved profiles when none is named) and "
                 "compares each list with the one before: prints the registrations that vanished "
                 "(Vipps MobilePay removes endpoints that failed for two weeks) or appeared without this "
                 "console, also those the window noticed since the last check. Exit code 7 when something "
                 "vanished. --json prints {\"vanished\":[...],\"appeared\":[...],\"profiles\":[...]}."),
         {QCommandLineOption(QStringLiteral("probe"),
                             Cli::tr("Also probe every registered URL: name lookup, TLS (a certificate that "
                                     "expires within 14 days is a problem), and a signed test POST answered "
                                     "within 10 s (test environment only).")),
          QCommandLineOption(
              QStringLiteral("probe-production"),
              Cli::tr("With --probe: send the signed test POST to production endpoints too."))},
         {{QStringLiteral("PROFILE"), Cli::tr("A saved profile to check."), QStringLiteral("[PROFILE ...]")}},
         &check},
        {QStringLiteral("history"),
         QStringLiteral("[--since DATE] [--msn MSN] [--action ACTION] [--csv]"),
         Cli::tr("Every change either program made on this machine (register, delete, replace, secrets "
                 "entered, revealed, exported or removed) and every registration that vanished or appeared, "
                 "oldest first; never a secret. --profile, --env and --msn (\"partner\" for partner keys) "
                 "narrow it. "
                 "--json prints {\"entries\":[...]}."),
         {QCommandLineOption(QStringLiteral("since"), Cli::tr("Only changes from this date or time on."),
                             Cli::tr("DATE")),
          QCommandLineOption(QStringLiteral("action"),
                             Cli::tr("Only this action: register, delete, replace, apply, secret-entered, "
                                     "secret-revealed, secret-exported, secret-removed, vanished, appeared."),
                             Cli::tr("ACTION")),
          QCommandLineOption(QStringLiteral("csv"),
                             Cli::tr("Print comma-separated values with a header line."))},
         {},
         &history},
        {QStringLiteral("sandbox"),
         QStringLiteral("[--port N] [--https CERT KEY] [--state FILE]"),
         Cli::tr(
             "Runs the sandbox API in the foreground until interrupted and prints its base URL and keys."),
         {QCommandLineOption(QStringLiteral("port"),
                             Cli::tr("The port to listen on (default: any free port)."), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("https"),
                             Cli::tr("Serve HTTPS with this PEM certificate and the PEM key given after it."),
                             QStringLiteral("CERT")),
          QCommandLineOption(
              QStringLiteral("state"),
              Cli::tr("Load the registrations from this JSON file, if it exists, and save them "
                      "there on exit."),
              Cli::tr("FILE"))},
         {{QStringLiteral("KEY"), Cli::tr("The PEM private key of the --https certificate."),
           QStringLiteral("[KEY]")}},
         &sandbox},
        {QStringLiteral("profile add"),
         QStringLiteral(
             "NAME (--env test|production | --base-url URL [--env test|production]) [--msn NUMBER]"),
         Cli::tr(
             "Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, "
             "VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo "
             "(from standard input, one a line, when it is not a terminal), and go to the OS keychain."),
         {},
         {{QStringLiteral("NAME"), Cli::tr("The name of the profile."), QStringLiteral("NAME")}},
         &profileAdd},
        {QStringLiteral("profile list"), {}, Cli::tr("The saved profiles."), {}, {}, &profileList},
        {QStringLiteral("profile remove"),
         QStringLiteral("NAME"),
         Cli::tr("Removes a profile, its API keys and its stored webhook secrets."),
         {},
         {{QStringLiteral("NAME"), Cli::tr("The name of the profile."), QStringLiteral("NAME")}},
         &profileRemove},
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
