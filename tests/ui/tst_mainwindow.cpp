// The main window on the Sandbox environment: real widgets on the offscreen platform, the
// embedded sandbox API over a loopback socket. No keychain: the sandbox needs none.

#include "core/networkaccessmanager.h"
#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "deliveryactions.h"
#include "messagebar.h"
#include "messageboxseam.h"
#include "registerdialog.h"
#include "secretdialog.h"
#include "sendtestdialog.h"
#include "statusbarinfo.h"
#include "vaultactions.h"
#include "verifydeliverydialog.h"
#include "webhookdetailsdialog.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include "seamtestsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace UiTest;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void noProfile_showsWelcomePanel();
    void welcome_trySandbox_opensSandbox();
    void sandbox_loadsSampleRows();
    void sandbox_isLabelledEverywhere();
    void sandbox_oneNetworkManagerForTheWholeSession();
    void filter_narrowsRowsCaseInsensitively();
    void filter_noMatch_showsClearButton();
    void emptyList_showsRegisterButton();
    void shortcuts_triggerTheirActions();
    void shortcuts_openProfilesVerifyAndSimulate();
    void sandbox_reset_bringsBackTheSamples();
    void busyIndicator_showsWhileRequestRuns();
    void messageBar_on400_showsFieldErrorsAndTraceId();
    void messageBar_goesAwayWhenNextCallSucceeds();
    void contextMenu_copiesUrlIdAndJson();
    void contextMenu_registerSimilar_prefillsDialog();
    void contextMenu_othersAddEntriesThroughTheHook();
    void details_showAllEventsIdAndSecretStatus();
    void details_sendTestDelivery_opensSendTestForThatWebhook();
    void register_inSandbox_showsSecretAndSelectsRow();
    void secretDialog_cannotCloseBeforeAcknowledgement();
    void delete_inSandbox_needsNoTypedConfirmation();
    void settings_rememberGeometryAndColumnWidths();
    void startup_unknownProfile_saysSo();

private:
    static void openSandbox(MainWindow &window, Fixture &env);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::cleanup()
{
    QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
    // No dialog may outlive its test.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

void TestMainWindow::openSandbox(MainWindow &window, Fixture &env)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartup({}, true);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
}

void TestMainWindow::noProfile_showsWelcomePanel()
{
    Fixture env;
    MainWindow window(env.session());
    window.openStartup({}, false);
    QVERIFY(window.isWelcomeShown());
    QVERIFY(!window.refreshAction()->isEnabled());
    QVERIFY(!window.registerAction()->isEnabled());
    QVERIFY(!window.deleteAction()->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("addKeysPushButton")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Webhook Console"));
}

void TestMainWindow::welcome_trySandbox_opensSandbox()
{
    Fixture env;
    MainWindow window(env.session());
    window.show();
    window.openStartup({}, false);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("sandboxPushButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(env.session()->isSandbox());
    QVERIFY(!window.isWelcomeShown());
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
}

void TestMainWindow::sandbox_loadsSampleRows()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    SandboxServer *sandbox = env.session()->sandboxServer();
    QVERIFY(sandbox);
    const QList<Webhook> expected = sandbox->registrations(ConsoleSession::sandboxMsn());
    QVERIFY(expected.size() >= 3);
    QCOMPARE(env.session()->model()->rowCount(), int(expected.size()));
    for (const Webhook &webhook : expected)
        QVERIFY(env.session()->model()->rowOf(webhook.id) >= 0);
    QCOMPARE(window.tablePage()->tableView()->model()->rowCount(), int(expected.size()));
    QVERIFY(window.tablePage()->tableView()->isVisible());
    QCOMPARE(window.statusInfo()->countText(), QStringLiteral("%1 webhooks").arg(expected.size()));
    QVERIFY(window.statusInfo()->tokenText().startsWith(QStringLiteral("Token valid until")));
    QVERIFY(window.statusInfo()->refreshedText().startsWith(QStringLiteral("Refreshed at")));
    QVERIFY(window.refreshAction()->isEnabled());
    QVERIFY(window.registerAction()->isEnabled());
}

// A sandbox session (the API client, test deliveries, the URL preflight, the sandbox's simulated
// deliveries, a register dialog) sends through the process's one network policy: one manager.
void TestMainWindow::sandbox_oneNetworkManagerForTheWholeSession()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    window.registerAction()->trigger();
    QTRY_VERIFY(visibleTopLevel<RegisterDialog>());
    QSet<QNetworkAccessManager *> managers;
    for (QObject *root : {static_cast<QObject *>(&window), static_cast<QObject *>(env.session()),
                          static_cast<QObject *>(qApp)}) {
        const auto found = root->findChildren<QNetworkAccessManager *>();
        managers.unite(QSet<QNetworkAccessManager *>(found.cbegin(), found.cend()));
    }
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        const auto found = widget->findChildren<QNetworkAccessManager *>();
        managers.unite(QSet<QNetworkAccessManager *>(found.cbegin(), found.cend()));
    }
    QCOMPARE(managers.size(), 1);
    QCOMPARE(*managers.cbegin(), static_cast<QNetworkAccessManager *>(NetworkAccessManager::instance()));
    visibleTopLevel<RegisterDialog>()->reject();
}

