#include "webhooktablepage.h"

#include "core/webhookmodel.h"
#include "secretclipboard.h"
#include "webhookfiltermodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Page {
    TablePage,
    EmptyPage
};

// Lists of event names read best cut at the end; URLs (the view's default) in the middle.
class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

WebhookTablePage::WebhookTablePage(WebhookModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new WebhookFilterModel(this)),
      m_filterEdit(new QLineEdit(this)), m_stack(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_emptyLabel(new QLabel(this)),
      m_emptyRegisterButton(new QPushButton(tr("&Register a webhook…"), this)),
      m_clearFilterButton(new QPushButton(tr("C&lear the filter"), this)), m_orphanBar(new QWidget(this)),
      m_orphanLabel(new QLabel(m_orphanBar))
{
    m_proxy->setSourceModel(model);
    // Connected before the view's selection model exists, so this runs before it drops the
    // rows being removed from the selection.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        m_selectionBeforeRemoval = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    });

    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by URL, event or id (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter"));

    m_view->setObjectName(QStringLiteral("webhooksTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(WebhookModel::EventsColumn, new ElideRightDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WebhookModel::UrlColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 10,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    applyColumnSizes();

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyRegisterButton->setObjectName(QStringLiteral("emptyRegisterPushButton"));
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterPushButton"));

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyRegisterButton, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_clearFilterButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);

    m_orphanBar->setObjectName(QStringLiteral("orphanBar"));
    m_orphanLabel->setObjectName(QStringLiteral("orphanLabel"));
    m_orphanLabel->setWordWrap(true);
    auto *review = new QPushButton(tr("Re&view…"), m_orphanBar);
    review->setObjectName(QStringLiteral("orphansPushButton"));
    review->setToolTip(tr("List the orphaned secrets and remove them"));
    auto *orphanLayout = new QHBoxLayout(m_orphanBar);
    orphanLayout->setContentsMargins(0, 4, 0, 0);
    orphanLayout->addWidget(m_orphanLabel, 1);
    orphanLayout->addWidget(review);
    m_orphanBar->hide();
    connect(review, &QPushButton::clicked, this, &WebhookTablePage::orphansRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_orphanBar);

    auto *detailsAction = new QAction(this);
    detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    detailsAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(detailsAction);
    connect(detailsAction, &QAction::triggered, this, [this] {
        if (const auto webhook = currentWebhook())
            Q_EMIT detailsRequested(*webhook);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            Q_EMIT detailsRequested(m_model->webhook(row));
    });
    // Esc in the filter clears it; in an empty filter it goes back to the table.
    auto *clearFilter
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, this, [this] {
        if (m_filterEdit->text().isEmpty())
            m_view->setFocus(Qt::ShortcutFocusReason);
        else
            m_filterEdit->clear();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &WebhookTablePage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhookTablePage::selectionChanged);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &WebhookTablePage::setFilterText);
    connect(m_emptyRegisterButton, &QPushButton::clicked, this, &WebhookTablePage::registerRequested);
    connect(m_clearFilterButton, &QPushButton::clicked, m_filterEdit, &QLineEdit::clear);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WebhookTablePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WebhookTablePage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WebhookTablePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WebhookTablePage::selectionChanged);
    // Keep the selection across a refresh (the model is reset with the new list).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionBeforeReset.clear();
        for (const Webhook &webhook : selectedWebhooks())
            m_selectionBeforeReset << webhook.id;
        const auto current = currentWebhook();
        m_currentBeforeReset = current ? current->id : QString();
        m_currentRowBeforeReset = m_view->currentIndex().row();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (const QString &id : std::as_const(m_selectionBeforeReset)) {
            const int row = m_model->rowOf(id);
            const QModelIndex index
                = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                selection.select(index, index);
        }
        const int currentRow = m_model->rowOf(m_currentBeforeReset);
        if (currentRow >= 0) {
            const QModelIndex current = m_proxy->mapFromSource(m_model->index(currentRow, 0));
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        }
        if (!selection.isEmpty())
            m_view->selectionModel()->select(selection,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else if (!m_selectionBeforeReset.isEmpty())
            selectRowNear(m_currentRowBeforeReset);
    });
    // After a delete the next row is selected, so Del deletes on and Delete stays enabled.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first) {
        if (m_selectionBeforeRemoval && !m_view->selectionModel()->hasSelection())
            selectRowNear(first);
        m_selectionBeforeRemoval = false;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WebhookTablePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WebhookTablePage::updateEmptyState);
    updateEmptyState();
}

void WebhookTablePage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void WebhookTablePage::setFilterText(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text); // comes back here through textChanged
    m_proxy->setFilterText(text);
    updateEmptyState();
}

void WebhookTablePage::setLoaded(bool loaded)
{
    m_loaded = loaded;
    updateEmptyState();
}

void WebhookTablePage::updateEmptyState()
{
    const bool noWebhooks = m_loaded && m_model->rowCount() == 0;
    const bool noMatch = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    if (noWebhooks) {
        m_emptyLabel->setText(tr("No webhooks are registered here yet.\n"
                                 "Register one to have Vipps MobilePay tell your systems about payments."));
    } else if (noMatch) {
        m_emptyLabel->setText(tr("No webhook matches “%1”.").arg(m_proxy->filterText()));
    }
    m_emptyRegisterButton->setVisible(noWebhooks);
    m_clearFilterButton->setVisible(noMatch);
    m_stack->setCurrentIndex(noWebhooks || noMatch ? EmptyPage : TablePage);
}

