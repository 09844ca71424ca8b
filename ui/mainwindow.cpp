#include "mainwindow.h"
#include "preferencesdialog.h"

#include "core/appinfo.h"
#include "core/environment.h"
#include "core/webhookmodel.h"
#include "deleteflow.h"
#include "deliveryactions.h"
#include "messagebar.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"
#include "profileheader.h"
#include "profileswitcher.h"
#include "quickswitcherdialog.h"
#include "registerflow.h"
#include "replaceflow.h"
#include "settingsfilewatcher.h"
#include "statusbarinfo.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"
#include "vaultactions.h"
#include "watchactions.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"
#include "welcomepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
// The columns' sort order and widths. A new key since URL and Events share the spare width: a
// header saved before would bring back a stretched last column.
const auto HeaderKey = QStringLiteral("window/tableColumns");
const auto OldHeaderKey = QStringLiteral("window/tableHeader");

// A header button's words: the menu text without its mnemonic and without the "…" that says a
// dialog follows (Qt's own iconText() drops "..." but not "…"; a toolbar shows neither).
QString headerText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    return text.trimmed();
}
} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_manager(session->profileManager())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    resize(1120, 680);

    m_registerFlow = new RegisterFlow(m_session, this);
    m_deleteFlow = new DeleteFlow(m_session, this);
    m_deliveryActions = new DeliveryActions(m_session, this);

    createActions();
    createHeader();
    createCentral();
    m_profileSwitcher = new ProfileSwitcher(m_session, m_header, m_messageBar, this);
    // Profiles added or removed by the command line show up here without a restart.
    new SettingsFileWatcher(m_manager, this);
    m_statusInfo = new StatusBarInfo(this);
    // The busy indicator lives in the status bar, where a full header toolbar cannot push it
    // out of sight; it keeps its place when hidden, so the status texts never move.
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->setToolTip(tr("Talking to the API…"));
    m_busyBar->setAccessibleName(tr("Working"));
    QSizePolicy keep = m_busyBar->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keep);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_statusInfo);
    // What changes behind the console's back: the banner, History, refreshing on an interval.
    m_watchActions = new WatchActions(m_session, m_changesBanner, m_registerFlow, m_deliveryActions, this);
    m_webhooksMenu->addSeparator();
    m_webhooksMenu->addAction(m_watchActions->historyAction());
    m_webhooksMenu->addMenu(m_watchActions->autoRefreshMenu());
    m_webhooksMenu->addAction(m_watchActions->simulateRemovalAction());
    m_watchActions->setSelectionProvider([this] { return m_tablePage->selectedWebhooks(); });
    connectSession();
    restoreSettings();

    onProfileChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                             QStyle::StandardPixmap icon, const QString &tip) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_refreshAction = make(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence(Qt::Key_F5),
                           QStyle::SP_BrowserReload, tr("Load the registered webhooks again"));
    m_registerAction
        = make(QStringLiteral("registerAction"), tr("Re&gister…"), QKeySequence(Qt::CTRL | Qt::Key_N),
               QStyle::SP_FileDialogNewFolder, tr("Register a new webhook"));
    m_deleteAction = make(QStringLiteral("deleteAction"), tr("&Delete…"), QKeySequence(Qt::Key_Delete),
                          QStyle::SP_TrashIcon, tr("Delete the selected webhooks"));
    m_filterAction = make(QStringLiteral("filterAction"), tr("&Filter"), QKeySequence(Qt::CTRL | Qt::Key_F),
                          QStyle::SP_FileDialogContentsView, tr("Filter the table by URL, event or id"));
    m_profilesAction = make(QStringLiteral("profilesAction"), tr("&Profiles…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStyle::SP_DirHomeIcon,
                            tr("Add, edit or remove profiles and their API keys"));
    m_switchProfileAction = make(QStringLiteral("switchProfileAction"), tr("S&witch Profile…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_K), QStyle::SP_DirHomeIcon,
                                 tr("Open another profile: type to search"));
    m_preferencesAction = new QAction(tr("Pr&eferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setToolTip(tr("The language of Webhook Console"));
    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                        QStyle::SP_DialogCloseButton, tr("Quit Webhook Console"));
    m_aboutAction = new QAction(tr("&About Webhook Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));

    connect(m_refreshAction, &QAction::triggered, m_session, &ConsoleSession::refresh);
    connect(m_registerAction, &QAction::triggered, this, [this] {
        m_registerFlow->start();
        m_deliveryActions->attachPreflight(m_registerFlow->registerDialog());
    });
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { m_deleteFlow->start(m_tablePage->selectedWebhooks()); });
    connect(m_filterAction, &QAction::triggered, this, [this] { m_tablePage->focusFilter(); });
    connect(m_profilesAction, &QAction::triggered, this, [this] { openProfilesDialog(); });
    connect(m_switchProfileAction, &QAction::triggered, this, &MainWindow::openQuickSwitcher);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_switchProfileAction);
    file->addAction(m_profilesAction);
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *webhooks = menuBar()->addMenu(tr("&Webhooks"));
    m_webhooksMenu = webhooks;
    webhooks->addAction(m_refreshAction);
    webhooks->addAction(m_registerAction);
    webhooks->addAction(m_deleteAction);
    webhooks->addSeparator();
    webhooks->addAction(m_filterAction);
    webhooks->addSeparator();
    webhooks->addAction(m_deliveryActions->verifyAction());
    webhooks->addAction(m_deliveryActions->sendTestAction());
    webhooks->addAction(m_deliveryActions->simulateAction());
    webhooks->addAction(m_deliveryActions->resetSandboxAction());
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
}

void MainWindow::createHeader()
{
    auto *toolBar = addToolBar(tr("Header"));
    toolBar->setObjectName(QStringLiteral("headerToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->toggleViewAction()->setEnabled(false);

    m_header = new ProfileHeader(m_manager->store(), toolBar);
    toolBar->addWidget(m_header);
    toolBar->addSeparator();
    // Filter (Ctrl+F) has no button here: the filter field is always shown right below, and the
    // room goes to words on the buttons (at 1024 pixels "Profiles…" went into the » menu).
    for (QAction *action : {m_refreshAction, m_registerAction, m_deleteAction}) {
        action->setIconText(headerText(action->text()));
        toolBar->addAction(action);
    }
    // The delivery tools with a short word beside the icon (their icon texts): an icon alone
    // was read as "OK" and "Play".
    toolBar->addSeparator();
    addToolButton(toolBar, m_deliveryActions->verifyAction());
    addToolButton(toolBar, m_deliveryActions->simulateAction()); // shown in the sandbox only

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addSeparator();
    m_profilesAction->setIconText(headerText(m_profilesAction->text()));
    toolBar->addAction(m_profilesAction);
}

void MainWindow::addToolButton(QToolBar *toolBar, QAction *action)
{
    auto *button = new QToolButton(toolBar);
    button->setObjectName(action->objectName() + QLatin1String("ToolButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setIconSize(toolBar->iconSize());
    connect(toolBar, &QToolBar::iconSizeChanged, button, &QToolButton::setIconSize);
    // A toolbar shows or hides its widgets through their actions, never by hide()/show().
    QAction *holder = toolBar->addWidget(button);
    holder->setVisible(action->isVisible());
    connect(action, &QAction::visibleChanged, holder,
            [holder, action] { holder->setVisible(action->isVisible()); });
}

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_productionBand = new QLabel(tr("Production — changes affect live payments"), central);
    m_productionBand->setObjectName(QStringLiteral("productionBandLabel"));
    m_productionBand->setAlignment(Qt::AlignCenter);
    m_productionBand->setStyleSheet(
        QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px; }"));
    m_productionBand->hide();
    layout->addWidget(m_productionBand);

    auto *content = new QWidget(central);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 4);
    m_messageBar = new MessageBar(content);
    contentLayout->addWidget(m_messageBar);
    m_changesBanner = new ChangesBanner(content);
    contentLayout->addWidget(m_changesBanner);

    m_stack = new QStackedWidget(content);
    m_welcome = new WelcomePanel(m_stack);
    m_tablePage = new WebhookTablePage(m_session->model(), m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tablePage);
    contentLayout->addWidget(m_stack, 1);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    connect(m_welcome, &WelcomePanel::addKeysRequested, this, [this] { openProfilesDialog(true); });
    connect(m_welcome, &WelcomePanel::sandboxRequested, this, [this] { m_profileSwitcher->chooseSandbox(); });
    connect(m_tablePage, &WebhookTablePage::selectionChanged, this, &MainWindow::updateActions);
    // Details, the secret vault, orphaned secrets and "Replace…".
    m_vaultActions = new VaultActions(m_session, m_tablePage, this);
    connect(m_vaultActions, &VaultActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_vaultActions->replaceFlow()->setSendTestHandler(
        [this](const Webhook &webhook, QWidget *) { m_deliveryActions->openSendTest(webhook); });
    connect(m_vaultActions, &VaultActions::sendTestRequested, m_deliveryActions,
            [this](const Webhook &webhook) { m_deliveryActions->openSendTest(webhook); });
    connect(m_tablePage, &WebhookTablePage::registerRequested, m_registerAction, &QAction::trigger);
    connect(m_tablePage, &WebhookTablePage::registerSimilarRequested, this, [this](const Webhook &webhook) {
        m_registerFlow->start(RegisterRequest{webhook.url, webhook.events});
        m_deliveryActions->attachPreflight(m_registerFlow->registerDialog());
    });
    m_deliveryActions->attachToTable(m_tablePage);
    connect(m_tablePage, &WebhookTablePage::deleteRequested, m_deleteAction, &QAction::trigger);
    WebhookFilterModel *proxy = m_tablePage->filterModel();
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
}

void MainWindow::connectSession()
{
    connect(m_session, &ConsoleSession::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_session, &ConsoleSession::stateChanged, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::busyChanged, this, &MainWindow::updateBusy);
    connect(m_session, &ConsoleSession::tokenChanged, this, &MainWindow::updateStatus);
    connect(m_session, &ConsoleSession::callSucceeded, m_messageBar, [this] {
        if (m_messageBar->level() != MessageBar::Level::Information)
            m_messageBar->dismiss();
    });
    connect(m_session, &ConsoleSession::refreshed, this, [this] {
        m_tablePage->setLoaded(true);
        if (!m_pendingSelection.isEmpty()) {
            m_tablePage->selectWebhook(m_pendingSelection);
            m_pendingSelection.clear();
        }
        statusBar()->showMessage(tr("Webhooks loaded."), 3000);
        updateStatus();
    });
    connect(m_session, &ConsoleSession::refreshFailed, this, [this](const ApiError &error) {
        statusBar()->clearMessage();
        m_messageBar->showError(error, tr("The webhooks could not be loaded."));
        updateStatus();
    });
    connect(m_session, &ConsoleSession::openFailed, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::waiting, this, [this](const QString &operation, int seconds) {
        statusBar()->showMessage(tr("%1: trying again in %2 s…").arg(operation).arg(seconds), seconds * 1000);
    });

    connect(m_registerFlow, &RegisterFlow::registered, this, [this](const QString &id) {
        m_pendingSelection = id;
        m_tablePage->setFilterText({});
        m_tablePage->selectWebhook(id);
        statusBar()->showMessage(tr("Webhook registered."), 5000);
    });
    connect(m_registerFlow, &RegisterFlow::failed, this, [this](const ApiError &error) {
        m_messageBar->showError(error, tr("The webhook was not registered."));
    });
    connect(m_deleteFlow, &DeleteFlow::finished, this, &MainWindow::onDeleteFinished);
}

QIcon MainWindow::applicationIcon()
{
    // The pictures the desktop file installs (resources/icons), from wc_ui's resources.
    QIcon icon;
    for (const char *size : {"32x32", "64x64", "256x256"})
        icon.addFile(QStringLiteral(":/icons/%1/webhook-console.png").arg(QLatin1String(size)));
    return icon;
}

void MainWindow::openStartup(const QString &profileName, bool sandbox)
{
    // The local state file was unreadable and moved aside, or cannot be opened: say so once.
    if (const QString notice = m_manager->stateNotice(); !notice.isEmpty()) {
        MessageBoxSeam::ask(this, QMessageBox::Warning, tr("Local state"), notice, QMessageBox::Ok,
                            QMessageBox::Ok, this, [](QMessageBox::StandardButton) {});
    }
    if (sandbox) {
        m_session->openSandbox();
    } else {
        m_profileSwitcher->openAtLaunch(profileName);
    }
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::openProfilesDialog(bool addNew)
{
    m_profileSwitcher->openProfilesDialog(addNew);
}

QuickSwitcherDialog *MainWindow::openQuickSwitcher()
{
    if (m_quickSwitcher && !m_quickSwitcher->isVisible())
        m_quickSwitcher->deleteLater(); // closed, and not deleted yet: a new one
    else if (m_quickSwitcher) {
        m_quickSwitcher->raise();
        m_quickSwitcher->activateWindow();
        return m_quickSwitcher;
    }
    const QString active
        = m_session->hasProfile() && !m_session->isSandbox() ? m_session->profile().name : QString();
    m_quickSwitcher = new QuickSwitcherDialog(m_manager->store(), active, this);
    m_quickSwitcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_quickSwitcher, &QuickSwitcherDialog::sandboxChosen, m_profileSwitcher,
            &ProfileSwitcher::chooseSandbox);
    connect(m_quickSwitcher, &QuickSwitcherDialog::profileChosen, m_profileSwitcher,
            &ProfileSwitcher::chooseProfile);
    m_quickSwitcher->open();
    return m_quickSwitcher;
}

void MainWindow::onProfileChanged()
{
    m_registerFlow->abandon();
    m_deleteFlow->abandon();
    m_vaultActions->abandon();
    m_watchActions->abandon();
    m_pendingSelection.clear();
    m_messageBar->dismiss();
    m_tablePage->setFilterText({});
    m_tablePage->setLoaded(false);

    const bool open = m_session->hasProfile();
    m_header->setActive(open ? std::optional(m_session->profile()) : std::nullopt);
    m_productionBand->setVisible(m_session->isProduction());
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_tablePage) : m_welcome);
    updateTitle();
    updateActions();
    updateStatus();
    if (open)
        m_tablePage->tableView()->setFocus();
}

void MainWindow::onDeleteFinished(int deleted, int failed, const ApiError &lastError)
{
    if (failed > 0) {
        statusBar()->clearMessage();
        m_messageBar->showError(
            lastError,
            (deleted + failed == 1
                 ? tr("The deletion failed.")
                 : tr("%1 of %n deletions failed.", nullptr, deleted + failed).arg(failed)));
    } else {
        statusBar()->showMessage(
            deleted == 1 ? tr("Deleted 1 webhook.") : tr("Deleted %n webhooks.", nullptr, deleted), 5000);
    }
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool ready = m_session->state() == ConsoleSession::State::Ready;
    m_refreshAction->setEnabled(ready);
    m_registerAction->setEnabled(ready);
    m_deleteAction->setEnabled(ready && !m_tablePage->selectedWebhooks().isEmpty());
    m_filterAction->setEnabled(m_session->hasProfile());
    m_deliveryActions->setSelection(m_tablePage->selectedWebhooks());
}

void MainWindow::updateTitle()
{
    // Never a secret here: the profile name and environment only.
    if (!m_session->hasProfile()) {
        setWindowTitle(AppInfo::displayName());
        return;
    }
    const Profile &profile = m_session->profile();
    if (profile.environment == Environment::Sandbox) {
        setWindowTitle(tr("Sandbox — %1").arg(AppInfo::displayName()));
        return;
    }
    // Dashes, not brackets: a name such as "Local test (CLI sandbox)" reads as one name.
    setWindowTitle(tr("%1 — %2 — %3")
                       .arg(profile.name, Environments::displayName(profile.shownEnvironment()),
                            AppInfo::displayName()));
}

void MainWindow::updateStatus()
{
    m_statusInfo->update(*m_session, m_tablePage->filterModel()->rowCount());
}

void MainWindow::updateBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    const QString working = tr("Working…");
    if (busy)
        statusBar()->showMessage(working);
    else if (statusBar()->currentMessage() == working)
        statusBar()->clearMessage();
    updateStatus();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About %1").arg(AppInfo::displayName()),
                                tr("<b>%1</b> %2<br>Manage Vipps MobilePay webhooks from the desktop.")
                                    .arg(AppInfo::displayName(), AppInfo::version()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreSettings()
{
    const QSettings &settings = m_manager->store()->settings();
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(StateKey).toByteArray());
    m_tablePage->restoreHeaderState(settings.value(HeaderKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings &settings = m_manager->store()->settings();
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(HeaderKey, m_tablePage->saveHeaderState());
    settings.remove(OldHeaderKey);
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool secretAtRisk = m_session->isRegistering() || m_registerFlow->hasUnacknowledgedSecret()
        || m_vaultActions->hasUnacknowledgedSecret();
    if (secretAtRisk && !m_closeConfirmed) {
        event->ignore();
        MessageBoxSeam::ask(
            this, QMessageBox::Warning, tr("Quit Webhook Console?"),
            tr("A registration is still running, or its secret has not been saved yet. The API "
               "never shows a secret twice. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
            [this](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes)
                    return;
                m_closeConfirmed = true;
                close();
            });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}
