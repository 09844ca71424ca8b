#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "core/environment.h"
#include "core/webhooksclient.h"
#include "delivery/urlpreflight.h"
#include "operations/profilesecretvault.h"
#include "operations/webhookoperations.h"
#include "storage/changehistory.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

// The history entries this watcher has read up to: "check" marks what it reported.
const QString Watcher = QStringLiteral("check");

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : Cli::tr("unknown");
}

struct Found
{
    QString profile;
    QString environment;
    QString bucket;
    Webhook webhook;
    QDateTime lastSeen;
    QDateTime noticed;
};

QJsonObject jsonOf(const Found &found)
{
    QJsonObject object{
        {QStringLiteral("profile"), found.profile},
        {QStringLiteral("environment"), found.environment},
        {QStringLiteral("msn"), found.bucket == QLatin1String("partner") ? QString() : found.bucket},
        {QStringLiteral("id"), found.webhook.id},
        {QStringLiteral("url"), found.webhook.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(found.webhook.events)},
        {QStringLiteral("noticed"), ChangeHistory::timeText(found.noticed)}};
    if (found.lastSeen.isValid())
        object.insert(QStringLiteral("lastSeen"), ChangeHistory::timeText(found.lastSeen));
    return object;
}

Found foundOf(const HistoryEntry &entry)
{
    return Found{entry.profile,  entry.environment,
                 entry.bucket,   Webhook{entry.webhookId, entry.url, entry.events},
                 entry.lastSeen, entry.startedAt};
}

// What a probe of a registered URL found wrong: failed checks, and a certificate that expires soon.
QStringList probeProblems(const PreflightReport &report)
{
    QStringList problems;
    for (const PreflightCheck &check : report.checks) {
        const bool expiring
            = check.outcome == PreflightCheck::Outcome::Warn && check.id() == QLatin1String("tls");
        if (check.outcome == PreflightCheck::Outcome::Fail || expiring)
            problems.append(check.title() + QStringLiteral(": ") + check.reason);
    }
    return problems;
}

} // namespace

