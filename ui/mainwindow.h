#pragma once

#include "core/apierror.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>

class ChangesBanner;
class ConsoleSession;
class DeleteFlow;
class DeliveryActions;
class MessageBar;
class ProfileHeader;
class ProfileManager;
class ProfileSwitcher;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolBar;
class QuickSwitcherDialog;
class RegisterFlow;
class StatusBarInfo;
class VaultActions;
class WatchActions;
class WebhookTablePage;
class WelcomePanel;

// The console's window: the header row (profile, environment, MSN, actions), the production
// band, the message bar, the webhook table (or the welcome panel) and the status bar. It only
// shows and asks; the ConsoleSession does the work, so the window never blocks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What opens first: the sandbox, the named profile, else the last profile used, else the
    // welcome panel.
    void openStartup(const QString &profileName, bool sandbox);
    // The application's own icon (the window's and, from main(), every other window's).
    static QIcon applicationIcon();

    ConsoleSession *session() const { return m_session; }
    WebhookTablePage *tablePage() const { return m_tablePage; }
    MessageBar *messageBar() const { return m_messageBar; }
    RegisterFlow *registerFlow() const { return m_registerFlow; }
    DeliveryActions *deliveryActions() const { return m_deliveryActions; }
    bool isWelcomeShown() const;
    StatusBarInfo *statusInfo() const { return m_statusInfo; }
    VaultActions *vaultActions() const { return m_vaultActions; }
    WatchActions *watchActions() const { return m_watchActions; }

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *registerAction() const { return m_registerAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *filterAction() const { return m_filterAction; }
    QAction *profilesAction() const { return m_profilesAction; }
    QAction *switchProfileAction() const { return m_switchProfileAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }

    // Opens the Profiles dialog; with `addNew` on an empty form for a new profile.
    void openProfilesDialog(bool addNew = false);
    // Ctrl+K: the quick profile switcher (a production profile asks first).
    QuickSwitcherDialog *openQuickSwitcher();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createHeader();
    // Adds `action` to the header as an icon only (its text and tooltip in the tooltip).
    void addToolButton(QToolBar *toolBar, QAction *action);
    void createCentral();
    void connectSession();

    void onProfileChanged();
    void onDeleteFinished(int deleted, int failed, const ApiError &lastError);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void updateBusy(bool busy);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    ConsoleSession *m_session;
    ProfileManager *m_manager;
    RegisterFlow *m_registerFlow = nullptr;
    DeleteFlow *m_deleteFlow = nullptr;
    DeliveryActions *m_deliveryActions = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    VaultActions *m_vaultActions = nullptr;
    WatchActions *m_watchActions = nullptr;
    ChangesBanner *m_changesBanner = nullptr;
    QMenu *m_webhooksMenu = nullptr;

    QAction *m_preferencesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_switchProfileAction = nullptr;
    QPointer<QuickSwitcherDialog> m_quickSwitcher;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    ProfileHeader *m_header = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_productionBand = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePanel *m_welcome = nullptr;
    WebhookTablePage *m_tablePage = nullptr;

    StatusBarInfo *m_statusInfo = nullptr;

    QString m_pendingSelection; // the id of a new registration, selected once it is listed
    bool m_closeConfirmed = false;
};
