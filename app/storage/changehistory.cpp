#include "storage/changehistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace {

struct ActionName
{
    HistoryEntry::Action action;
    const char *id;
};

constexpr ActionName ActionNames[] = {
    {HistoryEntry::Action::Register, "register"},
    {HistoryEntry::Action::Delete, "delete"},
    {HistoryEntry::Action::Replace, "replace"},
    {HistoryEntry::Action::Apply, "apply"},
    {HistoryEntry::Action::SecretEntered, "secret-entered"},
    {HistoryEntry::Action::SecretRevealed, "secret-revealed"},
    {HistoryEntry::Action::SecretExported, "secret-exported"},
    {HistoryEntry::Action::SecretRemoved, "secret-removed"},
    {HistoryEntry::Action::Vanished, "vanished"},
    {HistoryEntry::Action::Appeared, "appeared"},
};

QString &programName()
{
    static QString name;
    return name;
}

// A bound null QString is SQL NULL: every text column is NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeOf(const QVariant &value)
{
    return ChangeHistory::timeFromText(value.toString());
}

HistoryEntry::Outcome outcomeFromId(const QString &id)
{
    if (id == QLatin1String("succeeded"))
        return HistoryEntry::Outcome::Succeeded;
    if (id == QLatin1String("failed"))
        return HistoryEntry::Outcome::Failed;
    if (id == QLatin1String("noticed"))
        return HistoryEntry::Outcome::Noticed;
    return HistoryEntry::Outcome::Started;
}

const QString Columns = QStringLiteral(
    "id, started_at, finished_at, os_user, program, process_id, profile, environment, bucket, action,"
    " webhook_id, url, events, outcome, http_status, trace_id, error, note, last_seen");

HistoryEntry entryOf(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedAt = timeOf(query.value(1));
    entry.finishedAt = timeOf(query.value(2));
    entry.osUser = query.value(3).toString();
    entry.program = query.value(4).toString();
    entry.processId = query.value(5).toLongLong();
    entry.profile = query.value(6).toString();
    entry.environment = query.value(7).toString();
    entry.bucket = query.value(8).toString();
    entry.action
        = HistoryEntry::actionFromId(query.value(9).toString()).value_or(HistoryEntry::Action::Register);
    entry.webhookId = query.value(10).toString();
    entry.url = query.value(11).toString();
    entry.events = ChangeHistory::eventsFromJson(query.value(12).toString());
    entry.outcome = outcomeFromId(query.value(13).toString());
    entry.httpStatus = query.value(14).toInt();
    entry.traceId = query.value(15).toString();
    entry.error = query.value(16).toString();
    entry.note = query.value(17).toString();
    entry.lastSeen = timeOf(query.value(18));
    return entry;
}

QByteArray csvField(const QString &value)
{
    QString field = value;
    // A leading =, +, - or @ would be a formula to a spreadsheet: kept as text.
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char('"')) || field.contains(QLatin1Char(','))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

} // namespace

QString HistoryEntry::actionId(Action action)
{
    for (const ActionName &name : ActionNames) {
        if (name.action == action)
            return QString::fromLatin1(name.id);
    }
    return {};
}

std::optional<HistoryEntry::Action> HistoryEntry::actionFromId(const QString &id)
{
    for (const ActionName &name : ActionNames) {
        if (id == QLatin1String(name.id))
            return name.action;
    }
    return std::nullopt;
}

QString HistoryEntry::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Started: return QStringLiteral("started");
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Noticed: return QStringLiteral("noticed");
    }
    return {};
}

QString HistoryEntry::actionText(Action action)
{
    switch (action) {
    case Action::Register: return ChangeHistory::tr("Registered");
    case Action::Delete: return ChangeHistory::tr("Deleted");
    case Action::Replace: return ChangeHistory::tr("Replaced");
    case Action::Apply: return ChangeHistory::tr("Applied a file");
    case Action::SecretEntered: return ChangeHistory::tr("Secret entered");
    case Action::SecretRevealed: return ChangeHistory::tr("Secret revealed");
    case Action::SecretExported: return ChangeHistory::tr("Secret exported");
    case Action::SecretRemoved: return ChangeHistory::tr("Secret removed");
    case Action::Vanished: return ChangeHistory::tr("Removed outside this console");
    case Action::Appeared: return ChangeHistory::tr("Appeared from elsewhere");
    }
    return {};
}

QString HistoryEntry::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Started: return ChangeHistory::tr("started, outcome unknown");
    case Outcome::Succeeded: return ChangeHistory::tr("succeeded");
    case Outcome::Failed: return ChangeHistory::tr("failed");
    case Outcome::Noticed: return ChangeHistory::tr("noticed");
    }
    return {};
}

