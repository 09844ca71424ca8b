#include "cli/verifyanysecret.h"

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/verifyinput.h"
#include "cli/waitfor.h"
#include "core/apierror.h"
#include "core/deliveryverification.h"
#include "core/webhooksclient.h"
#include "operations/deliveryattribution.h"

#include <QJsonObject>
#include <QJsonValue>

namespace {

using Failure = DeliverySignature::Failure;

// The registrations whose URLs are known: the target's list of webhooks, when API keys are at
// hand. Anything that goes wrong is a warning (the secrets are tried all the same).
QList<DeliveryAttribution::KnownRegistration> knownRegistrations(CliContext &context)
{
    if (!context.hasCredentials())
        return {};
    const auto target = context.resolveTarget();
    if (!target) {
        context.console().warning(Cli::tr("Could not list the webhooks: %1").arg(target.error().message));
        return {};
    }
    const auto client = context.makeClient(target.value().config);
    const auto listed = waitFor<Result<QList<Webhook>>>(
        [&](QObject *ctx, std::function<void(const Result<QList<Webhook>> &)> done) {
            client->listWebhooks(ctx, std::move(done));
        });
    if (!listed) {
        context.console().warning(Cli::tr("Could not list the webhooks: %1").arg(listed.error().summary()));
        return {};
    }
    QList<DeliveryAttribution::KnownRegistration> known;
    for (const Webhook &webhook : listed.value())
        known.append({target.value().profile, webhook});
    return known;
}

} // namespace

QString stepName(Failure failure)
{
    switch (failure) {
    case Failure::None: break;
    case Failure::MissingHeader: return Cli::tr("header");
    case Failure::MalformedAuthorization: return Cli::tr("Authorization header");
    case Failure::BodyHashMismatch: return Cli::tr("body hash");
    case Failure::UrlMismatch: return Cli::tr("URL");
    case Failure::SignatureMismatch: return Cli::tr("signature");
    }
    return {};
}

void printWebhookId(Console &console, const Delivery &delivery)
{
    if (delivery.webhookId.isEmpty())
        return;
    console.err(Cli::tr("Webhook-Id: %1 (this delivery's id, not the registration's)")
                    .arg(QString::fromLatin1(delivery.webhookId)));
}

int verifyWithAnySecret(CliContext &context, const VerifyInput &input)
{
    Console &console = context.console();
    const QList<DeliveryAttribution::KnownRegistration> known = knownRegistrations(context);
    if (input.fromRawRequest && input.registeredUrl.isEmpty()) {
        console.err(
            Cli::tr("Note: without --url, the request's own Host and path stand for the registered URL; "
                    "give --url URL to compare them with it."));
    }
    DeliveryAttribution attribution(&context.profileManager());
    const auto finding = waitFor<DeliveryAttribution::Finding>(
        [&](QObject *ctx, std::function<void(const DeliveryAttribution::Finding &)> done) {
            attribution.find(input.delivery, input.registeredUrl, known, ctx, std::move(done));
        });
    if (finding.trailingLineBreakLeftOut)
        console.err(
            Cli::tr("Note: the line break after the body is not part of the signed body and was left out."));

    const QString explanation = finding.explanation();
    if (context.json()) {
        QJsonObject object{{QStringLiteral("valid"), finding.isValid()},
                           {QStringLiteral("profile"), QJsonValue::Null},
                           {QStringLiteral("environment"), QJsonValue::Null},
                           {QStringLiteral("msn"), QJsonValue::Null},
                           {QStringLiteral("id"), QJsonValue::Null},
                           {QStringLiteral("step"), DeliveryVerification::failureId(finding.verdict.failure)},
                           {QStringLiteral("registrationsOfUrl"), int(finding.registrationsOfUrl.size())},
                           {QStringLiteral("reason"), explanation}};
        if (finding.signer) {
            const Profile &profile = finding.signer->profile;
            object.insert(QStringLiteral("profile"), profile.name);
            object.insert(QStringLiteral("environment"), Environments::key(profile.environment));
            object.insert(QStringLiteral("msn"), profile.msn);
            object.insert(QStringLiteral("id"), finding.signer->webhookId);
        }
        if (!input.delivery.webhookId.isEmpty())
            object.insert(QStringLiteral("webhookId"), QString::fromLatin1(input.delivery.webhookId));
        console.json(object);
    }
    if (finding.isValid()) {
        if (!context.json())
            console.out(Cli::tr("valid: %1").arg(explanation));
        return toInt(ExitCode::Success);
    }
    console.err(
        Cli::tr("not valid: the %1 check failed: %2").arg(stepName(finding.verdict.failure), explanation));
    return toInt(ExitCode::Refused);
}
