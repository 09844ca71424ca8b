#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "core/environment.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace {

// One credential: from its environment variable when set, else from the terminal (without echo
// for the secret ones), else one line of standard input.
Result<QString, CliError> readCredential(Console &console, const QString &variable, const QString &label,
                                         bool hidden)
{
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const auto line = console.readLine(Cli::tr("%1: ").arg(label), hidden);
    if (!line)
        return CliError{ExitCode::Refused,
                        Cli::tr("Standard input ended before the %1 was read.").arg(label)};
    const QString value = line->trimmed();
    if (value.isEmpty())
        return CliError{ExitCode::Refused, Cli::tr("The %1 is empty.").arg(label)};
    return value;
}

Result<Credentials, CliError> readCredentials(Console &console)
{
    const auto clientId
        = readCredential(console, CliContext::clientIdVariable(), QStringLiteral("client_id"), false);
    if (!clientId)
        return clientId.error();
    const auto clientSecret
        = readCredential(console, CliContext::clientSecretVariable(), QStringLiteral("client_secret"), true);
    if (!clientSecret)
        return clientSecret.error();
    const auto subscriptionKey = readCredential(console, CliContext::subscriptionKeyVariable(),
                                                QStringLiteral("Ocp-Apim-Subscription-Key"), true);
    if (!subscriptionKey)
        return subscriptionKey.error();
    return Credentials{clientId.value(), clientSecret.value(), subscriptionKey.value()};
}

QString whereOf(const Profile &profile)
{
    if (profile.environment != Environment::Custom)
        return Environments::key(profile.environment);
    return Cli::tr("%1, guarded as %2")
        .arg(profile.customBaseUrl.toString(), Environments::key(profile.guardedEnvironment()));
}

std::optional<QString> singleName(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || names.first().trimmed().isEmpty())
        return std::nullopt;
    return names.first().trimmed();
}

} // namespace

int Commands::profileAdd(CliContext &context, const QCommandLineParser &parser)
{
    const auto name = singleName(parser);
    if (!name)
        return context.usageError(Cli::tr("profile add needs exactly one NAME."));
    if (!context.options().environment && !context.options().baseUrl)
        return context.usageError(Cli::tr("profile add needs --env test|production or --base-url URL."));
    if (context.profileStore().contains(*name)) {
        return context.fail(
            CliError{ExitCode::Refused,
                     Cli::tr("A profile named \"%1\" exists already; remove it first.").arg(*name)});
    }
    Profile base;
    base.name = *name;
    const auto profile = context.applyOverrides(base);
    if (!profile)
        return context.fail(profile.error());
    if (profile.value().environment == Environment::Custom && !profile.value().declaredEnvironment
        && Environments::needsDeclaration(profile.value().customBaseUrl)) {
        return context.usageError(
            Cli::tr("Declare which environment %1 is: add --env test or --env production.")
                .arg(profile.value().customBaseUrl.host()));
    }
    if (const auto problem = profile.value().validate())
        return context.fail(CliError{ExitCode::Refused, *problem});

    const auto credentials = readCredentials(context.console());
    if (!credentials)
        return context.fail(credentials.error());
    const auto saved = waitFor<Result<Done, KeychainError>>(
        [&](QObject *ctx, std::function<void(const Result<Done, KeychainError> &)> done) {
            context.profileManager().saveProfile(profile.value(), credentials.value(), ctx, std::move(done));
        });
    if (!saved)
        return context.fail(saved.error(), Cli::tr("The profile was not saved"));

    if (context.json()) {
        context.console().json(QJsonObject{{QStringLiteral("name"), *name}, {QStringLiteral("saved"), true}});
    } else {
        context.console().out(Cli::tr("Saved profile \"%1\" (%2, %3); its API keys are in the keychain.")
                                  .arg(*name, whereOf(profile.value()), profile.value().bucket()));
    }
    return toInt(ExitCode::Success);
}

int Commands::profileList(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(Cli::tr("profile list takes no arguments."));
    const QList<Profile> profiles = context.profileStore().profiles();
    if (context.json()) {
        QJsonArray array;
        for (const Profile &profile : profiles) {
            array.append(QJsonObject{{QStringLiteral("name"), profile.name},
                                     {QStringLiteral("environment"), Environments::key(profile.environment)},
                                     {QStringLiteral("baseUrl"), profile.baseUrl().toString()},
                                     {QStringLiteral("production"), profile.isProduction()},
                                     {QStringLiteral("msn"), profile.msn},
                                     {QStringLiteral("pspId"), profile.pspId}});
        }
        context.console().json(QJsonObject{{QStringLiteral("profiles"), array}});
        return toInt(ExitCode::Success);
    }
    for (const Profile &profile : profiles)
        context.console().out(
            profile.name + QStringLiteral("  ") + whereOf(profile) + QStringLiteral("  ") + profile.bucket()
            + (profile.isPsp() ? QStringLiteral("  ") + Cli::tr("PSP %1").arg(profile.pspId) : QString()));
    if (profiles.isEmpty())
        context.console().err(Cli::tr("There are no saved profiles (see \"profile add\")."));
    return toInt(ExitCode::Success);
}

int Commands::profileRemove(CliContext &context, const QCommandLineParser &parser)
{
    const auto name = singleName(parser);
    if (!name)
        return context.usageError(Cli::tr("profile remove needs exactly one NAME."));
    if (!context.profileStore().contains(*name))
        return context.fail(CliError{ExitCode::Refused, Cli::tr("No profile is named \"%1\".").arg(*name)});
    const auto removed = waitFor<Result<Done, KeychainError>>(
        [&](QObject *ctx, std::function<void(const Result<Done, KeychainError> &)> done) {
            context.profileManager().removeProfile(*name, ctx, std::move(done));
        });
    if (!removed)
        return context.fail(removed.error(), Cli::tr("The profile was not removed"));
    if (context.json())
        context.console().json(
            QJsonObject{{QStringLiteral("name"), *name}, {QStringLiteral("removed"), true}});
    else
        context.console().out(
            Cli::tr("Removed profile \"%1\", its API keys and its stored secrets.").arg(*name));
    return toInt(ExitCode::Success);
}
