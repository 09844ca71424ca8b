#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "core/eventcatalog.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "delivery/testdeliverysender.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

constexpr qsizetype AnswerPreviewCharacters = 300;

struct Destination
{
    QUrl url;
    QStringList events; // empty when --url was given (the webhook's events are not known then)
};

// The webhook of `id` from the list of webhooks, or nothing when it is not there.
Result<std::optional<Webhook>> findWebhook(CliContext &context, const Target &target, const QString &id)
{
    const auto client = context.makeClient(target.config);
    const auto listed = waitFor<Result<QList<Webhook>>>(
        [&](QObject *ctx, std::function<void(const Result<QList<Webhook>> &)> done) {
            client->listWebhooks(ctx, std::move(done));
        });
    if (!listed)
        return listed.error();
    for (const Webhook &webhook : listed.value()) {
        if (webhook.id == id)
            return std::optional<Webhook>(webhook);
    }
    return std::optional<Webhook>();
}

// The start of the answer on one line, control characters shown as spaces.
QString answerPreview(const TestDeliveryResult &result)
{
    bool cut = false;
    QString text = result.answerStart(AnswerPreviewCharacters, &cut);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.isEmpty())
        return Cli::tr("(empty)");
    if (cut)
        text += QStringLiteral(" …");
    return text;
}

void printResult(Console &console, const TestDeliveryResult &result)
{
    console.out(Cli::tr("Status: %1").arg(result.summary()));
    console.out(Cli::tr("Answer: %1").arg(answerPreview(result)));
}

QJsonObject jsonOf(const QUrl &url, const QString &event, const TestDeliveryResult *result,
                   const QString &error)
{
    QJsonObject object{{QStringLiteral("simulated"), true},
                       {QStringLiteral("url"), url.toString()},
                       {QStringLiteral("event"), event}};
    if (result) {
        object.insert(QStringLiteral("status"), result->status);
        object.insert(QStringLiteral("elapsedMs"), result->elapsedMs);
        object.insert(QStringLiteral("answer"), QString::fromUtf8(result->answer));
        object.insert(QStringLiteral("answerTruncated"), result->answerTruncated);
        object.insert(QStringLiteral("success"), result->isSuccess());
    } else {
        object.insert(QStringLiteral("success"), false);
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

} // namespace

int Commands::sendTest(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(Cli::tr("send-test needs exactly one webhook ID (see \"list\")."));
    const QString &id = positional.first();
    const QString event = parser.value(QStringLiteral("event")).trimmed();
    if (event.isEmpty())
        return context.usageError(Cli::tr("send-test needs --event TYPE (one of the webhook's events)."));
    const bool force = parser.isSet(QStringLiteral("force"));
    if (!Validation::isUuid(id))
        return context.fail(
            CliError{ExitCode::Refused, Cli::tr("\"%1\" is not a webhook id (a UUID).").arg(id)});
    std::optional<QUrl> givenUrl;
    if (parser.isSet(QStringLiteral("url"))) {
        const QString text = parser.value(QStringLiteral("url")).trimmed();
        givenUrl = QUrl(text, QUrl::StrictMode);
        if (const auto problem = TestDeliverySender::checkUrl(*givenUrl))
            return context.fail(
                CliError{ExitCode::Refused, Cli::tr("Invalid --url %1: %2").arg(text, *problem)});
    }
    const auto timeout = context.timeoutMs(TestDeliverySender::DefaultTimeoutMs);
    if (!timeout)
        return context.fail(timeout.error());
    if (const auto problem = context.trustCaFile())
        return context.fail(*problem);

    // The webhook's URL comes from the API unless --url is given; the secret always from the vault.
    Profile profile;
    Destination destination;
    if (givenUrl) {
        const auto resolved = context.resolveProfile();
        if (!resolved)
            return context.fail(resolved.error());
        profile = resolved.value();
        destination.url = *givenUrl;
    } else {
        const auto target = context.resolveTarget();
        if (!target)
            return context.fail(target.error());
        profile = target.value().profile;
        const auto found = findWebhook(context, target.value(), id);
        if (!found)
            return context.fail(found.error());
        if (!found.value())
            return context.fail(
                CliError{ExitCode::Refused, Cli::tr("There is no webhook %1 (see \"list\").").arg(id)});
        destination = {QUrl(found.value()->url, QUrl::StrictMode), found.value()->events};
    }

    if (!destination.events.isEmpty() && !destination.events.contains(event) && !force) {
        return context.fail(
            CliError{ExitCode::Refused,
                     Cli::tr("Webhook %1 does not receive %2; its events: %3. Use --force to send it "
                             "anyway.")
                         .arg(id, event, destination.events.join(QStringLiteral(", ")))});
    }
    if (!EventCatalog::instance().isKnown(event) && !force) {
        return context.fail(CliError{ExitCode::Refused,
                                     Cli::tr("%1 is not in the event catalogue (see \"events\"). "
                                             "Use --force to send it anyway.")
                                         .arg(event)});
    }
    if (destination.events.isEmpty() && !force)
        console.warning(
            Cli::tr("With --url the webhook's events are not looked up; %1 is sent as given.").arg(event));

    const auto secret = context.readWebhookSecret(profile, id);
    if (!secret) {
        if (secret.error().kind == KeychainError::Kind::NotFound) {
            return context.fail(
                CliError{ExitCode::Refused,
                         Cli::tr("No secret of webhook %1 is stored on this machine, so a delivery "
                                 "cannot be signed. Enter it, or replace the webhook (register the "
                                 "URL again, then delete the old one) to get a new one.")
                             .arg(id)});
        }
        return context.fail(secret.error(), Cli::tr("Could not read the secret of webhook %1").arg(id));
    }
    if (profile.isProduction()) {
        console.warning(
            Cli::tr("This simulated delivery goes to a production receiver. It is marked "
                    "X-Webhook-Console-Test: true and \"simulated\": true: make sure the receiver "
                    "ignores it."));
    }

    if (!context.json()) {
        console.out(Cli::tr("SIMULATED test delivery (not from Vipps MobilePay; X-Webhook-Console-Test: "
                            "true) of %1 to %2")
                        .arg(event, destination.url.toString()));
    }
    TestDeliverySender sender;
    sender.setTimeoutMs(timeout.value());
    const auto sent = waitFor<Result<TestDeliveryResult>>(
        [&](QObject *ctx, std::function<void(const Result<TestDeliveryResult> &)> done) {
            sender.send(destination.url, event, secret.value(), profile.msn, ctx, std::move(done));
        });
    if (!sent) {
        if (context.json())
            console.json(jsonOf(destination.url, event, nullptr, sent.error().summary()));
        return context.fail(sent.error());
    }

    const TestDeliveryResult &result = sent.value();
    if (context.json())
        console.json(jsonOf(destination.url, event, &result, {}));
    else
        printResult(console, result);
    if (result.isSuccess())
        return toInt(ExitCode::Success);
    console.error(
        result.isRedirect()
            ? Cli::tr("The receiver redirected the delivery; Vipps MobilePay does not follow redirects.")
            : Cli::tr("The receiver answered %1; Vipps MobilePay would count the delivery as failed and "
                      "retry it.")
                  .arg(result.status));
    return toInt(ExitCode::Refused);
}
