#pragma once

#include "core/webhook.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The event types of the catalogue as a tree grouped by product, with checkable items (a
// product row selects all of its group), a search box that filters it, and for each event how
// many registrations of the sales unit (or partner bucket) already use it against its limit.
// Events at their limit cannot be chosen. Events already registered for the URL being entered
// get a warning. Unknown event types given to setSelectedEvents() are kept, under "Other".
class EventPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPicker)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        UsageColumn,
        ColumnCount
    };

    explicit EventPicker(QWidget *parent = nullptr);
    ~EventPicker() override;

    // The registrations that count against the limits (this sales unit or partner bucket).
    void setExisting(const QList<Webhook> &existing);
    // The registrations could not be loaded: the counts are unknown (shown so, never as 0),
    // no event counts as full and none as a duplicate, until setExisting().
    void setExistingUnknown();
    bool countsKnown() const { return m_countsKnown; }
    // The URL being registered; events it is already registered for are marked.
    void setUrl(const QString &url);
    // Registering in the test environment: the groups and events that behave differently there
    // (donations.* never fire, ePayment only for ePayment API payments) carry a note.
    void setTestEnvironment(bool test);
    bool isTestEnvironment() const { return m_testEnvironment; }
    // In the test environment: the notes of the selected events' groups, one sentence each
    // ("Donations: Never fires in the test environment: ..."); nothing elsewhere.
    QStringList selectedTestEnvironmentNotes() const;

    void setSelectedEvents(const QStringList &events);
    QStringList selectedEvents() const; // catalogue order, then unknown types as given
    // Selected events that `url` is already registered for.
    QStringList duplicateEvents() const;
    // Events passed to setSelectedEvents() that could not be selected (at their limit).
    QStringList refusedEvents() const { return m_refused; }

    int usedCount(const QString &type) const { return m_counts.value(type); }
    bool isFull(const QString &type) const;

    QString filterText() const;
    void setFilterText(const QString &text);

    // Compares URLs as the API would treat them as the same endpoint.
    static QString normalizedUrl(const QString &url);

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *addProduct(const QString &productId, const QString &name);
    QTreeWidgetItem *addEvent(QTreeWidgetItem *product, const QString &type);
    QTreeWidgetItem *findEvent(const QString &type) const;
    QList<QTreeWidgetItem *> eventItems() const;
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateEventItem(QTreeWidgetItem *item);
    void updateProductItem(QTreeWidgetItem *product);
    void updateAll();
    void retranslate();
    void applyFilter();

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_otherProduct = nullptr;
    QHash<QString, int> m_counts;                // event type -> registrations using it
    QHash<QString, QSet<QString>> m_urlsByEvent; // event type -> normalised URLs
    QString m_url;                               // normalised
    QStringList m_refused;
    bool m_updating = false;
    bool m_testEnvironment = false;
    bool m_countsKnown = true;
};
