#pragma once

#include "core/result.h"
#include "core/webhook.h"
#include "storage/changehistory.h"
#include "storage/statestore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Whose list a snapshot is: a profile ("" for keys from the environment), an environment key
// and a bucket (MSN or "partner").
struct SnapshotKey
{
    QString profile;
    QString environment;
    QString bucket;

    friend bool operator==(const SnapshotKey &, const SnapshotKey &) = default;
};

// What a new list shows that the last one did not, leaving out what this console did itself.
struct SnapshotChange
{
    SnapshotKey key;
    QDateTime lastSeen; // when the list before was taken (invalid: this is the first list)
    QDateTime now;      // when this list was taken
    // Registrations in the list before and not now, that no program of this console deleted:
    // Vipps MobilePay removed them (an endpoint that failed for two weeks) or someone else did.
    QList<Webhook> vanished;
    // Registrations now that were not before and that no program of this console registered.
    QList<Webhook> appeared;
    // The history entries recorded for them (ids), in the order of vanished, then appeared.
    QList<qint64> historyIds;

    bool isEmpty() const { return vanished.isEmpty() && appeared.isEmpty(); }
};

// The last successful list of every profile, environment and bucket (table `snapshots`: ids, URLs,
// events; never a secret), and the comparison of each new list with it.
class WebhookSnapshots
{
public:
    explicit WebhookSnapshots(StateStore &state) : m_state(state) { }

    // In one transaction: compares `webhooks` with the last snapshot of `key`, records in the
    // history what vanished or appeared without this console (Vanished / Appeared, outcome
    // Noticed), and keeps `webhooks` as the new snapshot. Several programs listing at once each
    // see the snapshot the other left, so a change is recorded once. The first list of a key
    // only becomes its snapshot.
    Result<SnapshotChange, StateError> compareAndKeep(const SnapshotKey &key, const QList<Webhook> &webhooks,
                                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    struct Snapshot
    {
        SnapshotKey key;
        QDateTime takenAt;
        QList<Webhook> webhooks;
    };
    // The last snapshot of `key`, if there is one.
    Result<std::optional<Snapshot>, StateError> last(const SnapshotKey &key) const;
    // Every key with a snapshot.
    Result<QList<SnapshotKey>, StateError> keys() const;

private:
    StateStore &m_state;
};
