#include "core/webhookmodel.h"

#include "core/eventcatalog.h"

#include <QJsonDocument>

WebhookModel::WebhookModel(QObject *parent) : QAbstractTableModel(parent) { }

int WebhookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString eventNames(const QStringList &events)
{
    const EventCatalog &catalog = EventCatalog::instance();
    QStringList names;
    names.reserve(events.size());
    for (const QString &event : events)
        names.append(catalog.qualifiedName(event));
    return names.join(QStringLiteral(", "));
}

} // namespace

QVariant WebhookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &webhook = m_webhooks.at(index.row());
    const bool secret = m_secretIds.contains(webhook.id);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case UrlColumn: return webhook.url;
        case EventsColumn: return m_eventNames.at(index.row());
        case IdColumn: return webhook.id;
        case SecretColumn:
            if (role == SortRole)
                return secret;
            return secret ? tr("Yes") : tr("No");
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EventsColumn: return webhook.events.join(QLatin1Char('\n'));
        case SecretColumn:
            return secret ? tr("The secret of this webhook is stored in this computer's keychain.")
                          : tr("No secret for this webhook on this computer. Enter it if you have it, "
                               "or replace the webhook to get a new one.");
        case UrlColumn: {
            const int same = sameUrlCount(index.row());
            if (same < 2)
                return webhook.url;
            return QString(
                webhook.url + QLatin1Char('\n')
                + tr("This URL has %n registrations: each event arrives once per registration, each "
                     "signed with its own secret. Verify a delivery with the secret of the registration "
                     "that sent it, or delete the extra registrations.",
                     nullptr, same));
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        // "Yes" and "No" start at the same place, under the header's first letter.
        if (index.column() == SecretColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    case WebhookIdRole: return webhook.id;
    case RawEventsRole: return webhook.events;
    case SecretStoredRole: return secret;
    case FilterTextRole: return m_filterTexts.at(index.row());
    case SameUrlCountRole: return sameUrlCount(index.row());
    default: return {};
    }
}

QVariant WebhookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SecretColumn)
        return tr("Whether the webhook's secret is stored on this machine");
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrlColumn: return tr("URL");
    case EventsColumn: return tr("Events");
    case IdColumn: return tr("Id");
    case SecretColumn: return tr("Secret here"); // narrow: the tooltip says it in full
    default: return {};
    }
}

void WebhookModel::setWebhooks(const QList<Webhook> &webhooks)
{
    QSet<QString> wanted;
    wanted.reserve(webhooks.size());
    QStringList keptInNewOrder;
    for (const Webhook &webhook : webhooks) {
        wanted.insert(webhook.id);
        if (m_rowById.contains(webhook.id))
            keptInNewOrder.append(webhook.id);
    }
    QStringList keptInOldOrder;
    for (const Webhook &webhook : std::as_const(m_webhooks)) {
        if (wanted.contains(webhook.id))
            keptInOldOrder.append(webhook.id);
    }
    if (wanted.size() != webhooks.size() || keptInNewOrder != keptInOldOrder) {
        beginResetModel();
        m_webhooks = webhooks;
        rebuildIndex();
        endResetModel();
        return;
    }
    const QHash<QString, int> before = m_countByEndpoint;
    const QHash<QString, int> rowsBefore = m_rowById;
    removeRowsNotIn(wanted);
    insertAndUpdate(webhooks);
    notifySameUrlChanges(before, rowsBefore);
}

void WebhookModel::notifySameUrlChanges(const QHash<QString, int> &before,
                                        const QHash<QString, int> &rowsBefore)
{
    // A row whose URL gained or lost another registration shows it (tooltip, flag): the row
    // itself did not change, so it is told, not reset. Rows inserted meanwhile, and rows whose
    // URL is new to the list (changed: their own dataChanged covers it), need no telling.
    for (int row = 0; row < int(m_webhooks.size()); ++row) {
        const Webhook &webhook = m_webhooks.at(row);
        const QString key = Webhook::endpointKey(webhook.url);
        const auto previous = before.constFind(key);
        if (rowsBefore.contains(webhook.id) && previous != before.cend()
            && *previous != m_countByEndpoint.value(key)) {
            const QModelIndex url = index(row, UrlColumn);
            Q_EMIT dataChanged(url, url, {Qt::ToolTipRole, Qt::DecorationRole, SameUrlCountRole});
        }
    }
}

void WebhookModel::removeRowsNotIn(const QSet<QString> &ids)
{
    // From the bottom, one contiguous range at a time.
    for (int last = int(m_webhooks.size()) - 1; last >= 0;) {
        if (ids.contains(m_webhooks.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !ids.contains(m_webhooks.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_webhooks.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
        last = first - 1;
    }
}

void WebhookModel::insertAndUpdate(const QList<Webhook> &webhooks)
{
    // The rows left are in the order of `webhooks`: walk both, inserting each run of new ones.
    for (int row = 0; row < int(webhooks.size()); ++row) {
        const Webhook &webhook = webhooks.at(row);
        if (row < int(m_webhooks.size()) && m_webhooks.at(row).id == webhook.id) {
            if (m_webhooks.at(row) != webhook) {
                m_webhooks[row] = webhook;
                rebuildIndex();
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        int last = row;
        while (last + 1 < int(webhooks.size()) && !m_rowById.contains(webhooks.at(last + 1).id))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i)
            m_webhooks.insert(i, webhooks.at(i));
        rebuildIndex();
        endInsertRows();
        row = last;
    }
}

int WebhookModel::rowOf(const QString &id) const
{
    return int(m_rowById.value(id, -1));
}

void WebhookModel::removeWebhook(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QHash<QString, int> before = m_countByEndpoint;
    const QHash<QString, int> rowsBefore = m_rowById;
    beginRemoveRows({}, row, row);
    m_webhooks.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    notifySameUrlChanges(before, rowsBefore);
}

void WebhookModel::setSecretIds(const QSet<QString> &ids)
{
    m_secretIds = ids;
    if (!m_webhooks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WebhookModel::setSecretStored(const QString &id, bool stored)
{
    if (stored == m_secretIds.contains(id))
        return;
    if (stored)
        m_secretIds.insert(id);
    else
        m_secretIds.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QHash<QString, int> WebhookModel::countByEvent() const
{
    QHash<QString, int> counts;
    for (const Webhook &webhook : m_webhooks) {
        for (const QString &event : webhook.events)
            ++counts[event];
    }
    return counts;
}

void WebhookModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_webhooks.size());
    m_eventNames.clear();
    m_eventNames.reserve(m_webhooks.size());
    m_filterTexts.clear();
    m_filterTexts.reserve(m_webhooks.size());
    m_countByEndpoint.clear();
    for (int row = 0; row < m_webhooks.size(); ++row) {
        const Webhook &webhook = m_webhooks.at(row);
        m_rowById.insert(webhook.id, row);
        ++m_countByEndpoint[Webhook::endpointKey(webhook.url)];
        m_eventNames.append(eventNames(webhook.events));
        m_filterTexts.append(webhook.url + QLatin1Char(' ') + webhook.id + QLatin1Char(' ')
                             + webhook.events.join(QLatin1Char(' ')) + QLatin1Char(' ')
                             + m_eventNames.last());
    }
}

int WebhookModel::sameUrlCount(int row) const
{
    return m_countByEndpoint.value(Webhook::endpointKey(m_webhooks.at(row).url));
}