void TestMainWindow::sandbox_isLabelledEverywhere()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(badge);
    QCOMPARE(badge->text(), QStringLiteral("Sandbox"));
    QCOMPARE(window.statusInfo()->environmentText(), QStringLiteral("Sandbox"));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("profileComboBox"))->currentText(),
             QStringLiteral("Sandbox"));
    auto *band = window.findChild<QLabel *>(QStringLiteral("productionBandLabel"));
    QVERIFY(band);
    QVERIFY(!band->isVisible());
}

void TestMainWindow::filter_narrowsRowsCaseInsensitively()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const int total = env.session()->model()->rowCount();
    QLineEdit *filter = window.tablePage()->filterLineEdit();
    QTest::keyClicks(filter, QStringLiteral("DONATIONS"));
    QAbstractItemModel *shown = window.tablePage()->tableView()->model();
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(shown->index(0, WebhookModel::UrlColumn).data().toString().contains(QStringLiteral("donations")));
    QCOMPARE(window.statusInfo()->countText(), QStringLiteral("1 of %1 webhooks shown").arg(total));

    // Event display names and raw types are searched too.
    filter->setText(QStringLiteral("charge-failed"));
    QCOMPARE(shown->rowCount(), 1);
    filter->setText(QStringLiteral("Agreement stopped"));
    QCOMPARE(shown->rowCount(), 2); // recurring and donations
    // ... and ids.
    const QString id = env.session()->model()->webhook(0).id;
    filter->setText(id.left(8).toUpper());
    QCOMPARE(shown->rowCount(), 1);

    filter->clear();
    QCOMPARE(shown->rowCount(), total);
}

void TestMainWindow::filter_noMatch_showsClearButton()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    window.tablePage()->setFilterText(QStringLiteral("no-such-webhook"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    auto *clear = window.findChild<QPushButton *>(QStringLiteral("clearFilterPushButton"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("no-such-webhook")));
    QVERIFY(clear->isVisible());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("emptyRegisterPushButton"))->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(window.tablePage()->filterLineEdit()->text().isEmpty());
    QVERIFY(window.tablePage()->tableView()->isVisible());
}

void TestMainWindow::emptyList_showsRegisterButton()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    env.session()->sandboxServer()->clearRegistrations();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("emptyRegisterPushButton"));
    QVERIFY(button->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyLabel"))
                ->text()
                .contains(QStringLiteral("No webhooks")));
    QCOMPARE(window.statusInfo()->countText(), QStringLiteral("0 webhooks"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<RegisterDialog *>());
}

