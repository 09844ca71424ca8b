#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "delivery/urlpreflight.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using Outcome = PreflightCheck::Outcome;

// "pass", "warn", "fail", "skip": a fixed-width tag people and grep can read.
QString tagOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass: return QStringLiteral("pass");
    case Outcome::Warn: return QStringLiteral("warn");
    case Outcome::Fail: return QStringLiteral("fail");
    case Outcome::Skipped: return QStringLiteral("skip");
    }
    return {};
}

QString lineOf(const PreflightCheck &check)
{
    return QStringLiteral("[%1] %2: %3").arg(tagOf(check.outcome), check.title(), check.reason);
}

QJsonObject jsonOf(const PreflightReport &report)
{
    QJsonArray checks;
    for (const PreflightCheck &check : report.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), check.id()},
                                  {QStringLiteral("title"), check.title()},
                                  {QStringLiteral("outcome"), PreflightCheck::outcomeId(check.outcome)},
                                  {QStringLiteral("reason"), check.reason}});
    }
    QJsonObject object{{QStringLiteral("url"), report.url.toString()},
                       {QStringLiteral("overall"), PreflightCheck::outcomeId(report.overall())},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("throwawaySecret"), report.throwawaySecret}};
    if (report.delivery) {
        object.insert(QStringLiteral("status"), report.delivery->status);
        object.insert(QStringLiteral("elapsedMs"), report.delivery->elapsedMs);
    }
    return object;
}

} // namespace

int Commands::checkUrl(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty())
        return context.usageError(Cli::tr("check-url needs exactly one URL."));
    const QString text = positional.first().trimmed();
    const auto timeout = context.timeoutMs(UrlPreflight::DefaultTimeoutMs);
    if (!timeout)
        return context.fail(timeout.error());
    if (const auto problem = context.trustCaFile())
        return context.fail(*problem);
    QString secret;
    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        const auto read = context.readSecretFromStdin();
        if (!read)
            return context.fail(read.error());
        secret = read.value();
    }

    UrlPreflight preflight;
    preflight.setTimeoutMs(timeout.value());
    if (CliContext::allowsLoopbackPreflight()) {
        preflight.setAllowLoopbackForTesting(true);
        console.warning(Cli::tr("%1 is set: loopback addresses pass with a warning. For tests only.")
                            .arg(CliContext::allowLoopbackPreflightVariable()));
    }
    if (!context.json())
        console.out(Cli::tr("Checking %1 as Vipps MobilePay would call it:").arg(text));
    const bool json = context.json();
    const PreflightReport report
        = waitFor<PreflightReport>([&](QObject *ctx, std::function<void(const PreflightReport &)> done) {
              preflight.check(QUrl(text, QUrl::StrictMode), secret, ctx, std::move(done),
                              [&console, json](const PreflightCheck &check) {
                                  if (!json)
                                      console.out(lineOf(check));
                              });
          });

    const Outcome overall = report.overall();
    if (json) {
        console.json(jsonOf(report));
    } else {
        if (report.throwawaySecret && report.delivery) {
            console.out(Cli::tr("The test POST was signed with a made-up secret (give the real one with "
                                "--secret-stdin to check signature verification too)."));
        }
        console.out(overall == Outcome::Fail
                        ? Cli::tr("Result: fail. Fix the failed checks before registering.")
                        : overall == Outcome::Warn ? Cli::tr("Result: pass, with warnings.")
                                                   : Cli::tr("Result: pass."));
    }
    return toInt(overall == Outcome::Fail ? ExitCode::Refused : ExitCode::Success);
}
