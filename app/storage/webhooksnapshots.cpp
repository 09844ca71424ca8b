#include "storage/webhooksnapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timeText(const QDateTime &time)
{
    return ChangeHistory::timeText(time);
}

QDateTime timeOf(const QString &value)
{
    return ChangeHistory::timeFromText(value);
}

QString toJson(const QList<Webhook> &webhooks)
{
    QJsonArray array;
    for (const Webhook &webhook : webhooks)
        array.append(webhook.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Webhook> fromJson(const QString &json)
{
    QList<Webhook> webhooks;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        Webhook webhook;
        webhook.id = object.value(QLatin1String("id")).toString();
        webhook.url = object.value(QLatin1String("url")).toString();
        const QJsonArray events = object.value(QLatin1String("events")).toArray();
        for (const auto &event : events)
            webhook.events.append(event.toString());
        webhooks.append(webhook);
    }
    return webhooks;
}

QSet<QString> eventSet(const QStringList &events)
{
    return QSet<QString>(events.cbegin(), events.cend());
}

QSqlError readSnapshot(QSqlDatabase &database, const SnapshotKey &key,
                       std::optional<WebhookSnapshots::Snapshot> &snapshot)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT taken_at, webhooks FROM snapshots"
                                 " WHERE profile = ? AND environment = ? AND bucket = ?"));
    query.addBindValue(text(key.profile));
    query.addBindValue(text(key.environment));
    query.addBindValue(text(key.bucket));
    if (!query.exec())
        return query.lastError();
    if (query.next())
        snapshot = WebhookSnapshots::Snapshot{key, timeOf(query.value(0).toString()),
                                              fromJson(query.value(1).toString())};
    return query.lastError();
}

// What this console did to `key` since `since`: the ids it deleted (or began deleting), the ids it
// registered, and the URL and events of registrations begun whose id is not known yet.
struct OwnChanges
{
    QSet<QString> deleted;
    QSet<QString> registered;
    QList<std::pair<QString, QSet<QString>>> pendingRegistrations;
};

QSqlError ownChanges(QSqlDatabase &database, const SnapshotKey &key, const QDateTime &since, OwnChanges &own)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT action, webhook_id, url, events, outcome FROM history"
                                 " WHERE profile = ? AND environment = ? AND bucket = ? AND started_at >= ?"
                                 " AND action IN ('register', 'delete')"));
    query.addBindValue(text(key.profile));
    query.addBindValue(text(key.environment));
    query.addBindValue(text(key.bucket));
    // A little before the snapshot: a change begun just before the list was taken counts too.
    query.addBindValue(timeText(since.addSecs(-60)));
    if (!query.exec())
        return query.lastError();
    while (query.next()) {
        const QString action = query.value(0).toString();
        const QString id = query.value(1).toString();
        const QString outcome = query.value(4).toString();
        if (action == QLatin1String("delete")) {
            if (outcome != QLatin1String("failed"))
                own.deleted.insert(id);
        } else if (!id.isEmpty()) {
            own.registered.insert(id);
        } else if (outcome == QLatin1String("started")) {
            own.pendingRegistrations.append(
                {query.value(2).toString(),
                 eventSet(ChangeHistory::eventsFromJson(query.value(3).toString()))});
        }
    }
    return query.lastError();
}

} // namespace

Result<SnapshotChange, StateError>
WebhookSnapshots::compareAndKeep(const SnapshotKey &key, const QList<Webhook> &webhooks, const QDateTime &now)
{
    SnapshotChange change;
    change.key = key;
    change.now = now.toUTC();
    const auto failed = m_state.write([&](QSqlDatabase &database) {
        std::optional<Snapshot> before;
        QSqlError error = readSnapshot(database, key, before);
        if (error.isValid())
            return error;
        if (before) {
            change.lastSeen = before->takenAt;
            OwnChanges own;
            if (error = ownChanges(database, key, before->takenAt, own); error.isValid())
                return error;
            QSet<QString> nowIds;
            for (const Webhook &webhook : webhooks)
                nowIds.insert(webhook.id);
            QSet<QString> beforeIds;
            for (const Webhook &webhook : before->webhooks) {
                beforeIds.insert(webhook.id);
                if (!nowIds.contains(webhook.id) && !own.deleted.contains(webhook.id))
                    change.vanished.append(webhook);
            }
            for (const Webhook &webhook : webhooks) {
                if (beforeIds.contains(webhook.id) || own.registered.contains(webhook.id))
                    continue;
                const bool pending = std::any_of(own.pendingRegistrations.cbegin(),
                                                 own.pendingRegistrations.cend(), [&](const auto &entry) {
                                                     return entry.first == webhook.url
                                                         && entry.second == eventSet(webhook.events);
                                                 });
                if (!pending)
                    change.appeared.append(webhook);
            }
            const auto note = [&](HistoryEntry::Action action, const Webhook &webhook) {
                HistoryEntry entry;
                entry.startedAt = change.now;
                entry.profile = key.profile;
                entry.environment = key.environment;
                entry.bucket = key.bucket;
                entry.action = action;
                entry.webhookId = webhook.id;
                entry.url = webhook.url;
                entry.events = webhook.events;
                entry.outcome = HistoryEntry::Outcome::Noticed;
                if (action == HistoryEntry::Action::Vanished)
                    entry.lastSeen = before->takenAt;
                const QSqlError inserted = ChangeHistory::insert(database, entry);
                change.historyIds.append(entry.id);
                return inserted;
            };
            for (const Webhook &webhook : std::as_const(change.vanished)) {
                if (error = note(HistoryEntry::Action::Vanished, webhook); error.isValid())
                    return error;
            }
            for (const Webhook &webhook : std::as_const(change.appeared)) {
                if (error = note(HistoryEntry::Action::Appeared, webhook); error.isValid())
                    return error;
            }
        }
        QSqlQuery query(database);
        query.prepare(
            QStringLiteral("INSERT INTO snapshots (profile, environment, bucket, taken_at, webhooks)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile, environment, bucket)"
                           " DO UPDATE SET taken_at = excluded.taken_at, webhooks = excluded.webhooks"));
        query.addBindValue(text(key.profile));
        query.addBindValue(text(key.environment));
        query.addBindValue(text(key.bucket));
        query.addBindValue(timeText(change.now));
        query.addBindValue(toJson(webhooks));
        if (!query.exec())
            return query.lastError();
        return QSqlError();
    });
    if (failed)
        return *failed;
    return change;
}

Result<std::optional<WebhookSnapshots::Snapshot>, StateError>
WebhookSnapshots::last(const SnapshotKey &key) const
{
    std::optional<Snapshot> snapshot;
    const auto error
        = m_state.read([&](QSqlDatabase &database) { return readSnapshot(database, key, snapshot); });
    if (error)
        return *error;
    return snapshot;
}

Result<QList<SnapshotKey>, StateError> WebhookSnapshots::keys() const
{
    QList<SnapshotKey> keys;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT profile, environment, bucket FROM snapshots"
                                       " ORDER BY profile, environment, bucket")))
            return query.lastError();
        while (query.next())
            keys.append(
                SnapshotKey{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        return query.lastError();
    });
    if (error)
        return *error;
    return keys;
}
