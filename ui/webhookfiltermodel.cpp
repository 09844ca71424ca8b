#include "webhookfiltermodel.h"

#include "core/webhookmodel.h"
#include "fieldmessage.h"

#include <QApplication>
#include <QPixmap>
#include <QStyle>

WebhookFilterModel::WebhookFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookModel::SortRole);
    setFilterRole(WebhookModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QVariant WebhookFilterModel::data(const QModelIndex &index, int role) const
{
    if ((role == Qt::DecorationRole || role == Qt::ForegroundRole)
        && index.column() == WebhookModel::SecretColumn) {
        const bool stored = QSortFilterProxyModel::data(index, WebhookModel::SecretStoredRole).toBool();
        if (role == Qt::ForegroundRole) {
            return stored ? QVariant()
                          : QBrush(FieldMessage::color(QApplication::palette(), FieldSeverity::Warning));
        }
        if (m_warningIcon.isNull()) {
            m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            // "Yes" gets an empty picture of the same size, so it starts where "No" does.
            QList<QSize> sizes = m_warningIcon.availableSizes();
            if (sizes.isEmpty())
                sizes << QSize(64, 64); // scalable: shown at the view's icon size, as the warning
            for (const QSize &size : std::as_const(sizes)) {
                QPixmap blank(size);
                blank.fill(Qt::transparent);
                m_blankIcon.addPixmap(blank);
            }
        }
        return stored ? m_blankIcon : m_warningIcon;
    }
    // Several registrations of one URL: each event arrives once per registration (the tooltip,
    // from the model, spells it out).
    if (role == Qt::DecorationRole && index.column() == WebhookModel::UrlColumn
        && QSortFilterProxyModel::data(index, WebhookModel::SameUrlCountRole).toInt() > 1) {
        if (m_warningIcon.isNull())
            m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return m_warningIcon;
    }
    return QSortFilterProxyModel::data(index, role);
}

void WebhookFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool WebhookFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const WebhookModel *>(sourceModel());
    if (!model || (left.column() != WebhookModel::UrlColumn && left.column() != WebhookModel::IdColumn))
        return QSortFilterProxyModel::lessThan(left, right);
    const Webhook &a = model->webhook(left.row());
    const Webhook &b = model->webhook(right.row());
    if (left.column() == WebhookModel::UrlColumn) {
        const int byUrl = a.url.compare(b.url, Qt::CaseInsensitive);
        if (byUrl != 0)
            return byUrl < 0;
    }
    return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
}

bool WebhookFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(filterRole()).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
