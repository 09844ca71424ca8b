#pragma once

#include "core/webhook.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QKeySequence;
class QMenu;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class WebhookFilterModel;
class WebhookModel;

// The main part of the window when a profile is open: the filter and the webhook table (or its
// empty state). It shows and selects; it never calls the API. The selection survives a refresh.
class WebhookTablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTablePage)

public:
    explicit WebhookTablePage(WebhookModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_view; }
    WebhookFilterModel *filterModel() const { return m_proxy; }
    QLineEdit *filterLineEdit() const { return m_filterEdit; }

    // Focuses the filter and selects its text (Ctrl+F).
    void focusFilter();
    void setFilterText(const QString &text);

    // Whether the list has arrived at least once (before that, no "no webhooks" text).
    void setLoaded(bool loaded);

    QList<Webhook> selectedWebhooks() const;
    std::optional<Webhook> currentWebhook() const;
    // Selects the row of `id`, makes it current and scrolls to it. False when it is not shown.
    bool selectWebhook(const QString &id);

    // The context menu for the selected rows (public so tests can trigger its actions): the
    // page's own entries, then whatever contextMenuAboutToShow() adds. The caller owns it.
    QMenu *createContextMenu();

    // How many secrets stored here belong to webhooks that no longer exist: a line under the
    // table says so (with "Review…") when there are any.
    void setOrphanCount(int count);
    QWidget *orphanBar() const { return m_orphanBar; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void detailsRequested(const Webhook &webhook);
    void registerRequested();
    void registerSimilarRequested(const Webhook &webhook);
    void replaceRequested(const Webhook &webhook);
    void deleteRequested();
    void orphansRequested();
    // The context menu for `selected` has the page's own entries: connect to add more at its end
    // (actions parented to the menu, or with a context object, go away with it).
    void contextMenuAboutToShow(QMenu *menu, const QList<Webhook> &selected);

private:
    void showContextMenu(const QPoint &position);
    void copyJson() const;
    void updateEmptyState();
    // Selects the row at `row` (or the last one), for a selection whose rows went away.
    void selectRowNear(int row);
    void applyColumnSizes();
    void applyResizeModes();
    static void showShortcut(QAction *entry, const QKeySequence &key);

    WebhookModel *m_model;
    WebhookFilterModel *m_proxy;
    QLineEdit *m_filterEdit;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyRegisterButton;
    QPushButton *m_clearFilterButton;
    QWidget *m_orphanBar;
    QLabel *m_orphanLabel;
    bool m_loaded = false;
    QStringList m_selectionBeforeReset;
    QString m_currentBeforeReset;
    int m_currentRowBeforeReset = -1;
    bool m_selectionBeforeRemoval = false;
};