void TestMainWindow::shortcuts_openProfilesVerifyAndSimulate()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto press = [&window](QKeyCombination key, const char *dialogClass) -> QWidget * {
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, key.key(), key.keyboardModifiers());
        QWidget *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (widget->inherits(dialogClass) && widget->isVisible())
                        found = widget;
                }
                return found != nullptr;
            },
            5000);
        return found;
    };
    // The header's delivery tools carry words beside their icons.
    auto *verifyButton = window.findChild<QToolButton *>(QStringLiteral("verifyDeliveryActionToolButton"));
    QVERIFY(verifyButton);
    QCOMPARE(verifyButton->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QCOMPARE(verifyButton->text(), QStringLiteral("Verify"));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("simulateEventActionToolButton"))->text(),
             QStringLiteral("Simulate"));

    QWidget *profiles = press(Qt::CTRL | Qt::SHIFT | Qt::Key_P, "ProfilesDialog");
    QVERIFY2(profiles, "Ctrl+Shift+P opens the Profiles dialog");
    delete profiles;
    QWidget *verify = press(Qt::CTRL | Qt::SHIFT | Qt::Key_V, "VerifyDeliveryDialog");
    QVERIFY2(verify, "Ctrl+Shift+V opens Verify Delivery");
    delete verify;
    QWidget *simulate = press(Qt::CTRL | Qt::SHIFT | Qt::Key_M, "SimulateEventDialog");
    QVERIFY2(simulate, "Ctrl+Shift+M opens Simulate Event in the sandbox");
    delete simulate;
    QVERIFY(window.tablePage()->selectWebhook(env.session()->model()->webhook(0).id));
    QWidget *sendTest = press(Qt::CTRL | Qt::Key_T, "SendTestDialog");
    QVERIFY2(sendTest, "Ctrl+T opens Send Test Delivery for the selected webhook");
    delete sendTest;
}

void TestMainWindow::sandbox_reset_bringsBackTheSamples()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    QStringList samples;
    for (int row = 0; row < env.session()->model()->rowCount(); ++row)
        samples << env.session()->model()->webhook(row).id;
    QVERIFY(!samples.isEmpty());
    QAction *reset = window.findChild<QAction *>(QStringLiteral("resetSandboxAction"));
    QVERIFY(reset && reset->isVisible() && reset->isEnabled());

    // The samples go (as if deleted one by one), then a reset that is cancelled changes nothing.
    env.session()->sandboxServer()->clearRegistrations();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QCOMPARE(env.session()->model()->rowCount(), 0);
    const int asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
    reset->trigger();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QCOMPARE(env.session()->sandboxServer()->registrations(ConsoleSession::sandboxMsn()).size(), 0);

    // Reset: the sample registrations are back, in the sandbox and in the table.
    MessageBoxSeam::setNextAnswer(QMessageBox::Reset);
    reset->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(env.session()->model()->rowCount(), int(samples.size()), 20000);
    QCOMPARE(env.session()->sandboxServer()->registrations(ConsoleSession::sandboxMsn()).size(),
             samples.size());
}