QList<Webhook> WebhookTablePage::selectedWebhooks() const
{
    QList<Webhook> result;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> sourceRows;
    for (const QModelIndex &index : rows)
        sourceRows << m_proxy->mapToSource(index).row();
    std::sort(sourceRows.begin(), sourceRows.end());
    for (int row : std::as_const(sourceRows)) {
        if (row >= 0)
            result << m_model->webhook(row);
    }
    return result;
}

std::optional<Webhook> WebhookTablePage::currentWebhook() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0)
        return std::nullopt;
    return m_model->webhook(row);
}

bool WebhookTablePage::selectWebhook(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void WebhookTablePage::selectRowNear(int row)
{
    const int count = m_proxy->rowCount();
    if (count == 0 || row < 0)
        return;
    const QModelIndex index = m_proxy->index(std::min(row, count - 1), 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray WebhookTablePage::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void WebhookTablePage::restoreHeaderState(const QByteArray &state)
{
    // The sort order and the widths the user gave the id and secret columns come back; URL and
    // Events still share whatever width is left.
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        applyResizeModes();
}

void WebhookTablePage::applyResizeModes()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WebhookModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebhookModel::EventsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebhookModel::IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WebhookModel::SecretColumn, QHeaderView::Interactive);
}

void WebhookTablePage::applyColumnSizes()
{
    // URL and Events share the spare width; the id and "Secret here" start as wide as their
    // contents need (the user may drag them), so nothing scrolls sideways at 1024 pixels and
    // no column title is cut.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(60);
    applyResizeModes();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    header->resizeSection(WebhookModel::IdColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                              + padding);
    int secretWidth = header->sectionSizeHint(WebhookModel::SecretColumn);
    for (const QString &value : {QCoreApplication::translate("WebhookModel", "Yes"),
                                 QCoreApplication::translate("WebhookModel", "No")})
        secretWidth = std::max(secretWidth, metrics.horizontalAdvance(value) + padding);
    header->resizeSection(WebhookModel::SecretColumn, secretWidth + 8);
}

void WebhookTablePage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (QMenu *menu = createContextMenu())
        menu->popup(m_view->viewport()->mapToGlobal(position));
}

void WebhookTablePage::showShortcut(QAction *entry, const QKeySequence &key)
{
    // The key that does the same in the table, shown beside the entry (it works in the menu too).
    entry->setShortcut(key);
    entry->setShortcutContext(Qt::WidgetShortcut);
    entry->setShortcutVisibleInContextMenu(true);
}

QMenu *WebhookTablePage::createContextMenu()
{
    const QList<Webhook> selected = selectedWebhooks();
    if (selected.isEmpty())
        return nullptr;

    QStringList urls;
    QStringList ids;
    for (const Webhook &webhook : selected) {
        urls << webhook.url;
        ids << webhook.id;
    }
    const int count = int(selected.size());

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(count == 1 ? tr("Copy &URL") : tr("Copy &URLs"), this,
                    [urls] { SecretClipboard::copyText(urls.join(QLatin1Char('\n'))); })
        ->setObjectName(QStringLiteral("copyUrlAction"));
    menu->addAction(count == 1 ? tr("Copy &id") : tr("Copy &ids"), this,
                    [ids] { SecretClipboard::copyText(ids.join(QLatin1Char('\n'))); })
        ->setObjectName(QStringLiteral("copyIdAction"));
    menu->addAction(tr("Copy as &JSON"), this, &WebhookTablePage::copyJson)
        ->setObjectName(QStringLiteral("copyJsonAction"));
    menu->addSeparator();
    const Webhook &first = selected.first();
    QAction *details
        = menu->addAction(tr("&Details…"), this, [this, first] { Q_EMIT detailsRequested(first); });
    details->setObjectName(QStringLiteral("detailsAction"));
    details->setEnabled(count == 1);
    showShortcut(details, QKeySequence(Qt::Key_Return));
    QAction *similar = menu->addAction(tr("Register &similar…"), this,
                                       [this, first] { Q_EMIT registerSimilarRequested(first); });
    similar->setObjectName(QStringLiteral("registerSimilarAction"));
    similar->setEnabled(count == 1);
    QAction *replace
        = menu->addAction(tr("Re&place…"), this, [this, first] { Q_EMIT replaceRequested(first); });
    replace->setObjectName(QStringLiteral("replaceAction"));
    replace->setEnabled(count == 1);
    replace->setToolTip(tr("Register a new URL in place of this webhook, then delete this one"));
    menu->addSeparator();
    QAction *remove = menu->addAction(count == 1 ? tr("De&lete…") : tr("De&lete %n…", nullptr, count), this,
                                      &WebhookTablePage::deleteRequested);
    remove->setObjectName(QStringLiteral("deleteAction"));
    showShortcut(remove, QKeySequence(Qt::Key_Delete));
    Q_EMIT contextMenuAboutToShow(menu, selected);
    return menu;
}

void WebhookTablePage::setOrphanCount(int count)
{
    m_orphanLabel->setText(
        tr("Stored on this computer for webhooks that no longer exist: %n secret(s).", nullptr, count));
    m_orphanBar->setVisible(count > 0);
}

void WebhookTablePage::copyJson() const
{
    const QList<Webhook> selected = selectedWebhooks();
    QJsonDocument document;
    if (selected.size() == 1) {
        document.setObject(selected.first().toJson());
    } else {
        QJsonArray array;
        for (const Webhook &webhook : selected)
            array.append(webhook.toJson());
        document.setArray(array);
    }
    SecretClipboard::copyText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}
