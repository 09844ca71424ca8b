#pragma once

#include "storage/changehistory.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSortFilterProxyModel>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class StateStore;

// The history's entries as a table: time, action, outcome, sales unit, environment, webhook,
// URL, events, user and program, and what went wrong (status, trace id, error).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        ActionColumn,
        OutcomeColumn,
        SalesUnitColumn,
        EnvironmentColumn,
        WebhookColumn,
        UrlColumn,
        EventsColumn,
        UserColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "MSN 123456" or "Partner (all sales units)".
    static QString salesUnitText(const QString &bucket);
    // What a row says beyond its columns: status, trace id, error, "last seen".
    static QString detailsText(const HistoryEntry &entry);

private:
    QList<HistoryEntry> m_entries;
};

// Filters HistoryModel's rows by sales unit, environment, action and time.
class HistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterModel)

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setBucket(const QString &bucket);           // "" for all
    void setEnvironment(const QString &environment); // "" for all
    void setAction(std::optional<HistoryEntry::Action> action);
    void setSince(const QDateTime &since); // invalid for all time
    // The entries that pass, in the order shown.
    QList<HistoryEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_bucket;
    QString m_environment;
    std::optional<HistoryEntry::Action> m_action;
    QDateTime m_since;
};

// The History view: every change either program made on this machine, and every registration
// that vanished or appeared, newest first; filters by sales unit, environment, action and time,
// and an export of what is shown to CSV. Never a secret: the history holds none.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(StateStore *state, QWidget *parent = nullptr);

    // Reads the history again (the dialog stays open while other programs write).
    void reload();
    // Exports the rows shown to `fileName` as CSV; the problem, for people, when it could not.
    std::optional<QString> exportTo(const QString &fileName) const;

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *salesUnitBox() const { return m_salesUnit; }
    QComboBox *environmentBox() const { return m_environment; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *periodBox() const { return m_period; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *statusLabel() const { return m_status; }

private:
    void fillChoices();
    void applyFilters();
    void askExport();

    StateStore *m_state;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_salesUnit;
    QComboBox *m_environment;
    QComboBox *m_action;
    QComboBox *m_period;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    QLabel *m_status;
};
