#pragma once

#include "core/result.h"
#include "storage/statestore.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

// The ids of the webhooks whose secret is stored in the keychain, per profile, environment and
// bucket (MSN or "partner"), in the state store's table webhook_secret_index. Every change is one
// transaction of its own, so programs adding and removing ids at the same moment lose nothing.
// Ids are not secret; the secrets themselves never come here.
//
// Older versions kept the index in QSettings under "secretIndex/<profile>/<env>/<bucket>";
// importSettings() moves it into the store once.
class WebhookSecretIndex
{
public:
    struct Entry
    {
        QString environmentKey;
        QString bucket;
        QString id;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit WebhookSecretIndex(StateStore &state) : m_state(state) { }

    Result<QStringList, StateError> ids(const QString &profileName, const QString &environmentKey,
                                        const QString &bucket) const;
    std::optional<StateError> add(const QString &profileName, const QString &environmentKey,
                                  const QString &bucket, const QString &id);
    std::optional<StateError> remove(const QString &profileName, const QString &environmentKey,
                                     const QString &bucket, const QString &id);
    // The names of the profiles with an id in the index ("" for no profile), saved or not (the
    // window's sandbox keeps its secrets under a profile of its own), sorted.
    Result<QStringList, StateError> profileNames() const;
    // Every id of the profile, in every environment and bucket.
    Result<QList<Entry>, StateError> entries(const QString &profileName) const;
    // Replaces the index of `to` with `entries` (a rename) and drops the index of `from`.
    std::optional<StateError> move(const QString &from, const QString &to, const QList<Entry> &entries);
    std::optional<StateError> removeAll(const QString &profileName);

    // Moves an index kept in QSettings by older versions into the store: every id is written in
    // one transaction, and the QSettings keys are removed only after it committed. Nothing to do
    // (and no change) when QSettings holds no index. Returns how many ids were imported.
    Result<int, StateError> importSettings(QSettings &settings);

private:
    StateStore &m_state;
};