void TestMainWindow::shortcuts_triggerTheirActions()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tablePage()->tableView()->setFocus();

    // F5: refresh.
    SandboxServer *sandbox = env.session()->sandboxServer();
    const int before = sandbox->webhooksRequestCount();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QCOMPARE(sandbox->webhooksRequestCount(), before + 1);

    // Ctrl+F: the filter takes the focus.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.tablePage()->filterLineEdit()->hasFocus());

    // Del while typing in the filter edits the filter, and deletes nothing.
    QVERIFY(window.tablePage()->selectWebhook(env.session()->model()->webhook(0).id));
    QLineEdit *filter = window.tablePage()->filterLineEdit();
    QTest::keyClicks(filter, QStringLiteral("exa"));
    QTest::keyClick(filter, Qt::Key_Home);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), QStringLiteral("xa"));
    QVERIFY(!window.findChild<DeleteDialog *>());
    filter->clear();

    // Del (with a row selected, focus in the table): the delete dialog.
    window.tablePage()->tableView()->setFocus();
    QVERIFY(window.tablePage()->selectWebhook(env.session()->model()->webhook(0).id));
    QVERIFY(window.deleteAction()->isEnabled());
    QTest::keyClick(window.tablePage()->tableView(), Qt::Key_Delete);
    QTRY_VERIFY(window.findChild<DeleteDialog *>());
    auto *deleteDialog = window.findChild<DeleteDialog *>();
    QCOMPARE(deleteDialog->ids(), QStringList{env.session()->model()->webhook(0).id});
    deleteDialog->reject();
    QTRY_VERIFY(!window.findChild<DeleteDialog *>());

    // Ctrl+N: the register dialog.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<RegisterDialog *>());
    // A refresh while it is open keeps it open (its counts follow).
    QSignalSpy again(env.session(), &ConsoleSession::refreshed);
    env.session()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 20000);
    QVERIFY(window.findChild<RegisterDialog *>()->isVisible());

    QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window.registerAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(window.deleteAction()->shortcut(), QKeySequence(Qt::Key_Delete));
    QCOMPARE(window.filterAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
}

void TestMainWindow::busyIndicator_showsWhileRequestRuns()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    auto *busy = window.findChild<QProgressBar *>(QStringLiteral("busyProgressBar"));
    QVERIFY(busy);
    QVERIFY(!busy->isVisible());

    SandboxServer::Fault slow;
    slow.method = "GET";
    slow.delayMs = 500;
    env.session()->sandboxServer()->injectFault(slow);
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_VERIFY(busy->isVisible());
    // The table stays readable and the window keeps working meanwhile.
    QVERIFY(window.tablePage()->tableView()->isEnabled());
    QCOMPARE(window.tablePage()->tableView()->model()->rowCount(), env.session()->model()->rowCount());
    window.tablePage()->setFilterText(QStringLiteral("example"));
    QVERIFY(busy->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY(!env.session()->isBusy());
}

void TestMainWindow::messageBar_on400_showsFieldErrorsAndTraceId()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    SandboxServer::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.status = 400;
    fault.body = R"({"type":"00-aa-bb-00","title":"Bad Request","status":400,
        "detail":"One or more validation errors occurred.","instance":"/v1/webhooks",
        "traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        "extraDetails":[{"name":"url","reason":"The property is required and cannot be null or empty."},
                        {"name":"events","reason":"Unsupported values: epayment.payment.created.v1"}]})";
    env.session()->sandboxServer()->injectFault(fault);

    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);

    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY(bar->detail().contains(QStringLiteral("One or more validation errors occurred.")));
    QCOMPARE(bar->fieldErrors().size(), 2);
    QVERIFY(bar->fieldErrors().at(0).startsWith(QStringLiteral("url: ")));
    QVERIFY(bar->fieldErrors().at(1).contains(QStringLiteral("epayment.payment.created.v1")));
    QCOMPARE(bar->traceId(), QStringLiteral("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"));
    auto *traceLabel = bar->findChild<QLabel *>(QStringLiteral("traceIdLabel"));
    QVERIFY(traceLabel->isVisible());
    QVERIFY(traceLabel->text().contains(bar->traceId()));
    // The rows loaded before stay readable.
    QVERIFY(env.session()->model()->rowCount() > 0);

    auto *copy = bar->findChild<QPushButton *>(QStringLiteral("copyDetailsPushButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(bar->traceId()));
    QVERIFY(copied.contains(QStringLiteral("The property is required")));

    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("dismissToolButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::messageBar_goesAwayWhenNextCallSucceeds()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    SandboxServer::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.status = 404;
    env.session()->sandboxServer()->injectFault(fault);
    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY(window.messageBar()->isVisible());

    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::contextMenu_copiesUrlIdAndJson()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const Webhook webhook = env.session()->model()->webhook(1);
    QVERIFY(window.tablePage()->selectWebhook(webhook.id));
    std::unique_ptr<QMenu> menu(window.tablePage()->createContextMenu());
    QVERIFY(menu);
    const auto trigger = [&menu](const char *name) {
        auto *action = menu->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    };
    trigger("copyUrlAction");
    QCOMPARE(QGuiApplication::clipboard()->text(), webhook.url);
    trigger("copyIdAction");
    QCOMPARE(QGuiApplication::clipboard()->text(), webhook.id);
    trigger("copyJsonAction");
    const QJsonObject json = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), webhook.id);
    QCOMPARE(json.value(QStringLiteral("url")).toString(), webhook.url);
    QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), webhook.events.size());

    // Several rows: URLs one a line, JSON as an array.
    window.tablePage()->tableView()->selectAll();
    menu.reset(window.tablePage()->createContextMenu());
    trigger("copyJsonAction");
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array().size(),
             env.session()->model()->rowCount());
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("registerSimilarAction"))->isEnabled());
}

