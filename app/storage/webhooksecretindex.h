#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

// The ids of the webhooks whose secret is stored in the keychain, per profile, environment and
// bucket (MSN or "partner"), kept in QSettings under "secretIndex/<profile>/<env>/<bucket>".
// Ids are not secret; the secrets themselves never come here.
class WebhookSecretIndex
{
public:
    struct Entry
    {
        QString environmentKey;
        QString bucket;
        QString id;
    };

    explicit WebhookSecretIndex(QSettings &settings) : m_settings(settings) { }

    QStringList ids(const QString &profileName, const QString &environmentKey, const QString &bucket) const;
    void add(const QString &profileName, const QString &environmentKey, const QString &bucket,
             const QString &id);
    void remove(const QString &profileName, const QString &environmentKey, const QString &bucket,
                const QString &id);
    // Every id of the profile, in every environment and bucket.
    QList<Entry> entries(const QString &profileName) const;
    // Replaces the index of `to` with `entries` (a rename) and drops the index of `from`.
    void move(const QString &from, const QString &to, const QList<Entry> &entries);
    void removeAll(const QString &profileName);

    // The segment used for a profile: "-" for the empty name ("no profile").
    static QString profileSegment(const QString &profileName);

private:
    QString keyOf(const QString &profileName, const QString &environmentKey, const QString &bucket) const;
    void setIds(const QString &key, const QStringList &ids);

    QSettings &m_settings;
};
