#include "storage/webhooksecretindex.h"

#include "storage/profilestore.h"

#include <QSettings>

namespace {
const QString IndexGroup = QStringLiteral("secretIndex");
}

QString WebhookSecretIndex::profileSegment(const QString &profileName)
{
    return profileName.isEmpty() ? QStringLiteral("-") : ProfileStore::encodeName(profileName);
}

QString WebhookSecretIndex::keyOf(const QString &profileName, const QString &environmentKey,
                                  const QString &bucket) const
{
    return IndexGroup + QLatin1Char('/') + profileSegment(profileName) + QLatin1Char('/')
        + ProfileStore::encodeName(environmentKey) + QLatin1Char('/') + ProfileStore::encodeName(bucket);
}

QStringList WebhookSecretIndex::ids(const QString &profileName, const QString &environmentKey,
                                    const QString &bucket) const
{
    return m_settings.value(keyOf(profileName, environmentKey, bucket)).toStringList();
}

void WebhookSecretIndex::setIds(const QString &key, const QStringList &ids)
{
    if (ids.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, ids);
    m_settings.sync();
}

void WebhookSecretIndex::add(const QString &profileName, const QString &environmentKey, const QString &bucket,
                             const QString &id)
{
    const QString key = keyOf(profileName, environmentKey, bucket);
    QStringList list = m_settings.value(key).toStringList();
    if (list.contains(id))
        return;
    list.append(id);
    setIds(key, list);
}

void WebhookSecretIndex::remove(const QString &profileName, const QString &environmentKey,
                                const QString &bucket, const QString &id)
{
    const QString key = keyOf(profileName, environmentKey, bucket);
    QStringList list = m_settings.value(key).toStringList();
    if (list.removeAll(id) > 0)
        setIds(key, list);
}

QList<WebhookSecretIndex::Entry> WebhookSecretIndex::entries(const QString &profileName) const
{
    QList<Entry> result;
    m_settings.beginGroup(IndexGroup + QLatin1Char('/') + profileSegment(profileName));
    const QStringList keys = m_settings.allKeys(); // "<env>/<bucket>"
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('/'));
        if (parts.size() != 2)
            continue;
        const QString environmentKey = ProfileStore::decodeName(parts.at(0));
        const QString bucket = ProfileStore::decodeName(parts.at(1));
        const QStringList ids = m_settings.value(key).toStringList();
        for (const QString &id : ids)
            result.append(Entry{environmentKey, bucket, id});
    }
    m_settings.endGroup();
    return result;
}

void WebhookSecretIndex::move(const QString &from, const QString &to, const QList<Entry> &movedEntries)
{
    m_settings.remove(IndexGroup + QLatin1Char('/') + profileSegment(from));
    m_settings.remove(IndexGroup + QLatin1Char('/') + profileSegment(to));
    for (const Entry &entry : movedEntries) {
        const QString key = keyOf(to, entry.environmentKey, entry.bucket);
        QStringList list = m_settings.value(key).toStringList();
        if (!list.contains(entry.id))
            list.append(entry.id);
        m_settings.setValue(key, list);
    }
    m_settings.sync();
}

void WebhookSecretIndex::removeAll(const QString &profileName)
{
    m_settings.remove(IndexGroup + QLatin1Char('/') + profileSegment(profileName));
    m_settings.sync();
}