void TestMainWindow::contextMenu_registerSimilar_prefillsDialog()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const Webhook webhook = env.session()->model()->webhook(0);
    QVERIFY(window.tablePage()->selectWebhook(webhook.id));
    std::unique_ptr<QMenu> menu(window.tablePage()->createContextMenu());
    menu->findChild<QAction *>(QStringLiteral("registerSimilarAction"))->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().url, webhook.url);
    QStringList expected = webhook.events;
    QStringList actual = dialog->request().events;
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void TestMainWindow::contextMenu_othersAddEntriesThroughTheHook()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    WebhookTablePage *page = window.tablePage();
    QList<Webhook> offered;
    connect(page, &WebhookTablePage::contextMenuAboutToShow, page,
            [&offered](QMenu *menu, const QList<Webhook> &selected) {
                offered = selected;
                menu->addAction(QStringLiteral("Extra"))->setObjectName(QStringLiteral("extraAction"));
            });

    const Webhook webhook = env.session()->model()->webhook(0);
    QVERIFY(page->selectWebhook(webhook.id));
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    QVERIFY(menu);
    QCOMPARE(offered, QList<Webhook>{webhook});
    const QList<QAction *> actions = menu->actions();
    const auto position = [&](const char *name) {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->objectName() == QLatin1String(name))
                return i;
        }
        return qsizetype(-1);
    };
    // The page's own entries first, then the window's delivery entries and this test's.
    QVERIFY(position("copyUrlAction") >= 0);
    QVERIFY(position("deleteAction") > position("copyUrlAction"));
    QVERIFY(position("verifyDeliveryContextAction") > position("deleteAction"));
    QVERIFY(position("sendTestDeliveryContextAction") > position("verifyDeliveryContextAction"));
    QVERIFY(position("extraAction") > position("deleteAction"));
    // One action, one name: the entries are named as in the Webhooks menu and show its shortcuts.
    for (const auto &[entryName, action] :
         {std::pair{"verifyDeliveryContextAction", window.deliveryActions()->verifyAction()},
          std::pair{"sendTestDeliveryContextAction", window.deliveryActions()->sendTestAction()}}) {
        const QAction *entry = actions.at(position(entryName));
        QCOMPARE(entry->text(), action->text());
        QVERIFY(!entry->shortcut().isEmpty());
        QCOMPARE(entry->shortcut(), action->shortcut());
        QVERIFY(entry->isShortcutVisibleInContextMenu());
    }
    QCOMPARE(window.deliveryActions()->verifyAction()->text(), QStringLiteral("&Verify Delivery…"));
    VerifyDeliveryDialog *verify = window.deliveryActions()->openVerify(webhook.id);
    QVERIFY(verify);
    QCOMPARE(verify->windowTitle(), QStringLiteral("Verify Delivery"));
    verify->close();

    // A right click shows one menu, with the delivery entries (no second handler, no copy).
    QTableView *view = page->tableView();
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
    QList<QMenu *> shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *popup = qobject_cast<QMenu *>(widget); popup && popup->isVisible())
            shown << popup;
    }
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first()->findChild<QAction *>(QStringLiteral("sendTestDeliveryContextAction")));
    shown.first()->close();

    // Several rows: the delivery entries (one webhook each) stay out.
    view->selectAll();
    menu.reset(page->createContextMenu());
    QCOMPARE(offered.size(), env.session()->model()->rowCount());
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("sendTestDeliveryContextAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("extraAction")));
}

