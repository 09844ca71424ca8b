#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/productionconfirmation.h"
#include "cli/waitfor.h"
#include "core/apierror.h"
#include "core/eventcatalog.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "operations/profilesecretvault.h"
#include "operations/webhookoperations.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

QStringList eventsOf(const QCommandLineParser &parser)
{
    QStringList events;
    for (const QString &value : parser.values(QStringLiteral("event"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString type = part.trimmed();
            if (!type.isEmpty() && !events.contains(type))
                events.append(type);
        }
    }
    return events;
}

// Warnings that do not stop the registration: the API decides.
void warnAbout(Console &console, const Profile &profile, const QString &url, const QStringList &events)
{
    if (profile.isPartner()) {
        console.warning(Cli::tr("Registering partner-wide (no MSN): this webhook fires for every sales unit "
                                "of the partner, present and future."));
    }
    if (Validation::isPrivateOrLocalHost(QUrl(url).host()))
        console.warning(
            Cli::tr("%1 is not reachable from the internet; Vipps MobilePay cannot deliver to it.").arg(url));
    for (const QString &type : events) {
        if (!EventCatalog::instance().isKnown(type))
            console.warning(Cli::tr("%1 is not in the event catalogue; sending it as it is.").arg(type));
        else if (profile.isVippsTest()) {
            if (const auto note = EventCatalog::testEnvironmentNote(type))
                console.warning(QStringLiteral("%1: %2").arg(type, *note));
        }
    }
}

} // namespace

int Commands::registerWebhook(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(Cli::tr("register takes no arguments besides its options."));
    const QString url = parser.value(QStringLiteral("url")).trimmed();
    const QStringList events = eventsOf(parser);
    if (url.isEmpty())
        return context.usageError(Cli::tr("register needs --url URL."));
    if (events.isEmpty())
        return context.usageError(Cli::tr("register needs at least one --event TYPE (see \"events\")."));
    if (const auto problem = Validation::checkCallbackUrl(url))
        return context.fail(CliError{ExitCode::Refused, Cli::tr("Invalid --url %1: %2").arg(url, *problem)});
    if (const auto problem = Validation::checkEvents(events))
        return context.fail(CliError{ExitCode::Refused, Cli::tr("Invalid --event: %1").arg(*problem)});

    const auto target = context.resolveTarget();
    if (!target)
        return context.fail(target.error());
    const Profile &profile = target.value().profile;
    warnAbout(console, profile, url, events);
    // A production registration creates a live endpoint for real payment events: like a deletion
    // it needs --yes, or the MSN (or "partner") typed at a terminal.
    const ProductionConfirmation::Texts texts{
        Cli::tr("Register %1 in PRODUCTION for %2? It receives real payment events.")
            .arg(url, profile.bucket()),
        Cli::tr("Refusing to register in production without --yes: there is no terminal to confirm at. "
                "Nothing was registered."),
        Cli::tr("Not confirmed. Nothing was registered.")};
    if (const auto refusal
        = ProductionConfirmation::require(console, profile, parser.isSet(QStringLiteral("yes")), texts))
        return context.fail(*refusal);

    const auto client = context.makeClient(target.value().config);
    ProfileSecretVault vault(context.profileManager(), target.value().profile);
    WebhookOperations operations(client.get(), &vault, target.value().profile);
    operations.setStateStore(context.stateStore());
    const auto result = waitFor<Result<RegisterOutcome>>(
        [&](QObject *ctx, std::function<void(const Result<RegisterOutcome> &)> done) {
            operations.registerWebhook(RegisterRequest{url, events}, ctx, std::move(done));
        });
    if (!result) {
        const ApiError &error = result.error();
        const int code = context.fail(error);
        if (!error.unconfirmedWebhookId.isEmpty()) {
            console.err(
                Cli::tr("To get a secret, delete it and register again: webhook-console-cli delete %1")
                    .arg(error.unconfirmedWebhookId));
            // Scripts need the id to clean up; the exit code still says it failed.
            if (context.json()) {
                console.json(QJsonObject{{QStringLiteral("id"), error.unconfirmedWebhookId},
                                         {QStringLiteral("secretStored"), false},
                                         {QStringLiteral("secretReceived"), false}});
            }
        }
        return code;
    }

    const RegisterOutcome &registration = result.value();
    // The secret is returned only once: when it could not be stored, it is printed regardless.
    const bool printSecret = parser.isSet(QStringLiteral("show-secret")) || !registration.secretStored;
    if (!registration.secretStored) {
        console.warning(
            Cli::tr("The webhook's secret could not be stored in the keychain (%1). It is printed "
                    "below and cannot be shown again: keep it safe.")
                .arg(registration.storeError));
    }

    if (context.json()) {
        QJsonObject object{{QStringLiteral("id"), registration.webhook.id},
                           {QStringLiteral("secretStored"), registration.secretStored}};
        if (printSecret)
            object.insert(QStringLiteral("secret"), registration.secret);
        console.json(object);
    } else {
        console.out(registration.webhook.id);
        if (printSecret)
            console.out(registration.secret);
        if (registration.secretStored)
            console.err(Cli::tr("Registered; the secret is stored in the keychain."));
    }
    return toInt(ExitCode::Success);
}
