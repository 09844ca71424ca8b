#include "eventpicker.h"

#include "core/eventcatalog.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int TypeRole = Qt::UserRole;        // event rows: the raw event type
constexpr int ProductRole = Qt::UserRole + 1; // product rows: the product id
const QString otherProductId = QStringLiteral("other");

bool isProduct(const QTreeWidgetItem *item)
{
    return item && !item->parent();
}
} // namespace

EventPicker::EventPicker(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("eventsTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UsageColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_tree);

    const EventCatalog &catalog = EventCatalog::instance();
    for (const QString &productId : catalog.productIds()) {
        QTreeWidgetItem *product = addProduct(productId, catalog.productName(productId));
        for (const EventType &event : catalog.eventsOf(productId))
            addEvent(product, event.type);
    }
    m_tree->expandAll();

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EventPicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &EventPicker::onItemChanged);

    retranslate();
}

EventPicker::~EventPicker() = default;

QTreeWidgetItem *EventPicker::addProduct(const QString &productId, const QString &name)
{
    auto *product = new QTreeWidgetItem(m_tree);
    product->setData(NameColumn, ProductRole, productId);
    product->setText(NameColumn, name);
    product->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    product->setCheckState(NameColumn, Qt::Unchecked);
    QFont font = product->font(NameColumn);
    font.setBold(true);
    product->setFont(NameColumn, font);
    product->setFirstColumnSpanned(false);
    return product;
}

QTreeWidgetItem *EventPicker::addEvent(QTreeWidgetItem *product, const QString &type)
{
    auto *item = new QTreeWidgetItem(product);
    item->setData(NameColumn, TypeRole, type);
    item->setText(TypeColumn, type);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, Qt::Unchecked);
    return item;
}

QTreeWidgetItem *EventPicker::findEvent(const QString &type) const
{
    for (QTreeWidgetItem *item : eventItems()) {
        if (item->data(NameColumn, TypeRole).toString() == type)
            return item;
    }
    return nullptr;
}

QList<QTreeWidgetItem *> EventPicker::eventItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *product = m_tree->topLevelItem(i);
        for (int j = 0; j < product->childCount(); ++j)
            items.append(product->child(j));
    }
    return items;
}

bool EventPicker::isFull(const QString &type) const
{
    return m_countsKnown && usedCount(type) >= EventCatalog::instance().limit(type);
}

QString EventPicker::normalizedUrl(const QString &url)
{
    return Webhook::endpointKey(url);
}

void EventPicker::setExistingUnknown()
{
    m_countsKnown = false;
    m_counts.clear();
    m_urlsByEvent.clear();
    updateAll();
    Q_EMIT selectionChanged();
}

void EventPicker::setExisting(const QList<Webhook> &existing)
{
    m_countsKnown = true;
    m_counts.clear();
    m_urlsByEvent.clear();
    for (const Webhook &webhook : existing) {
        const QString url = normalizedUrl(webhook.url);
        const QSet<QString> events(webhook.events.cbegin(), webhook.events.cend());
        for (const QString &event : events) {
            ++m_counts[event];
            m_urlsByEvent[event].insert(url);
        }
    }
    updateAll();
    Q_EMIT selectionChanged();
}

void EventPicker::setUrl(const QString &url)
{
    const QString normalized = url.trimmed().isEmpty() ? QString() : normalizedUrl(url);
    if (normalized == m_url)
        return;
    m_url = normalized;
    updateAll();
    Q_EMIT selectionChanged();
}

void EventPicker::setSelectedEvents(const QStringList &events)
{
    m_updating = true;
    m_refused.clear();
    for (QTreeWidgetItem *item : eventItems())
        item->setCheckState(NameColumn, Qt::Unchecked);
    QSet<QString> seen;
    for (const QString &type : events) {
        if (type.trimmed().isEmpty() || seen.contains(type))
            continue;
        seen.insert(type);
        QTreeWidgetItem *item = findEvent(type);
        if (!item) {
            // Unknown to the catalogue: keep it, shown as it is.
            if (!m_otherProduct)
                m_otherProduct = addProduct(otherProductId, tr("Other"));
            item = addEvent(m_otherProduct, type);
            m_otherProduct->setExpanded(true);
        }
        if (isFull(type))
            m_refused.append(type);
        else
            item->setCheckState(NameColumn, Qt::Checked);
    }
    m_updating = false;
    updateAll();
    applyFilter();
    Q_EMIT selectionChanged();
}