QString ChangeHistory::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList ChangeHistory::eventsFromJson(const QString &json)
{
    return QVariant(QJsonDocument::fromJson(json.toUtf8()).array().toVariantList()).toStringList();
}

QDateTime ChangeHistory::timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

void ChangeHistory::setProgram(const QString &program)
{
    programName() = program;
}

QString ChangeHistory::program()
{
    return programName().isEmpty() ? QCoreApplication::applicationName() : programName();
}

QString ChangeHistory::osUser()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : user;
}

Result<qint64, StateError> ChangeHistory::begin(HistoryEntry entry)
{
    entry.outcome = HistoryEntry::Outcome::Started;
    entry.finishedAt = {};
    qint64 id = 0;
    const auto error = m_state.write([&](QSqlDatabase &database) { return insert(database, entry, &id); });
    if (error)
        return *error;
    return id;
}

Result<qint64, StateError> ChangeHistory::record(HistoryEntry entry)
{
    // Begun and finished in one: it happened.
    if (entry.outcome == HistoryEntry::Outcome::Started)
        entry.outcome = HistoryEntry::Outcome::Succeeded;
    qint64 id = 0;
    const auto error = m_state.write([&](QSqlDatabase &database) { return insert(database, entry, &id); });
    if (error)
        return *error;
    return id;
}

QSqlError ChangeHistory::insert(QSqlDatabase &database, HistoryEntry &entry, qint64 *id)
{
    if (!entry.startedAt.isValid())
        entry.startedAt = QDateTime::currentDateTimeUtc();
    if (entry.outcome != HistoryEntry::Outcome::Started && !entry.finishedAt.isValid())
        entry.finishedAt = entry.startedAt;
    if (entry.osUser.isEmpty())
        entry.osUser = osUser();
    if (entry.program.isEmpty())
        entry.program = program();
    if (!entry.processId)
        entry.processId = QCoreApplication::applicationPid();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO history (started_at, finished_at, os_user, program, process_id, profile,"
        " environment, bucket, action, webhook_id, url, events, outcome, http_status, trace_id, error, note,"
        " last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(timeText(entry.startedAt));
    query.addBindValue(entry.finishedAt.isValid() ? QVariant(timeText(entry.finishedAt)) : QVariant());
    query.addBindValue(text(entry.osUser));
    query.addBindValue(text(entry.program));
    query.addBindValue(entry.processId);
    query.addBindValue(text(entry.profile));
    query.addBindValue(text(entry.environment));
    query.addBindValue(text(entry.bucket));
    query.addBindValue(HistoryEntry::actionId(entry.action));
    query.addBindValue(text(entry.webhookId));
    query.addBindValue(text(entry.url));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(entry.events)).toJson(QJsonDocument::Compact)));
    query.addBindValue(HistoryEntry::outcomeId(entry.outcome));
    query.addBindValue(entry.httpStatus);
    query.addBindValue(text(entry.traceId));
    query.addBindValue(text(entry.error));
    query.addBindValue(text(entry.note));
    query.addBindValue(entry.lastSeen.isValid() ? timeText(entry.lastSeen) : QStringLiteral(""));
    if (!query.exec())
        return query.lastError();
    entry.id = query.lastInsertId().toLongLong();
    if (id)
        *id = entry.id;
    return {};
}

std::optional<StateError> ChangeHistory::finish(qint64 id, HistoryEntry::Outcome outcome, int httpStatus,
                                                const QString &traceId, const QString &error,
                                                const QString &webhookId)
{
    return m_state.write([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral(
            "UPDATE history SET finished_at = ?, outcome = ?, http_status = ?, trace_id = ?, error = ?,"
            " webhook_id = CASE WHEN ? = '' THEN webhook_id ELSE ? END"
            " WHERE id = ? AND outcome = 'started'"));
        query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        query.addBindValue(HistoryEntry::outcomeId(outcome));
        query.addBindValue(httpStatus);
        query.addBindValue(text(traceId));
        query.addBindValue(text(error));
        query.addBindValue(text(webhookId));
        query.addBindValue(text(webhookId));
        query.addBindValue(id);
        if (!query.exec())
            return query.lastError();
        return QSqlError();
    });
}

