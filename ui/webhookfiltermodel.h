#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>
#include <QStringList>

// The table's proxy: sorts by WebhookModel::SortRole and keeps the rows whose FilterTextRole
// (URL, event names and types, id) contains every word typed, ignoring case. Plain substring
// search rather than a regular expression: a keystroke over 10,000 rows stays well under 10 ms.
class WebhookFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookFilterModel)

public:
    explicit WebhookFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // Marks a webhook without a secret on this machine: a warning icon and colour in the
    // "secret on this machine" column (the tooltip, from the model, gives the advice); "Yes"
    // has an empty picture of the same size, so both words start at the same place.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // URL and id compare the source's strings directly (no QVariant per comparison): sorting
    // 10,000 rows stays within the 50 ms budget. Ties break on the id, so the order is stable.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    mutable QIcon m_warningIcon;
    mutable QIcon m_blankIcon;
};
