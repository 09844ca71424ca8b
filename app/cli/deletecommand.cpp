#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/productionconfirmation.h"
#include "cli/waitfor.h"
#include "core/apierror.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "operations/profilesecretvault.h"
#include "operations/webhookoperations.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

int Commands::deleteWebhooks(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    QStringList ids;
    for (const QString &id : parser.positionalArguments()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return context.usageError(Cli::tr("delete needs at least one webhook id (see \"list\")."));
    // Every id is checked before anything is deleted.
    for (const QString &id : std::as_const(ids)) {
        if (!Validation::isUuid(id))
            return context.fail(
                CliError{ExitCode::Refused, Cli::tr("\"%1\" is not a webhook id (a UUID).").arg(id)});
    }

    const auto target = context.resolveTarget();
    if (!target)
        return context.fail(target.error());
    const Profile &profile = target.value().profile;
    // In production a deletion needs --yes, or the MSN (or "partner") typed at a terminal.
    const ProductionConfirmation::Texts texts{
        Cli::tr("Delete %n webhook(s) in PRODUCTION for %1?", nullptr, static_cast<int>(ids.size()))
            .arg(profile.bucket()),
        Cli::tr("Refusing to delete in production without --yes: there is no terminal to confirm at. "
                "Nothing was deleted."),
        Cli::tr("Not confirmed. Nothing was deleted.")};
    if (const auto refusal
        = ProductionConfirmation::require(console, profile, parser.isSet(QStringLiteral("yes")), texts))
        return context.fail(*refusal);

    const auto client = context.makeClient(target.value().config);
    ProfileSecretVault vault(context.profileManager(), profile);
    WebhookOperations operations(client.get(), &vault, profile);
    operations.setStateStore(context.stateStore());
    ExitCode exitCode = ExitCode::Success;
    bool stopped = false;
    QJsonArray results;
    for (const QString &id : std::as_const(ids)) {
        if (stopped) {
            console.err(Cli::tr("Not attempted: %1").arg(id));
            results.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("deleted"), false},
                                       {QStringLiteral("error"), Cli::tr("not attempted")}});
            continue;
        }
        const auto result = waitFor<Result<DeleteOutcome>>(
            [&](QObject *ctx, std::function<void(const Result<DeleteOutcome> &)> done) {
                operations.deleteWebhook(id, ctx, std::move(done));
            });
        if (!result) {
            const ApiError &error = result.error();
            const ExitCode code = exitCodeFor(error);
            console.apiError(error);
            exitCode = std::max(exitCode, code);
            results.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("deleted"), false},
                                       {QStringLiteral("error"), error.summary()},
                                       {QStringLiteral("status"), error.httpStatus}});
            // Keys, network or server trouble will not go away for the next id.
            stopped = code != ExitCode::Refused;
            continue;
        }

        // Deleted, or already gone (404): either way it no longer exists and its secret is forgotten.
        const DeleteOutcome &outcome = result.value();
        if (!outcome.secretError.isEmpty()) {
            console.warning(
                Cli::tr("Deleted %1, but its stored secret could not be removed from the keychain: %2")
                    .arg(id, outcome.secretError));
        }
        results.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("deleted"), true},
                                   {QStringLiteral("alreadyGone"), outcome.alreadyGone},
                                   {QStringLiteral("secretRemoved"), outcome.secretRemoved}});
        if (!context.json()) {
            console.out(outcome.alreadyGone ? Cli::tr("Already gone: %1").arg(id)
                                            : Cli::tr("Deleted %1").arg(id));
        }
    }
    if (context.json())
        console.json(QJsonObject{{QStringLiteral("results"), results}});
    return toInt(exitCode);
}