Result<QList<HistoryEntry>, StateError> ChangeHistory::entries(const HistoryFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where.append(QStringLiteral("started_at >= ?"));
        values.append(timeText(filter.since));
    }
    if (filter.until.isValid()) {
        where.append(QStringLiteral("started_at < ?"));
        values.append(timeText(filter.until));
    }
    if (!filter.buckets.isEmpty()) {
        QStringList marks;
        for (const QString &bucket : filter.buckets) {
            marks.append(QStringLiteral("?"));
            values.append(bucket);
        }
        where.append(QStringLiteral("bucket IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!filter.environment.isEmpty()) {
        where.append(QStringLiteral("environment = ?"));
        values.append(filter.environment);
    }
    if (!filter.profile.isEmpty()) {
        where.append(QStringLiteral("profile = ?"));
        values.append(filter.profile);
    }
    if (filter.action) {
        where.append(QStringLiteral("action = ?"));
        values.append(HistoryEntry::actionId(*filter.action));
    }
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM history");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // The newest `limit`, shown oldest first.
    sql += filter.limit > 0 ? QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(filter.limit)
                            : QStringLiteral(" ORDER BY id");
    QList<HistoryEntry> result;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return query.lastError();
        while (query.next())
            result.append(entryOf(query));
        return query.lastError();
    });
    if (error)
        return *error;
    if (filter.limit > 0)
        std::reverse(result.begin(), result.end());
    return result;
}

Result<QList<HistoryEntry>, StateError> ChangeHistory::entriesAfter(qint64 afterId,
                                                                    HistoryEntry::Action action) const
{
    QList<HistoryEntry> result;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + Columns
                      + QStringLiteral(" FROM history WHERE id > ? AND action = ? ORDER BY id"));
        query.addBindValue(afterId);
        query.addBindValue(HistoryEntry::actionId(action));
        if (!query.exec())
            return query.lastError();
        while (query.next())
            result.append(entryOf(query));
        return query.lastError();
    });
    if (error)
        return *error;
    return result;
}

Result<std::optional<HistoryEntry>, StateError> ChangeHistory::lastWith(const QString &webhookId) const
{
    std::optional<HistoryEntry> found;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(
            QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM history WHERE webhook_id = ? AND url <> '' ORDER BY id DESC LIMIT 1"));
        query.addBindValue(webhookId);
        if (!query.exec())
            return query.lastError();
        if (query.next())
            found = entryOf(query);
        return query.lastError();
    });
    if (error)
        return *error;
    return found;
}

Result<qint64, StateError> ChangeHistory::mark(const QString &watcher) const
{
    qint64 mark = 0;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT history_id FROM watch_marks WHERE watcher = ?"));
        query.addBindValue(watcher);
        if (!query.exec())
            return query.lastError();
        if (query.next())
            mark = query.value(0).toLongLong();
        return query.lastError();
    });
    if (error)
        return *error;
    return mark;
}

std::optional<StateError> ChangeHistory::setMark(const QString &watcher, qint64 historyId)
{
    return m_state.write([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        // Never backwards: two watchers finishing in either order leave the higher mark.
        query.prepare(QStringLiteral("INSERT INTO watch_marks (watcher, history_id) VALUES (?, ?)"
                                     " ON CONFLICT (watcher) DO UPDATE SET history_id ="
                                     " max(history_id, excluded.history_id)"));
        query.addBindValue(watcher);
        query.addBindValue(historyId);
        if (!query.exec())
            return query.lastError();
        return QSqlError();
    });
}

QByteArray ChangeHistory::toCsv(const QList<HistoryEntry> &entries)
{
    QByteArray csv = "time,finished,user,program,profile,environment,sales unit,action,webhook id,url,events,"
                     "outcome,http status,trace id,error,note,last seen\r\n";
    for (const HistoryEntry &entry : entries) {
        const QStringList fields{timeText(entry.startedAt),
                                 entry.finishedAt.isValid() ? timeText(entry.finishedAt) : QString(),
                                 entry.osUser,
                                 entry.program,
                                 entry.profile,
                                 entry.environment,
                                 entry.bucket,
                                 HistoryEntry::actionId(entry.action),
                                 entry.webhookId,
                                 entry.url,
                                 entry.events.join(QLatin1Char(' ')),
                                 HistoryEntry::outcomeId(entry.outcome),
                                 entry.httpStatus ? QString::number(entry.httpStatus) : QString(),
                                 entry.traceId,
                                 entry.error,
                                 entry.note,
                                 entry.lastSeen.isValid() ? timeText(entry.lastSeen) : QString()};
        QList<QByteArray> line;
        for (const QString &field : fields)
            line.append(csvField(field));
        csv += line.join(',') + "\r\n";
    }
    return csv;
}
