#include "historydialog.h"

#include "core/environment.h"
#include "filedialogseam.h"
#include "storage/statestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Entries read at most: the newest ones (the command line's "history" reads everything).
constexpr int MaxEntries = 20000;

QString environmentText(const QString &key)
{
    const auto environment = Environments::fromKey(key);
    return environment ? Environments::displayName(*environment) : key;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::salesUnitText(const QString &bucket)
{
    return bucket == QLatin1String("partner") ? tr("Partner (all sales units)") : tr("MSN %1").arg(bucket);
}

QString HistoryModel::detailsText(const HistoryEntry &entry)
{
    QStringList parts;
    if (entry.action == HistoryEntry::Action::Vanished) {
        parts.append(
            tr("Removed outside this console between %1 and %2. Vipps MobilePay removes endpoints that "
               "failed for two weeks.")
                .arg(QLocale().toString(entry.lastSeen.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (entry.httpStatus)
        parts.append(tr("HTTP %1").arg(entry.httpStatus));
    if (!entry.traceId.isEmpty())
        parts.append(tr("Trace id %1").arg(entry.traceId));
    if (!entry.error.isEmpty())
        parts.append(entry.error);
    if (!entry.note.isEmpty())
        parts.append(entry.note);
    return parts.join(QStringLiteral(" · "));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::UserRole) // sorting: the time as a number, the rest as shown
        return index.column() == TimeColumn ? QVariant(entry.startedAt.toMSecsSinceEpoch()) : data(index);
    if (role == Qt::ToolTipRole && (index.column() == DetailsColumn || index.column() == UrlColumn))
        return data(index);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActionColumn: return HistoryEntry::actionText(entry.action);
    case OutcomeColumn: return HistoryEntry::outcomeText(entry.outcome);
    case SalesUnitColumn: return salesUnitText(entry.bucket);
    case EnvironmentColumn: return environmentText(entry.environment);
    case WebhookColumn: return entry.webhookId;
    case UrlColumn: return entry.url;
    case EventsColumn: return entry.events.join(QStringLiteral(", "));
    case UserColumn: return tr("%1 (%2)").arg(entry.osUser, entry.program);
    case DetailsColumn: return detailsText(entry);
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActionColumn: return tr("Action");
    case OutcomeColumn: return tr("Outcome");
    case SalesUnitColumn: return tr("Sales unit");
    case EnvironmentColumn: return tr("Environment");
    case WebhookColumn: return tr("Webhook id");
    case UrlColumn: return tr("URL");
    case EventsColumn: return tr("Events");
    case UserColumn: return tr("By");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

HistoryFilterModel::HistoryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void HistoryFilterModel::setBucket(const QString &bucket)
{
    m_bucket = bucket;
    invalidateRowsFilter();
}

void HistoryFilterModel::setEnvironment(const QString &environment)
{
    m_environment = environment;
    invalidateRowsFilter();
}

void HistoryFilterModel::setAction(std::optional<HistoryEntry::Action> action)
{
    m_action = action;
    invalidateRowsFilter();
}

void HistoryFilterModel::setSince(const QDateTime &since)
{
    m_since = since;
    invalidateRowsFilter();
}

QList<HistoryEntry> HistoryFilterModel::visibleEntries() const
{
    const auto *model = static_cast<const HistoryModel *>(sourceModel());
    QList<HistoryEntry> entries;
    for (int row = 0; row < rowCount(); ++row)
        entries.append(model->entry(mapToSource(index(row, 0)).row()));
    return entries;
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const HistoryEntry &entry = static_cast<const HistoryModel *>(sourceModel())->entry(sourceRow);
    if (!m_bucket.isEmpty() && entry.bucket != m_bucket)
        return false;
    if (!m_environment.isEmpty() && entry.environment != m_environment)
        return false;
    if (m_action && entry.action != *m_action)
        return false;
    return !m_since.isValid() || entry.startedAt >= m_since;
}

HistoryDialog::HistoryDialog(StateStore *state, QWidget *parent)
    : QDialog(parent), m_state(state), m_model(new HistoryModel(this)),
      m_filter(new HistoryFilterModel(this)), m_view(new QTableView(this)), m_salesUnit(new QComboBox(this)),
      m_environment(new QComboBox(this)), m_action(new QComboBox(this)), m_period(new QComboBox(this)),
      m_reloadButton(new QPushButton(tr("&Reload"), this)),
      m_exportButton(new QPushButton(tr("E&xport CSV…"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_salesUnit->setObjectName(QStringLiteral("salesUnitBox"));
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    m_action->setObjectName(QStringLiteral("actionBox"));
    m_period->setObjectName(QStringLiteral("periodBox"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));

    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_action->addItem(tr("All actions"), QString());
    for (const auto action : {HistoryEntry::Action::Register, HistoryEntry::Action::Delete,
                              HistoryEntry::Action::Replace, HistoryEntry::Action::Apply,
                              HistoryEntry::Action::SecretEntered, HistoryEntry::Action::SecretRevealed,
                              HistoryEntry::Action::SecretExported, HistoryEntry::Action::SecretRemoved,
                              HistoryEntry::Action::Vanished, HistoryEntry::Action::Appeared}) {
        m_action->addItem(HistoryEntry::actionText(action), HistoryEntry::actionId(action));
    }

    auto *filters = new QGridLayout;
    const auto addFilter = [&](int column, const QString &label, QComboBox *box) {
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        filters->addWidget(text, 0, column * 2);
        filters->addWidget(box, 0, column * 2 + 1);
        filters->setColumnStretch(column * 2 + 1, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilters);
    };
    addFilter(0, tr("&Sales unit:"), m_salesUnit);
    addFilter(1, tr("E&nvironment:"), m_environment);
    addFilter(2, tr("&Action:"), m_action);
    addFilter(3, tr("&Period:"), m_period);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reloadButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reloadButton, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::askExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 520);
    reload();
}

void HistoryDialog::reload()
{
    HistoryFilter filter;
    filter.limit = MaxEntries;
    const auto entries = m_state
        ? ChangeHistory(*m_state).entries(filter)
        : Result<QList<HistoryEntry>, StateError>(StateError{tr("No local state store.")});
    if (!entries) {
        m_model->setEntries({});
        m_status->setText(tr("The history could not be read: %1").arg(entries.error().message));
        return;
    }
    m_model->setEntries(entries.value());
    fillChoices();
    applyFilters();
    m_view->resizeColumnsToContents();
}

void HistoryDialog::fillChoices()
{
    QSet<QString> buckets;
    QSet<QString> environments;
    for (const HistoryEntry &entry : m_model->entries()) {
        buckets.insert(entry.bucket);
        environments.insert(entry.environment);
    }
    const auto refill = [](QComboBox *box, const QString &allText, QStringList keys, const auto &textOf) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QString());
        keys.sort();
        for (const QString &key : std::as_const(keys))
            box->addItem(textOf(key), key);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(m_salesUnit, tr("All sales units"), QStringList(buckets.cbegin(), buckets.cend()),
           &HistoryModel::salesUnitText);
    refill(m_environment, tr("All environments"), QStringList(environments.cbegin(), environments.cend()),
           &environmentText);
}

void HistoryDialog::applyFilters()
{
    m_filter->setBucket(m_salesUnit->currentData().toString());
    m_filter->setEnvironment(m_environment->currentData().toString());
    m_filter->setAction(HistoryEntry::actionFromId(m_action->currentData().toString()));
    const int days = m_period->currentData().toInt();
    m_filter->setSince(days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime());
    m_status->setText(
        tr("%n of %1 change(s) shown.", nullptr, m_filter->rowCount()).arg(m_model->rowCount()));
    m_exportButton->setEnabled(m_filter->rowCount() > 0);
}

std::optional<QString> HistoryDialog::exportTo(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(fileName, file.errorString());
    // Oldest first, as the command line prints it.
    QList<HistoryEntry> entries = m_filter->visibleEntries();
    std::sort(entries.begin(), entries.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
    file.write(ChangeHistory::toCsv(entries));
    if (!file.commit())
        return tr("%1 could not be written: %2").arg(fileName, file.errorString());
    return std::nullopt;
}

void HistoryDialog::askExport()
{
    FileDialogSeam::askSaveFileName(this, tr("Export the History"), QStringLiteral("webhook-history.csv"),
                                    tr("CSV files (*.csv)"), this, [this](const QString &fileName) {
                                        if (fileName.isEmpty())
                                            return;
                                        if (const auto problem = exportTo(fileName))
                                            m_status->setText(*problem);
                                        else
                                            m_status->setText(tr("Exported to %1.").arg(fileName));
                                    });
}