QStringList EventPicker::selectedEvents() const
{
    QStringList events;
    for (QTreeWidgetItem *item : eventItems()) {
        if (item->checkState(NameColumn) == Qt::Checked)
            events.append(item->data(NameColumn, TypeRole).toString());
    }
    return events;
}

QStringList EventPicker::duplicateEvents() const
{
    QStringList events;
    if (m_url.isEmpty())
        return events;
    for (const QString &type : selectedEvents()) {
        if (m_urlsByEvent.value(type).contains(m_url))
            events.append(type);
    }
    return events;
}

QString EventPicker::filterText() const
{
    return m_search->text();
}

void EventPicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void EventPicker::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != NameColumn)
        return;
    m_updating = true;
    if (isProduct(item)) {
        // Select-all for the group: the visible events that can still be chosen.
        QList<QTreeWidgetItem *> eligible;
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (!child->isHidden() && (child->flags() & Qt::ItemIsEnabled))
                eligible.append(child);
        }
        bool check = item->checkState(NameColumn) == Qt::Checked;
        if (check && std::all_of(eligible.cbegin(), eligible.cend(), [](QTreeWidgetItem *child) {
                return child->checkState(NameColumn) == Qt::Checked;
            })) {
            check = false; // every choosable event was on: the click clears the group
        }
        for (QTreeWidgetItem *child : std::as_const(eligible))
            child->setCheckState(NameColumn, check ? Qt::Checked : Qt::Unchecked);
        updateProductItem(item);
    } else if (item->parent()) {
        if (!(item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(NameColumn, Qt::Unchecked);
        updateEventItem(item);
        updateProductItem(item->parent());
    }
    m_updating = false;
    Q_EMIT selectionChanged();
}

void EventPicker::updateEventItem(QTreeWidgetItem *item)
{
    const EventCatalog &catalog = EventCatalog::instance();
    const QString type = item->data(NameColumn, TypeRole).toString();
    const int used = usedCount(type);
    const int limit = catalog.limit(type);
    const bool full = isFull(type);
    const bool duplicate = !m_url.isEmpty() && m_urlsByEvent.value(type).contains(m_url);

    item->setText(NameColumn, catalog.displayName(type));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (!full)
        flags |= Qt::ItemIsEnabled;
    item->setFlags(flags);
    if (full)
        item->setCheckState(NameColumn, Qt::Unchecked);

    QStringList tips{type};
    if (!m_countsKnown) {
        item->setText(UsageColumn, tr("not known (limit %1)").arg(limit));
        tips << tr("The webhooks could not be loaded: how many registrations use this event is not "
                   "known. The limit is %1.")
                    .arg(limit);
    } else if (full) {
        item->setText(UsageColumn, tr("%1 of %2 used, full").arg(used).arg(limit));
        tips << tr("The limit for this event (%1) is reached. Delete a registration to register "
                   "another.")
                    .arg(limit);
    } else {
        item->setText(UsageColumn, tr("%1 of %2 used").arg(used).arg(limit));
        tips << tr("%1 of %2 registrations for this event are in use.").arg(used).arg(limit);
    }
    if (!catalog.isKnown(type))
        tips << tr("This event type is not in the console's catalogue; it is kept as it is.");
    const auto testNote = m_testEnvironment ? EventCatalog::testEnvironmentNote(type) : std::nullopt;
    if (testNote)
        tips << tr("Test environment: %1").arg(*testNote);
    // The icon of an event is the duplicate warning's; a test note marks its group instead.
    if (duplicate) {
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        tips << tr("This URL is already registered for this event: each event would arrive twice.");
    } else {
        item->setIcon(NameColumn, QIcon());
    }
    const QString tip = tips.join(QLatin1Char('\n'));
    for (int column = 0; column < ColumnCount; ++column)
        item->setToolTip(column, tip);
}

void EventPicker::updateProductItem(QTreeWidgetItem *product)
{
    int enabled = 0;
    int checked = 0;
    for (int i = 0; i < product->childCount(); ++i) {
        QTreeWidgetItem *child = product->child(i);
        if (child->flags() & Qt::ItemIsEnabled)
            ++enabled;
        if (child->checkState(NameColumn) == Qt::Checked)
            ++checked;
    }
    Qt::CheckState state = Qt::PartiallyChecked;
    if (checked == 0)
        state = Qt::Unchecked;
    else if (checked == enabled)
        state = Qt::Checked;
    product->setCheckState(NameColumn, state);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (enabled > 0)
        flags |= Qt::ItemIsEnabled;
    product->setFlags(flags);
    product->setText(UsageColumn, tr("%1 of %2 selected").arg(checked).arg(product->childCount()));
    const QString id = product->data(NameColumn, ProductRole).toString();
    product->setText(NameColumn,
                     id == otherProductId ? tr("Other") : EventCatalog::instance().productName(id));
    QString tip = tr("Select or clear every event of this group");
    const auto testNote
        = m_testEnvironment ? EventCatalog::testEnvironmentProductNote(id) : std::optional<QString>();
    if (testNote) {
        tip += QLatin1Char('\n') + tr("Test environment: %1").arg(*testNote);
        product->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    } else {
        product->setIcon(NameColumn, QIcon());
    }
    for (int column = 0; column < ColumnCount; ++column)
        product->setToolTip(column, tip);
}

QStringList EventPicker::selectedTestEnvironmentNotes() const
{
    if (!m_testEnvironment)
        return {};
    const EventCatalog &catalog = EventCatalog::instance();
    QStringList notes;
    for (const QString &type : selectedEvents()) {
        const auto note = EventCatalog::testEnvironmentNote(type);
        const auto event = catalog.find(type);
        if (!note || !event)
            continue;
        const QString text = QStringLiteral("%1: %2").arg(catalog.productName(event->productId), *note);
        if (!notes.contains(text))
            notes.append(text);
    }
    return notes;
}

void EventPicker::setTestEnvironment(bool test)
{
    m_testEnvironment = test;
    updateAll();
}

void EventPicker::updateAll()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *product = m_tree->topLevelItem(i);
        for (int j = 0; j < product->childCount(); ++j)
            updateEventItem(product->child(j));
        updateProductItem(product);
    }
    m_updating = wasUpdating;
}