void TestMainWindow::details_sendTestDelivery_opensSendTestForThatWebhook()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const Webhook webhook = env.session()->model()->webhook(1);
    WebhookDetailsDialog *details = window.vaultActions()->openDetails(webhook);
    auto *send = details->findChild<QPushButton *>(QStringLiteral("sendTestPushButton"));
    QVERIFY(send);
    QVERIFY(send->isVisible());
    QVERIFY(send->isEnabled());
    QVERIFY(!window.deliveryActions()->sendTestDialog());
    QTest::mouseClick(send, Qt::LeftButton);
    SendTestDialog *dialog = window.deliveryActions()->sendTestDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->webhook(), webhook);
    QVERIFY(details->isVisible()); // the details stay open beneath it

    // Not for a webhook that is no longer listed.
    QVERIFY(deleteElsewhere(env.session()->sandboxServer(), ConsoleSession::sandboxMsn(), webhook.id));
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QVERIFY(!send->isEnabled());
}

void TestMainWindow::details_showAllEventsIdAndSecretStatus()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const Webhook webhook = env.session()->model()->webhook(0);
    QVERIFY(window.tablePage()->selectWebhook(webhook.id));
    QTableView *view = window.tablePage()->tableView();
    const QModelIndex index = view->currentIndex();
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    // A press first: the view opens details only for the row the double click started on.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(doubleClicked.size(), 1);
    WebhookDetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<WebhookDetailsDialog>()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->text(), webhook.url);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("idLineEdit"))->text(), webhook.id);
    auto *events = dialog->findChild<QTreeWidget *>(QStringLiteral("eventsTreeWidget"));
    QCOMPARE(events->topLevelItemCount(), webhook.events.size());
    QStringList types;
    for (int i = 0; i < events->topLevelItemCount(); ++i)
        types << events->topLevelItem(i)->text(2);
    QCOMPARE(types, webhook.events);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secretStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Not stored")));
}

void TestMainWindow::register_inSandbox_showsSecretAndSelectsRow()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);
    const int before = env.session()->model()->rowCount();

    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    const RegisterRequest request{QStringLiteral("https://hooks.example.com/vipps"),
                                  {QStringLiteral("epayments.payment.captured.v1")}};
    dialog->setRequest(request);
    QAbstractButton *registerButton = acceptButton(dialog);
    QVERIFY(registerButton);
    QTRY_VERIFY(registerButton->isEnabled());
    QTest::mouseClick(registerButton, Qt::LeftButton);

    SecretDialog *secretDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secretDialog = window.findChild<SecretDialog *>()), 20000);
    QTRY_VERIFY(!window.findChild<RegisterDialog *>());
    const QString id = secretDialog->webhookId();
    SandboxServer *sandbox = env.session()->sandboxServer();
    QCOMPARE(secretDialog->findChild<QPlainTextEdit *>(QStringLiteral("secretPlainTextEdit"))->toPlainText(),
             sandbox->secretOf(id));
    QVERIFY(secretDialog->findChild<QLabel *>(QStringLiteral("storageLabel"))
                ->text()
                .contains(QStringLiteral("Sandbox")));

    QTRY_COMPARE_WITH_TIMEOUT(env.session()->model()->rowCount(), before + 1, 20000);
    QTRY_COMPARE(window.tablePage()->selectedWebhooks().size(), 1);
    QCOMPARE(window.tablePage()->selectedWebhooks().first().id, id);
    QVERIFY(env.session()->model()->hasSecret(id));

    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    QTest::mouseClick(secretDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SecretDialog *>());
}

