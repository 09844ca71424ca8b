#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "storage/changehistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

// "2026-12-01" (from the start of that day, local time) or "2026-12-01T09:30" / with a zone.
std::optional<QDateTime> parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time;
    return std::nullopt;
}

QJsonObject jsonOf(const HistoryEntry &entry)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("time"), ChangeHistory::timeText(entry.startedAt)},
        {QStringLiteral("user"), entry.osUser},
        {QStringLiteral("program"), entry.program},
        {QStringLiteral("profile"), entry.profile},
        {QStringLiteral("environment"), entry.environment},
        {QStringLiteral("msn"), entry.bucket == QLatin1String("partner") ? QString() : entry.bucket},
        {QStringLiteral("partner"), entry.bucket == QLatin1String("partner")},
        {QStringLiteral("action"), HistoryEntry::actionId(entry.action)},
        {QStringLiteral("webhookId"), entry.webhookId},
        {QStringLiteral("url"), entry.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(entry.events)},
        {QStringLiteral("outcome"), HistoryEntry::outcomeId(entry.outcome)}};
    if (entry.finishedAt.isValid())
        object.insert(QStringLiteral("finished"), ChangeHistory::timeText(entry.finishedAt));
    if (entry.httpStatus)
        object.insert(QStringLiteral("httpStatus"), entry.httpStatus);
    if (!entry.traceId.isEmpty())
        object.insert(QStringLiteral("traceId"), entry.traceId);
    if (!entry.error.isEmpty())
        object.insert(QStringLiteral("error"), entry.error);
    if (!entry.note.isEmpty())
        object.insert(QStringLiteral("note"), entry.note);
    if (entry.lastSeen.isValid())
        object.insert(QStringLiteral("lastSeen"), ChangeHistory::timeText(entry.lastSeen));
    return object;
}

QString lineOf(const HistoryEntry &entry)
{
    const QLocale locale;
    QString line = locale.toString(entry.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral("  ") + HistoryEntry::actionText(entry.action) + QStringLiteral(" (")
        + HistoryEntry::outcomeText(entry.outcome) + QStringLiteral(")  ")
        + (entry.bucket == QLatin1String("partner") ? Cli::tr("partner")
                                                    : Cli::tr("MSN %1").arg(entry.bucket))
        + QStringLiteral(" ") + entry.environment;
    if (!entry.webhookId.isEmpty())
        line += QStringLiteral("  ") + entry.webhookId;
    if (!entry.url.isEmpty())
        line += QStringLiteral("  ") + entry.url;
    if (!entry.events.isEmpty())
        line += QStringLiteral("  ") + entry.events.join(QLatin1Char(','));
    line += QStringLiteral("  ")
        + Cli::tr("by %1 (%2, profile %3)").arg(entry.osUser, entry.program, entry.profile);
    if (entry.httpStatus)
        line += QStringLiteral("  HTTP %1").arg(entry.httpStatus);
    if (!entry.traceId.isEmpty())
        line += QStringLiteral("  ") + Cli::tr("trace id %1").arg(entry.traceId);
    if (!entry.error.isEmpty())
        line += QStringLiteral("  ") + entry.error;
    if (entry.lastSeen.isValid()) {
        line += QStringLiteral("  ")
            + Cli::tr("last seen %1")
                  .arg(locale.toString(entry.lastSeen.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return line;
}

} // namespace

int Commands::history(CliContext &context, const QCommandLineParser &parser)
{
    HistoryFilter filter;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(parser.value(QStringLiteral("since")));
        if (!since) {
            return context.usageError(
                Cli::tr("--since takes a date (2026-12-01) or a time (2026-12-01T09:30), "
                        "not \"%1\".")
                    .arg(parser.value(QStringLiteral("since"))));
        }
        filter.since = *since;
    }
    if (const auto msn = context.options().msn) {
        filter.buckets.append(msn->compare(QLatin1String("partner"), Qt::CaseInsensitive) == 0
                                  ? QStringLiteral("partner")
                                  : *msn);
    }
    if (parser.isSet(QStringLiteral("action"))) {
        const auto action = HistoryEntry::actionFromId(parser.value(QStringLiteral("action")));
        if (!action) {
            return context.usageError(
                Cli::tr("Unknown --action \"%1\".").arg(parser.value(QStringLiteral("action"))));
        }
        filter.action = *action;
    }
    if (context.options().profile)
        filter.profile = *context.options().profile;
    if (context.options().environment)
        filter.environment = *context.options().environment;

    const auto entries = ChangeHistory(*context.stateStore()).entries(filter);
    if (!entries)
        return context.fail(CliError{ExitCode::Failure, entries.error().message});
    Console &console = context.console();
    if (context.json()) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries.value())
            array.append(jsonOf(entry));
        console.json(QJsonObject{{QStringLiteral("entries"), array}});
        return toInt(ExitCode::Success);
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        console.out(QString::fromUtf8(ChangeHistory::toCsv(entries.value())).trimmed());
        return toInt(ExitCode::Success);
    }
    for (const HistoryEntry &entry : entries.value())
        console.out(lineOf(entry));
    console.err(Cli::tr("%n change(s).", nullptr, static_cast<int>(entries.value().size())));
    return toInt(ExitCode::Success);
}