int Commands::check(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    QStringList names = parser.positionalArguments();
    if (names.isEmpty() && context.options().profile)
        names.append(*context.options().profile);
    if (names.isEmpty()) {
        const QList<Profile> profiles = context.profileStore().profiles();
        for (const Profile &profile : profiles) {
            if (profile.environment != Environment::Sandbox)
                names.append(profile.name);
        }
    }
    if (names.isEmpty())
        return context.fail(
            CliError{ExitCode::Usage, Cli::tr("No profiles to check: add one with \"profile add\".")});
    for (const QString &name : std::as_const(names)) {
        if (!context.profileStore().contains(name))
            return context.fail(CliError{ExitCode::Usage, Cli::tr("There is no profile \"%1\".").arg(name)});
    }
    const bool probe = parser.isSet(QStringLiteral("probe"));
    const bool probeProduction = parser.isSet(QStringLiteral("probe-production"));
    StateStore *state = context.stateStore();
    ChangeHistory history(*state);
    // What other programs (the window) noticed since this watcher last looked: reported too, so
    // a vanishing the window saw first still reaches cron.
    const auto mark = history.mark(Watcher);
    if (!mark)
        return context.fail(CliError{ExitCode::Failure, mark.error().message});

    QList<Found> vanished;
    QList<Found> appeared;
    QSet<qint64> reported;
    QJsonArray profilesJson;
    ExitCode failure = ExitCode::Success;
    QList<std::pair<Profile, Webhook>> registered;
    for (const QString &name : std::as_const(names)) {
        const auto target = context.resolveTargetOf(name);
        if (!target) {
            console.error(Cli::tr("%1: %2").arg(name, target.error().message));
            profilesJson.append(QJsonObject{{QStringLiteral("profile"), name},
                                            {QStringLiteral("error"), target.error().message}});
            failure = target.error().code;
            continue;
        }
        const Profile &profile = target.value().profile;
        const auto client = context.makeClient(target.value().config);
        ProfileSecretVault vault(context.profileManager(), profile);
        WebhookOperations operations(client.get(), &vault, profile);
        operations.setStateStore(state);
        const auto list = waitFor<Result<QList<Webhook>>>(
            [&](QObject *ctx, std::function<void(const Result<QList<Webhook>> &)> done) {
                operations.listWebhooks(ctx, std::move(done));
            });
        const QString environment = Environments::key(profile.guardedEnvironment());
        QJsonObject profileJson{{QStringLiteral("profile"), name},
                                {QStringLiteral("environment"), environment},
                                {QStringLiteral("msn"), profile.msn}};
        if (!list) {
            console.apiError(list.error());
            profileJson.insert(QStringLiteral("error"), list.error().summary());
            profilesJson.append(profileJson);
            failure = exitCodeFor(list.error());
            continue;
        }
        const SnapshotChange &change = operations.lastChange();
        for (qsizetype i = 0; i < change.historyIds.size(); ++i)
            reported.insert(change.historyIds.at(i));
        for (const Webhook &webhook : change.vanished)
            vanished.append(Found{name, environment, profile.bucket(), webhook, change.lastSeen, change.now});
        for (const Webhook &webhook : change.appeared)
            appeared.append(Found{name, environment, profile.bucket(), webhook, {}, change.now});
        for (const Webhook &webhook : list.value())
            registered.append({profile, webhook});
        profileJson.insert(QStringLiteral("registrations"), static_cast<int>(list.value().size()));
        profileJson.insert(QStringLiteral("firstList"), !change.lastSeen.isValid());
        profilesJson.append(profileJson);
        if (!context.json()) {
            console.out(
                Cli::tr("%1 (%2, %3): %n registration(s).", nullptr, static_cast<int>(list.value().size()))
                    .arg(name, Environments::displayName(profile.environment),
                         profile.isPartner() ? Cli::tr("partner keys") : Cli::tr("MSN %1").arg(profile.msn)));
        }
    }

    // What the window or another check noticed since this watcher looked last.
    qint64 newestSeen = mark.value();
    for (const auto action : {HistoryEntry::Action::Vanished, HistoryEntry::Action::Appeared}) {
        const auto earlier = history.entriesAfter(mark.value(), action);
        if (!earlier)
            return context.fail(CliError{ExitCode::Failure, earlier.error().message});
        for (const HistoryEntry &entry : earlier.value()) {
            newestSeen = qMax(newestSeen, entry.id);
            if (reported.contains(entry.id) || !names.contains(entry.profile))
                continue;
            (action == HistoryEntry::Action::Vanished ? vanished : appeared).append(foundOf(entry));
        }
    }
    for (const qint64 id : std::as_const(reported))
        newestSeen = qMax(newestSeen, id);

    QJsonArray probesJson;
    bool probeFailed = false;
    if (probe) {
        UrlPreflight preflight;
        preflight.setAllowLoopbackForTesting(context.allowsLoopbackPreflight());
        QSet<QString> probed;
        for (const auto &target : std::as_const(registered)) {
            const Profile &profile = target.first;
            const Webhook &webhook = target.second;
            if (probed.contains(webhook.url))
                continue;
            probed.insert(webhook.url);
            // Nothing is sent to a production endpoint unless asked for.
            const bool post = !profile.isProduction() || probeProduction;
            preflight.setSendTestPost(post);
            const auto report = waitFor<PreflightReport>(
                [&](QObject *ctx, std::function<void(const PreflightReport &)> done) {
                    preflight.check(QUrl(webhook.url, QUrl::StrictMode), {}, ctx, std::move(done));
                });
            const QStringList problems = probeProblems(report);
            probeFailed = probeFailed || !problems.isEmpty();
            QJsonArray checks;
            for (const PreflightCheck &check : report.checks) {
                checks.append(
                    QJsonObject{{QStringLiteral("id"), check.id()},
                                {QStringLiteral("outcome"), PreflightCheck::outcomeId(check.outcome)},
                                {QStringLiteral("reason"), check.reason}});
            }
            probesJson.append(QJsonObject{{QStringLiteral("url"), webhook.url},
                                          {QStringLiteral("testPostSent"), post},
                                          {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                          {QStringLiteral("checks"), checks}});
            if (!context.json()) {
                if (problems.isEmpty())
                    console.out(Cli::tr("PROBE OK %1").arg(webhook.url));
                for (const QString &problem : problems)
                    console.out(Cli::tr("PROBLEM %1: %2").arg(webhook.url, problem));
                if (!post)
                    console.out(Cli::tr("(No test POST was sent to this production endpoint; "
                                        "--probe-production sends one.)"));
            }
        }
    }

    if (context.json()) {
        QJsonArray vanishedJson;
        for (const Found &found : std::as_const(vanished))
            vanishedJson.append(jsonOf(found));
        QJsonArray appearedJson;
        for (const Found &found : std::as_const(appeared))
            appearedJson.append(jsonOf(found));
        QJsonObject object{{QStringLiteral("vanished"), vanishedJson},
                           {QStringLiteral("appeared"), appearedJson},
                           {QStringLiteral("profiles"), profilesJson}};
        if (probe)
            object.insert(QStringLiteral("probes"), probesJson);
        console.json(object);
    } else {
        for (const Found &found : std::as_const(vanished)) {
            console.out(Cli::tr("VANISHED %1 %2 %3 (%4, %5): removed outside this console between %6 and %7. "
                                "Vipps MobilePay removes endpoints that failed for two weeks.")
                            .arg(found.webhook.id, found.webhook.url,
                                 found.webhook.events.join(QLatin1Char(',')), found.profile, found.bucket,
                                 localTime(found.lastSeen), localTime(found.noticed)));
        }
        for (const Found &found : std::as_const(appeared)) {
            console.out(Cli::tr("APPEARED %1 %2 %3 (%4, %5): registered outside this console.")
                            .arg(found.webhook.id, found.webhook.url,
                                 found.webhook.events.join(QLatin1Char(',')), found.profile, found.bucket));
        }
        if (vanished.isEmpty() && appeared.isEmpty())
            console.out(Cli::tr("Nothing vanished or appeared since the last check."));
    }
    if (const auto marked = history.setMark(Watcher, newestSeen))
        console.warning(marked->message);
    if (!vanished.isEmpty())
        return toInt(ExitCode::Vanished);
    if (failure != ExitCode::Success)
        return toInt(failure);
    return toInt(probeFailed ? ExitCode::Refused : ExitCode::Success);
}