void TestMainWindow::secretDialog_cannotCloseBeforeAcknowledgement()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    dialog->setRequest(RegisterRequest{QStringLiteral("https://hooks.example.com/a"),
                                       {QStringLiteral("epayments.payment.created.v1")}});
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    acceptButton(dialog)->click();
    SecretDialog *secretDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secretDialog = window.findChild<SecretDialog *>()), 20000);

    QTest::keyClick(secretDialog, Qt::Key_Escape);
    QVERIFY(secretDialog->isVisible());
    secretDialog->close();
    QVERIFY(secretDialog->isVisible());
    QVERIFY(!secretDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                 ->button(QDialogButtonBox::Close)
                 ->isEnabled());

    // Quitting now asks first; "No" keeps the window.
    const int asked = MessageBoxSeam::questionCount();
    const int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    window.close();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QVERIFY(window.isVisible());

    // The real question, answered with Escape: the window stays too.
    window.close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = SeamTest::shownBox()));
    QCOMPARE(MessageBoxSeam::questionCount(), asked + 2);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 2);
    QVERIFY(window.isVisible());

    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    QTest::keyClick(secretDialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<SecretDialog *>());
}

void TestMainWindow::delete_inSandbox_needsNoTypedConfirmation()
{
    Fixture env;
    MainWindow window(env.session());
    openSandbox(window, env);

    const Webhook webhook = env.session()->model()->webhook(0);
    QVERIFY(window.tablePage()->selectWebhook(webhook.id));
    window.deleteAction()->trigger();
    auto *dialog = window.findChild<DeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->requiresTypedConfirmation());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit"))->isVisible());
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box->button(QDialogButtonBox::Cancel)->isDefault());
    auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"));
    QVERIFY(deleteButton->isEnabled());
    QVERIFY(!deleteButton->isDefault());

    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<DeleteDialog *>(), 20000);
    QCOMPARE(env.session()->model()->rowOf(webhook.id), -1);
    for (const Webhook &remaining :
         env.session()->sandboxServer()->registrations(ConsoleSession::sandboxMsn()))
        QVERIFY(remaining.id != webhook.id);
}

void TestMainWindow::settings_rememberGeometryAndColumnWidths()
{
    Fixture env;
    {
        MainWindow window(env.session());
        openSandbox(window, env);
        window.resize(900, 555);
        window.tablePage()->tableView()->horizontalHeader()->resizeSection(WebhookModel::IdColumn, 123);
        window.close();
    }
    {
        MainWindow window(env.session());
        QHeaderView *header = window.tablePage()->tableView()->horizontalHeader();
        QCOMPARE(header->sectionSize(WebhookModel::IdColumn), 123);
        // The remembered width is the user's; URL and Events still share the rest.
        QCOMPARE(header->sectionResizeMode(WebhookModel::IdColumn), QHeaderView::Interactive);
        QCOMPARE(header->sectionResizeMode(WebhookModel::UrlColumn), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(WebhookModel::EventsColumn), QHeaderView::Stretch);
        QVERIFY(!header->stretchLastSection());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 555));
    }
    // Nothing but window state went into the settings file.
    QSettings settings(env.settingsFile(), QSettings::IniFormat);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(key));
}

void TestMainWindow::startup_unknownProfile_saysSo()
{
    Fixture env;
    MainWindow window(env.session());
    window.show();
    window.openStartup(QStringLiteral("No such profile"), false);
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->title().contains(QStringLiteral("No such profile")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
