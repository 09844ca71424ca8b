#include "webhookfiltermodel.h"

#include "core/webhookmodel.h"

WebhookFilterModel::WebhookFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookModel::SortRole);
    setFilterRole(WebhookModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
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
