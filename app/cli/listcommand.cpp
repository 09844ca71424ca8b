#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "core/environment.h"
#include "core/webhooksclient.h"
#include "operations/profilesecretvault.h"
#include "operations/webhookoperations.h"

#include <QJsonArray>
#include <QJsonObject>

int Commands::list(CliContext &context, const QCommandLineParser &)
{
    const auto target = context.resolveTarget();
    if (!target)
        return context.fail(target.error());
    const Profile &profile = target.value().profile;
    const auto client = context.makeClient(target.value().config);
    ProfileSecretVault vault(context.profileManager(), profile);
    WebhookOperations operations(client.get(), &vault, profile);
    operations.setStateStore(context.stateStore());
    const auto result = waitFor<Result<QList<Webhook>>>(
        [&](QObject *ctx, std::function<void(const Result<QList<Webhook>> &)> done) {
            operations.listWebhooks(ctx, std::move(done));
        });
    if (!result)
        return context.fail(result.error());

    const QList<Webhook> &webhooks = result.value();
    Console &console = context.console();
    // What vanished since the last list, on stderr (the history has it; "check" reports it too).
    for (const Webhook &webhook : operations.lastChange().vanished) {
        console.warning(Cli::tr("%1 (%2) is gone since the last list, removed outside this console. Vipps "
                                "MobilePay removes endpoints that failed for two weeks. See \"history\".")
                            .arg(webhook.id, webhook.url));
    }
    if (context.json()) {
        QJsonArray array;
        for (const Webhook &webhook : webhooks) {
            QJsonObject object = webhook.toJson();
            object.insert(QStringLiteral("secretStored"), vault.hasStoredSecret(webhook.id));
            array.append(object);
        }
        console.json(QJsonObject{{QStringLiteral("webhooks"), array}});
        return toInt(ExitCode::Success);
    }

    for (const Webhook &webhook : webhooks)
        console.out(webhook.id + QStringLiteral("  ") + webhook.url + QStringLiteral("  ")
                    + webhook.events.join(QLatin1Char(',')));
    const QString where = profile.isPartner() ? Cli::tr("partner keys") : Cli::tr("MSN %1").arg(profile.msn);
    console.err(Cli::tr("%n webhook(s) for %1 in %2.", nullptr, static_cast<int>(webhooks.size()))
                    .arg(where, Environments::displayName(profile.environment)));
    return toInt(ExitCode::Success);
}
