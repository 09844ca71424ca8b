#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/verifyanysecret.h"
#include "cli/verifyinput.h"
#include "cli/waitfor.h"
#include "core/deliverysignature.h"
#include "core/deliveryverification.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

using Failure = DeliverySignature::Failure;

QString describe(const Profile &profile)
{
    const QString who
        = profile.name.isEmpty() ? Cli::tr("no profile") : Cli::tr("profile \"%1\"").arg(profile.name);
    return Cli::tr("%1, %2 environment, %3")
        .arg(who, Environments::key(profile.environment), profile.bucket());
}

// The secret: one line of standard input, or the vault's entry for --webhook-id.
Result<QString, CliError> secretFor(CliContext &context, const QCommandLineParser &parser, Profile *profile)
{
    if (parser.isSet(VerifyOptions::secretStdin()))
        return context.readSecretFromStdin();
    const auto resolved = context.resolveProfile();
    if (!resolved)
        return resolved.error();
    *profile = resolved.value();
    const QString id = parser.value(VerifyOptions::webhookId());
    const auto secret = context.readWebhookSecret(*profile, id);
    if (secret)
        return secret.value();
    if (secret.error().kind == KeychainError::Kind::NotFound) {
        // Not a verdict on the delivery: exit 2, so 1 keeps meaning "not valid".
        return CliError{
            ExitCode::Usage,
            Cli::tr("No secret of webhook %1 is stored on this machine (%2). Give it with --secret-stdin, "
                    "or check --profile, --env and --msn; if the secret is lost, replace the webhook.")
                .arg(id, describe(*profile))};
    }
    return CliError{exitCodeFor(secret.error()),
                    Cli::tr("Could not read the secret of webhook %1 from the keychain: %2")
                        .arg(id, secret.error().message)};
}

// With --webhook-id and --raw-file but no --url: the registered URL from the list of webhooks,
// when API keys are at hand. Anything that goes wrong is a warning; the request's own URL is used.
QUrl lookUpRegisteredUrl(CliContext &context, const QString &id)
{
    Console &console = context.console();
    if (!context.hasCredentials())
        return {};
    const auto target = context.resolveTarget();
    if (!target) {
        console.warning(
            Cli::tr("Could not look up the registered URL of %1: %2").arg(id, target.error().message));
        return {};
    }
    const auto client = context.makeClient(target.value().config);
    const auto listed = waitFor<Result<QList<Webhook>>>(
        [&](QObject *ctx, std::function<void(const Result<QList<Webhook>> &)> done) {
            client->listWebhooks(ctx, std::move(done));
        });
    if (!listed) {
        console.warning(
            Cli::tr("Could not look up the registered URL of %1: %2").arg(id, listed.error().summary()));
        return {};
    }
    for (const Webhook &webhook : listed.value()) {
        if (webhook.id == id)
            return QUrl(webhook.url, QUrl::StrictMode);
    }
    console.warning(Cli::tr("Webhook %1 is not registered (any more), so its URL is unknown.").arg(id));
    return {};
}

// The secret webhook `id` has stored for the other environment (test for production and the other
// way round), if any: a delivery it signs was meant for the other environment.
std::optional<DeliveryVerification::OtherEnvironmentSecret>
otherEnvironmentSecret(CliContext &context, const Profile &profile, const QString &id)
{
    const auto environment = DeliveryVerification::otherEnvironment(profile.environment);
    if (!environment)
        return std::nullopt;
    Profile other = profile;
    other.environment = *environment;
    other.customBaseUrl.clear();
    const auto secret = context.readWebhookSecret(other, id);
    if (!secret)
        return std::nullopt;
    return DeliveryVerification::OtherEnvironmentSecret{*environment, secret.value()};
}

} // namespace

int Commands::verify(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    if (parser.isSet(VerifyOptions::secretArgument())) {
        return context.usageError(
            Cli::tr("A secret is never taken as a command-line argument (others could read it "
                    "in the process list and the shell history): use --secret-stdin or "
                    "--webhook-id ID."));
    }
    const bool fromStdin = parser.isSet(VerifyOptions::secretStdin());
    const bool fromVault = parser.isSet(VerifyOptions::webhookId());
    const bool anySecret = parser.isSet(VerifyOptions::anySecret());
    if (int(fromStdin) + int(fromVault) + int(anySecret) != 1)
        return context.usageError(Cli::tr(
            "verify needs the secret: --secret-stdin, --webhook-id ID or --any-secret (one of them)."));
    if (fromVault && !Validation::isUuid(parser.value(VerifyOptions::webhookId()))) {
        return context.usageError(
            Cli::tr("--webhook-id: \"%1\" is not a webhook id (a UUID, as \"list\" shows it).")
                .arg(parser.value(VerifyOptions::webhookId())));
    }
    auto input = VerifyInput::fromParser(parser);
    if (!input)
        return context.fail(input.error());
    printWebhookId(console, input.value().delivery);
    if (anySecret)
        return verifyWithAnySecret(context, input.value());

    Profile profile;
    const auto secret = secretFor(context, parser, &profile);
    if (!secret)
        return context.fail(secret.error());

    QUrl registeredUrl = input.value().registeredUrl;
    if (input.value().fromRawRequest && registeredUrl.isEmpty()) {
        if (fromVault)
            registeredUrl = lookUpRegisteredUrl(context, parser.value(VerifyOptions::webhookId()));
        if (registeredUrl.isEmpty()) {
            console.err(
                Cli::tr("Note: without --url, the request's own Host and path stand for the registered URL; "
                        "give --url URL to compare them with it."));
        }
    }

    // The bytes as given; a line break an editor added after the body is left out only when the
    // signed x-ms-content-sha256 shows it is not part of the body.
    DeliveryVerification::Outcome outcome
        = DeliveryVerification::verify(input.value().delivery, secret.value(), registeredUrl);
    if (fromVault && outcome.verdict.failure == DeliverySignature::Failure::SignatureMismatch) {
        const QString id = parser.value(VerifyOptions::webhookId());
        if (const auto other = otherEnvironmentSecret(context, profile, id))
            outcome
                = DeliveryVerification::verify(input.value().delivery, secret.value(), registeredUrl, other);
    }
    const DeliverySignature::Verdict &verdict = outcome.verdict;
    if (outcome.trailingLineBreakLeftOut)
        console.err(
            Cli::tr("Note: the line break after the body is not part of the signed body and was left out."));
    if (context.json()) {
        QJsonObject object{
            {QStringLiteral("valid"), verdict.isValid()},
            {QStringLiteral("failure"), DeliveryVerification::failureId(verdict.failure)},
            {QStringLiteral("reason"), verdict.reason},
            {QStringLiteral("otherEnvironmentsSecret"), outcome.signedWithOtherEnvironmentsSecret}};
        if (!input.value().delivery.webhookId.isEmpty())
            object.insert(QStringLiteral("webhookId"), QString::fromLatin1(input.value().delivery.webhookId));
        console.json(object);
    }
    if (verdict.isValid()) {
        if (!context.json())
            console.out(Cli::tr("valid"));
        return toInt(ExitCode::Success);
    }
    console.err(Cli::tr("not valid: the %1 check failed: %2").arg(stepName(verdict.failure), verdict.reason));
    return toInt(ExitCode::Refused);
}
