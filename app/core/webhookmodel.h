#pragma once

#include "core/webhook.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// The registered webhooks of one profile, as the window shows them.
class WebhookModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookModel)

public:
    enum Column {
        UrlColumn,
        EventsColumn,
        IdColumn,
        SecretColumn,
        ColumnCount
    };
    enum Role {
        WebhookIdRole = Qt::UserRole + 1, // the id, for every column
        RawEventsRole,                    // QStringList of raw event types
        SecretStoredRole,                 // bool
        FilterTextRole,                   // URL, event names and types, id: for filtering
        SortRole,                         // a value to sort by
        SameUrlCountRole,                 // int: registrations of this row's URL (2+: duplicates)
    };

    explicit WebhookModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Makes the rows those of `webhooks` (after a list call), by id: rows no longer there are
    // removed, new ones inserted where the list has them, changed ones updated in place, so
    // selections and persistent indexes of the other rows survive. Resets only when the kept rows
    // come in another order or ids repeat.
    void setWebhooks(const QList<Webhook> &webhooks);
    const QList<Webhook> &webhooks() const { return m_webhooks; }
    const Webhook &webhook(int row) const { return m_webhooks.at(row); }
    int rowOf(const QString &id) const; // -1 when absent
    void removeWebhook(const QString &id);

    // Which webhooks have a secret stored on this machine.
    void setSecretIds(const QSet<QString> &ids);
    void setSecretStored(const QString &id, bool stored);
    bool hasSecret(const QString &id) const { return m_secretIds.contains(id); }

    // How many registrations each event type has in this sales unit (or partner bucket).
    QHash<QString, int> countByEvent() const;

private:
    QList<Webhook> m_webhooks;
    QHash<QString, int> m_rowById;
    // Per row, derived once when the rows change: the event display names and the filter text.
    QStringList m_eventNames;
    QStringList m_filterTexts;
    QSet<QString> m_secretIds;
    QHash<QString, int> m_countByEndpoint; // Webhook::endpointKey -> registrations
    void rebuildIndex();
    void removeRowsNotIn(const QSet<QString> &ids);
    void insertAndUpdate(const QList<Webhook> &webhooks);
    int sameUrlCount(int row) const;
    // dataChanged for the rows (of `rowsBefore`: id -> row) whose number of registrations of
    // their URL differs from `before` (endpoint key -> registrations).
    void notifySameUrlChanges(const QHash<QString, int> &before, const QHash<QString, int> &rowsBefore);
};
