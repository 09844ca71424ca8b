#include "storage/webhooksecretindex.h"

#include "storage/profilestore.h"
#include "storage/storagelogging.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// The group older versions kept the index under, in QSettings.
const QString SettingsGroup = QStringLiteral("secretIndex");

// A bound null QString is SQL NULL: the empty profile name ("no profile") must be "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QSqlError insert(QSqlDatabase &database, const QString &profileName, const WebhookSecretIndex::Entry &entry)
{
    QSqlQuery query(database);
    // Only an id indexed already is passed over; anything else (a NULL) is an error.
    query.prepare(QStringLiteral("INSERT INTO webhook_secret_index (profile, environment, bucket, webhook_id)"
                                 " VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (profile, environment, bucket, webhook_id) DO NOTHING"));
    query.addBindValue(text(profileName));
    query.addBindValue(text(entry.environmentKey));
    query.addBindValue(text(entry.bucket));
    query.addBindValue(text(entry.id));
    if (!query.exec())
        return query.lastError();
    return {};
}

QSqlError removeProfile(QSqlDatabase &database, const QString &profileName)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM webhook_secret_index WHERE profile = ?"));
    query.addBindValue(text(profileName));
    if (!query.exec())
        return query.lastError();
    return {};
}

// The index as older versions wrote it: "secretIndex/<profile|->/<env>/<bucket>" = [ids].
QList<std::pair<QString, WebhookSecretIndex::Entry>> settingsEntries(QSettings &settings)
{
    QList<std::pair<QString, WebhookSecretIndex::Entry>> result;
    settings.beginGroup(SettingsGroup);
    const QStringList keys = settings.allKeys(); // "<profile>/<env>/<bucket>"
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('/'));
        if (parts.size() != 3) {
            qCWarning(lcState) << "Ignoring the unexpected secret index key" << key << "in the settings";
            continue;
        }
        const QString profile
            = parts.at(0) == QLatin1String("-") ? QString() : ProfileStore::decodeName(parts.at(0));
        const QString environmentKey = ProfileStore::decodeName(parts.at(1));
        const QString bucket = ProfileStore::decodeName(parts.at(2));
        const QStringList ids = settings.value(key).toStringList();
        for (const QString &id : ids)
            result.append({profile, WebhookSecretIndex::Entry{environmentKey, bucket, id}});
    }
    settings.endGroup();
    return result;
}

} // namespace

Result<QStringList, StateError> WebhookSecretIndex::ids(const QString &profileName,
                                                        const QString &environmentKey,
                                                        const QString &bucket) const
{
    QStringList result;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT webhook_id FROM webhook_secret_index"
                                     " WHERE profile = ? AND environment = ? AND bucket = ?"
                                     " ORDER BY stored_at, webhook_id"));
        query.addBindValue(text(profileName));
        query.addBindValue(text(environmentKey));
        query.addBindValue(text(bucket));
        if (!query.exec())
            return query.lastError();
        while (query.next())
            result.append(query.value(0).toString());
        return query.lastError();
    });
    if (error)
        return *error;
    return result;
}

std::optional<StateError> WebhookSecretIndex::add(const QString &profileName, const QString &environmentKey,
                                                  const QString &bucket, const QString &id)
{
    return m_state.write([&](QSqlDatabase &database) {
        return insert(database, profileName, Entry{environmentKey, bucket, id});
    });
}

std::optional<StateError> WebhookSecretIndex::remove(const QString &profileName,
                                                     const QString &environmentKey, const QString &bucket,
                                                     const QString &id)
{
    return m_state.write([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(
            QStringLiteral("DELETE FROM webhook_secret_index"
                           " WHERE profile = ? AND environment = ? AND bucket = ? AND webhook_id = ?"));
        query.addBindValue(text(profileName));
        query.addBindValue(text(environmentKey));
        query.addBindValue(text(bucket));
        query.addBindValue(text(id));
        if (!query.exec())
            return query.lastError();
        return QSqlError();
    });
}

Result<QStringList, StateError> WebhookSecretIndex::profileNames() const
{
    QStringList names;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT DISTINCT profile FROM webhook_secret_index ORDER BY profile")))
            return query.lastError();
        while (query.next())
            names.append(query.value(0).toString());
        return query.lastError();
    });
    if (error)
        return *error;
    return names;
}

Result<QList<WebhookSecretIndex::Entry>, StateError>
WebhookSecretIndex::entries(const QString &profileName) const
{
    QList<Entry> result;
    const auto error = m_state.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(
            QStringLiteral("SELECT environment, bucket, webhook_id FROM webhook_secret_index"
                           " WHERE profile = ? ORDER BY environment, bucket, stored_at, webhook_id"));
        query.addBindValue(text(profileName));
        if (!query.exec())
            return query.lastError();
        while (query.next())
            result.append(
                Entry{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        return query.lastError();
    });
    if (error)
        return *error;
    return result;
}

std::optional<StateError> WebhookSecretIndex::move(const QString &from, const QString &to,
                                                   const QList<Entry> &movedEntries)
{
    return m_state.write([&](QSqlDatabase &database) {
        QSqlError error = removeProfile(database, from);
        if (!error.isValid())
            error = removeProfile(database, to);
        for (const Entry &entry : movedEntries) {
            if (error.isValid())
                break;
            error = insert(database, to, entry);
        }
        return error;
    });
}

std::optional<StateError> WebhookSecretIndex::removeAll(const QString &profileName)
{
    return m_state.write([&](QSqlDatabase &database) { return removeProfile(database, profileName); });
}

Result<int, StateError> WebhookSecretIndex::importSettings(QSettings &settings)
{
    if (!settings.childGroups().contains(SettingsGroup))
        return 0;
    const auto found = settingsEntries(settings);
    const auto error = m_state.write([&](QSqlDatabase &database) {
        for (const auto &[profile, entry] : found) {
            if (const QSqlError inserted = insert(database, profile, entry); inserted.isValid())
                return inserted;
        }
        return QSqlError();
    });
    if (error)
        return *error; // QSettings keeps the index: nothing is lost, the next start tries again
    // Committed: only now the old keys go.
    settings.remove(SettingsGroup);
    settings.sync();
    qCInfo(lcState) << "Moved" << found.size() << "secret index entries from the settings into"
                    << m_state.file();
    return static_cast<int>(found.size());
}
