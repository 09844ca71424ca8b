#pragma once

#include "core/webhook.h"
#include "storage/webhooksnapshots.h"

#include <QFrame>
#include <QObject>
#include <QPointer>

#include <functional>

class ConsoleSession;
class DeliveryActions;
class HistoryDialog;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;
class RegisterFlow;

// The banner above the table when a list showed registrations that vanished (Vipps MobilePay
// removes endpoints that failed for two weeks, or someone else deleted them) or appeared without
// this console: what, where and between which times, with "Register Again…" (one vanished
// registration, or a menu of them) and "History…". It stays until dismissed or the profile
// changes.
class ChangesBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesBanner)

public:
    explicit ChangesBanner(QWidget *parent = nullptr);

    // Shows `change` (added to what is shown already for the same profile).
    void present(const SnapshotChange &change);
    void dismiss();

    QList<Webhook> vanished() const { return m_vanished; }
    QList<Webhook> appeared() const { return m_appeared; }
    QString text() const;
    QPushButton *registerAgainButton() const { return m_registerAgain; }
    QPushButton *historyButton() const { return m_history; }
    QToolButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void registerAgainRequested(const Webhook &webhook);
    void historyRequested();

private:
    void update();

    QLabel *m_label;
    QPushButton *m_registerAgain;
    QPushButton *m_history;
    QToolButton *m_dismiss;
    QMenu *m_registerMenu;
    QList<Webhook> m_vanished;
    QList<Webhook> m_appeared;
    QDateTime m_lastSeen;
    QDateTime m_now;
};

// The window's watch over what changes behind its back: the banner, the History view
// (Ctrl+H), refreshing on an interval while the window is open (off by default; Webhooks >
// Refresh Automatically; the choice is kept in the settings) and a desktop notification when
// something vanished. "Register Again…" opens Register prefilled with the vanished webhook's URL
// and events and runs the URL preflight at once; registering makes a new secret, stored in the
// vault as every registration's.
class WatchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchActions)

public:
    WatchActions(ConsoleSession *session, ChangesBanner *banner, RegisterFlow *registerFlow,
                 DeliveryActions *deliveryActions, QWidget *window);

    QAction *historyAction() const { return m_historyAction; }
    // Sandbox only: removes the selected registrations as Vipps MobilePay removes an endpoint that
    // failed for two weeks (silently), so the watch can be tried; the next refresh notices.
    QAction *simulateRemovalAction() const { return m_simulateRemovalAction; }
    // Where the selected webhooks come from (the table).
    void setSelectionProvider(std::function<QList<Webhook>()> provider);
    QMenu *autoRefreshMenu() const { return m_autoRefreshMenu; }
    QTimer *autoRefreshTimer() const { return m_timer; }
    HistoryDialog *historyDialog() const;
    ChangesBanner *banner() const { return m_banner; }

    HistoryDialog *openHistory();
    void registerAgain(const Webhook &webhook);
    // Minutes between refreshes; 0 is off.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_minutes; }
    // The profile changed: the banner belongs to the one before.
    void abandon();

    static QString autoRefreshKey() { return QStringLiteral("window/autoRefreshMinutes"); }
    // The notification service's name on the session bus (freedesktop.org Desktop Notifications).
    static QString notificationService() { return QStringLiteral("org.freedesktop.Notifications"); }

Q_SIGNALS:
    // A desktop notification was asked for (also when no notification service answers).
    void notified(const QString &summary, const QString &body);

private:
    void onChanges(const SnapshotChange &change);
    void notify(const QString &summary, const QString &body);
    void updateActions();

    ConsoleSession *m_session;
    ChangesBanner *m_banner;
    RegisterFlow *m_registerFlow;
    DeliveryActions *m_deliveryActions;
    QWidget *m_window;
    QAction *m_historyAction;
    QAction *m_simulateRemovalAction;
    std::function<QList<Webhook>()> m_selection;
    QMenu *m_autoRefreshMenu;
    QActionGroup *m_autoRefreshGroup;
    QTimer *m_timer;
    int m_minutes = 0;
    QPointer<HistoryDialog> m_historyDialog;
};