void EventPicker::applyFilter()
{
    const QString needle = m_search->text().simplified();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *product = m_tree->topLevelItem(i);
        const bool productMatches
            = needle.isEmpty() || product->text(NameColumn).contains(needle, Qt::CaseInsensitive);
        bool anyVisible = false;
        for (int j = 0; j < product->childCount(); ++j) {
            QTreeWidgetItem *child = product->child(j);
            const bool matches = productMatches
                || child->text(NameColumn).contains(needle, Qt::CaseInsensitive)
                || child->text(TypeColumn).contains(needle, Qt::CaseInsensitive);
            child->setHidden(!matches);
            anyVisible = anyVisible || matches;
        }
        product->setHidden(!anyVisible);
        if (!needle.isEmpty() && anyVisible)
            product->setExpanded(true);
    }
}

bool EventPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the list, to the first visible event.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
                if (!isProduct(*it)) {
                    m_tree->setCurrentItem(*it);
                    break;
                }
            }
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search events (name or type)"));
    m_search->setToolTip(tr("Filter the events by name, product or event type"));
    m_search->setAccessibleName(tr("Search events"));
    m_tree->setAccessibleName(tr("Events"));
    m_tree->setHeaderLabels({tr("Event"), tr("Event type"), tr("Registrations")});
    m_tree->headerItem()->setToolTip(
        UsageColumn,
        tr("Registrations of this sales unit (or of the partner keys) that use the "
           "event, against the limit"));
    updateAll();
}
